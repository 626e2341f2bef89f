#!/usr/bin/env node
// `npm test`: runs the suite in Chromium, Firefox and WebKit with the browsers Debian packages (test
// tools cannot download their own here). A missing browser is installed when we are root on
// Debian; otherwise one line says how. The versions in use are printed first. WebKit needs a
// display and its WebDriver, both started here and stopped afterwards.
// Pick engines knowingly with `npm test -- --browsers=chromium,firefox`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { ENGINES, fixFor, missingPackages } from './browsers.mjs';

const args = process.argv.slice(2);
const chosen = args.find((a) => a.startsWith('--browsers='));
const engines = (chosen?.split('=')[1] ?? process.env.SPA_BROWSERS ?? Object.keys(ENGINES).join(',')).split(',');
const passThrough = args.filter((a) => a !== chosen);

const unknown = engines.filter((engine) => !ENGINES[engine]);
if (unknown.length) {
  console.error(`Unknown engine ${unknown.join(', ')}: choose from ${Object.keys(ENGINES).join(', ')}.`);
  process.exit(2);
}

const missing = missingPackages(engines);
if (missing.length) {
  const command = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(`Browsers missing for the tests: run \`sudo apt-get update && sudo ${command}\` (Debian/Ubuntu), then npm test again.`);
    process.exit(1);
  }
  console.log(`Installing the browsers the tests need: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const cmd of ['apt-get update -qq', command]) {
    const result = spawnSync('sh', ['-c', cmd], { stdio: 'inherit', env });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

// A browser whose binary cannot even say its version will not start: say so now, not 24 times later.
const versions = {};
for (const engine of engines) {
  versions[engine] = ENGINES[engine].version();
  if (!versions[engine]) {
    console.error(`${ENGINES[engine].label} cannot start (${ENGINES[engine].files[0]} gave no version): ${fixFor(engine)}.`);
    process.exit(1);
  }
}
console.log(`Browsers: ${engines.map((engine) => `${ENGINES[engine].label} ${versions[engine]}`).join(' · ')} · Node ${process.versions.node}`);

const children = [];
const stopAll = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('exit', stopAll);
process.on('SIGINT', () => process.exit(130));

const env = { ...process.env, SPA_BROWSERS: engines.join(','), SPA_BROWSER_VERSIONS: JSON.stringify(versions) };
if (engines.includes('webkit')) {
  if (!env.DISPLAY) {
    const display = `:${90 + (process.pid % 9)}`;
    children.push(spawn('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' }));
    env.DISPLAY = display;
  }
  const port = String(4444 + (process.pid % 500));
  env.SPA_WEBKIT_DRIVER_PORT = port;
  children.push(spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env }));
  let ready = false;
  for (let i = 0; i < 100 && !ready; i++) {
    await sleep(100);
    ready = await fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false);
  }
  if (!ready) {
    console.error(`WebKit cannot start (WebKitWebDriver did not answer on port ${port}): ${fixFor('webkit')}.`);
    process.exit(1);
  }
}

const runner = spawn('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...passThrough], {
  stdio: 'inherit',
  env,
});
runner.on('exit', (code) => {
  stopAll();
  process.exit(code ?? 1);
});
