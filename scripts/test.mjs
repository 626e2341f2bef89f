#!/usr/bin/env node
// `npm test`: runs the suite in Chromium, Firefox and WebKit. Browsers come from Debian packages
// (test tools cannot download their own here). When one is missing and we are root on Debian, it
// is installed; otherwise one line says how. WebKit needs a display and its WebDriver, both started
// here and stopped afterwards. Pick engines with `npm test -- --browsers=chromium,firefox`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const PACKAGES = {
  chromium: { files: ['/usr/bin/chromium'], debs: ['chromium'] },
  firefox: { files: ['/usr/bin/firefox-esr'], debs: ['firefox-esr'] },
  webkit: {
    files: ['/usr/bin/WebKitWebDriver', '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/bin/Xvfb'],
    debs: ['webkit2gtk-driver', 'xvfb', 'xauth'],
  },
};

const args = process.argv.slice(2);
const chosen = args.find((a) => a.startsWith('--browsers='));
const engines = (chosen?.split('=')[1] ?? process.env.SPA_BROWSERS ?? 'chromium,firefox,webkit').split(',');
const passThrough = args.filter((a) => a !== chosen);

const missing = engines.flatMap((e) => (PACKAGES[e].files.some((f) => !existsSync(f)) ? PACKAGES[e].debs : []));
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

const children = [];
const stopAll = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('exit', stopAll);
process.on('SIGINT', () => process.exit(130));

const env = { ...process.env, SPA_BROWSERS: engines.join(',') };
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
    console.error('WebKitWebDriver did not start; is webkit2gtk-driver installed?');
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
