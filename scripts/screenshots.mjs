#!/usr/bin/env node
// `npm run screenshots [DIR]`: serves the demo and writes the pictures a person checks before
// calling a change done (default DIR: screenshots/, git-ignored): every demo section at 360 and
// 1280 px, the hostile page, a Spanish page, each pain-check step and outcome at 360 px, and the
// technique cards in a 320 px column, at 760 and 1280 px, dark, right-to-left and zoomed to 200 %.
import { mkdirSync } from 'node:fs';
import { createServer } from 'vite';
import { launchChromium } from './chromium.mjs';

const dir = process.argv[2] ?? 'screenshots';
mkdirSync(dir, { recursive: true });
const server = await createServer({ configFile: 'vite.config.ts', logLevel: 'warn', server: { port: 0 } });
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await launchChromium();
const problems = [];

async function open(path, width, options = {}) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, ...options });
  page.on('pageerror', (error) => problems.push(`${path} @${width}: ${error.message}`));
  await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
  await page.evaluate(() => Promise.all([...document.querySelectorAll(':defined')].map((el) => el.updateComplete)));
  return page;
}

/** A full-page picture after scrolling through once, so lazily painted items have their size. */
async function wholePage(page, file) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise(requestAnimationFrame);
    }
    scrollTo(0, 0);
  });
  await page.screenshot({ path: `${dir}/${file}`, fullPage: true });
}

for (const width of [360, 1280]) {
  const page = await open('/', width);
  for (const id of ['booking', 'faq-demo', 'techniques', 'pain-check', 'themed']) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await page.locator(`#${id}`).screenshot({ path: `${dir}/demo-${id}-${width}.png` });
  }
  await page.close();
  const hostile = await open('/hostile.html', width);
  await wholePage(hostile, `hostile-${width}.png`);
  await hostile.close();
  // A Spanish page: every built-in text in one language.
  const spanish = await open('/es.html', width);
  await wholePage(spanish, `es-${width}.png`);
  await spanish.close();
}

// The pain check's outcomes, walked through by clicks as a visitor would. An unnamed checklist is
// answered "None of these"; the walk stops where a result appears.
const walks = {
  'ok-trigger-point': { painLevel: 5, duration: 'chronic', feeling: 'knots', experience: 'few', pressure: 'medium' },
  'ok-deep-tissue': { painLevel: 3, duration: 'chronic', feeling: 'stiffness', experience: 'regular', pressure: 'firm' },
  'ok-swedish': { painLevel: 2, duration: 'acute', feeling: 'leg', experience: 'first', pressure: 'not-sure' },
  'ok-no-pain': { painLevel: 0, duration: 'acute', feeling: 'stress', experience: 'regular', pressure: 'gentle' },
  'see-doctor': { doctor: ['worse', 'clot'] },
  'see-doctor-severe': { painLevel: 8 },
  urgent: { urgent: ['fever', 'night-pain'] },
  emergency: { emergency: ['bladder-bowel', 'chest-pain'] },
};
for (const [name, answers] of Object.entries(walks)) {
  const page = await open('/', 360);
  const check = page.locator('#demo-pain-check');
  const pick = (field, value) => check.locator(`input[name="${field}"][value="${value}"]`).check();
  const done = () => check.locator('.result').count();
  const steps = [
    ...['emergency', 'urgent', 'doctor'].map((list) => async () => {
      for (const flag of answers[list] ?? []) await pick('safety', flag);
      if (!answers[list]) await pick('none', list);
    }),
    () => pick('painLevel', answers.painLevel),
    () => pick('duration', answers.duration),
    () => pick('feeling', answers.feeling),
    async () => {
      await pick('experience', answers.experience);
      await pick('pressure', answers.pressure);
    },
  ];
  for (const [index, step] of steps.entries()) {
    await step();
    if (name === 'ok-trigger-point') await check.screenshot({ path: `${dir}/pain-check-step${index + 1}-360.png` });
    await check.locator('.next').click();
    if (await done()) break;
  }
  await page.waitForTimeout(200);
  await check.screenshot({ path: `${dir}/pain-check-${name}-360.png` });
  await page.close();
}

// Technique cards where a blogger or a designer would put them.
const cards = {
  'column-320': { width: 360, wrap: 'inline-size: 320px', attrs: { highlight: 'swedish' } },
  'article-760': { width: 800, wrap: 'inline-size: 760px', attrs: { highlight: 'swedish' } },
  'landing-1280': { width: 1280, wrap: '', attrs: { highlight: 'swedish', 'booking-href': './booking-page.html' } },
  'table-760': { width: 800, wrap: 'inline-size: 760px', attrs: { layout: 'table', highlight: 'deep-tissue' } },
  'table-360': { width: 360, wrap: '', attrs: { layout: 'table', highlight: 'deep-tissue' } },
  'dark-760': { width: 800, wrap: 'inline-size: 760px; background: #111; padding: 1em', attrs: { theme: 'dark', highlight: 'trigger-point' } },
  'rtl-1280': { width: 1280, wrap: '', attrs: { dir: 'rtl', highlight: 'swedish' } },
  'zoom200-1280': { width: 640, wrap: '', attrs: { highlight: 'swedish' }, deviceScaleFactor: 2 },
};
for (const [name, { width, wrap, attrs, deviceScaleFactor }] of Object.entries(cards)) {
  const page = await open('/', width, deviceScaleFactor ? { deviceScaleFactor } : {});
  // Replacing the page with one element is enough here: the kit is already registered.
  await page.evaluate(({ wrap, attrs }) => {
    const holder = document.createElement('div');
    holder.style.cssText = wrap;
    const cards = holder.appendChild(document.createElement('spa-technique-cards'));
    for (const [name, value] of Object.entries(attrs)) cards.setAttribute(name, value);
    document.body.replaceChildren(holder);
    return cards.updateComplete;
  }, { wrap, attrs });
  await page.screenshot({ path: `${dir}/cards-${name}.png`, fullPage: true });
  await page.close();
}

await browser.close();
await server.close();
console.log(problems.length ? `page errors:\n${problems.join('\n')}` : `screenshots written to ${dir}/`);
process.exit(problems.length ? 1 : 0);
