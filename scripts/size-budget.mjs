#!/usr/bin/env node
// `npm run size`: prints every drop-in's size, min + gzip -9 and min + brotli (quality 11), against
// its budgets in size-budget.json, and fails when one is over. Deterministic (same build, same
// bytes), so it runs in CI; speed figures live in `npm run bench`.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const { budgets } = JSON.parse(readFileSync('size-budget.json', 'utf8'));
const measure = {
  gzip: (bytes) => gzipSync(bytes, { level: 9 }).length,
  brotli: (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
};
const cell = (size, budget) => `${size.toLocaleString('en')} / ${budget.toLocaleString('en')}${size > budget ? ' OVER' : ''}`;

const rows = [];
let over = false;
for (const [file, limits] of Object.entries(budgets)) {
  const bytes = readFileSync(file);
  const cells = Object.entries(measure).map(([method, size]) => {
    const figure = size(bytes);
    if (figure > limits[method]) over = true;
    return cell(figure, limits[method]);
  });
  rows.push([file, ...cells]);
}
const header = ['file', 'min+gzip B / budget', 'min+brotli B / budget'];
const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
for (const row of [header, ...rows]) console.log(row.map((text, i) => (i ? text.padStart(widths[i]) : text.padEnd(widths[i]))).join('  '));
if (over) {
  console.error('Size budget exceeded: make it smaller, or raise the budget in size-budget.json with a reason.');
  process.exit(1);
}
