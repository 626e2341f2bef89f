#!/usr/bin/env node
// `npm run bench`: builds the kit, then prints size and speed figures, each against a baseline
// measured in the same run. Figures are printed, not asserted (the size budget is `npm run size`).
// Speed benches live in bench/*.bench.mjs and export `default async ({ page, baseUrl, print })`.
import { execSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';
import { sizeReport } from './size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv[2];

execSync('node scripts/build.mjs', { cwd: root, stdio: 'inherit' });
const print = (label, value, unit = '') =>
  console.log(`  ${label.padEnd(58)} ${typeof value === 'number' ? value.toFixed(2) : value} ${unit}`);

if (!only || only === 'size') {
  console.log('\nsize (min + gzip -9 / min + brotli)');
  await sizeReport(root, print);
}

const server = await serve(root);
const browser = await launchChromium();
try {
  for (const file of readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('.bench.mjs')).sort()) {
    if (only && !file.startsWith(only)) continue;
    console.log(`\n${file.replace('.bench.mjs', '')}`);
    const { default: bench } = await import(`./${file}`);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await bench({ page, baseUrl: server.url, print });
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
