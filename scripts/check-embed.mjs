#!/usr/bin/env node
// Pastes the README's embed snippet into bare HTML pages and checks, in headless Chromium, that the
// widgets upgrade: the ES module and the classic script over HTTP, both together (harmless), and
// the classic script from a page opened straight from disk (file://, where modules cannot load);
// the one-widget drop-ins alone, two together and beside the whole kit (one definition per tag, no
// warning); and that the only global the kit adds is `SpaWidgets`. On a Spanish page, the ES scripts
// fetch the Spanish wording from the files built beside them (the classic ones hold it), and a
// script uploaded without them shows English with one error naming the fix. A visitor who walks the
// pain check to a suggestion gets its long texts, fetched from beside the ES scripts at their first
// touch (inline in the classic ones); without that file, the suggestion shows what it has and one error.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { serve } from './serve.mjs';

const body = `<spa-booking-button href="https://book.example/spa"><a href="https://book.example/spa">Book a massage</a></spa-booking-button>`;
const ALL = ['spa-booking-button', 'spa-faq', 'spa-technique-cards', 'spa-pain-check'];
const module = (file) => `<script type="module" src="./${file}"></script>`;
const classic = (file) => `<script src="./${file}" defer></script>`;
const SPANISH_QUESTION = '¿Es seguro el masaje para cualquier persona con dolor lumbar?';
const ENGLISH_QUESTION = 'Is massage safe for everyone who has lower back pain?';
const spanishPage = (question, problems = [], allowed = []) => ({ lang: 'es', body: '<spa-faq></spa-faq>', question, problems, allowed });
/**
 * Each page: its scripts, the tags that must be defined on it (the booking button always renders),
 * and for a page in another language, the FAQ's first question and the errors expected there.
 */
const pages = {
  'module.html': [module('spa-widgets.js'), ALL],
  'classic.html': [classic('spa-widgets.iife.js'), ALL],
  'both.html': [module('spa-widgets.js') + classic('spa-widgets.iife.js'), ALL],
  // One-widget drop-ins: alone, two together (both hold the booking button), and beside the whole kit.
  'standalone-module.html': [module('standalone/spa-booking-button.js'), ['spa-booking-button']],
  'standalone-classic.html': [classic('standalone/spa-faq.iife.js') + classic('standalone/spa-booking-button.iife.js'), ['spa-booking-button', 'spa-faq']],
  'standalone-two.html': [module('standalone/spa-technique-cards.js') + module('standalone/spa-pain-check.js'), ['spa-booking-button', 'spa-technique-cards', 'spa-pain-check']],
  'standalone-and-kit.html': [module('standalone/spa-faq.js') + module('spa-widgets.js'), ALL],
  'module-es.html': [module('spa-widgets.js'), ALL, spanishPage(SPANISH_QUESTION)],
  'classic-es.html': [classic('spa-widgets.iife.js'), ALL, spanishPage(SPANISH_QUESTION)],
  'standalone-es.html': [module('standalone/spa-faq.js') + module('standalone/spa-booking-button.js'), ['spa-booking-button', 'spa-faq'], spanishPage(SPANISH_QUESTION)],
  // The ES script uploaded on its own, without the language files built beside it.
  'alone/module-es.html': [module('spa-widgets.js'), ALL, spanishPage(ENGLISH_QUESTION, [/^\[spa-faq\] lang: the "es" wording could not be loaded .*\.iife\.js form/], [/^Failed to load resource: .* 404/])],
};

const painCheck = '<spa-pain-check></spa-pain-check>';
const MISSING_LATER = /^\[spa-pain-check\] strings: the rest of the built-in wording could not be loaded .*\.iife\.js form/;
/** Pages whose visitor walks the pain check to a suggestion: its scripts, and the error expected there. */
const suggestionPages = {
  'suggestion.html': [module('spa-widgets.js')],
  'standalone-suggestion.html': [module('standalone/spa-pain-check.js')],
  'classic-suggestion.html': [classic('spa-widgets.iife.js')],
  'alone/suggestion.html': [module('spa-widgets.js'), MISSING_LATER],
};

/** The globals Lit adds (its version markers, and the decorators' metadata); the kit adds only `SpaWidgets`. */
const LIT_MARKERS = ['litHtmlVersions', 'litElementVersions', 'reactiveElementVersions', 'litPropertyMetadata'];

const dir = mkdtempSync(join(tmpdir(), 'spa-embed-'));
for (const file of readdirSync('dist').filter((name) => name.startsWith('spa-widgets.') && name.endsWith('.js'))) cpSync(join('dist', file), join(dir, file));
cpSync('dist/standalone', join(dir, 'standalone'), { recursive: true });
mkdirSync(join(dir, 'alone'));
cpSync('dist/spa-widgets.js', join(dir, 'alone', 'spa-widgets.js'));
for (const [name, [scripts, , language]] of Object.entries(pages)) {
  writeFileSync(
    join(dir, name),
    `<!doctype html><html lang="${language?.lang ?? 'en'}"><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name}</title>${scripts}${body}${language?.body ?? ''}`,
  );
}

for (const [name, [scripts]] of Object.entries(suggestionPages)) {
  writeFileSync(join(dir, name), `<!doctype html><html lang="en"><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name}</title>${scripts}${painCheck}`);
}

/** Answers every question as a visitor would (clicks) and returns the suggestion's evidence note, or null. */
async function walkToSuggestion(page) {
  await page.waitForFunction(() => document.querySelector('spa-pain-check')?.shadowRoot?.querySelector('input'), null, { timeout: 5000 });
  const answers = [['none', 'emergency'], ['none', 'urgent'], ['none', 'doctor'], ['painLevel', '5'], ['duration', 'chronic'], ['feeling', 'knots'], ['experience', 'few', 'pressure', 'medium']];
  for (const [name, value, name2, value2] of answers) {
    await page.locator(`spa-pain-check input[name="${name}"][value="${value}"]`).click();
    if (name2) await page.locator(`spa-pain-check input[name="${name2}"][value="${value2}"]`).click();
    await page.locator('spa-pain-check .next').click();
  }
  await page.locator('spa-pain-check .result-title').waitFor({ timeout: 5000 });
  return page.evaluate(() => document.querySelector('spa-pain-check').shadowRoot.querySelector('.evidence')?.textContent.trim() ?? null);
}

const server = await serve(dir);
const browser = await launchChromium();
const urls = [
  ...Object.keys(pages).map((name) => [`${server.url}/${name}`, pages[name][1], pages[name][2]]),
  [pathToFileURL(join(dir, 'classic.html')).href, ALL],
  [pathToFileURL(join(dir, 'standalone-classic.html')).href, pages['standalone-classic.html'][1]],
  [pathToFileURL(join(dir, 'classic-es.html')).href, ALL, pages['classic-es.html'][2]],
];
let failed = 0;
try {
  for (const [url, tags, language] of urls) {
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
    const defined = await page.evaluate((all) => all.filter((tag) => customElements.get(tag)), ALL);
    const question = language
      ? await page
          .waitForFunction(() => document.querySelector('spa-faq')?.shadowRoot?.querySelector('[part~=question]')?.textContent.trim(), null, { timeout: 5000 })
          .then((handle) => handle.jsonValue(), () => null)
      : undefined;
    // The errors a page expects are said once each; any other is a failure.
    const expected = language?.problems ?? [];
    const unexpected = problems.filter((problem) => ![...expected, ...(language?.allowed ?? [])].some((pattern) => pattern.test(problem)));
    const said = expected.every((pattern) => problems.filter((problem) => pattern.test(problem)).length === 1);
    const ok =
      rendered === 'https://book.example/spa' &&
      unexpected.length === 0 &&
      said &&
      question === language?.question &&
      globals.join() === 'SpaWidgets' &&
      defined.join() === tags.join();
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${url.replace(dir, '<tmp>')}${ok ? '' : ` rendered=${rendered} defined=${defined} globals=${globals} question=${question} ${problems.join('; ')}`}`);
    await page.close();
  }
  const suggestionUrls = Object.keys(suggestionPages).map((name) => [name.startsWith('classic') ? pathToFileURL(join(dir, name)).href : `${server.url}/${name}`, suggestionPages[name][1]]);
  for (const [url, error] of suggestionUrls) {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(message.text()));
    await page.goto(url);
    const evidence = await walkToSuggestion(page).catch((e) => `walk failed: ${e.message}`);
    const unexpected = problems.filter((problem) => !(error && (error.test(problem) || /^Failed to load resource: .* 404/.test(problem))));
    const ok = unexpected.length === 0 && (error ? evidence === null && problems.filter((p) => error.test(p)).length === 1 : evidence?.startsWith('No massage technique has been shown'));
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${url.replace(dir, '<tmp>')}: a suggestion ${error ? 'without its texts, and one error' : 'with its long texts'}${ok ? '' : ` evidence=${evidence} ${problems.join('; ')}`}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
