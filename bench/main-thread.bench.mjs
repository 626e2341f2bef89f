// Main-thread work a page pays for the widgets on a phone-like CPU (CDP 4× throttling): an article
// with one widget, and with all four, from navigation until every widget has rendered. Baseline,
// same run: the same article with the same widgets as static HTML (rendered on a server to
// declarative shadow DOM with @lit-labs/ssr, no script). Median of 7 runs, interleaved.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const RUNS = 7;
const WIDGETS = [
  ['spa-booking-button', 'href="https://book.example/spa"'],
  ['spa-faq', ''],
  ['spa-technique-cards', 'booking-href="https://book.example/spa"'],
  ['spa-pain-check', 'booking-href="https://book.example/spa"'],
];
const SCRIPT = '<script type="module" src="/dist/spa-widgets.js"></script>';
const RESERVE = '<link rel="stylesheet" href="/dist/spa-widgets-reserve.css">';

const paragraph =
  '<p>Lower back pain is one of the most common reasons people book a massage. Gentle, regular work on the muscles around the spine can ease stiffness, and a good therapist will adapt the pressure to how you feel on the day.</p>';
/** An article with the widgets between paragraphs; `lead` paragraphs come before the first. */
const article = (widgets, head = '', lead = 3) => `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<link rel="icon" href="data:,">${head}<style>body { font: 18px/1.6 Georgia, serif; max-width: 42rem; margin: 0 auto; padding: 1rem; }</style>
<h1>Massage for lower back pain</h1>${paragraph.repeat(lead - 3)}${widgets.map((widget) => paragraph.repeat(3) + widget).join('')}${paragraph.repeat(3)}`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Main-thread task and script time (ms) and the longest task, from navigation until every widget rendered. */
async function measure(browser, url, body) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body }));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Performance.enable');
  await page.addInitScript(() => {
    window.longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longestTask = Math.max(window.longestTask, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  // What the blank tab did before (starting up) is not the page's.
  const before = (await cdp.send('Performance.getMetrics')).metrics;
  await page.goto(url, { waitUntil: 'load' });
  const longestTask = await page.evaluate(async () => {
    const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('spa-'));
    if (document.querySelector('script[src]')) {
      await Promise.all(widgets.map((el) => customElements.whenDefined(el.localName)));
      await Promise.all(widgets.map((el) => el.updateComplete));
    }
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    return window.longestTask;
  });
  const after = (await cdp.send('Performance.getMetrics')).metrics;
  const metric = (name) => (after.find((m) => m.name === name).value - before.find((m) => m.name === name).value) * 1000;
  await context.close();
  return { task: metric('TaskDuration'), script: metric('ScriptDuration'), longestTask };
}

export default async function ({ page, baseUrl, print }) {
  await import(pathToFileURL(resolve('dist/index.js')).href);
  const staticHtml = [];
  for (const [tag, attributes] of WIDGETS) {
    staticHtml.push(await collectResult(render(html`<${unsafeStatic(tag)} ${unsafeStatic(attributes)}></${unsafeStatic(tag)}>`)));
  }
  const live = WIDGETS.map(([tag, attributes]) => `<${tag} ${attributes}></${tag}>`);
  // The last page puts the four widgets below the first screens of a long article (14 paragraphs
  // first) with the reserve stylesheet holding their room: there they render when needed, each in
  // a task of its own (core/when-needed.ts).
  const pages = [
    ...WIDGETS.map(([tag], i) => [`<${tag}>`, [live[i]], [staticHtml[i]]]),
    ['all four', live, staticHtml],
    ['all four, below the first screens, room reserved', live, staticHtml, 14, RESERVE],
  ];
  const browser = page.context().browser();
  const url = `${baseUrl}/bench/main-thread.html`;
  const results = pages.map(() => ({ kit: [], static: [] }));
  for (let run = 0; run < RUNS; run++) {
    for (const [i, [, widgets, statics, lead, head = '']] of pages.entries()) {
      results[i].kit.push(await measure(browser, url, article(widgets, head + SCRIPT, lead)));
      results[i].static.push(await measure(browser, url, article(statics, head, lead)));
    }
  }
  for (const [i, [name]] of pages.entries()) {
    const kit = (key) => median(results[i].kit.map((r) => r[key]));
    const baseline = (key) => median(results[i].static.map((r) => r[key]));
    print(
      `${name}: main thread ms, kit / static HTML (script ms; longest task ms)`,
      `${kit('task').toFixed(0)} / ${baseline('task').toFixed(0)} = ${(kit('task') / baseline('task')).toFixed(2)}x (script ${kit('script').toFixed(0)}; longest ${kit('longestTask').toFixed(0)} / ${baseline('longestTask').toFixed(0)})`,
    );
  }
}
