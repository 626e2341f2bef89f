#!/usr/bin/env node
// svelte-check has no @ts-expect-error for markup: here each line after an `<!-- expect-error: … -->`
// comment must have an error, and no other line may. Valid use compiles; each misuse stays an error.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const file = 'App.svelte';
const lines = readFileSync(join(here, file), 'utf8').split('\n');
const expected = lines.flatMap((line, i) => (line.includes('<!-- expect-error') ? [i + 2] : []));

const run = spawnSync('npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--output', 'machine'], { cwd: here, encoding: 'utf8' });
const errors = run.stdout
  .split('\n')
  .map((line) => line.match(/ ERROR "([^"]+)" (\d+):\d+ (.*)$/))
  .filter(Boolean)
  .map(([, path, line, message]) => ({ path, line: Number(line), message }));

const problems = [
  ...errors.filter((e) => e.path !== file || !expected.includes(e.line)).map((e) => `unexpected error in ${e.path}:${e.line}: ${e.message}`),
  ...expected.filter((line) => !errors.some((e) => e.path === file && e.line === line)).map((line) => `${file}:${line} should not compile: ${lines[line - 1].trim()}`),
];
if (!run.stdout.includes('COMPLETED')) problems.push(`svelte-check did not run: ${run.stderr || run.stdout}`);
if (problems.length) {
  console.error(`Svelte typings (svelte-check):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`ok   Svelte typings: valid use compiles, ${expected.length} misuses fail (svelte-check)`);
