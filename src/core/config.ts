import * as v from 'valibot';
import { ownOnly } from './own.js';
import { quote, type Problem } from './report.js';
import { formatPath, issuePath, schemaOf, type Issue, type Schema } from './schema.js';

/**
 * The one config mechanism of the kit. An element declares each of its fields once, in a
 * `Fields` object: a function that builds its schema (or a `ListField` for lists of content),
 * with a JSDoc line that becomes its documentation. From that one declaration follow
 * - the TypeScript type (`ConfigOf`),
 * - the attribute name (`attributeName`: `bookingHref` is read from `booking-href`),
 * - how the attribute's text is parsed (the schema itself accepts the text form),
 * - the default (a field wrapped in `v.optional(schema, default)`),
 * - a JavaScript property of the same name, and a key of the `config` property and JSON child.
 * `SpaElement` gathers the sources and settles each field in the order of DESIGN.md.
 */

/** Where a piece of config came from, highest precedence first (DESIGN.md). */
export type Source = 'property' | 'json' | 'src' | 'attribute' | 'light-dom' | 'default';

/**
 * A list of content (`items`, `techniques`). Its reader keeps the good entries of a source and
 * reports the bad ones; a source with no good entry gives way to the next.
 */
export interface ListField<T = unknown> {
  read(raw: unknown, source: Source): { value: T[]; problems: Problem[] };
}

/**
 * A field of one value: the function that builds its schema, e.g. `safeUrl` or
 * `() => toggle(false)`. It runs when a value is first read (`schemaOf`), not when the kit loads.
 */
export type SchemaField = () => Schema;

export type Field = SchemaField | ListField;
export type Fields = Readonly<Record<string, Field>>;

type ValueOf<F> = F extends ListField<infer T> ? T[] : F extends () => infer S ? (S extends Schema ? v.InferOutput<S> : never) : never;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any wrapped schema
type HasDefault<F> = F extends () => v.OptionalSchema<any, infer D> ? (undefined extends D ? false : true) : false;

/** The type of each field, as a `config` object or the JSON child gives it. */
export type ConfigOf<F extends Fields> = { -readonly [K in keyof F]: ValueOf<F[K]> };

/**
 * The fields as properties of the element: each may be left unset, or set to `null` or
 * `undefined` to fall back to the next source.
 */
export type FieldProperties<F extends Fields> = { [K in keyof F]?: ValueOf<F[K]> | null };

/** The config in effect: fields with a default always have a value; the others may be unset. */
export type Settled<F extends Fields> = { [K in keyof F as HasDefault<F[K]> extends true ? K : never]: ValueOf<F[K]> } & {
  [K in keyof F as HasDefault<F[K]> extends true ? never : K]?: ValueOf<F[K]>;
};

/** One source's values, keyed by field; `undefined` and `null` mean "not given here". */
export interface Layer {
  source: Source;
  values: Readonly<Record<string, unknown>> | undefined;
}

/** How a problem names where the bad value came from: "(from the JSON config)". */
export const SOURCE_NAMES: Record<Source, string> = {
  property: 'the JavaScript property',
  json: 'the JSON config',
  src: 'the file named in src',
  attribute: 'the attribute',
  'light-dom': 'the HTML inside the element',
  default: 'the built-in content',
};

/** The attribute a field is read from: `headingLevel` → `heading-level`. */
export const attributeName = (field: string): string => field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export const isListField = (field: Field): field is ListField => 'read' in field;

/** A schema's issues as problems: each at its full path, naming the source it came from. */
export function problemsOf(issues: readonly Issue[], prefix: PropertyKey[], source: Source): Problem[] {
  return issues.map((issue) => ({
    path: formatPath([...prefix, ...issuePath(issue)]),
    message: `${issue.message} (from ${SOURCE_NAMES[source]})`,
  }));
}

/** One source's value for a schema field: the parsed value, or the problems that refused it. */
function parsed(field: SchemaField, raw: unknown, key: string, source: Source): { value: unknown; problems: Problem[] } {
  const result = v.safeParse(schemaOf(field), raw);
  return result.success ? { value: result.output, problems: [] } : { value: undefined, problems: problemsOf(result.issues, [key], source) };
}

/**
 * Settles every field from the first layer that gives a valid value. An invalid value is reported
 * and the next layer is tried, so a bad attribute falls back to what the author wrote in the
 * light DOM, then to the field's default.
 */
export function resolveConfig<F extends Fields>(fields: F, layers: readonly Layer[]): { value: Settled<F>; problems: Problem[] } {
  const value = Object.create(null) as Record<string, unknown>;
  const problems: Problem[] = [];
  for (const [key, field] of Object.entries(fields)) {
    for (const { source, values } of layers) {
      try {
        const raw = values && Object.hasOwn(values, key) ? values[key] : undefined;
        if (raw === undefined || raw === null) continue;
        const read = isListField(field) ? field.read(raw, source) : parsed(field, raw, key, source);
        for (const problem of read.problems) problems.push(problem);
        if (read.value === undefined || (Array.isArray(read.value) && !read.value.length)) continue;
        value[key] = ownOnly(read.value);
        break;
      } catch (error) {
        // A getter or Proxy that throws, a value too deep to walk: reported, never thrown.
        problems.push({ path: key, message: `could not be read: ${quote((error as Error)?.message)} (from ${SOURCE_NAMES[source]})` });
      }
    }
    if (key in value || isListField(field)) continue;
    // Its own `default` only: a page may have put one on Object.prototype.
    const schema = schemaOf(field) as Schema & { default?: unknown };
    if (Object.hasOwn(schema, 'default') && schema.default !== undefined) value[key] = v.parse(schema, undefined);
  }
  return { value: value as Settled<F>, problems };
}
