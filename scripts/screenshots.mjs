#!/usr/bin/env node
// `npm run screenshots [DIR]`: serves the demo and writes the pictures a person checks before
// calling a change done (default DIR: screenshots/, git-ignored): every demo section at 360 and
// 1280 px, the hostile page, each pain-check outcome at 360 px, and the technique cards in a
// 320 px column, at 760 and 1280 px, dark, right-to-left and zoomed to 200 %.
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
}

// The pain check's outcomes, walked through by clicks as a visitor would.
const walks = {
  'ok-trigger-point': { painLevel: 5, duration: 'chronic', feeling: 'knots', experience: 'few', pressure: 'medium', safety: ['none'] },
  'ok-deep-tissue': { painLevel: 3, duration: 'chronic', feeling: 'stiffness', experience: 'regular', pressure: 'firm', safety: ['none'] },
  'ok-swedish': { painLevel: 8, duration: 'acute', feeling: 'stress', experience: 'first', pressure: 'not-sure', safety: ['none'] },
  'see-doctor': { painLevel: 6, duration: 'subacute', feeling: 'ache', experience: 'few', pressure: 'gentle', safety: ['fever', 'clot'] },
  urgent: { painLevel: 7, duration: 'acute', feeling: 'travels', experience: 'few', pressure: 'gentle', safety: ['bladder-bowel'] },
};
for (const [name, answers] of Object.entries(walks)) {
  const page = await open('/', 360);
  const check = page.locator('#demo-pain-check');
  const pick = (field, value) => check.locator(`input[name="${field}"][value="${value}"]`).check();
  const next = () => check.locator('.next').click();
  await pick('painLevel', answers.painLevel);
  if (name === 'ok-trigger-point') await check.screenshot({ path: `${dir}/pain-check-step1-360.png` });
  await next();
  await pick('duration', answers.duration);
  await next();
  await pick('feeling', answers.feeling);
  await next();
  await pick('experience', answers.experience);
  await pick('pressure', answers.pressure);
  await next();
  for (const flag of answers.safety) await pick(flag === 'none' ? 'none' : 'safety', flag);
  if (name === 'see-doctor') await check.screenshot({ path: `${dir}/pain-check-step5-360.png` });
  await next();
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
