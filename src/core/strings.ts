/** Built-in translations: English is complete, other locales may leave strings out. */
export type Catalog<S> = { en: S } & Readonly<Record<string, Partial<S> | undefined>>;

/** The language of the closest ancestor with `lang`, looking through shadow roots. */
export function closestLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.closest('[lang]')?.getAttribute('lang');
    if (lang) return lang.toLowerCase();
    node = (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return 'en';
}

/**
 * Picks the strings for `lang` ("pt-br" falls back to "pt", then to English) and lays the
 * author's overrides on top.
 */
export function resolveStrings<S extends object>(
  catalog: Catalog<S>,
  lang: string,
  overrides?: Partial<S> | null,
): S {
  const base = lang.split('-')[0];
  return { ...catalog.en, ...catalog[base], ...catalog[lang], ...overrides };
}

/** Fills `{name}` placeholders: `format('Book a {technique} massage', { technique: 'Swedish' })`. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}
