import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { quote, type Problem } from './report.js';
import { MAX_TEXT_LENGTH } from './schema.js';

/** Built-in translations: English is complete, other locales may leave strings out. */
export type Catalog<S> = { en: S } & Readonly<Record<string, Partial<S> | undefined>>;

/** The language of the closest ancestor with `lang`, looking through shadow roots. */
export function closestLang(element: Element): string {
  // A server renders the tag alone: only its own `lang` is known there.
  if (isServer) return element.getAttribute('lang')?.toLowerCase() || 'en';
  let node: Element | null = element;
  while (node) {
    const lang = node.closest('[lang]')?.getAttribute('lang');
    if (lang) return lang.toLowerCase();
    node = (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return 'en';
}

/**
 * Built-in languages that arrive when a page first asks for them, by language tag: each resolves to
 * that language's strings. In the ES builds each is a chunk of its own, so English pages do not
 * pay for them; the classic builds hold them inline.
 */
export type Translations = Readonly<Record<string, () => Promise<object>>>;

/**
 * English wording a widget shows only once the visitor is well on (the pain check's suggestion):
 * in the ES builds a file of its own, fetched at the visitor's first touch of the widget, so a page
 * that is only read never pays for it; the classic builds hold it inline. Until it is here, the
 * catalog's English holds its keys with empty texts, so an override of them is checked as any other.
 */
export type LaterWording = () => Promise<object>;

/** Each wording's load once asked for: until it settles, then `true`, or the reason it failed. */
const loads = new WeakMap<() => Promise<object>, Promise<void> | true | string>();

/**
 * Starts `load` once and hands what it brings to `place`; the promise to wait for while it is on its
 * way. A file that cannot be fetched, or does not hold what `place` expects (a stale copy of another
 * version), settles as a failure: nothing waits for it again.
 */
function loadOnce(load: () => Promise<object>, place: (strings: object) => void, what: string): Promise<void> | undefined {
  const state = loads.get(load);
  if (state !== undefined) return typeof state === 'object' ? state : undefined;
  const loading = load().then(place).then(
    () => void loads.set(load, true),
    (error: unknown) =>
      void loads.set(load, `${what} could not be loaded (${quote((error as Error)?.message)}); serve the files built beside the script, or use its .iife.js form`),
  );
  loads.set(load, loading);
  return loading;
}

/** Why a wording could not be loaded, once it was asked for and failed. */
function failureOf(load: (() => Promise<object>) | undefined): string | undefined {
  const state = load && loads.get(load);
  return typeof state === 'string' ? state : undefined;
}

/** The loader of `translations` that serves `lang` ("es-mx" → "es"), with its key. */
function translationOf(translations: Translations, lang: string) {
  const base = lang.split('-')[0];
  const key = Object.hasOwn(translations, lang) ? lang : Object.hasOwn(translations, base) ? base : undefined;
  return key ? { key, load: translations[key] } : undefined;
}

/**
 * Puts the strings for `lang` into `catalog` once they arrive. Returns the promise to wait for
 * while they are on their way, or undefined when there is nothing to wait for (English, a
 * language the kit does not ship, or one already here). A language that cannot be loaded settles
 * too, and the widget stays in English: `translationFailure` says why.
 */
export function translationFor(catalog: Catalog<object>, translations: Translations, lang: string): Promise<void> | undefined {
  const wanted = translationOf(translations, lang);
  if (!wanted || Object.hasOwn(catalog, wanted.key)) return undefined;
  const { key, load } = wanted;
  return loadOnce(load, (strings) => void ((catalog as Record<string, object>)[key] = strings), `the "${key}" wording`);
}

/** Why the strings for `lang` could not be loaded, once they were asked for and failed. */
export function translationFailure(translations: Translations, lang: string): string | undefined {
  return failureOf(translationOf(translations, lang)?.load);
}

/**
 * Fills the catalog's English with `later` once it arrives (groups of texts key by key); the
 * promise to wait for while it is on its way, or undefined once it is here or has failed
 * (`laterWordingFailure` says why: the widget then shows what it has).
 */
export function laterWordingFor(catalog: Catalog<object>, later: LaterWording): Promise<void> | undefined {
  const en = catalog.en as Record<string, unknown>;
  return loadOnce(
    later,
    (strings) => {
      for (const [key, value] of Object.entries(strings)) en[key] = typeof value === 'object' ? { ...(en[key] as object), ...value } : value;
    },
    'the rest of the built-in wording',
  );
}

/** Why the later wording could not be loaded, once it was asked for and failed. */
export function laterWordingFailure(later: LaterWording): string | undefined {
  return failureOf(later);
}

const tooLong = (read: string | Record<string, string>) =>
  (typeof read === 'string' ? [read] : Object.values(read)).some((text) => text.length > MAX_TEXT_LENGTH);

/**
 * Picks the strings for `lang` ("pt-br" falls back to "pt", then to English) and lays the
 * author's overrides on top; groups of texts merge key by key. An override of the wrong shape (a
 * number, `null`, a list where text belongs) or over `MAX_TEXT_LENGTH` is left out and added to
 * `problems`, so a typo in `strings` cannot blank the widget.
 */
export function resolveStrings<S extends object>(
  catalog: Catalog<S>,
  lang: string,
  overrides?: Partial<S> | null,
  problems: Problem[] = [],
): S {
  const base = lang.split('-')[0];
  const valid = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (value === undefined || !Object.hasOwn(catalog.en, key)) continue;
    const text = typeof (catalog.en as Record<string, unknown>)[key] === 'string';
    const read = text ? (typeof value === 'string' ? value : undefined) : textsOf(value);
    if (read === undefined) problems.push({ path: `strings.${key}`, message: text ? 'expected text' : 'expected an object of texts' });
    else if (tooLong(read)) problems.push({ path: `strings.${key}`, message: `expected at most ${MAX_TEXT_LENGTH} characters of text; the built-in text is used` });
    else valid[key] = read;
  }
  const own = (key: string) => (Object.hasOwn(catalog, key) ? catalog[key] : undefined);
  const layers = [catalog.en, own(base), own(lang), valid] as Record<string, unknown>[];
  const strings = Object.create(null) as Record<string, unknown>;
  for (const layer of layers) {
    // Groups of texts (e.g. technique names) merge key by key, so an override can name just one.
    for (const [key, value] of Object.entries(layer ?? {})) {
      strings[key] = typeof value === 'object' ? Object.assign(Object.create(null), strings[key], value) : value;
    }
  }
  return strings as S;
}

/** A group of texts (e.g. technique names by id) as a copy, or undefined if it is anything else. */
function textsOf(value: unknown): Record<string, string> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  try {
    const copy = Object.assign(Object.create(null) as Record<string, unknown>, value);
    return Object.values(copy).every((v) => typeof v === 'string') ? (copy as Record<string, string>) : undefined;
  } catch {
    return undefined;
  }
}

/** Fills `{name}` placeholders: `format('Book {technique}', { technique: 'Swedish massage' })`. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : match,
  );
}

const following = new Set<ReactiveControllerHost>();
let langObserver: MutationObserver | undefined;

/**
 * Re-renders its host when any `lang` attribute in the document changes, so a site that switches
 * language in place gets the built-in strings of the new one. One observer serves every element.
 */
export class LangController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    following.add(this.host);
    if (langObserver) return;
    langObserver = new MutationObserver(() => following.forEach((host) => host.requestUpdate()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    following.delete(this.host);
    if (following.size) return;
    langObserver?.disconnect();
    langObserver = undefined;
  }
}
