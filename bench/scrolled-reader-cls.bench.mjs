// Layout shift for a reader who scrolled to a widget before the script arrived: an article with all
// four widgets mid-text, the reader at one of them, then the kit loads. Lighthouse never sees this
// (it stays on the first screen). Also with dist/spa-widgets-reserve.css in the page. Baseline,
// same run: the same article with the kit loaded before the first paint.
const TAGS = [
  ['spa-technique-cards', 'booking-href="https://book.example/spa"'],
  ['spa-pain-check', 'booking-href="https://book.example/spa"'],
  ['spa-faq', ''],
  ['spa-booking-button', 'href="https://book.example/spa"'],
];
/** The optional stylesheet that reserves each bare widget's room before the script arrives. */
const RESERVE = `<link rel="stylesheet" href="/dist/spa-widgets-reserve.css">`;
const VIEWPORTS = { mobile: { width: 412, height: 823 }, desktop: { width: 1280, height: 900 } };

const paragraph =
  '<p>Lower back pain is one of the most common reasons people book a massage. Gentle, regular work on the muscles around the spine can ease stiffness, and a good therapist will adapt the pressure to how you feel on the day.</p>';
const article = (head) => `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<link rel="icon" href="data:,">${head}<style>body { font: 18px/1.6 Georgia, serif; max-width: 42rem; margin: 0 auto; padding: 1rem; }</style>
<h1>Massage for lower back pain</h1>${TAGS.map(([tag, attributes]) => `${paragraph.repeat(6)}<${tag} ${attributes}></${tag}>`).join('')}${paragraph.repeat(6)}`;

/** The sum of layout shifts from the moment the kit starts loading until every widget has rendered. */
async function shiftWhileLoading(page, baseUrl, tag, late, head = '') {
  await page.unroute(`${baseUrl}/bench/article.html`);
  await page.route(`${baseUrl}/bench/article.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: article(head + (late ? '' : '<script type="module" src="/dist/spa-widgets.js"></script>')) }),
  );
  await page.goto(`${baseUrl}/bench/article.html`);
  // Loaded first: the drop-in registers widgets below the screen just after the page's first paint.
  // The reader scrolls from what was painted last, so the page is painted with them before the
  // reader moves: a scroll to a spot the screen never showed would count the cards' growth above it
  // as a shift (0.5-0.9 in some runs) that no reader can see.
  if (!late) {
    await page.evaluate(async () => {
      await Promise.all([...document.querySelectorAll(':not(:defined)')].map((el) => customElements.whenDefined(el.localName)));
      await new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)));
    });
  }
  // The reader scrolls until the widget's spot is a third of the way down the screen.
  await page.evaluate((tag) => {
    const spot = document.querySelector(tag).getBoundingClientRect().top + scrollY;
    scrollTo(0, spot - innerHeight / 3);
    window.shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shifts += entry.value;
    }).observe({ type: 'layout-shift' });
  }, tag);
  await page.waitForTimeout(100);
  if (late) await page.addScriptTag({ type: 'module', url: '/dist/spa-widgets.js' });
  return page.evaluate(async (tags) => {
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    await Promise.all(tags.map((tag) => document.querySelector(tag).updateComplete));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 500))));
    return window.shifts;
  }, TAGS.map(([tag]) => tag));
}

export default async function ({ page, baseUrl, print }) {
  const browser = page.context().browser();
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const tab = await context.newPage();
    for (const [tag] of TAGS) {
      const late = await shiftWhileLoading(tab, baseUrl, tag, true);
      const reserved = await shiftWhileLoading(tab, baseUrl, tag, true, RESERVE);
      const early = await shiftWhileLoading(tab, baseUrl, tag, false);
      print(`${name}: <${tag}>, CLS kit late / late with reserve snippet / loaded first`, `${late.toFixed(3)} / ${reserved.toFixed(3)} / ${early.toFixed(3)}`);
    }
    await context.close();
  }
}
