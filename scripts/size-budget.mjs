#!/usr/bin/env node
// `npm run size`: fails when a built bundle is larger, min + gzip -9, than size-budget.json allows.
// Deterministic (same build, same bytes), so it runs in CI; speed figures live in `npm run bench`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const { budgets } = JSON.parse(readFileSync('size-budget.json', 'utf8'));
let over = false;
for (const [file, budget] of Object.entries(budgets)) {
  const size = gzipSync(readFileSync(file), { level: 9 }).length;
  const verdict = size <= budget ? 'ok' : 'OVER BUDGET';
  if (size > budget) over = true;
  console.log(`${file}: ${size} B min+gzip, budget ${budget} B (${((size / budget) * 100).toFixed(1)} %) ${verdict}`);
}
if (over) {
  console.error('Size budget exceeded: make it smaller, or raise the budget in size-budget.json with a reason.');
  process.exit(1);
}
