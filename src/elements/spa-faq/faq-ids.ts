import { fold } from './faq-search.js';

/**
 * Stable ids for deep links (`page#how-often`): the author's, or a slug of the question, made
 * unique on the page's FAQ. Pure functions, table-tested.
 */

/** "How often should I come?" → "how-often-should-i-come". */
export function slugify(question: string): string {
  const slug = fold(question)
    .text.replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return slug || 'question';
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
  const claim = (base: string) => {
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
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
