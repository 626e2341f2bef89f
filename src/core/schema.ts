import * as z from 'zod/mini';
import { quote } from './report.js';
import { checkUrl, pageHref } from './url.js';

/**
 * Field schemas shared by every element. zod/mini's own messages say only "Invalid input", so each
 * one carries a message that tells a designer reading the console what to write instead.
 */

const built = new WeakMap<() => z.ZodMiniType, z.ZodMiniType>();

/**
 * The schema a function builds, built once, the first time it is needed: a config field's
 * (`safeUrl`, `() => toggle(false)`) or a list entry's (`faqItemSchema`). zod builds schemas slowly
 * (each `.check()` clones one): building them all at load was a third of the kit's load task
 * (~45 of ~135 ms at 4× CPU), paid before any widget was near the screen.
 */
export function schemaOf<S extends z.ZodMiniType>(build: () => S): S {
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
export const text = (maxLength?: number) =>
  z.string({ error: 'expected text' }).check(
    z.trim(),
    z.minLength(1, 'expected a non-empty string'),
    ...(maxLength ? [z.maxLength(maxLength, `expected at most ${maxLength} characters`)] : []),
  );

/**
 * A list of at most `max` entries. A longer one is refused before any entry is read: a sparse
 * array may claim billions of entries, and walking them all freezes the visitor's tab.
 */
export const list = <T extends z.ZodMiniType>(entry: T, max: number, error: string) =>
  z.pipe(
    z.transform((value: unknown, ctx) => {
      if (!Array.isArray(value) || value.length <= max) return value;
      ctx.issues.push({ code: 'custom', message: `${value.length} entries given; at most ${max} are allowed`, input: value });
      return z.NEVER;
    }),
    z.array(entry, { error }),
  );

/** One of a fixed set of words, e.g. a provider name or a size. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (issue) => `${quote(issue.input)} is not allowed; use one of ${values.join(', ')}`,
  });

/** A link that passes the kit's URL safety check; parses to the absolute URL string. */
export const safeUrl = () =>
  z.pipe(
    z.string({ error: 'expected a URL' }),
    z.transform((value, ctx) => {
      const result = checkUrl(value);
      if (result.ok) return pageHref(result.url);
      ctx.issues.push({ code: 'custom', message: result.message, input: value });
      return z.NEVER;
    }),
  );

/** A technique or item id: lower-case words joined by dashes, e.g. `deep-tissue`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = () =>
  z.string({ error: 'expected an id' }).check(
    z.regex(SLUG_PATTERN, 'expected an id of lower-case letters, digits and dashes, e.g. "deep-tissue"'),
  );

/** A phone number as people write it: `+1 (555) 010-0199`. */
export const phoneNumber = () =>
  z.string({ error: 'expected a phone number' }).check(
    z.regex(/^\+?[\d\s().-]{3,}$/, 'expected a phone number such as "+1 555 010 0199"'),
  );

export const flag = () => z.boolean({ error: 'expected true or false' });

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
  z._default(
    z.pipe(
      z.transform(switchWord),
      z.boolean({ error: 'expected on or off (true or false)' }),
    ),
    initial,
  );

const LEVEL = 'expected a heading level from 2 to 6';

/** The level of an element's own headings, so they fit the page's outline: 2 to 6 (text or number). */
export const headingLevel = (initial: number) =>
  z._default(
    z.pipe(
      z.transform((value) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value)),
      z.int({ error: LEVEL }).check(z.gte(2, LEVEL), z.lte(6, LEVEL)),
    ),
    initial,
  );

/** Formats a zod issue path the way a designer reads it: `items[2].question`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`))
    .join('');
}
