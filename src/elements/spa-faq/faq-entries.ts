import type { Problem } from '../../core/report.js';
import { parseAnswer, textOfNodes, type Inline } from './faq-answer.js';
import { uniqueIds } from './faq-ids.js';
import type { FaqItem } from './faq-items.js';
import { fold, matchesAll } from './faq-search.js';
import { record } from '../../core/own.js';

/** One question as rendered: its answer is either the author's slotted `<details>` or parsed JSON text. */
export interface Entry {
  id: string;
  question: string;
  category?: string;
  /** Name of the slot the author's `<details>` is assigned to, for answers written in HTML. */
  slot?: string;
  paragraphs?: Inline[][];
  /** The author's `<details>`, read as text only when search or schema.org first need it. */
  details?: HTMLDetailsElement;
  /** The answer as plain text, for schema.org and search (see `answerOf`). */
  answer?: string;
  /** Question and answer folded once, so a keystroke only runs `includes` (see `haystackOf`). */
  haystack?: string;
  /** Where the answer starts in `haystack`. */
  answerAt?: number;
  open: boolean;
}

/** The problem of a repeated id, which was made unique. */
export const duplicateId = (path: string, id: string | undefined, unique: string): Problem => ({
  path,
  message: `"${id}" is already used by another question; ids must be unique (this one is now "${unique}")`,
});

/** Entries from validated items (with their index in the author's list, for problem paths). */
export function entriesFromItems(items: readonly (FaqItem & { index: number })[], problems: Problem[]): Entry[] {
  const { ids, duplicates } = uniqueIds(items);
  for (const i of duplicates) problems.push(duplicateId(`items[${items[i].index}].id`, items[i].id, ids[i]));
  return items.map((item, i) => {
    const parsed = parseAnswer(item.answer);
    for (const message of parsed.problems) problems.push({ path: `items[${item.index}].answer`, message });
    return record<Entry>({ id: ids[i], question: item.question, answer: parsed.text, category: item.category, open: item.open ?? false, paragraphs: parsed.paragraphs });
  });
}

export interface Grouped {
  /** Runs of entries sharing a category, categories in the order they first appear. */
  groups: { category?: string; entries: Entry[] }[];
  /** The entries in that order, so keyboard order and structured data match what is seen. */
  entries: Entry[];
  categories: string[];
}

export function groupEntries(entries: readonly Entry[]): Grouped {
  const byCategory = new Map<string | undefined, Entry[]>();
  // Added in place: a copy of the list for each entry made 10,000 questions 50 million copies.
  for (const entry of entries) {
    const members = byCategory.get(entry.category);
    if (members) members.push(entry);
    else byCategory.set(entry.category, [entry]);
  }
  const groups = [...byCategory].map(([category, members]) => ({ category, entries: members }));
  return {
    groups,
    entries: groups.flatMap((group) => group.entries),
    categories: groups.flatMap((group) => (group.category ? [group.category] : [])),
  };
}

/** The answer as a reader sees it; an HTML answer is read once, when first needed, not at first render. */
export function answerOf(entry: Entry): string {
  const summary = entry.details?.querySelector(':scope > summary');
  entry.answer ??= textOfNodes([...(entry.details?.childNodes ?? [])].filter((node) => node !== summary));
  return entry.answer;
}

/** Question and answer, folded for search. */
export function haystackOf(entry: Entry): string {
  if (entry.haystack === undefined) {
    const question = fold(entry.question).text;
    entry.answerAt = question.length;
    entry.haystack = `${question}\n${fold(answerOf(entry)).text}`;
  }
  return entry.haystack;
}

/**
 * The entries of the chosen category (all without one) that hold every search word, and among
 * them those whose answer holds a word: a question shown only for words in its answer would look
 * unrelated, so such answers open and the words are marked in them.
 */
export function filterEntries(entries: readonly Entry[], category: string | undefined, words: readonly string[]): { shown: Set<Entry>; found: Entry[] } {
  const shown = new Set(
    entries.filter((entry) => (!category || entry.category === category) && (!words.length || matchesAll(haystackOf(entry), words))),
  );
  const found = [...shown].filter((entry) => words.some((word) => haystackOf(entry).includes(word, entry.answerAt)));
  return { shown, found };
}

/**
 * The search words that occur in what the template draws of an entry: its question, and its
 * answer when that is drawn from text (an HTML answer is the author's, marked by faq-highlight).
 * Other words mark nothing there, so an item is drawn again only when this list changes.
 */
export function wordsDrawnIn(entry: Entry, words: readonly string[]): string[] {
  // Without words, an HTML answer is not read: a first render of 500 questions reads none.
  return words.filter((word) => {
    // The question comes first: a first occurrence before the answer is in the question.
    const at = haystackOf(entry).indexOf(word);
    return at >= 0 && (entry.paragraphs !== undefined || at < entry.answerAt!);
  });
}

/** True when any of the values a result was worked out from is no longer the same. */
export const changed = (last: readonly unknown[], now: readonly unknown[]): boolean => now.some((value, i) => value !== last[i]);
