#!/usr/bin/env node
// Pastes the README's embed snippet into bare HTML pages and checks, in headless Chromium, that the
// widgets upgrade: the ES module and the classic script over HTTP, both together (harmless), and
// the classic script from a page opened straight from disk (file://, where modules cannot load);
// and that the only global the kit adds is `SpaWidgets`.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { serve } from './serve.mjs';

const body = `<spa-booking-button href="https://book.example/spa"><a href="https://book.example/spa">Book a massage</a></spa-booking-button>`;
const pages = {
  'module.html': `<script type="module" src="./spa-widgets.js"></script>${body}`,
  'classic.html': `<script src="./spa-widgets.iife.js" defer></script>${body}`,
  'both.html': `<script type="module" src="./spa-widgets.js"></script><script src="./spa-widgets.iife.js" defer></script>${body}`,
};

/** The globals Lit adds (its version markers, and the decorators' metadata); the kit adds only `SpaWidgets`. */
const LIT_MARKERS = ['litHtmlVersions', 'litElementVersions', 'reactiveElementVersions', 'litPropertyMetadata'];

const dir = mkdtempSync(join(tmpdir(), 'spa-embed-'));
cpSync('dist/spa-widgets.js', join(dir, 'spa-widgets.js'));
cpSync('dist/spa-widgets.iife.js', join(dir, 'spa-widgets.iife.js'));
for (const [name, html] of Object.entries(pages)) writeFileSync(join(dir, name), `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name}</title>${html}`);

const server = await serve(dir);
const browser = await launchChromium();
const urls = [
  ...Object.keys(pages).map((name) => `${server.url}/${name}`),
  pathToFileURL(join(dir, 'classic.html')).href,
];
let failed = 0;
try {
  for (const url of urls) {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(message.text()));
    await page.goto(url);
    const rendered = await page
      .waitForFunction(() => document.querySelector('spa-booking-button')?.shadowRoot?.querySelector('a[part=button]')?.href, null, { timeout: 5000 })
      .then((handle) => handle.jsonValue(), () => null);
    // Globals the page did not have before: only `SpaWidgets` and Lit's version markers may be new.
    const globals = await page.evaluate((allowed) => {
      const frame = document.body.appendChild(document.createElement('iframe'));
      const blank = new Set(Object.getOwnPropertyNames(frame.contentWindow));
      frame.remove();
      return Object.getOwnPropertyNames(window).filter((key) => !blank.has(key) && !allowed.includes(key));
    }, LIT_MARKERS);
    const ok = rendered === 'https://book.example/spa' && problems.length === 0 && globals.join() === 'SpaWidgets';
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${url.replace(dir, '<tmp>')}${ok ? '' : ` rendered=${rendered} globals=${globals} ${problems.join('; ')}`}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
