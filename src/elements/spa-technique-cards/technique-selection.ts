import type { Problem } from '../../core/report.js';
import type { Technique } from '../../content/technique.schema.js';

const known = (techniques: readonly Technique[]) => techniques.map((t) => t.id).join(', ');

/**
 * Picks and orders techniques by `include="swedish, deep-tissue"` (commas or spaces). Unknown ids
 * are reported and skipped; when none is known, every technique shows, because an empty
 * comparison helps no one.
 */
export function selectTechniques(
  techniques: readonly Technique[],
  include: string | undefined,
): { techniques: Technique[]; problems: Problem[] } {
  const ids = [...new Set((include ?? '').split(/[\s,]+/).filter(Boolean))];
  if (!ids.length) return { techniques: [...techniques], problems: [] };
  const problems: Problem[] = [];
  const picked: Technique[] = [];
  for (const id of ids) {
    const technique = techniques.find((t) => t.id === id);
    if (technique) picked.push(technique);
    else problems.push({ path: 'include', message: `"${id}" is not one of the techniques; use ${known(techniques)}` });
  }
  if (!picked.length) {
    problems.push({ path: 'include', message: 'none of the ids is known, so every technique is shown' });
    return { techniques: [...techniques], problems };
  }
  return { techniques: picked, problems };
}

/**
 * The technique to mark as recommended: the latest assessment's pick when it is on show (a
 * visitor's own answers beat the author's default), else the `highlight` attribute. Only the
 * author's id is reported when it is unknown; an assessment may recommend a technique this
 * element was told not to show, which is no mistake.
 */
export function highlightedTechnique(
  shown: readonly Technique[],
  highlight: string | undefined,
  assessed: string | undefined,
): { id: string | undefined; problem: Problem | undefined } {
  if (assessed && shown.some((t) => t.id === assessed)) return { id: assessed, problem: undefined };
  if (!highlight) return { id: undefined, problem: undefined };
  if (shown.some((t) => t.id === highlight)) return { id: highlight, problem: undefined };
  return {
    id: undefined,
    problem: { path: 'highlight', message: `"${highlight}" is not one of the techniques shown; use ${known(shown)}` },
  };
}
