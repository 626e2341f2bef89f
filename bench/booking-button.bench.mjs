// Time from script evaluation to first render of 50 booking buttons, against 50 plain links.
import { RUNS, kitFirstRender, renderWithKitLoaded, staticRender } from './measure.mjs';

const COUNT = 50;

export default async function ({ page, baseUrl, print }) {
  const buttons = Array.from({ length: COUNT }, (_, i) => `<spa-booking-button href="https://book.example/${i}" service="swedish"></spa-booking-button>`).join('');
  const links = Array.from({ length: COUNT }, (_, i) => `<a class="cta" href="https://book.example/${i}?service=swedish">Book a massage</a>`).join('');
  const selector = 'spa-booking-button';

  const kit = await kitFirstRender(page, baseUrl, { html: buttons, selector });
  const plain = await staticRender(page, baseUrl, links);
  print(`50 booking buttons: script evaluation to first render (median of ${RUNS})`, kit, 'ms');
  print(`50 plain <a> links: insert to layout (median of ${RUNS})`, plain, 'ms');
  print('ratio', kit / plain, 'x');
  // Per-element cost once the kit is loaded, which is what a page with more buttons pays.
  print(`50 booking buttons with the kit already loaded (median of ${RUNS})`, await renderWithKitLoaded(page, baseUrl, { html: buttons, selector }), 'ms');
}
