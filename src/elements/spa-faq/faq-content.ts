import { isServer } from 'lit';
import type { FaqContentItem } from '../../content/faq.js';
import { record } from '../../core/own.js';
import type { Problem } from '../../core/report.js';
import { entriesFromItems, type Entry } from './faq-entries.js';
import type { FaqItem, ReadItem } from './faq-items.js';
import { adoptDetails } from './faq-light-dom.js';

/** Where the questions came from: the settled `items`, the author's `<details>`, or the built-in ones. */
export type ContentSource = 'items' | 'light-dom' | 'default';

/**
 * The questions: the settled `items` (property, JSON child or `src` file, already read by the
 * field), else the author's `<details>` children of `host` (see `adoptDetails` for
 * `takingOver`), else `defaults`. Problems found in them are added to `problems`.
 */
export function readContent(
  items: readonly FaqItem[] | undefined,
  host: HTMLElement,
  takingOver: Set<Node>,
  defaults: readonly FaqContentItem[],
  problems: Problem[],
): { entries: Entry[]; source: ContentSource } {
  // The field's reader keeps each item's place in the author's list, for problem paths.
  if (items) return { entries: entriesFromItems(items as readonly ReadItem[], problems), source: 'items' };
  // A server never sees the HTML inside; the browser's first update reads it.
  const entries = isServer ? [] : adoptDetails(host, problems, takingOver);
  if (entries.length) return { entries, source: 'light-dom' };
  return { entries: entriesFromItems(defaults.map((item, index) => record({ ...item, index })), problems), source: 'default' };
}
