import * as v from 'valibot';
import { SOURCE_NAMES, problemsOf, type ListField, type Source } from '../../core/config.js';
import type { Problem } from '../../core/report.js';
import { MAX_TEXT_LENGTH, flag, objectOf, schemaOf, slug, text } from '../../core/schema.js';

/**
 * A long article's worth of text (about 3,000 words). Past it an answer is someone's mistake: a
 * browser takes seconds to lay out 500,000 characters, longer still when no space breaks them.
 */
export const MAX_ANSWER_LENGTH = 20_000;

/** The schema of one question as JSON, the `items` property or a `src` file gives it (built by `schemaOf`). */
export const faqItemSchema = () => objectOf({
  /** Deep-link id, e.g. `how-often`; defaults to a slug of the question. */
  id: v.optional(slug()),
  /** The question, shown in the accordion's button. */
  question: text(MAX_TEXT_LENGTH),
  /** Plain text: a blank line starts a paragraph, `[label](https://…)` is a link. */
  answer: text(MAX_ANSWER_LENGTH),
  /** Groups questions under a heading, with a filter when there are several. */
  category: v.optional(text(MAX_TEXT_LENGTH)),
  /** Starts open. */
  open: v.optional(flag()),
}, 'expected an object such as { "question": "…", "answer": "…" }');

export type FaqItem = v.InferOutput<ReturnType<typeof faqItemSchema>>;

/** Far more questions than any page holds; past it a list is someone's mistake, reported, not walked. */
export const MAX_FAQ_ITEMS = 10_000;

/** An accepted item, with its position in the author's list so later problems name the right one. */
export interface ReadItem extends FaqItem {
  index: number;
}

/**
 * Validates a list of items one by one: bad items are reported with their index and dropped,
 * good ones kept. Unlike a whole-list check, the index of each kept item is remembered, so a
 * later problem (an unsafe link, a duplicate id) points at `items[7]`, not at its new position.
 */
export function readItems(raw: unknown, source: Source): { items: ReadItem[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const items: ReadItem[] = [];
  if (raw === undefined || raw === null) return { items, problems };
  if (!Array.isArray(raw)) {
    problems.push({ path: 'items', message: `expected a list of { question, answer } (from ${SOURCE_NAMES[source]})` });
    return { items, problems };
  }
  if (raw.length > MAX_FAQ_ITEMS) {
    problems.push({
      path: 'items',
      message: `${raw.length} questions given; at most ${MAX_FAQ_ITEMS} are shown, the first ones (from ${SOURCE_NAMES[source]})`,
    });
  }
  // Only the entries shown are read: a sparse array may claim billions of them.
  raw.slice(0, MAX_FAQ_ITEMS).forEach((value: unknown, index) => {
    const result = v.safeParse(schemaOf(faqItemSchema), value);
    if (result.success) items.push({ ...result.output, index });
    else problems.push(...problemsOf(result.issues, ['items', index], source));
  });
  return { items, problems };
}

/** Each list already read, with what was found in it, keyed by the list the author gave. */
const lists = new WeakMap<object, { source: Source; value: ReadItem[]; problems: Problem[] }>();

/**
 * The `items` field: the good items of a list (as `ReadItem`s), the bad ones reported. A list is
 * read once: an update that changed no source keeps the very same items, so the questions are
 * not built again on every keystroke.
 */
export const itemList: ListField<FaqItem> = {
  read(raw, source) {
    let read = Object(raw) === raw ? lists.get(raw as object) : undefined;
    if (read?.source !== source) {
      const { items, problems } = readItems(raw, source);
      read = { source, value: items, problems };
      if (Object(raw) === raw) lists.set(raw as object, read);
    }
    return read;
  },
};
