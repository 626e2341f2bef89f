import * as z from 'zod/mini';
import type { Problem } from './report.js';
import { formatPath } from './schema.js';

/** Where a piece of config came from, highest precedence first (DESIGN.md). */
export type Source = 'property' | 'json' | 'src' | 'attribute' | 'light-dom' | 'default';

/** One source's values, keyed by field; `undefined` values mean "not given here". */
export interface Layer {
  source: Source;
  values: Readonly<Record<string, unknown>> | undefined;
}

export type FieldSpecs = Readonly<Record<string, z.ZodMiniType>>;

export interface Resolved<T> {
  value: Partial<T>;
  problems: Problem[];
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

/** A zod error as problems: each issue at its full path, naming the source it came from. */
export function problemsOf(error: z.core.$ZodError, prefix: PropertyKey[], source: Source): Problem[] {
  return error.issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]),
    message: `${issue.message} (from ${SOURCE_NAMES[source]})`,
  }));
}

/**
 * Merges config sources field by field. Each field takes its value from the first layer that
 * gives a valid one; an invalid value is reported and the next layer is tried, so a bad
 * attribute falls back to what the author wrote in the light DOM, then to the built-in default.
 */
export function resolveConfig<T>(fields: FieldSpecs, layers: readonly Layer[]): Resolved<T> {
  const value: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const [key, spec] of Object.entries(fields)) {
    for (const { source, values } of layers) {
      const raw = values?.[key];
      if (raw === undefined) continue;
      const result = z.safeParse(spec, raw);
      if (!result.success) {
        problems.push(...problemsOf(result.error, [key], source));
        continue;
      }
      value[key] = result.data;
      break;
    }
  }
  return { value: value as Partial<T>, problems };
}

/** Keeps only the keys a layer actually sets, so `undefined` never masks a lower layer. */
export function given(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== null));
}
