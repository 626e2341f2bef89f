import { format } from '../../core/strings.js';

/**
 * Search as a visitor expects it: case- and accent-insensitive ("cafe" finds "Café"), every word
 * of the query must appear, in any order. Pure functions, table-tested; the element folds each
 * item's text once, so a keystroke only runs `includes` over ready-made strings.
 */

/** Text folded for matching, with where each folded character came from in the original. */
export interface Folded {
  text: string;
  /** Original index of each folded character, plus the original length at the end; null when identical. */
  map: number[] | null;
}

const MARKS = /\p{M}/gu;
const ASCII = /^[ -~\s]*$/;

/** Lower-cases and strips accents, remembering the original positions for highlighting. */
export function fold(text: string): Folded {
  // Most FAQ text is plain ASCII: one toLowerCase keeps indexes, no map needed.
  if (ASCII.test(text)) return { text: text.toLowerCase(), map: null };
  let folded = '';
  const map: number[] = [];
  let index = 0;
  for (const char of text) {
    const part = char.normalize('NFD').replace(MARKS, '').toLowerCase();
    for (let i = 0; i < part.length; i++) map.push(index);
    folded += part;
    index += char.length;
  }
  map.push(index);
  return { text: folded, map };
}

/** The words of a query, folded; an empty list means "no search". */
export const queryWords = (query: string): string[] => fold(query).text.split(/\s+/).filter(Boolean);

/** "N of M questions" (`template`) while searching or filtering by a category, else empty. */
export const resultCount = (template: string, query: string, category: string | undefined, shown: number, total: number): string =>
  queryWords(query).length || category ? format(template, { shown, total }) : '';

/** True when every word occurs in the folded text. */
export const matchesAll = (folded: string, words: readonly string[]): boolean =>
  words.every((word) => folded.includes(word));

/** A stretch of the original text to highlight: `[start, end)`. */
type Range = readonly [number, number];

/**
 * Where the words occur in `text`, as sorted, merged ranges of the original string. Pass
 * `folded` when the text was already folded, to skip doing it again on every keystroke.
 */
export function highlightRanges(text: string, words: readonly string[], folded: Folded = fold(text)): Range[] {
  if (!words.length) return [];
  const { map } = folded;
  const found: [number, number][] = [];
  for (const word of words) {
    for (let at = folded.text.indexOf(word); at !== -1; at = folded.text.indexOf(word, at + word.length)) {
      found.push(map ? [map[at], map[at + word.length]] : [at, at + word.length]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** Cuts `text` into plain and matched pieces, in order, for rendering with `<mark>`. */
export function splitByRanges(text: string, ranges: readonly Range[]): { text: string; match: boolean }[] {
  const pieces: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) pieces.push({ text: text.slice(at, start), match: false });
    pieces.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length || !pieces.length) pieces.push({ text: text.slice(at), match: false });
  return pieces;
}
