import { emit } from './events.js';

/** One refused piece of input: where it is and what to do about it. */
export interface Problem {
  path: string;
  message: string;
}

const alreadyReported = new WeakMap<Element, Set<string>>();

/**
 * Tells the author about bad input: one `console.error` naming tag, path and fix, and one
 * `spa-error` event, per problem. A problem that is still there on the next render is not
 * repeated, so a console stays readable; once fixed and made again, it is reported again.
 */
export function reportProblems(host: HTMLElement, problems: readonly Problem[], scope = ''): void {
  const key = (problem: Problem) => `${scope}\u0000${problem.path}\u0000${problem.message}`;
  const previous = alreadyReported.get(host) ?? new Set<string>();
  const current = new Set([...previous].filter((k) => !k.startsWith(`${scope}\u0000`)));
  const tag = host.localName;
  for (const problem of problems) {
    const k = key(problem);
    current.add(k);
    if (previous.has(k)) continue;
    console.error(`[${tag}] ${problem.path}: ${problem.message}`);
    emit(host, 'spa-error', { tag, path: problem.path, message: problem.message });
  }
  alreadyReported.set(host, current);
}
