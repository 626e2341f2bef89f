#!/usr/bin/env node
// `npm run build`:
//   dist/spa-widgets.js       the one script, ES module, everything inlined, registers every element
//   dist/spa-widgets.*.js     languages other than English, each fetched by the ES scripts when a page is in it,
//                             and wording shown only after a visitor's first touch (the pain check's suggestion)
//   dist/spa-widgets.iife.js  the same for a classic <script src defer> (and pages opened from disk), every language inside
//   dist/standalone/<tag>.js, <tag>.iife.js   one element (and the booking button it may hold),
//                             self-contained like the two above, for a page that shows one widget
//   dist/spa-widgets-reserve.css  optional: reserves each bare widget's room until its script arrives
//   dist/index.js             the npm entry for bundlers and servers: registers every element, with
//                             lit as an import, so an app's bundler keeps one copy of it
//   dist/<element>.js         each element class, importable without registering it (lit external)
//   dist/<element>.define.js  registers that element
//   dist/types/               .d.ts for all of the above
//   dist/builder/             the snippet builder, a static page for designers (no widget loads it)
import { copyFileSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'vite';

const elements = readdirSync('src/elements', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
// spa-booking-button → booking-button: the entry names a bundler user types.
const short = (tag) => tag.replace(/^spa-/, '');

const shared = { configFile: 'vite.config.ts', root: '.', logLevel: 'warn' };
// The kit bundles are final: no comments but one banner that names the licences of what is inside.
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const minify = {
  minify: true,
  comments: false,
  postBanner: `/*! spa-widgets ${version} MIT; Lit BSD-3-Clause; valibot MIT */`,
};

rmSync('dist', { recursive: true, force: true });

/** A self-contained drop-in: everything inlined, one file, as ES module or classic script. */
async function dropIn(entry, outDir, name, format) {
  await build({
    ...shared,
    build: {
      outDir,
      emptyOutDir: false,
      minify: true,
      lib: { entry, formats: [format], name: 'SpaWidgetsKit', fileName: () => (format === 'es' ? `${name}.js` : `${name}.iife.js`) },
      // A language other than English, and wording shown only once a visitor has begun, is a file
      // of its own beside the ES script, fetched when needed (named plainly, so a designer who
      // uploads files by hand can tell which); the classic script holds them all.
      rolldownOptions: { output: { ...minify, chunkFileNames: 'spa-widgets.[name].js' } },
    },
  });
}

for (const format of ['es', 'iife']) {
  await dropIn('src/index.ts', 'dist', 'spa-widgets', format);
  for (const tag of elements) await dropIn(`src/elements/${tag}/define.ts`, 'dist/standalone', tag, format);
}

// A drop-in needs no other file to start: it may fetch a language or later wording, never import a
// file at start (the bundler splits modules that such a file imports too, so those must import none).
for (const file of ['dist/spa-widgets.js', ...elements.map((tag) => `dist/standalone/${tag}.js`)]) {
  const imports = readFileSync(file, 'utf8').match(/\bimport\s*[{*\w][^;]*?from\s*["'][^"']+["']|\bimport\s*["'][^"']+["']/g);
  if (imports) throw new Error(`${file} imports other files at start (${imports.join(', ')}): a drop-in must stand alone`);
}

copyFileSync('src/spa-widgets-reserve.css', 'dist/spa-widgets-reserve.css');

const entries = Object.fromEntries([
  ['index', 'src/index.ts'],
  ...elements.flatMap((tag) => [
    [short(tag), `src/elements/${tag}/${tag}.ts`],
    [`${short(tag)}.define`, `src/elements/${tag}/define.ts`],
  ]),
]);
await build({
  ...shared,
  // An app's framework may set properties as soon as it has imported the kit: no waiting for a paint.
  define: { __SPA_DROP_IN__: 'false' },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    rolldownOptions: {
      // Lit is shared with the app. valibot is not: the kit's copy is patched (scripts/valibot-patches.mjs)
      // against a polluted Object.prototype, which the app's copy would not be.
      external: [/^lit($|\/)/, /^@lit\//],
      output: { ...minify, chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
/** The builder reads only the elements' settings, tokens and their descriptions: 400 kB of manifest become a few. */
function manifestForBuilder() {
  return {
    name: 'spa-manifest-for-builder',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/custom-elements.json')) return null;
      const pick = (entries, keys) => entries?.map((entry) => Object.fromEntries(keys.filter((key) => key in entry).map((key) => [key, entry[key]])));
      const modules = JSON.parse(code).modules.map((module) => ({
        declarations: (module.declarations ?? [])
          .filter((declaration) => declaration.tagName)
          .map((declaration) => ({
            tagName: declaration.tagName,
            attributes: pick(declaration.attributes, ['name', 'fieldName', 'description']),
            members: pick(declaration.members, ['name', 'kind', 'description', 'privacy', 'static']),
            cssProperties: pick(declaration.cssProperties, ['name', 'type', 'default', 'description']),
          })),
      }));
      return { code: JSON.stringify({ modules }), map: null };
    },
  };
}

// The snippet builder: one classic script, so the page also works opened from disk; its preview
// loads the classic kit beside it (`../spa-widgets.iife.js`). Its own page is the demo's, pointed there.
await build({
  ...shared,
  build: {
    outDir: 'dist/builder',
    emptyOutDir: false,
    minify: true,
    lib: { entry: 'builder/main.ts', formats: ['iife'], name: 'SpaSnippetBuilder', fileName: () => 'builder.iife.js' },
    rolldownOptions: { output: { comments: false } },
  },
  plugins: [manifestForBuilder()],
});
const builderPage = readFileSync('demo/builder.html', 'utf8')
  .replace('<script type="module" src="/builder/main.ts"></script>', '<script src="./builder.iife.js" defer></script>')
  .replace('kit-src="/src/index.ts"', 'kit-src="../spa-widgets.iife.js"')
  .replace(/\s*<nav aria-label="Pages">.*<\/nav>/, '');
if (!builderPage.includes('builder.iife.js') || !builderPage.includes('../spa-widgets.iife.js')) throw new Error('demo/builder.html changed shape: update scripts/build.mjs');
writeFileSync('dist/builder/index.html', builderPage);
copyFileSync('demo/demo.css', 'dist/builder/demo.css');

console.log(`built dist/spa-widgets.js, dist/spa-widgets.iife.js, ${elements.length * 2} standalone drop-ins, dist/index.js and ${elements.length} element modules`);
