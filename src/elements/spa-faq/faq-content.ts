import type { FaqContentItem } from '../../content/faq.js';
import type { Problem } from '../../core/report.js';
import { entriesFromItems, type Entry } from './faq-entries.js';
import { readItems } from './faq-items.js';
import { adoptDetails } from './faq-light-dom.js';

export type ContentSource = 'property' | 'json' | 'src' | 'light-dom' | 'default';

/**
 * The questions of the first source that has any usable one: `lists` (the `items` of the
 * property, the JSON child and the `src` file, in that order), the author's `<details>` children
 * of `host` (see `adoptDetails` for `takingOver`), then `defaults`. Bad items of a source are
 * reported (into `problems`) and the good ones kept.
 */
export function readContent(
  lists: readonly [unknown, unknown, unknown],
  host: HTMLElement,
  takingOver: Set<Node>,
  defaults: readonly FaqContentItem[],
  problems: Problem[],
): { entries: Entry[]; source: ContentSource } {
  for (const [source, raw] of [
    ['property', lists[0]],
    ['json', lists[1]],
    ['src', lists[2]],
  ] as const) {
    const read = readItems(raw, source);
    problems.push(...read.problems);
    if (read.items.length) return { entries: entriesFromItems(read.items, problems), source };
  }
  const entries = adoptDetails(host, problems, takingOver);
  if (entries.length) return { entries, source: 'light-dom' };
  return { entries: entriesFromItems(defaults.map((item, index) => ({ ...item, index })), problems), source: 'default' };
}
