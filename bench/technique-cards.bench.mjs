// First render of the default <spa-technique-cards> against a static HTML copy of the very same
// cards (same markup, same CSS, in a declarative shadow root: no JavaScript at all), and what the
// element adds to the kit: the kit built with and without it, min + gzip, in the same run.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const RUNS = 15;
const root = fileURLToPath(new URL('..', import.meta.url));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const gzip = (code) => gzipSync(code, { level: 9 }).length;

/** The kit's one script without this element: src/index.ts minus its import line. */
async function kitWithout(line) {
  const dir = mkdtempSync(join(root, 'node_modules/.bench-'));
  try {
    const entry = join(dir, 'index.ts');
    const source = readFileSync(join(root, 'src/index.ts'), 'utf8')
      .split('\n')
      .filter((l) => !l.includes(line))
      .join('\n')
      .replaceAll("'./", `'${join(root, 'src')}/`);
    writeFileSync(entry, source);
    const [out] = await build({
      configFile: join(root, 'vite.config.ts'),
      root,
      logLevel: 'silent',
      build: {
        write: false,
        minify: true,
        lib: { entry, formats: ['es'], fileName: 'kit' },
        rolldownOptions: { output: { minify: true, comments: false } },
      },
    });
    return out.output[0].code;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export default async function ({ page, baseUrl, print }) {
  const src = `${baseUrl}/dist/spa-widgets.js`;
  const tag = '<div style="inline-size: 1100px"><spa-technique-cards></spa-technique-cards></div>';

  // The kit: from the moment its script starts evaluating until the cards have rendered and laid out.
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
        await document.querySelector('spa-technique-cards').updateComplete;
        document.body.getBoundingClientRect();
        return performance.now() - start;
      }, { html: tag, src }),
    );
  }

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
  const staticTimes = [];
  for (let run = 0; run < RUNS; run++) {
    await page.goto(`${baseUrl}/bench/blank.html`);
    staticTimes.push(
      await page.evaluate((html) => {
        const start = performance.now();
        const holder = document.createElement('div');
        holder.setHTMLUnsafe(html);
        document.body.append(holder);
        document.body.getBoundingClientRect();
        return performance.now() - start;
      }, copy),
    );
  }
  const kit = median(kitTimes);
  const plain = median(staticTimes);
  print(`default cards: script evaluation to first render (median of ${RUNS})`, kit, 'ms');
  print(`static HTML + CSS copy of the same cards (median of ${RUNS})`, plain, 'ms');
  print('ratio', kit / plain, 'x');

  // Once the kit is loaded, what one more comparison on the page costs.
  await page.goto(`${baseUrl}/bench/blank.html`);
  const another = await page.evaluate(async ({ html, src }) => {
    await import(src);
    const start = performance.now();
    document.body.insertAdjacentHTML('beforeend', html);
    await document.querySelector('spa-technique-cards').updateComplete;
    document.body.getBoundingClientRect();
    return performance.now() - start;
  }, { html: tag, src });
  print('one more default comparison with the kit already loaded', another, 'ms');

  const whole = gzip(readFileSync(join(root, 'dist/spa-widgets.js')));
  const without = gzip(await kitWithout('spa-technique-cards/define'));
  print('kit, min + gzip', `${whole} B`);
  print('kit without spa-technique-cards, min + gzip', `${without} B`);
  print('added by spa-technique-cards', `${whole - without} B (${((whole - without) / 1024).toFixed(2)} kB)`);
}
