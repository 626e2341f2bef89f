// Progress and the closing summary of `npm test`, per engine. A test file that fails before any of
// its tests runs (a browser that will not start, a driver command it does not know) counts as a
// failure here, so an engine that ran nothing never reads "0 passed, 0 failed".
import { ENGINES, fixFor } from './browsers.mjs';

/** Tests passed, failed and skipped in one session, and whether the file failed outside its tests. */
function countSession(session) {
  const counts = { passed: 0, failed: 0, skipped: 0, ran: false };
  const walk = (suite) => {
    for (const test of suite?.tests ?? []) {
      counts.ran = true;
      if (test.skipped) counts.skipped++;
      else if (test.passed) counts.passed++;
      else counts.failed++;
    }
    for (const child of suite?.suites ?? []) walk(child);
  };
  walk(session.testResults);
  const failedOutsideTests = session.passed === false && counts.failed === 0;
  return { ...counts, failedOutsideTests };
}

/**
 * @param {{ engineOf: Map<object, string>, versions: Record<string, string> }} options
 *   which engine each launcher runs, and the browser versions printed at the start
 */
export function engineReporter({ engineOf, versions }) {
  const nameOf = (engine) => `${ENGINES[engine].label} ${versions[engine] ?? ''}`.trim();

  const tally = (sessions) => {
    const byEngine = new Map([...engineOf.values()].map((engine) => [engine, { files: 0, finished: 0, passed: 0, failed: 0, skipped: 0, notRun: 0, firstError: undefined }]));
    for (const session of sessions) {
      const engine = byEngine.get(engineOf.get(session.browser));
      engine.files++;
      if (session.status !== 'FINISHED') continue;
      engine.finished++;
      const counts = countSession(session);
      engine.passed += counts.passed;
      engine.failed += counts.failed + (counts.failedOutsideTests ? 1 : 0);
      engine.skipped += counts.skipped;
      if (counts.failedOutsideTests && !counts.ran) {
        engine.notRun++;
        engine.firstError ??= session.errors?.[0]?.message?.split('\n')[0];
      }
    }
    return byEngine;
  };

  const line = (engine, t) =>
    `${nameOf(engine)}: ${t.passed} passed, ${t.failed} failed` +
    (t.skipped ? `, ${t.skipped} skipped` : '') +
    (t.notRun ? ` (${t.notRun} test file${t.notRun === 1 ? '' : 's'} stopped before any test ran)` : '');

  const summary = (byEngine) => {
    const total = { passed: 0, failed: 0, skipped: 0 };
    const lines = [];
    for (const [engine, t] of byEngine) {
      total.passed += t.passed;
      total.failed += t.failed;
      total.skipped += t.skipped;
      if (t.files > 0 && t.notRun === t.files) {
        lines.push(`${nameOf(engine)} ran no test: ${t.firstError ?? 'it did not start'}. Fix: ${fixFor(engine)}.`);
      }
    }
    lines.push([...byEngine].map(([engine, t]) => line(engine, t)).join(' · '));
    // The plain closing line CI reads.
    lines.push(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
    return lines;
  };

  return {
    // The runner prints progress last of all, so once every file has run, progress is the summary.
    getTestProgress({ sessions }) {
      const byEngine = tally(sessions);
      if (sessions.length > 0 && sessions.every((session) => session.status === 'FINISHED')) return ['', ...summary(byEngine)];
      return [...byEngine].map(([engine, t]) => `${line(engine, t)} | ${t.finished}/${t.files} test files`);
    },
  };
}
