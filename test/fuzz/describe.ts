// Counterexamples as a person reads them: short, and safe to produce from values built to break
// whatever reads them (no getter is called, no Proxy is touched, huge strings are summarised).
import type { Plan } from './plans.js';
import { labelOf } from './values.js';

const MAX_TEXT = 80;
const MAX_ENTRIES = 4;
const MAX_DEPTH = 3;

/** `"[a](" repeated (16384 chars)` for a string that repeats a short piece, else its start and length. */
function describeString(text: string): string {
  if (text.length <= MAX_TEXT) return JSON.stringify(text);
  for (let size = 1; size <= 32 && size * 2 <= text.length; size++) {
    const piece = text.slice(0, size);
    if (piece.repeat(Math.ceil(text.length / size)).slice(0, text.length) === text) {
      return `${JSON.stringify(piece)} repeated (${text.length} chars)`;
    }
  }
  return `${JSON.stringify(text.slice(0, MAX_TEXT))}… (${text.length} chars)`;
}

function describeScalar(value: unknown): string {
  if (typeof value === 'string') return describeString(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return value.toString();
  if (Object.is(value, -0)) return '-0';
  return String(value);
}

/** Own keys of an object, or undefined when listing them throws (a revoked or hostile Proxy). */
function keysOf(object: object): string[] | undefined {
  try {
    return Reflect.ownKeys(object).map(String);
  } catch {
    return undefined;
  }
}

function describeEntry(object: object, key: string, depth: number, seen: Set<object>): string {
  const descriptor = Object.getOwnPropertyDescriptor(object, key);
  if (descriptor && !('value' in descriptor)) return `${key}: <getter>`;
  return `${JSON.stringify(key)}: ${describeValue(descriptor?.value, depth + 1, seen)}`;
}

function describeArray(array: unknown[], depth: number, seen: Set<object>): string {
  const length = array.length;
  if (length > 1 && array.every((item) => item === array[0])) return `[${length} × ${describeValue(array[0], depth + 1, seen)}]`;
  const shown = Array.from({ length: Math.min(length, MAX_ENTRIES) }, (_, i) =>
    Object.hasOwn(array, i) ? describeEntry(array, String(i), depth, seen).replace(/^"\d+": /, '') : '<hole>',
  );
  return `[${shown.join(', ')}${length > MAX_ENTRIES ? `, … (${length} items)` : ''}]`;
}

/** Any value, briefly. */
export function describeValue(value: unknown, depth = 0, seen = new Set<object>()): string {
  if (Object(value) !== value) return describeScalar(value);
  const object = value as object;
  const label = labelOf(object);
  if (label) return `<${label}>`;
  if (seen.has(object)) return '<circular>';
  seen.add(object);
  try {
    if (typeof object === 'function') return '<a function>';
    if (object instanceof Node) return `<${object.nodeName.toLowerCase()} node>`;
    if (depth > MAX_DEPTH) return Array.isArray(object) ? '[…]' : '{…}';
    if (Array.isArray(object)) return describeArray(object, depth, seen);
    const keys = keysOf(object);
    if (!keys) return '<an object whose keys cannot be read>';
    const shown = keys.slice(0, MAX_ENTRIES).map((key) => describeEntry(object, key, depth, seen));
    const prototype = Object.getPrototypeOf(object) === null ? 'null-prototype ' : '';
    return `${prototype}{${shown.join(', ')}${keys.length > MAX_ENTRIES ? `, … (${keys.length} keys)` : ''}}`;
  } catch {
    return '<an object that cannot be read>';
  } finally {
    seen.delete(object);
  }
}

/** A plan, one line per step. */
export function describePlan(plan: Plan): string {
  const lines: string[] = [];
  for (const [name, value] of plan.attributes) lines.push(`setAttribute(${JSON.stringify(name)}, ${describeString(value)})`);
  if (plan.json !== undefined) lines.push(`JSON child: ${describeString(plan.json)}`);
  for (const [key, value] of plan.properties) lines.push(`.${key} = ${describeValue(value)}`);
  return lines.length ? lines.join('\n') : '(nothing set)';
}
