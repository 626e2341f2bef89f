#!/usr/bin/env node
// `npm run fuzz`: the fuzz suite of test/fuzz at length, in Chromium. Each element gets 10,000
// generated hostile configurations (strings up to 1 MB, lists up to 10,000 entries) under a fresh
// seed, printed first; the summary gives, per element, the count of every failure class and the
// time per configuration. Every class must be 0. A failure prints its shrunk counterexample and
// the command that replays it.
//
//   npm run fuzz -- [--runs=10000] [--seed=N] [--only=spa-faq,spa-pain-check] [--scale=long|ci]
//                   [--path=P] [--slow-ms=1000] [--ms-per-entry=10] [--ms-per-kchar=5]
//                   [--shrink-steps=300] [--max-causes=12] [--hang-s=120]
//
// Each option may also come from the environment: FUZZ_RUNS, FUZZ_SEED, FUZZ_SLOW_MS and so on
// (FUZZ_ and the option's name in capitals, dashes as underscores). The settings reach the test
// page as `window.__FUZZ__` (see test/fuzz/settings.ts); progress and results come back through
// two server commands. A page stuck in a loop cannot report: the watchdog names the configuration
// it hung on, and the elements not yet fuzzed run in a fresh browser.
import { randomInt } from 'node:crypto';
import { createServer } from 'node:net';
import { defaultReporter, startTestRunner } from '@web/test-runner';
import { ENGINES, missingPackages } from './browsers.mjs';

const TAGS = ['spa-booking-button', 'spa-faq', 'spa-technique-cards', 'spa-pain-check'];
const KINDS = ['uncaught', 'blank', 'unsafe-url', 'script', 'console', 'unpaired', 'slow', 'endless'];
const HEADINGS = ['uncaught', 'blank', 'unsafe URL', 'canary', 'console', 'unpaired', 'slow', 'endless'];

/** `--runs=5` or FUZZ_RUNS=5, else `fallback`. */
function option(name, fallback) {
  const arg = process.argv.slice(2).find((a) => a.startsWith(`--${name}=`));
  const env = process.env[`FUZZ_${name.toUpperCase().replaceAll('-', '_')}`];
  return arg?.slice(name.length + 3) ?? env ?? fallback;
}

/** A numeric option, or undefined to keep the suite's default (test/fuzz/settings.ts). */
const number = (name, fallback) => {
  const value = option(name, fallback);
  return value === undefined ? undefined : Number(value);
};

// Options left undefined vanish from the JSON the page gets, so the suite's defaults apply.
const settings = {
  runs: number('runs', 10_000),
  seed: number('seed', randomInt(2 ** 31)),
  scale: option('scale', 'long'),
  path: option('path', undefined),
  slowMs: number('slow-ms'),
  msPerEntry: number('ms-per-entry'),
  msPerKChar: number('ms-per-kchar'),
  shrinkSteps: number('shrink-steps', 300),
  maxCauses: number('max-causes', 12),
  report: true,
};
const tags = option('only', TAGS.join(',')).split(',');
const hangMs = Number(option('hang-s', 120)) * 1000;

if (!['long', 'ci'].includes(settings.scale) || tags.some((tag) => !TAGS.includes(tag)) || !(settings.runs > 0)) {
  console.error(`Usage: npm run fuzz -- [--runs=N] [--seed=N] [--only=${TAGS.join(',')}] [--scale=long|ci] [--path=P]`);
  process.exit(2);
}

const missing = missingPackages(['chromium']);
if (missing.length) {
  console.error(`The fuzz suite runs in Chromium: install it with \`sudo apt-get install ${missing.join(' ')}\`.`);
  process.exit(1);
}
const version = ENGINES.chromium.version();
const only = tags.length < TAGS.length ? ` --only=${tags.join(',')}` : '';
console.log(`Fuzz seed ${settings.seed} · ${settings.path ? `replaying path ${settings.path}` : `${settings.runs} configurations per element`} · scale ${settings.scale} · Chromium ${version}`);
console.log(`Replay this run: npm run fuzz -- --seed=${settings.seed} --runs=${settings.runs} --scale=${settings.scale}${only}`);

// The project's test config, for Chromium alone (it reads the engines when imported).
process.env.SPA_BROWSERS = 'chromium';
process.env.SPA_BROWSER_VERSIONS = JSON.stringify({ chromium: version });
const { default: base } = await import('../web-test-runner.config.mjs');

const pad = (value, width) => String(value).padStart(width);
/** Straight to stdout: while the runner is up it buffers console output, which an exit would lose. */
const say = (line) => process.stdout.write(`${line}\n`);

/** What each element reported at its end, and the configurations pages hung on. */
const reports = new Map();
const hangs = [];
/** Where the current page is, and when it last said so. */
let progress;
let lastHeard = Date.now();

const fuzzCommands = {
  name: 'spa-fuzz-commands',
  executeCommand({ command, payload }) {
    if (command !== 'spa-fuzz-progress' && command !== 'spa-fuzz-report') return undefined;
    lastHeard = Date.now();
    if (command === 'spa-fuzz-report') {
      reports.set(payload.tag, payload);
      // The row now, not only in the summary: a long run shows each element as it ends.
      if (payload.counts) say(`${HEADER}\n${row(payload)}${KINDS.some((kind) => payload.counts[kind]) ? `\n${payload.report}` : ''}`);
    } else {
      progress = payload;
      if (payload.phase === 'survey' && Number(payload.path) % 1000 === 0) say(`${payload.tag}: configuration ${payload.path} of ${settings.runs}`);
    }
    return true;
  },
};

/** The fuzz page of `tags`, with the settings in it. */
const testRunnerHtml = (pageTags) => (testFramework) => `<!DOCTYPE html>
<html>
  <head><script>window.__FUZZ__ = ${JSON.stringify({ ...settings, only: pageTags })};</script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`;

/** A port no one listens on, so a fuzz run and `npm test` (or two fuzz runs) can share the machine. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/**
 * Runs the fuzz page for `pageTags` in a fresh browser; resolves with whether every test passed,
 * or false when the page hung (the watchdog stops it).
 */
async function runPage(pageTags) {
  progress = undefined;
  lastHeard = Date.now();
  const runner = await startTestRunner({
    readCliArgs: false,
    readFileConfig: false,
    autoExitProcess: false,
    config: {
      ...base,
      port: await freePort(),
      files: ['test/fuzz/config.fuzz.test.ts'],
      testRunnerHtml: testRunnerHtml(pageTags),
      // The watchdog below names a hang; the runner must not give up on a long run first.
      testsFinishTimeout: 24 * 60 * 60 * 1000,
      plugins: [...base.plugins, fuzzCommands],
      reporters: [defaultReporter({ reportTestProgress: true })],
    },
  });
  if (!runner) return false;
  const onInterrupt = () => runner.stop();
  process.once('SIGINT', onInterrupt);
  return new Promise((resolve) => {
    // A page stuck in a synchronous loop answers nothing and cannot be stopped politely.
    const watchdog = setInterval(() => {
      if (Date.now() - lastHeard < hangMs) return;
      clearInterval(watchdog);
      const hang = progress ?? { tag: pageTags[0], phase: 'start', path: '0', plan: '(before the first configuration)' };
      hangs.push(hang);
      // Now, not only in the summary: the run goes on in a fresh browser, maybe for an hour.
      printHang(hang);
      void runner.stop();
      setTimeout(() => resolve(false), 10_000);
    }, 5000);
    runner.on('stopped', (passed) => {
      clearInterval(watchdog);
      process.off('SIGINT', onInterrupt);
      resolve(passed);
    });
  });
}

function printHang({ tag, phase, path, plan }) {
  say(
    `\n${tag} stopped answering for ${hangMs / 1000} s during its ${phase}, at fast-check path ${path}, on:\n` +
      `${plan.replace(/^/gm, '    ')}\n` +
      `Replay it: npm run fuzz -- --only=${tag} --scale=${settings.scale} --seed=${settings.seed} --path=${String(path).split(' ')[0]}`,
  );
}

/** The summary's table head, and one element's row of counts and times. */
const HEADER = `${'element'.padEnd(20)} ${pad('runs', 6)} ${HEADINGS.map((h) => pad(h, h.length + 1)).join('')}   p50 ms  p99 ms  max ms`;
function row(report) {
  const counts = KINDS.map((kind, i) => pad(report.counts[kind], HEADINGS[i].length + 1)).join('');
  return `${report.tag.padEnd(20)} ${pad(report.runs, 6)} ${counts}   ${pad(report.p50, 6)}  ${pad(report.p99, 6)}  ${pad(report.max, 6)}`;
}

/** The table, then every failure; true when every class of every element is 0. */
function printSummary(passed) {
  say(`\nFuzz summary · seed ${settings.seed} · scale ${settings.scale}`);
  say(HEADER);
  let clean = passed && !hangs.length;
  const failures = [];
  for (const tag of tags) {
    const report = reports.get(tag);
    if (!report?.counts) {
      clean = false;
      if (report) failures.push(`${tag}: ${report.report}`);
      say(`${tag.padEnd(20)} no result: ${report ? 'the harness failed, see below' : hangs.some((h) => h.tag === tag) ? 'hung, see below' : 'not run'}`);
      continue;
    }
    if (KINDS.some((kind) => report.counts[kind])) {
      clean = false;
      failures.push(report.report);
    }
    say(row(report));
  }
  for (const failure of failures) say(`\n${failure}`);
  hangs.forEach(printHang);
  say(clean ? '\nEvery failure class is 0.' : '\nFAILED: each counterexample above replays with the command printed under it.');
  return clean;
}

let passed = true;
let pending = tags;
while (pending.length) {
  const hangsBefore = hangs.length;
  passed = (await runPage(pending)) && passed;
  if (hangs.length === hangsBefore) break;
  // After a hang, the elements that neither reported nor hung get a fresh page.
  pending = pending.filter((tag) => !reports.has(tag) && !hangs.some((hang) => hang.tag === tag));
}
process.exit(printSummary(passed) ? 0 : 1);
