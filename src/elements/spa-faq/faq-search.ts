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
 * Most matches marked in one text: far more than any answer holds, while a hostile megabyte of
 * "a b a b" would make a keystroke write 500,000 `<mark>`s and freeze the tab for seconds.
 */
const MOST_RANGES = 1000;

/**
 * Where the words occur in `text`, as sorted, merged ranges of the original string (the first
 * `MOST_RANGES`). Pass `folded` when the text was already folded, to skip doing it again on every
 * keystroke. Each word's next occurrence is kept and the earliest taken each time, so the ranges
 * come out in order without sorting: linear in the matches, even a megabyte of them.
 */
export function highlightRanges(text: string, words: readonly string[], folded: Folded = fold(text)): Range[] {
  const { text: haystack, map } = folded;
  const next = words.map((word) => haystack.indexOf(word));
  const merged: [number, number][] = [];
  for (;;) {
    let w = -1;
    next.forEach((at, i) => {
      if (at >= 0 && (w < 0 || at < next[w])) w = i;
    });
    if (w < 0) return merged;
    const at = next[w];
    const end = at + words[w].length;
    next[w] = haystack.indexOf(words[w], end);
    const range: [number, number] = map ? [map[at], map[end]] : [at, end];
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    // This match and every later one start past the last range: the ranges so far are final.
    else if (merged.length === MOST_RANGES) return merged;
    else merged.push(range);
  }
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
