// What the speed benches share: medians, and the two measurements most of them compare. Each
// figure is taken on a fresh blank page, so one run's leftovers never slow the next.
export const RUNS = 15;

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * From the moment the kit's script starts evaluating until every `selector` element in `html` has
 * rendered and the page is laid out: what a visitor waits for on a page that has just loaded the
 * script. The script is fetched first, so the network is not part of the figure.
 */
export async function kitFirstRender(page, baseUrl, { html, selector }) {
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    await page.goto(`${baseUrl}/bench/blank.html`);
    times.push(
      await page.evaluate(async ({ html, selector, src }) => {
        document.body.insertAdjacentHTML('beforeend', html);
        const code = await (await fetch(src)).text();
        const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
        const start = performance.now();
        await import(url);
        await Promise.all([...document.querySelectorAll(selector)].map((el) => el.updateComplete));
        document.body.getBoundingClientRect();
        return performance.now() - start;
      }, { html, selector, src: `${baseUrl}/dist/spa-widgets.js` }),
    );
  }
  return median(times);
}

/** The platform's floor: `html` (declarative shadow roots allowed) parsed, styled and laid out. */
export async function staticRender(page, baseUrl, html) {
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    await page.goto(`${baseUrl}/bench/blank.html`);
    times.push(
      await page.evaluate((html) => {
        const start = performance.now();
        const holder = document.createElement('div');
        holder.setHTMLUnsafe(html);
        document.body.append(holder);
        document.body.getBoundingClientRect();
        return performance.now() - start;
      }, html),
    );
  }
  return median(times);
}

/** With the kit already loaded: what one more `html` on the page costs, inserted to laid out. */
export async function renderWithKitLoaded(page, baseUrl, { html, selector }) {
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    await page.goto(`${baseUrl}/bench/blank.html`);
    times.push(
      await page.evaluate(async ({ html, selector, src }) => {
        await import(src);
        const start = performance.now();
        document.body.insertAdjacentHTML('beforeend', html);
        await Promise.all([...document.querySelectorAll(selector)].map((el) => el.updateComplete));
        document.body.getBoundingClientRect();
        return performance.now() - start;
      }, { html, selector, src: `${baseUrl}/dist/spa-widgets.js` }),
    );
  }
  return median(times);
}
