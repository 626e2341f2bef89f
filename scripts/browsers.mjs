// The three engines the tests run in, as Debian packages them (docs/testing.md): where each lives,
// which packages bring it, how to read its version and what to do when it will not start. One table
// for `scripts/test.mjs` (install, versions) and `web-test-runner.config.mjs` (launchers, summary).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './chromium.mjs';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';
export const MINIBROWSER_PATH = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const firstLine = (command, args) => {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 20000 });
  return result.status === 0 ? result.stdout.split('\n')[0].trim() : undefined;
};

export const ENGINES = {
  chromium: {
    label: 'Chromium',
    files: [CHROMIUM_PATH],
    debs: ['chromium'],
    // "Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm)"
    version: () => firstLine(CHROMIUM_PATH, ['--version'])?.match(/[\d.]+/)?.[0],
  },
  firefox: {
    label: 'Firefox',
    files: [FIREFOX_PATH],
    debs: ['firefox-esr'],
    // "Mozilla Firefox 153.8.0esr"
    version: () => firstLine(FIREFOX_PATH, ['--version'])?.match(/[\d.]+(esr)?/)?.[0],
  },
  webkit: {
    label: 'WebKit',
    files: ['/usr/bin/WebKitWebDriver', MINIBROWSER_PATH, '/usr/bin/Xvfb', '/usr/bin/xauth'],
    debs: ['webkit2gtk-driver', 'xvfb', 'xauth'],
    // MiniBrowser and WebKitWebDriver print no version without a display; the library's package does.
    version: () => firstLine('dpkg-query', ['-W', '-f=${Version}', 'libwebkit2gtk-4.1-0'])?.replace(/-.*/, ''),
  },
};

/** The Debian packages that the chosen engines need and this machine lacks. */
export const missingPackages = (engines) =>
  engines.flatMap((engine) => (ENGINES[engine].files.some((file) => !existsSync(file)) ? ENGINES[engine].debs : []));

/** The line that tells a person how to bring an engine back. */
export const fixFor = (engine) =>
  `install or repair it with \`apt-get install --reinstall ${ENGINES[engine].debs.join(' ')}\` ` +
  `(docs/testing.md lists the versions verified), or leave it out knowingly with \`npm test -- --browsers=${Object.keys(ENGINES)
    .filter((other) => other !== engine)
    .join(',')}\``;
