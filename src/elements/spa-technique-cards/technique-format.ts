/**
 * Prices and session lengths in the reader's own conventions ("$80", "80 €", "60 min"), through
 * `Intl.NumberFormat` in the page's language. A `lang` the platform cannot read (e.g. "en_US")
 * falls back to the browser's own locale rather than breaking the card.
 */
function numberFormat(lang: string, settings: Intl.NumberFormatOptions): Intl.NumberFormat {
  // Intl reads every option it knows, own or inherited: give it only the ones set here.
  const options = Object.assign(Object.create(null) as Intl.NumberFormatOptions, settings);
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

/**
 * A technique's name as it reads mid-sentence ("Book deep tissue massage", but "Book Swedish
 * massage"), from `names` keyed by technique id. A running name may change only the case of the
 * name, so an author's technique that reuses a built-in id under other words keeps its own name.
 */
export function runningName(technique: { id: string; name: string }, names: Readonly<Record<string, string>>): string {
  const running = names[technique.id];
  return running?.toLowerCase() === technique.name.toLowerCase() ? running : technique.name;
}
