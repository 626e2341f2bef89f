import { addWording } from '../../content/content-catalog.js';
import { faqContent } from '../../content/faq.js';
import type { Catalog, Translations } from '../../core/strings.js';

/** Every visible or spoken string of `<spa-faq>`; override any of them with `strings`. */
export interface FaqStrings {
  /** Label of the search box. */
  search: string;
  /** Announced and shown while searching: `{shown}` of `{total}`. */
  results: string;
  /** The empty state; `{query}` is what the visitor typed. */
  noResults: string;
  /** Button that empties the search box. */
  clear: string;
  /** The empty state's link to `contact-href`, for a question the FAQ does not answer. */
  contact: string;
  /** The expand-all control, while some answers are closed. */
  expandAll: string;
  /** The same control once every answer is open. */
  collapseAll: string;
  /** Accessible name of the category filter. */
  categories: string;
  /** The filter choice that shows every category. */
  allCategories: string;
  /** The copy-link button under each answer (with `link-to-items`). */
  copyLink: string;
  /** Announced once the link is on the clipboard. */
  linkCopied: string;
  /** Announced when the clipboard refused; the link is then in the address bar. */
  linkInAddressBar: string;
}

export const faqStrings: Catalog<FaqStrings> = {
  en: {
    search: 'Search the questions',
    results: '{shown} of {total} questions',
    noResults: 'No question matches “{query}”.',
    clear: 'Clear search',
    contact: 'Ask us your question',
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
    categories: 'Topics',
    allCategories: 'All',
    copyLink: 'Copy link',
    linkCopied: 'Link copied',
    linkInAddressBar: 'The link to this question is in the address bar',
  },
};

/** Its other languages, each a file of its own in the ES builds, fetched by a page in that language. */
export const faqTranslations: Translations = {
  es: () =>
    Promise.all([import('./faq.strings.es.js'), import('../../content/faq.es.js')]).then(([{ es }, { faqWordingEs }]) => {
      addWording(faqContent, 'es', faqWordingEs);
      return es;
    }),
};
