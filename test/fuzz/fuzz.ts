// The fuzz driver: surveys generated configurations of one element (every run is checked, every
// failure counted by kind and cause), then shrinks the first configuration of each cause with
// fast-check to a small counterexample, printed with the seed and path that replay it.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import { describePlan } from './describe.js';
import { KINDS, observe, watchPage, type Finding, type Kind, type Outcome, type PageWatch } from './observe.js';
import { planFor, type Plan } from './plans.js';
import { SETTINGS } from './settings.js';

/** Every configuration that hit one cause. */
interface Cause extends Finding {
  runs: number;
  /** The survey run (its fast-check path) that hit it first. */
  firstRun: number;
  /** The run that is shrunk: the first, or for slow runs the one furthest over its allowance. */
  worstRun: number;
}

interface Shrunk {
  cause: Cause;
  /** Where fast-check ended: replay it with the seed and this path. */
  path?: string;
  plan?: Plan;
  finding?: Finding;
  steps: number;
}

/** What one element's survey found. */
class Tally {
  readonly times: number[] = [];
  readonly counts = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<Kind, number>;
  readonly causes = new Map<string, Cause>();

  add(run: number, outcome: Outcome): void {
    this.times.push(outcome.ms);
    this.count(run, outcome.findings);
  }

  /** Counts what `run` found: once per kind, and once per cause. */
  count(run: number, findings: readonly Finding[]): void {
    for (const kind of new Set(findings.map((f) => f.kind))) this.counts[kind]++;
    for (const finding of findings) {
      const key = `${finding.kind}\u0000${finding.cause}`;
      const cause = this.causes.get(key) ?? { ...finding, runs: 0, firstRun: run, worstRun: run };
      if ((finding.excess ?? 0) > (cause.excess ?? 0)) Object.assign(cause, { excess: finding.excess, detail: finding.detail, worstRun: run });
      cause.runs++;
      this.causes.set(key, cause);
    }
  }

  get failures(): number {
    return KINDS.reduce((sum, kind) => sum + this.counts[kind], 0);
  }

  percentile(q: number): number {
    const sorted = [...this.times].sort((a, b) => a - b);
    return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]) : 0;
  }
}

const LABELS: Record<Kind, string> = {
  uncaught: 'uncaught errors',
  blank: 'blank widgets',
  'unsafe-url': 'unsafe URLs',
  script: 'canary runs',
  console: 'unbounded console lines',
  unpaired: 'reports without spa-error',
  slow: 'slow',
  endless: 'endless updates',
};

/** Tells scripts/fuzz.mjs (only it listens) where the run is, so a hang names its configuration. */
async function tell(command: string, payload: object): Promise<void> {
  if (SETTINGS.report) await executeServerCommand(command, payload);
}

/** Runs `SETTINGS.runs` configurations, all of them whatever they find. */
async function survey(tag: string, plans: fc.Arbitrary<Plan>, watch: PageWatch): Promise<Tally> {
  const tally = new Tally();
  let run = 0;
  const details = await fc.check(
    fc.asyncProperty(plans, async (plan) => {
      await tell('spa-fuzz-progress', { tag, phase: 'survey', path: String(run), plan: describePlan(plan) });
      tally.add(run++, await observe(tag, plan, watch));
      return true;
    }),
    { seed: SETTINGS.seed, numRuns: SETTINGS.runs },
  );
  if (details.failed) throw new Error(`the fuzz harness itself failed: ${String(details.errorInstance)}`);
  // An error or payload that fires after the last configuration still counts.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const late: Finding[] = watch.take().errors.map((error) => ({ kind: 'uncaught', cause: 'after the last configuration', detail: String(error), error }));
  if (window.__canary) late.push({ kind: 'script', cause: 'the canary ran after the last configuration', detail: 'window.__canary was set' });
  tally.count(run - 1, late);
  return tally;
}

/**
 * Shrinks the configuration of `cause` at its `worstRun`, keeping only smaller ones that still hit
 * the very same cause. At most `SETTINGS.shrinkSteps` configurations are tried; after that every candidate
 * passes, which ends fast-check's search at the smallest one found (deterministically).
 */
async function shrink(tag: string, plans: fc.Arbitrary<Plan>, watch: PageWatch, cause: Cause): Promise<Shrunk> {
  let steps = 0;
  let finding: Finding | undefined;
  const details = await fc.check(
    fc.asyncProperty(plans, async (plan) => {
      if (steps >= SETTINGS.shrinkSteps) return true;
      await tell('spa-fuzz-progress', { tag, phase: 'shrink', path: `${cause.worstRun} (step ${steps})`, plan: describePlan(plan) });
      steps++;
      const hit = (await observe(tag, plan, watch)).findings.find((f) => f.kind === cause.kind && f.cause === cause.cause);
      if (hit) finding = hit;
      return !hit;
    }),
    { seed: SETTINGS.seed, path: String(cause.worstRun), numRuns: 1 },
  );
  if (!details.failed) return { cause, steps };
  return { cause, steps, path: details.counterexamplePath ?? undefined, plan: details.counterexample?.[0], finding };
}

/** Runs the one configuration at `SETTINGS.path`, as a report named it. */
async function replay(tag: string, plans: fc.Arbitrary<Plan>, watch: PageWatch): Promise<{ tally: Tally; plan?: Plan }> {
  const tally = new Tally();
  let replayed: Plan | undefined;
  await fc.check(
    fc.asyncProperty(plans, async (plan) => {
      await tell('spa-fuzz-progress', { tag, phase: 'replay', path: SETTINGS.path, plan: describePlan(plan) });
      replayed = plan;
      tally.add(0, await observe(tag, plan, watch));
      return true;
    }),
    { seed: SETTINGS.seed, path: SETTINGS.path, numRuns: 1 },
  );
  return { tally, plan: replayed };
}

function summaryLine(tag: string, tally: Tally): string {
  const counts = KINDS.map((kind) => `${LABELS[kind]} ${tally.counts[kind]}`).join(' · ');
  return (
    `${tag}: ${tally.times.length} runs · seed ${SETTINGS.seed} · ${counts} · ` +
    `time per configuration p50 ${tally.percentile(0.5)} ms, p99 ${tally.percentile(0.99)} ms, max ${tally.percentile(1)} ms, ` +
    `all ${(tally.times.reduce((sum, ms) => sum + ms, 0) / 1000).toFixed(1)} s`
  );
}

const indent = (text: string, by = '      ') => text.replace(/^/gm, by);

function replayCommand(tag: string, path: string | undefined): string {
  return `npm run fuzz -- --only=${tag} --scale=${SETTINGS.scale} --seed=${SETTINGS.seed}${path ? ` --path=${path}` : ''}`;
}

function causeReport(tag: string, shrunk: Shrunk | undefined, cause: Cause): string {
  const worst = cause.worstRun === cause.firstRun ? '' : `, the worst at run ${cause.worstRun}`;
  const head = `  [${cause.kind}] ${cause.cause} — ${cause.runs} configuration${cause.runs === 1 ? '' : 's'}, first at run ${cause.firstRun}${worst}`;
  if (!shrunk) return `${head} (not shrunk: over ${SETTINGS.maxCauses} causes)\n    ${cause.detail}`;
  if (!shrunk.plan) return `${head}\n    ${cause.detail}\n    did not happen again on replay (it depends on timing or on earlier runs)`;
  return [
    head,
    `    shrunk in ${shrunk.steps} steps to:`,
    indent(describePlan(shrunk.plan)),
    `    ${shrunk.finding?.detail ?? cause.detail}`,
    `    replay: ${replayCommand(tag, shrunk.path)}`,
  ].join('\n');
}

/** The kit's own stack for each shrunk error, logged as an Error so the runner maps it to the sources. */
function logStacks(tag: string, shrunk: readonly Shrunk[]): void {
  for (const { cause, finding } of shrunk) {
    if (finding?.error instanceof Error) console.log(`${tag} [${cause.kind}] ${cause.cause}:`, finding.error);
  }
}

/** The replayed configuration and everything it hit. */
async function replayReport(tag: string, plans: fc.Arbitrary<Plan>, watch: PageWatch): Promise<{ tally: Tally; report: string }> {
  const { tally, plan } = await replay(tag, plans, watch);
  const findings = [...tally.causes.values()].map((c) => `  [${c.kind}] ${c.cause}\n    ${c.detail}`);
  return { tally, report: [`${tag} at seed ${SETTINGS.seed}, path ${SETTINGS.path}:`, plan ? indent(describePlan(plan), '  ') : '', ...findings].join('\n') };
}

/** Surveys, then shrinks the first configuration of each cause. */
async function surveyReport(tag: string, plans: fc.Arbitrary<Plan>, watch: PageWatch): Promise<{ tally: Tally; report: string }> {
  const tally = await survey(tag, plans, watch);
  const causes = [...tally.causes.values()];
  const shrunk: Shrunk[] = [];
  for (const cause of causes.slice(0, SETTINGS.maxCauses)) shrunk.push(await shrink(tag, plans, watch, cause));
  logStacks(tag, shrunk);
  return { tally, report: [summaryLine(tag, tally), ...causes.map((cause, i) => causeReport(tag, shrunk[i], cause))].join('\n') };
}

async function fuzz(tag: string): Promise<void> {
  const plans = planFor(tag);
  const watch = watchPage();
  let result: { tally: Tally; report: string };
  try {
    result = SETTINGS.path ? await replayReport(tag, plans, watch) : await surveyReport(tag, plans, watch);
  } catch (error) {
    await tell('spa-fuzz-report', { tag, report: `the fuzz harness failed: ${error instanceof Error ? error.stack : String(error)}` });
    throw error;
  } finally {
    watch.stop();
  }
  const { tally, report } = result;
  // The report goes with the counts: if a later element hangs, the runner never prints this test's failure.
  const { counts } = tally;
  await tell('spa-fuzz-report', { tag, runs: tally.times.length, counts, p50: tally.percentile(0.5), p99: tally.percentile(0.99), max: tally.percentile(1), report });
  if (!SETTINGS.report) console.log(summaryLine(tag, tally));
  expect(tally.failures, report).to.equal(0);
}

/** The fuzz test of one element. */
export function fuzzElement(tag: string): void {
  describe(`<${tag}> under generated hostile configurations`, () => {
    it('never throws, blanks, renders an unsafe link, runs planted script or floods the console', async function () {
      if (SETTINGS.only && !SETTINGS.only.includes(tag)) this.skip();
      // Under npm test the suite is small; scripts/fuzz.mjs has its own watchdog.
      this.timeout(SETTINGS.report ? 0 : 120_000);
      await fuzz(tag);
    });
  });
}
