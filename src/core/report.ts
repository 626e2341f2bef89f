import { emit } from './events.js';

/** One refused piece of input: where it is and what to do about it. */
export interface Problem {
  path: string;
  message: string;
}

const alreadyReported = new WeakMap<Element, Set<string>>();

/** Text cut to `max` characters, so a 1 MB value cannot flood the console. */
export const bounded = (text: string, max = 300): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * A value as an error message quotes it: short, and never throwing, whatever it is (circular,
 * BigInt, a Proxy, a getter that throws).
 */
export function quote(value: unknown): string {
  try {
    if (typeof value === 'string') return bounded(JSON.stringify(value), 60);
    if (value && typeof value === 'object') return Array.isArray(value) ? 'a list' : 'an object';
    return bounded(String(value), 60);
  } catch {
    return 'a value that cannot be read';
  }
}

/** More than this many problems at once are summed up in one line: a console stays readable. */
const MOST = 20;

/**
 * Tells the author about bad input: one `console.error` naming tag, path and fix, and one
 * `spa-error` event, per problem (at most 20 at once, then one line for the rest). A problem that
 * is still there on the next update is not repeated; once fixed and made again, it is reported
 * again. Paths and messages are cut to a readable length.
 */
export function reportProblems(host: HTMLElement, problems: readonly Problem[]): void {
  const previous = alreadyReported.get(host) ?? new Set<string>();
  const current = new Set<string>();
  const tag = host.localName;
  const listed = problems.slice(0, MOST).map(({ path, message }) => ({ path: bounded(path, 120), message: bounded(message) }));
  if (problems.length > MOST) listed.push({ path: 'config', message: `${problems.length - MOST} more problems not listed; fix the ones above first` });
  for (const problem of listed) {
    const key = `${problem.path}\u0000${problem.message}`;
    current.add(key);
    if (previous.has(key)) continue;
    console.error(`[${tag}] ${problem.path}: ${problem.message}`);
    emit(host, 'spa-error', { tag, path: problem.path, message: problem.message });
  }
  alreadyReported.set(host, current);
}
