// Runs every test in Chromium, Firefox and WebKit with the browsers Debian packages (docs/testing.md):
// Chromium through puppeteer over CDP, Firefox through puppeteer over WebDriver BiDi, WebKit
// (MiniBrowser) through WebKitWebDriver. `scripts/test.mjs` installs and starts what these need.
import { valibotPatches } from './scripts/valibot-patches.mjs';
import { readFileSync } from 'node:fs';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteerCore from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
import { FIREFOX_PATH, MINIBROWSER_PATH } from './scripts/browsers.mjs';
import { engineReporter } from './scripts/engine-reporter.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const engines = (process.env.SPA_BROWSERS ?? 'chromium,firefox,webkit').split(',');
const versions = JSON.parse(process.env.SPA_BROWSER_VERSIONS ?? '{}');

// The page size every engine tests at, as @web/test-runner sets it for Chromium.
const VIEWPORT = { width: 800, height: 600 };

const launchers = {
  chromium: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS },
    }),
  // Puppeteer sizes new pages (defaultViewport) and the runner sizes each session (setViewport);
  // over BiDi both also send emulation.* commands that only some Firefox ESR builds know (140.12
  // answers "unknown command", failing every file). So Firefox takes its size from the headless
  // window itself, and no emulation command is ever sent.
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: FIREFOX_PATH,
        headless: true,
        defaultViewport: null,
        env: { ...process.env, MOZ_HEADLESS_WIDTH: String(VIEWPORT.width), MOZ_HEADLESS_HEIGHT: String(VIEWPORT.height) },
      },
      async createPage({ context }) {
        const page = await context.newPage();
        page.setViewport = async () => {};
        return page;
      },
    }),
  webkit: () =>
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.SPA_WEBKIT_DRIVER_PORT ?? 4444),
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
      },
    }),
};

const engineOf = new Map(engines.map((engine) => [launchers[engine](), engine]));

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  browsers: [...engineOf.keys()],
  plugins: [
    {
      name: 'spa-valibot-patches',
      transform(context) {
        const body = typeof context.body === 'string' ? valibotPatches(context.body, context.path) : undefined;
        return body === undefined ? undefined : { body };
      },
    },
    esbuildPlugin({
      ts: true,
      tsconfig: './tsconfig.json',
      target: 'es2022',
      define: { __SPA_VERSION__: JSON.stringify(version), __SPA_DROP_IN__: 'true' },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter({ reportTestProgress: false }), engineReporter({ engineOf, versions })],
};
