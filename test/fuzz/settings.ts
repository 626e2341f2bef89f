/**
 * How much the fuzz suite does. Under `npm test` it is small and fixed (the same seed, every
 * engine, well under a minute); `npm run fuzz` (scripts/fuzz.mjs) sets `window.__FUZZ__` in the
 * test page for a long run with a fresh seed, or to replay one counterexample.
 */
export interface FuzzSettings {
  /** Configurations per element in the survey. */
  runs: number;
  seed: number;
  /** `ci`: strings up to 64 K characters, lists up to 200 entries; `long`: 1 M and 10,000. */
  scale: 'ci' | 'long';
  /** Replays this fast-check path (from a report) instead of surveying. */
  path?: string;
  /** Only these elements; the others are skipped. */
  only?: string[];
  /**
   * A configuration may take this long (ms), plus `msPerEntry` for each list entry and
   * `msPerKChar` for each 1,000 characters it holds, before it counts as slow: the work is linear
   * in the input, and only work that grows faster than the input (a backtracking regular
   * expression, a quadratic scan) exceeds it.
   */
  slowMs: number;
  msPerEntry: number;
  msPerKChar: number;
  /** Configurations tried while shrinking one counterexample; a fixed count keeps CI deterministic. */
  shrinkSteps: number;
  /** Distinct causes shrunk per element; the rest are counted and listed, not shrunk. */
  maxCauses: number;
  /** True under scripts/fuzz.mjs: progress and results go to it through server commands. */
  report: boolean;
}

declare global {
  interface Window {
    __FUZZ__?: Partial<FuzzSettings>;
    /** Set by the payloads the fuzz suite plants; stays false unless one of them ran. */
    __canary?: boolean;
  }
}

export const SETTINGS: FuzzSettings = {
  runs: 200,
  seed: 20261130,
  scale: 'ci',
  slowMs: 1000,
  msPerEntry: 10,
  msPerKChar: 5,
  shrinkSteps: 150,
  maxCauses: 6,
  report: false,
  ...window.__FUZZ__,
};

interface Limits {
  /** Longest generated string, in UTF-16 units. */
  maxString: number;
  /** Longest generated `items` / `techniques` list. */
  maxList: number;
  /** Deepest generated nesting of objects and arrays. */
  maxDepth: number;
  /**
   * The length of a sparse array, or the length a lying array Proxy claims. A kit that walks
   * every index of `new Array(2 ** 32 - 1)` hangs: that only the long run (and its watchdog) can
   * survive, so under npm test the length stays walkable.
   */
  hugeLength: number;
}

export const LIMITS: Limits =
  SETTINGS.scale === 'long'
    ? { maxString: 1024 * 1024, maxList: 10_000, maxDepth: 100_000, hugeLength: 2 ** 32 - 1 }
    : { maxString: 64 * 1024, maxList: 200, maxDepth: 5_000, hugeLength: 100_000 };
