import * as v from 'valibot';
import { SOURCE_NAMES, type Source } from '../../core/config.js';
import type { Problem } from '../../core/report.js';
import { formatPath, issuePath, schemaOf } from '../../core/schema.js';
import { techniqueSchema, type Technique } from '../../content/technique.schema.js';

/** Fields a technique can do without: a bad one is dropped and the technique still shows. */
const OPTIONAL_FIELDS: ReadonlySet<PropertyKey | undefined> = new Set(['feelsLike', 'duration', 'price', 'image', 'bookingService']);

/**
 * More cards than this help no visitor compare, and each one costs layout: 1,000 cards take
 * seconds to lay out, 10,000 most of a minute. The rest of a longer list is reported, not shown.
 */
export const MAX_TECHNIQUES = 50;

interface TechniqueList {
  techniques: Technique[];
  problems: Problem[];
}

/**
 * Validates a list of techniques from one config source. A bad optional field (an unsafe image,
 * a price in no known currency) costs only that field; a bad required one (no name) costs that
 * technique; the rest of the list always shows. Ids must be unique, since `include`, `highlight`
 * and events refer to techniques by id.
 */
export function readTechniques(raw: unknown, source: Source): TechniqueList {
  const from = `(from ${SOURCE_NAMES[source]})`;
  if (!Array.isArray(raw)) {
    return { techniques: [], problems: [{ path: 'techniques', message: `expected a list of techniques ${from}` }] };
  }
  const techniques: Technique[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  if (raw.length > MAX_TECHNIQUES) {
    problems.push({
      path: 'techniques',
      message: `${raw.length} techniques given, and a comparison shows at most ${MAX_TECHNIQUES}: the first ${MAX_TECHNIQUES} are shown; put the others in a second widget ${from}`,
    });
  }
  // Only the entries shown are read: a sparse array may claim billions of them.
  raw.slice(0, MAX_TECHNIQUES).forEach((item: unknown, index) => {
    let result = v.safeParse(schemaOf(techniqueSchema), item);
    if (!result.success) {
      const issues = result.issues;
      const salvageable = issues.every((issue) => OPTIONAL_FIELDS.has(issuePath(issue)[0]));
      if (salvageable) {
        const trimmed = { ...(item as Record<string, unknown>) };
        for (const issue of issues) delete trimmed[issuePath(issue)[0] as string];
        result = v.safeParse(schemaOf(techniqueSchema), trimmed);
      }
      const outcome = result.success ? 'shown without it' : 'this technique is left out';
      for (const issue of issues) {
        problems.push({ path: formatPath(['techniques', index, ...issuePath(issue)]), message: `${issue.message} ${from}; ${outcome}` });
      }
      if (!result.success) return;
    }
    const technique = result.output;
    if (seen.has(technique.id)) {
      problems.push({
        path: `techniques[${index}].id`,
        message: `"${technique.id}" is used by an earlier technique; give each one its own id ${from}; this technique is left out`,
      });
      return;
    }
    seen.add(technique.id);
    techniques.push(technique);
  });
  return { techniques, problems };
}
