// Sizes of the kit and each element module, against a Lit hello-world element built in the same run,
// and where the bytes of each drop-in go.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { decodedMappings, TraceMap } from '@jridgewell/trace-mapping';
import { build } from 'vite';

const brotli = (code) =>
  brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

export const gzip = (code) => gzipSync(code, { level: 9 }).length;

/**
 * Builds `source` (an ES module's text) as the kit's own build would, minified, and returns the
 * code. `viteConfig` brings the kit's plugins and defines; without it Vite's plain defaults apply.
 */
export async function buildSource(root, source, { viteConfig } = {}) {
  const dir = mkdtempSync(join(root, 'node_modules/.bench-'));
  try {
    const entry = join(dir, 'entry.ts');
    writeFileSync(entry, source);
    const [out] = await build({
      configFile: viteConfig ?? false,
      root,
      logLevel: 'silent',
      build: {
        write: false,
        minify: true,
        lib: { entry, formats: ['es'], fileName: 'entry' },
        rolldownOptions: { output: { minify: true, comments: false } },
      },
    });
    return out.output[0].code;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const litHelloWorld = (root) =>
  buildSource(
    root,
    `import { LitElement, html, css } from 'lit';
     class HelloWorld extends LitElement {
       static properties = { name: {} };
       static styles = css\`:host { display: block }\`;
       render() { return html\`<p>Hello, \${this.name ?? 'world'}</p>\`; }
     }
     customElements.define('hello-world', HelloWorld);`,
  );

export async function sizeReport(root, print) {
  const baseline = await litHelloWorld(root);
  const base = gzip(baseline);
  print('baseline: Lit hello-world element', `${base} B gz / ${brotli(baseline)} B br`);
  const files = [
    'spa-widgets.js',
    'spa-widgets.iife.js',
    ...readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.js') && !f.startsWith('spa-widgets')),
  ];
  for (const file of files) {
    const code = readFileSync(join(root, 'dist', file));
    const note = file.startsWith('spa-widgets') ? `(${(gzip(code) / base).toFixed(2)}x baseline)` : '(npm module, lit external)';
    print(`dist/${file}`, `${gzip(code)} B gz / ${brotli(code)} B br ${note}`);
  }
  // What a page with one widget pays: its own drop-in, against the whole kit and the baseline.
  const kit = gzip(readFileSync(join(root, 'dist/spa-widgets.js')));
  const dropIns = readdirSync(join(root, 'dist/standalone')).filter((f) => !f.endsWith('.iife.js') && !f.startsWith('spa-widgets.'));
  for (const file of dropIns.sort()) {
    const code = readFileSync(join(root, 'dist/standalone', file));
    print(`one-widget page: dist/standalone/${file}`, `${gzip(code)} B gz / ${brotli(code)} B br (${(gzip(code) / kit).toFixed(2)}x the kit, ${(gzip(code) / base).toFixed(2)}x baseline)`);
  }
  // The files an ES drop-in fetches when needed: a page in Spanish its language files (*.es.js), a
  // visitor who touches the pain check its suggestion's texts (the rest).
  for (const file of ['spa-widgets.js', ...dropIns.map((f) => `standalone/${f}`)]) {
    const code = readFileSync(join(root, 'dist', file), 'utf8');
    const dir = join(root, 'dist', file.includes('/') ? 'standalone' : '');
    const names = new Set([...code.matchAll(/import\(["'`]\.\/(spa-widgets\.[^"'`]+\.js)["'`]\)/g)].map(([, name]) => name));
    const sizes = (spanish) => [...names].filter((name) => name.endsWith('.es.js') === spanish).map((name) => gzip(readFileSync(join(dir, name))));
    const sum = (list) => list.reduce((a, b) => a + b, 0);
    const [spanish, later] = [sizes(true), sizes(false)];
    print(`Spanish page: dist/${file} + ${spanish.length} language files`, `${gzip(code)} + ${sum(spanish)} B gz`);
    if (later.length) print(`a visitor touches the pain check: dist/${file} + ${later.length} file`, `${gzip(code)} + ${sum(later)} B gz`);
  }
  const chunks = readdirSync(join(root, 'dist/chunks'));
  const shared = chunks.reduce((sum, f) => sum + gzip(readFileSync(join(root, 'dist/chunks', f))), 0);
  print('dist/chunks/* (element code shared by the modules)', `${shared} B gz`);
  await whereTheBytesGo(root, print);
}

/**
 * What each part of a drop-in costs: the drop-in is built again with a source map, every byte of
 * it is put down to the module it came from, and a part's cost is what gzip saves without its
 * bytes (so the parts do not add up to the whole: gzip shares repeats between them).
 */
async function whereTheBytesGo(root, print) {
  const dropIns = [
    ['dist/spa-widgets.js', 'src/index.ts'],
    ...readdirSync(join(root, 'src/elements')).sort().map((tag) => [`dist/standalone/${tag}.js`, `src/elements/${tag}/define.ts`]),
  ];
  for (const [file, entry] of dropIns) {
    const [out] = await build({
      configFile: join(root, 'vite.config.ts'),
      root,
      logLevel: 'silent',
      build: {
        write: false,
        minify: true,
        // 'hidden': the same code as the drop-in's, without a comment that names the map.
        sourcemap: 'hidden',
        lib: { entry: join(root, entry), formats: ['es'], fileName: 'entry' },
        rolldownOptions: { output: { minify: true, comments: false } },
      },
    });
    const { code, map } = out.output.find((chunk) => chunk.isEntry);
    const owners = ownerOfEachByte(code, new TraceMap(map));
    const whole = gzip(code);
    const parts = [...new Set(owners)].map((part) => {
      const without = code
        .split('')
        .filter((_, i) => owners[i] !== part)
        .join('');
      return [part, whole - gzip(without)];
    });
    console.log(`\nwhere the bytes of ${file} go (rebuilt without its banner: ${whole} B gz; what gzip saves without each part)`);
    for (const [part, bytes] of parts.sort((a, b) => b[1] - a[1])) print(part, `${bytes} B gz`);
  }
}

/**
 * The part of the kit each character (UTF-16 unit) of `code` came from, by the source map. A
 * segment holds until the next one, across lines: a template literal's text runs on unmapped.
 */
function ownerOfEachByte(code, map) {
  const sources = map.sources.map((source) => partOf(source ?? ''));
  const lines = code.split('\n');
  const owners = [];
  let owner = '(no source: the bundler\'s own)';
  decodedMappings(map).forEach((segments, line) => {
    const length = lines[line]?.length ?? 0;
    let next = 0;
    for (let column = 0; column <= length; column++) {
      while (next < segments.length && segments[next][0] <= column) {
        const segment = segments[next++];
        owner = segment.length > 1 ? sources[segment[1]] : '(no source: the bundler\'s own)';
      }
      owners.push(owner); // the line's end (a newline) goes with its last byte
    }
  });
  return owners;
}

/** The part a module belongs to: Lit, valibot, the shared core, each element's code, styles and wording. */
function partOf(source) {
  const path = source.replace(/\\/g, '/');
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/[^/]+)\//.test(path)) return 'Lit';
  if (path.includes('node_modules/valibot/')) return 'valibot';
  const kind = /\.styles\.ts$/.test(path) ? 'styles' : /\.strings(\.[a-z-]+)?\.ts$/.test(path) ? 'wording' : 'code';
  const element = path.match(/src\/elements\/(spa-[^/]+)\//)?.[1];
  if (element) return `<${element}> ${kind}`;
  if (path.includes('src/content/')) return 'built-in content (techniques, FAQ)';
  if (path.includes('src/core/')) return `core ${kind}`;
  return path.includes('src/') ? 'entry' : `other: ${path.split('node_modules/').pop()}`;
}
