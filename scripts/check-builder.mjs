#!/usr/bin/env node
// The snippet builder as a designer uses it, from the built page opened straight from disk
// (dist/builder/index.html, file://, classic scripts): a branded FAQ with six questions of their
// own, a booking button into their Calendly page, and the technique cards with prices. Each
// snippet is read from the page as the designer would copy it, the three are pasted into one blank
// HTML file on a site where dist/ was uploaded, and each widget there must show what the preview
// showed: the same text, links and colours. Screenshots of the builder and of the blank page at 360
// and 1280 px go to the folder given as the first argument (default: a temporary one). Last, the
// builder as `npm start` serves it, from source, must show a widget in its preview.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createServer } from 'vite';
import { launchChromium } from './chromium.mjs';
import { serve } from './serve.mjs';

const PLACEHOLDER_BASE = 'https://YOUR-SITE/spa-widgets/';
const shots = resolve(process.argv[2] ?? mkdtempSync(join(tmpdir(), 'spa-builder-shots-')));
mkdirSync(shots, { recursive: true });
const site = mkdtempSync(join(tmpdir(), 'spa-builder-site-'));
cpSync('dist', join(site, 'spa-widgets'), { recursive: true });
const server = await serve(site);
const browser = await launchChromium();
let failures = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
};

/** What a visitor sees of a widget: its text, where its links go, and the colours of its parts. */
function observe(widget) {
  const root = widget.shadowRoot;
  const view = widget.ownerDocument.defaultView;
  return JSON.stringify({
    text: root.textContent.replace(/\s+/g, ' ').trim(),
    links: [...root.querySelectorAll('a')].map((a) => a.href),
    colours: [...root.querySelectorAll('[part]')].slice(0, 12).map((part) => {
      const style = view.getComputedStyle(part);
      return `${part.getAttribute('part')}: ${style.color} on ${style.backgroundColor}, ${style.fontFamily}`;
    }),
  });
}

const QUESTIONS = [
  ['Do you have parking?', 'Yes: free parking right behind the spa.', 'Visiting'],
  ['How early should I arrive?', 'Ten minutes before your time.\n\nThat leaves time for a short health form.', 'Visiting'],
  ['Can I pay by card?', 'Yes, every major card, and contactless.', 'Payment'],
  ['Do you sell gift cards?', 'Yes: [buy one online](https://serene.example/gift), or at the desk.', 'Payment'],
  ['Is deep tissue massage painful?', 'It can feel intense. Tell your therapist at any moment and they will ease off.', 'Massage'],
  ['What should I wear?', 'Whatever is comfortable: we give you a robe and leave the room while you change.', 'Massage'],
];

const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const problems = [];
page.on('pageerror', (error) => problems.push(error.message));
await page.goto(pathToFileURL(resolve('dist/builder/index.html')).href);
await page.locator('#widget').waitFor();

/** The preview's widget once it shows the current snippet and has rendered, observed. */
async function preview(tag) {
  await page.waitForFunction(
    ([tag]) => {
      const builder = document.querySelector('spa-snippet-builder');
      const frame = builder.shadowRoot.querySelector('iframe');
      const line = builder.snippet.split('\n')[1];
      const widget = frame.contentDocument?.querySelector(tag);
      return frame.srcdoc.includes(line) && frame.contentDocument.readyState === 'complete' && widget?.shadowRoot?.querySelector('[part]');
    },
    [tag],
    { timeout: 10_000 },
  );
  await page.waitForTimeout(300);
  return page.evaluate(
    ([tag, observeSource]) => {
      const frame = document.querySelector('spa-snippet-builder').shadowRoot.querySelector('iframe');
      return new Function(`return (${observeSource})`)()(frame.contentDocument.querySelector(tag));
    },
    [tag, observe.toString()],
  );
}

/** The snippet as the designer copies it: the text of the snippet box. */
const snippetText = () => page.locator('pre code').innerText();

const designs = [];

// A branded FAQ with six questions of the spa's own.
await page.selectOption('#widget', 'spa-faq');
await page.fill('#token-color-primary', '#7a3e9d');
await page.fill('#token-font-family', '"Trebuchet MS", sans-serif');
for (const [i, [question, answer, category]] of QUESTIONS.entries()) {
  await page.getByRole('button', { name: 'Add a question' }).click();
  await page.fill(`#items-${i}-question`, question);
  await page.fill(`#items-${i}-answer`, answer);
  await page.fill(`#items-${i}-category`, category);
}
designs.push({ tag: 'spa-faq', seen: await preview('spa-faq'), snippet: await snippetText() });
// The last question's form in sight, and the preview beside it (it stays in view while scrolling).
await page.getByRole('button', { name: 'Add a question' }).scrollIntoViewIfNeeded();
await page.screenshot({ path: join(shots, 'builder-faq-1280.png') });

// A booking button into the spa's Calendly page.
await page.selectOption('#widget', 'spa-booking-button');
await page.fill('#field-href', 'https://calendly.com/serene-spa/60min');
await page.selectOption('#field-provider', 'calendly');
await page.fill('#field-label', 'Book your massage');
await page.fill('#field-utmSource', 'blog');
await page.fill('#token-color-primary', '#7a3e9d');
designs.push({ tag: 'spa-booking-button', seen: await preview('spa-booking-button'), snippet: await snippetText() });

// The technique cards with prices, booking through the same Calendly page.
await page.selectOption('#widget', 'spa-technique-cards');
await page.fill('#field-bookingHref', 'https://calendly.com/serene-spa');
await page.selectOption('#field-bookingProvider', 'calendly');
await page.fill('#token-color-primary', '#7a3e9d');
await page.getByRole('button', { name: 'Start from them' }).click();
for (const [i, amount] of ['95', '80', '90'].entries()) {
  await page.fill(`#techniques-${i}-price-amount`, amount);
  await page.fill(`#techniques-${i}-price-currency`, 'EUR');
}
designs.push({ tag: 'spa-technique-cards', seen: await preview('spa-technique-cards'), snippet: await snippetText() });
await page.setViewportSize({ width: 360, height: 800 });
await page.waitForTimeout(300);
await page.screenshot({ path: join(shots, 'builder-cards-360.png'), fullPage: true });
check(problems.length === 0, `the builder page from disk ran without an uncaught error${problems.length ? `: ${problems.join('; ')}` : ''}`);

const faqSnippet = designs[0].snippet;
check(QUESTIONS.every(([question]) => faqSnippet.includes(JSON.stringify(question))), 'the FAQ snippet holds the six questions');
check(!/YOUR-SITE\/spa-widgets\/spa-widgets/.test(designs.map((d) => d.snippet).join('')), 'each snippet loads its one-widget drop-in');
check(designs[2].snippet.includes('"currency": "EUR"'), 'the cards snippet holds the prices');

// The three snippets pasted into one blank HTML file, on the site where dist/ was uploaded.
writeFileSync(
  join(site, 'blank.html'),
  `<!doctype html>\n<html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width">\n<link rel="icon" href="data:,">\n<title>Blank page</title>\n<body style="margin: 0; padding: 16px; background: #ffffff; color: #1d1d1f; font: 18px/1.6 Georgia, serif">\n${designs
    .map((design) => design.snippet.replaceAll(PLACEHOLDER_BASE, '/spa-widgets/'))
    .join('\n')}</body></html>\n`,
);
for (const width of [360, 1280]) {
  const blank = await browser.newPage({ viewport: { width, height: 900 } });
  const logged = [];
  blank.on('console', (message) => ['error', 'warning'].includes(message.type()) && logged.push(message.text()));
  await blank.goto(`${server.url}/blank.html`);
  for (const { tag, seen } of designs) {
    await blank.waitForFunction((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part]'), tag);
    await blank.waitForTimeout(200);
    const there = await blank.evaluate(([tag, observeSource]) => new Function(`return (${observeSource})`)()(document.querySelector(tag)), [tag, observe.toString()]);
    check(there === seen, `${width} px: <${tag}> in the blank page shows what the preview showed`);
    if (there !== seen) console.log(`  preview: ${seen}\n  page:    ${there}`);
  }
  check(logged.length === 0, `${width} px: nothing logged in the blank page${logged.length ? `: ${logged.join('; ')}` : ''}`);
  await blank.screenshot({ path: join(shots, `blank-page-${width}.png`), fullPage: true });
  await blank.close();
}

// From source under the dev server, the preview frame gets the build's constants from the builder's
// page (the dev server sets them as globals there only): a frame without them loads no kit.
const dev = await createServer({ configFile: 'vite.config.ts', logLevel: 'warn', server: { port: 0 } });
await dev.listen();
const devPage = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const devErrors = [];
devPage.on('pageerror', (error) => devErrors.push(error.message));
devPage.on('console', (message) => message.text().includes('is not defined') && devErrors.push(message.text()));
await devPage.goto(new URL('builder.html', dev.resolvedUrls.local[0]).href);
const devPreview = await devPage
  .waitForFunction(() => document.querySelector('spa-snippet-builder')?.shadowRoot?.querySelector('iframe')?.contentDocument?.querySelector('spa-booking-button, spa-faq, spa-technique-cards, spa-pain-check')?.shadowRoot?.querySelector('[part]'), null, { timeout: 30000 })
  .then(() => true, () => false);
check(devPreview && devErrors.length === 0, `npm start: the builder's preview shows the widget${devErrors.length ? `: ${devErrors.join('; ')}` : ''}`);
await dev.close();

await browser.close();
server.close();
rmSync(site, { recursive: true, force: true });
console.log(`screenshots: ${shots}`);
if (failures) {
  console.error(`${failures} builder check(s) failed`);
  process.exit(1);
}
