// Time from script evaluation to first render of 50 booking buttons, against 50 plain links.
const RUNS = 15;
const COUNT = 50;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export default async function ({ page, baseUrl, print }) {
  const buttons = Array.from({ length: COUNT }, (_, i) => `<spa-booking-button href="https://book.example/${i}" service="swedish"></spa-booking-button>`).join('');
  const links = Array.from({ length: COUNT }, (_, i) => `<a class="cta" href="https://book.example/${i}?service=swedish">Book a massage</a>`).join('');

  // The kit: from the moment its script starts evaluating until all 50 shadow roots have rendered.
  const kitTimes = [];
  for (let run = 0; run < RUNS; run++) {
    await page.goto(`${baseUrl}/bench/blank.html`);
    kitTimes.push(
      await page.evaluate(async ({ html, src }) => {
        document.body.insertAdjacentHTML('beforeend', html);
        const code = await (await fetch(src)).text();
        const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
        const start = performance.now();
        await import(url);
        const elements = [...document.querySelectorAll('spa-booking-button')];
        await Promise.all(elements.map((el) => el.updateComplete));
        document.body.getBoundingClientRect();
        return performance.now() - start;
      }, { html: buttons, src: `${baseUrl}/dist/spa-widgets.js` }),
    );
  }
  // The platform's floor: 50 plain links parsed, styled and laid out.
  const linkTimes = [];
  for (let run = 0; run < RUNS; run++) {
    await page.goto(`${baseUrl}/bench/blank.html`);
    linkTimes.push(
      await page.evaluate((html) => {
        const start = performance.now();
        document.body.insertAdjacentHTML('beforeend', html);
        document.body.getBoundingClientRect();
        return performance.now() - start;
      }, links),
    );
  }
  const kit = median(kitTimes);
  const plain = median(linkTimes);
  print(`50 booking buttons: script evaluation to first render (median of ${RUNS})`, kit, 'ms');
  print(`50 plain <a> links: insert to layout (median of ${RUNS})`, plain, 'ms');
  print('ratio', kit / plain, 'x');
  // Per-element cost once the kit is loaded, which is what a page with more buttons pays.
  await page.goto(`${baseUrl}/bench/blank.html`);
  const perElement = await page.evaluate(async ({ html, src }) => {
    await import(src);
    const start = performance.now();
    document.body.insertAdjacentHTML('beforeend', html);
    await Promise.all([...document.querySelectorAll('spa-booking-button')].map((el) => el.updateComplete));
    document.body.getBoundingClientRect();
    return performance.now() - start;
  }, { html: buttons, src: `${baseUrl}/dist/spa-widgets.js` });
  print('50 booking buttons with the kit already loaded', perElement, 'ms');
}
