/**
 * Prices and session lengths in the reader's own conventions ("$80", "80 €", "60 min"), through
 * `Intl.NumberFormat` in the page's language. A `lang` the platform cannot read (e.g. "en_US")
 * falls back to the browser's own locale rather than breaking the card.
 */
function numberFormat(lang: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(lang, options);
  } catch {
    return new Intl.NumberFormat(undefined, options);
  }
}

/** A price; whole amounts drop their ".00", as price lists usually do. */
export function formatPrice(price: { amount: number; currency: string }, lang: string): string {
  return numberFormat(lang, {
    style: 'currency',
    currency: price.currency,
    minimumFractionDigits: Number.isInteger(price.amount) ? 0 : undefined,
  }).format(price.amount);
}

/** A session length in minutes, in the short unit form of the language. */
export function formatMinutes(minutes: number, lang: string): string {
  return numberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(minutes);
}
