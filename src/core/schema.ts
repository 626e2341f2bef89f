import * as v from 'valibot';
import { quote } from './report.js';
import { checkUrl, pageHref } from './url.js';

/**
 * Field schemas shared by every element, in valibot (whose pieces are each a small function, so a
 * drop-in carries only those its elements use). Each one carries a message that tells a designer
 * reading the console what to write instead.
 */

/** Any schema of the kit: what it takes in is unknown, what it gives out is `T`. */
export type Schema<T = unknown> = v.GenericSchema<unknown, T>;

/** A problem a schema found, with the keys that lead to the bad value (`['items', 2, 'question']`). */
export type Issue = v.BaseIssue<unknown>;

// A value is refused with the first problem its schema finds, as a designer fixes one at a time:
// a heading level of 7.5 is "not 2 to 6" once, not once per check it fails. (valibot keeps this
// setting inside its own module, the kit's copy, not on the page.)
v.setGlobalConfig({ abortPipeEarly: true });

const built = new WeakMap<() => Schema, Schema>();

/**
 * The schema a function builds, built once, the first time it is needed: a config field's
 * (`safeUrl`, `() => toggle(false)`) or a list entry's (`faqItemSchema`). Pages pay for the schemas
 * of the widgets they show, when a value is first read, not when the kit loads.
 */
export function schemaOf<S extends Schema>(build: () => S): S {
  let schema = built.get(build) as S | undefined;
  if (!schema) built.set(build, (schema = build()));
  return schema;
}

/**
 * The longest label or short text a visitor reads in one piece (a technique's name or phrase, a
 * button label, a `strings` override). A megabyte of text without a break opportunity costs the
 * browser minutes of line breaking in a narrow card.
 */
export const MAX_TEXT_LENGTH = 2000;

/** A non-empty string, trimmed; at most `maxLength` characters where one is given. */
export const text = (maxLength = Infinity) =>
  v.pipe(
    v.string('expected text'),
    v.trim(),
    v.minLength(1, 'expected a non-empty string'),
    v.maxLength(maxLength, `expected at most ${maxLength} characters`),
  );

/**
 * An object of the given entries; keys not among them are left out. An entry that is missing is
 * reported at its key with its own message (`items[2].answer: expected text`), as if it had been
 * given empty, rather than with the object's.
 */
export const objectOf = <const E extends v.ObjectEntries>(entries: E, error: string) =>
  v.object(entries, (issue) => {
    const key = issue.path?.[0]?.key as keyof E | undefined;
    return key === undefined ? error : (v.safeParse(entries[key], undefined).issues?.[0].message ?? error);
  });

/**
 * A list of at most `max` entries. A longer one is refused before any entry is read: a sparse
 * array may claim billions of entries, and walking them all freezes the visitor's tab.
 */
export const list = <T extends Schema>(entry: T, max: number, error: string) =>
  v.pipe(
    v.unknown(),
    v.rawCheck(({ dataset, addIssue }) => {
      const { value } = dataset;
      if (Array.isArray(value) && value.length > max) addIssue({ message: `${value.length} entries given; at most ${max} are allowed` });
    }),
    v.array(entry, error),
  );

/** One of a fixed set of words, e.g. a provider name or a size. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  v.picklist(values, (issue) => `${quote(issue.input)} is not allowed; use one of ${values.join(', ')}`);

/** A link that passes the kit's URL safety check; parses to the absolute URL string. */
export const safeUrl = () =>
  v.pipe(
    v.string('expected a URL'),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const result = checkUrl(dataset.value);
      if (result.ok) return pageHref(result.url);
      addIssue({ message: result.message });
      return NEVER;
    }),
  );

/** A technique or item id: lower-case words joined by dashes, e.g. `deep-tissue`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = () =>
  v.pipe(v.string('expected an id'), v.regex(SLUG_PATTERN, 'expected an id of lower-case letters, digits and dashes, e.g. "deep-tissue"'));

/** A phone number as people write it: `+1 (555) 010-0199`. */
export const phoneNumber = () =>
  v.pipe(v.string('expected a phone number'), v.regex(/^\+?[\d\s().-]{3,}$/, 'expected a phone number such as "+1 555 010 0199"'));

export const flag = () => v.boolean('expected true or false');

const SWITCH_WORDS: Readonly<Record<string, boolean>> = { '': true, on: true, true: true, off: false, false: false };

/** "on", "off", "" (a bare attribute)… as a boolean; anything else is left for the schema to refuse. */
function switchWord(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const word = value.trim().toLowerCase();
  return Object.hasOwn(SWITCH_WORDS, word) ? SWITCH_WORDS[word] : value;
}

/**
 * An on/off setting, the kit's one rule for them: a bare attribute, `on` or `true` turns it on;
 * `off` or `false` turns it off; left out, it takes `initial`. JSON and properties take
 * `true`/`false` (or the same words).
 */
export const toggle = (initial: boolean) =>
  v.optional(v.pipe(v.unknown(), v.transform(switchWord), v.boolean('expected on or off (true or false)')), initial);

const LEVEL = 'expected a heading level from 2 to 6';

/** The level of an element's own headings, so they fit the page's outline: 2 to 6 (text or number). */
export const headingLevel = (initial: number) =>
  v.optional(
    v.pipe(
      v.unknown(),
      v.transform((value) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value)),
      v.number(LEVEL),
      v.integer(LEVEL),
      v.minValue(2, LEVEL),
      v.maxValue(6, LEVEL),
    ),
    initial,
  );

/** The keys that lead to an issue's bad value, outermost first: `['items', 2, 'question']`. */
export const issuePath = (issue: Issue): PropertyKey[] => issue.path?.map((item) => item.key as PropertyKey) ?? [];

/** Formats a path the way a designer reads it: `items[2].question`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`))
    .join('');
}
