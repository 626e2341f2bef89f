import { fold } from './faq-search.js';

/**
 * Stable ids for deep links (`page#how-often`): the author's, or a slug of the question, made
 * unique on the page's FAQ. Pure functions, table-tested.
 */

/** "How often should I come?" → "how-often-should-i-come". */
export function slugify(question: string): string {
  // Spaces, not dashes, while cutting: trim() drops them at both ends, no pattern that could
  // backtrack over a long run of separators.
  const words = fold(question).text.replace(/[^a-z0-9]+/g, ' ').trim();
  return words.slice(0, 64).trimEnd().replaceAll(' ', '-') || 'question';
}

interface IdResult {
  ids: string[];
  /** Indexes of items whose author-given id was already taken (they get a suffix). */
  duplicates: number[];
}

/**
 * Gives each item its id: author ids first claim their name, then slugs fill in. A clash gets
 * `-2`, `-3`, …, so no link ever opens two items; a clashing author id is reported.
 */
export function uniqueIds(items: readonly { id?: string; question: string }[]): IdResult {
  const taken = new Set<string>();
  const duplicates: number[] = [];
  const wanted = items.map((item) => item.id ?? slugify(item.question));
  // The suffix each name tried last: the next clash of that name goes on from there, so 10,000
  // same questions take 10,000 steps, not 50 million.
  const suffixes = new Map<string, number>();
  const claim = (base: string) => {
    let n = suffixes.get(base) ?? 1;
    let id = n > 1 ? `${base}-${n}` : base;
    while (taken.has(id)) id = `${base}-${++n}`;
    suffixes.set(base, n);
    taken.add(id);
    return id;
  };
  const ids: string[] = new Array<string>(items.length);
  // Author ids are claimed first, so a slug never steals the name a link was written for.
  items.forEach((item, i) => {
    if (item.id === undefined) return;
    if (taken.has(item.id)) duplicates.push(i);
    else {
      taken.add(item.id);
      ids[i] = item.id;
    }
  });
  items.forEach((_, i) => {
    ids[i] ??= claim(wanted[i]);
  });
  return { ids, duplicates };
}
