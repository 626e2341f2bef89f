import type { ConfigOf } from '../../core/config.js';
import { srcField } from '../../core/remote-json.js';
import { headingLevel, safeUrl, toggle } from '../../core/schema.js';
import { sharedFields } from '../../core/spa-element.js';
import { itemList } from './faq-items.js';

/**
 * Every setting of `<spa-faq>`, each declared once: as an attribute (`linkToItems` is
 * `link-to-items`), a property, a key of `config` and of the JSON child (or the `src` file).
 */
export const faqFields = {
  ...sharedFields,
  /** The questions, `[{ id?, question, answer, category?, open? }]`; they take precedence over the HTML inside. Assign a new list to change them. */
  items: itemList,
  /** A JSON file with `{ "items": [...] }`, fetched once. While it loads, or if it fails, the HTML inside (or the built-in questions) shows. */
  src: srcField,
  /** Heading level of each question (2–6). With categories, categories take this level and questions the next. */
  headingLevel: () => headingLevel(3),
  /** Only one answer open at a time: opening one closes the others. */
  single: () => toggle(false),
  /** Show a search box that filters questions and answers as the visitor types. */
  search: () => toggle(false),
  /** Show an "Expand all / Collapse all" control (not in `single` mode); `expandAll()` is the method that opens every answer. */
  showExpandAll: () => toggle(false),
  /** Opening a question puts its link (`#id`) in the address bar, and each answer gets a copy-link button. */
  linkToItems: () => toggle(false),
  /** Write schema.org FAQPage structured data; `schema="off"` stops it. */
  schema: () => toggle(true),
  /** Where a visitor can ask what the FAQ does not answer (a contact page, `mailto:` or `tel:`), offered when a search finds nothing. */
  contactHref: safeUrl,
};

export type FaqConfig = ConfigOf<typeof faqFields>;
