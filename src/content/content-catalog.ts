import { ownOnly } from '../core/own.js';

/**
 * Built-in content by language: English is complete; another language gives all of it or none,
 * so a page never mixes two languages in one list. Keys are lower-case language tags ("es", "pt-br").
 */
export type ContentCatalog<T> = { en: T } & Readonly<Record<string, T | undefined>>;

/**
 * The content for `lang` (as `closestLang` gives it) by the rule built-in strings follow: "es-mx"
 * falls back to "es", then to English. Only the catalog's own keys count, so `lang="constructor"`
 * reads as an unknown language, not as a property every object has.
 */
export function contentFor<T>(catalog: ContentCatalog<T>, lang: string): T {
  const own = (key: string) => (Object.hasOwn(catalog, key) ? catalog[key] : undefined);
  const content = own(lang) ?? own(lang.split('-')[0]) ?? catalog.en;
  // Read like config (see ownOnly), and the same copy each time, so an element can tell a change.
  if (!content || typeof content !== 'object') return content;
  let copy = ownCopies.get(content);
  if (!copy) ownCopies.set(content, (copy = ownOnly(content)));
  return copy as T;
}

const ownCopies = new WeakMap<object, unknown>();

/**
 * Adds a language that has arrived (see `Translations` in core/strings.ts): the English entries
 * with that language's wording for each id laid over them; ids and facts stay shared.
 */
export function addWording<T extends { id: string }>(
  catalog: ContentCatalog<readonly T[]>,
  lang: string,
  wording: Readonly<Record<string, Partial<T>>>,
): void {
  (catalog as Record<string, readonly T[]>)[lang] = catalog.en.map((entry) => ({ ...entry, ...wording[entry.id] }));
}
