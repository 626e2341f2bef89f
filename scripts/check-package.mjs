#!/usr/bin/env node
// What `npm pack` would publish, after a build: every file a user's import, editor or CDN link
// reaches must be in it, every `exports` target and manifest module path must resolve inside it.
// Prints the tarball size.
// Then every module entry is imported here, in Node without a DOM, as a server build (Next.js, Nuxt,
// Astro, SvelteKit) would: none may throw or add a global (the elements register only in Lit's server registry). The drop-ins
// (`spa-widgets.js`, `.iife.js`) are for browsers only and not imported. Last, an app importing the
// root and an element class is bundled: it must hold one copy of Lit.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const files = new Set(pack.files.map((file) => file.path));

/** Files a user reaches by name (README, editors, CDN links), besides the `exports` targets. */
const REQUIRED = ['LICENSE', 'README.md', 'package.json', 'custom-elements.json', pkg.main.replace(/^\.\//, ''), pkg['web-types'].replace(/^\.\//, '')];

/** Every file an `exports` entry names; a `*` pattern must match at least one file. */
function exportTargets(entry) {
  if (typeof entry === 'string') return [entry];
  return Object.values(entry).flatMap(exportTargets);
}

const missing = REQUIRED.filter((path) => !files.has(path));
// Editors and docs tools follow the manifest's module paths (the sources, shipped for that).
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
for (const { path } of manifest.modules) if (!files.has(path)) missing.push(`${path} (a custom-elements.json module)`);
for (const target of Object.values(pkg.exports).flatMap(exportTargets)) {
  const path = target.replace(/^\.\//, '');
  if (!path.includes('*')) {
    if (!files.has(path)) missing.push(`${path} (an exports target)`);
    continue;
  }
  const pattern = new RegExp(`^${path.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+')}$`);
  if (![...files].some((file) => pattern.test(file))) missing.push(`${path} (an exports pattern that matches no file)`);
}

console.log(`${pack.filename}: ${pack.size} B packed, ${pack.unpackedSize} B unpacked, ${pack.entryCount} files`);
if (missing.length) {
  console.error(`Missing from the package (run npm run build first):\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log('ok   every exports target and required file is in the package');

// A user's TypeScript resolves what the shipped declarations import from their node_modules: each
// package they name must come with the kit. (The framework files name the user's own framework.)
const declared = new Set(Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }));
const undeclared = new Map();
for (const file of [...files].filter((file) => file.startsWith('dist/types/') && file.endsWith('.d.ts'))) {
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from |import\()['"]([^'"./][^'"]*)['"]/g)) {
    const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
    if (!declared.has(name) && !undeclared.has(name)) undeclared.set(name, `${name} (imported by ${file})`);
  }
}
if (undeclared.size) {
  console.error(`The type declarations import packages that are not dependencies, so users' types break:\n  ${[...undeclared.values()].join('\n  ')}`);
  process.exit(1);
}
console.log(`ok   the type declarations import only dependencies (${[...declared].join(', ')})`);

// The drop-ins and the language files beside them are for browsers.
const modules = [...files].filter((file) => /^dist\/[^/]+\.js$/.test(file) && !file.startsWith('dist/spa-widgets.')).sort();
const serverFailures = [];
for (const file of modules) {
  try {
    await import(pathToFileURL(resolve(file)).href);
  } catch (error) {
    serverFailures.push(`${file}: ${error.message}`);
  }
}
// Lit's server build puts a stand-in registry on globalThis; the elements register there, which is
// how a server renders them (scripts/check-ssr.mjs). Nothing else may appear.
for (const name of ['window', 'document', 'SpaWidgets']) if (name in globalThis) serverFailures.push(`added the global ${name} on the server`);
if (serverFailures.length) {
  console.error(`Importing the package on a server (Node ${process.version}, no DOM) went wrong:\n  ${serverFailures.join('\n  ')}`);
  process.exit(1);
}
console.log(`ok   ${modules.length} module entries import in Node ${process.version} without a DOM, adding no global but Lit's server registry`);

// The README's two imports together, bundled as an app would: one Lit, not two.
const app = mkdtempSync(join(tmpdir(), 'spa-app-'));
try {
  writeFileSync(
    join(app, 'main.js'),
    `import ${JSON.stringify(resolve('dist/index.js'))};\nexport { SpaBookingButton } from ${JSON.stringify(resolve('dist/booking-button.js'))};\n`,
  );
  const { build } = await import('vite');
  await build({
    configFile: false,
    logLevel: 'silent',
    root: app,
    build: { outDir: join(app, 'out'), lib: { entry: join(app, 'main.js'), formats: ['es'], fileName: 'app' } },
  });
  const bundle = readdirSync(join(app, 'out')).map((file) => readFileSync(join(app, 'out', file), 'utf8')).join('');
  const lits = bundle.split('litHtmlVersions').length - 1;
  if (lits !== 1) {
    console.error(`An app importing spa-widgets and spa-widgets/booking-button.js bundles ${lits} copies of Lit, not 1`);
    process.exit(1);
  }
  console.log('ok   an app importing the root and an element class bundles one Lit');
} finally {
  rmSync(app, { recursive: true, force: true });
}
