// First render of the default <spa-technique-cards> against a static HTML copy of the very same
// cards (same markup, same CSS, in a declarative shadow root: no JavaScript at all), and what the
// element adds to the kit: the kit built with and without it, min + gzip, in the same run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RUNS, kitFirstRender, renderWithKitLoaded, staticRender } from './measure.mjs';
import { buildSource, gzip } from './size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The kit's one script without this element: src/index.ts minus its import line. */
const kitWithout = (line) =>
  buildSource(
    root,
    readFileSync(join(root, 'src/index.ts'), 'utf8')
      .split('\n')
      .filter((l) => !l.includes(line))
      .join('\n')
      .replaceAll("'./", `'${join(root, 'src')}/`),
    { viteConfig: join(root, 'vite.config.ts') },
  );

export default async function ({ page, baseUrl, print }) {
  const src = `${baseUrl}/dist/spa-widgets.js`;
  const tag = '<div style="inline-size: 1100px"><spa-technique-cards></spa-technique-cards></div>';

  const selector = 'spa-technique-cards';
  const kit = await kitFirstRender(page, baseUrl, { html: tag, selector });

  // The static copy: the rendered shadow DOM and its CSS, saved as declarative shadow DOM.
  await page.goto(`${baseUrl}/bench/blank.html`);
  const copy = await page.evaluate(async ({ html, src }) => {
    document.body.insertAdjacentHTML('beforeend', html);
    await import(src);
    const el = document.querySelector('spa-technique-cards');
    await el.updateComplete;
    const css = el.constructor.elementStyles.map((s) => s.cssText).join('\n');
    const markup = el.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
    return `<div style="inline-size: 1100px"><div><template shadowrootmode="open"><style>${css}</style>${markup}</template></div></div>`;
  }, { html: tag, src });
  const plain = await staticRender(page, baseUrl, copy);
  print(`default cards: script evaluation to first render (median of ${RUNS})`, kit, 'ms');
  print(`static HTML + CSS copy of the same cards (median of ${RUNS})`, plain, 'ms');
  print('ratio', kit / plain, 'x');

  // Once the kit is loaded, what one more comparison on the page costs.
  const another = await renderWithKitLoaded(page, baseUrl, { html: tag, selector });
  print(`one more default comparison with the kit already loaded (median of ${RUNS})`, another, 'ms');

  const whole = gzip(readFileSync(join(root, 'dist/spa-widgets.js')));
  const without = gzip(await kitWithout('spa-technique-cards/define'));
  print('kit, min + gzip', `${whole} B`);
  print('kit without spa-technique-cards, min + gzip', `${without} B`);
  print('added by spa-technique-cards', `${whole - without} B (${((whole - without) / 1024).toFixed(2)} kB)`);
}
