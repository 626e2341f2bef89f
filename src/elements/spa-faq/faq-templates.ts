import { html, isServer, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { format } from '../../core/strings.js';
import { hiddenUntilFound, highlight } from './faq-directives.js';
import type { Entry } from './faq-entries.js';
import type { FaqStrings } from './faq.strings.js';

/** How one question is drawn; each field is part of the key that decides whether it is drawn again. */
export interface ItemView {
  entry: Entry;
  index: number;
  open: boolean;
  shown: boolean;
  /** Its answer just opened: only it animates. */
  opening: boolean;
  /** Each answer is a labelled region (only while there are few). */
  region: boolean;
  level: number;
  /** The copy-link button's label, when `link-to-items` is set. */
  copyLink?: string;
  /** What became of the last copy of its link. */
  copied?: string;
}

// A server runs no element directives (`highlight`, `hiddenUntilFound`): there, questions and
// answers are written as plain text, and the styles hide closed answers until the element is
// defined. The browser renders afresh over it (see SpaElement.createRenderRoot). Questions past the
// first dozen skip layout while off screen (`.skips-offscreen`).
export const itemTemplate = ({ entry, index, open, shown, opening, region, level, copyLink, copied }: ItemView, words: readonly string[]): TemplateResult =>
  html`<div class=${index < 12 ? 'item' : 'item skips-offscreen'} part=${open ? 'item open' : 'item'} ?hidden=${!shown}>
    <div class="heading" role="heading" aria-level=${level}>
      <button class="question" part=${open ? 'question open' : 'question'} id="q-${index}" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="a-${index}">
        ${isServer
          ? html`<span class="text">${entry.question}</span>`
          : html`<span class="text" ${highlight(entry.question, words)}></span>`}<span class="icon" part="icon" aria-hidden="true"></span>
      </button>
    </div>
    <div
      class=${opening ? 'answer opening' : 'answer'}
      part="answer"
      id="a-${index}"
      role=${ifDefined(region ? 'region' : undefined)}
      aria-labelledby=${region ? `q-${index}` : nothing}
      ${hiddenUntilFound(!open)}
    >
      ${entry.slot
        ? html`<slot name=${entry.slot}></slot>`
        : entry.paragraphs?.map(
            (paragraph) =>
              html`<p>${paragraph.map((inline) =>
                isServer
                  ? typeof inline === 'string'
                    ? html`<span>${inline}</span>`
                    : html`<a href=${inline.href}>${inline.label}</a>`
                  : typeof inline === 'string'
                    ? html`<span ${highlight(inline, words)}></span>`
                    : html`<a href=${inline.href} ${highlight(inline.label, words)}></a>`,
              )}</p>`,
          )}
      ${copyLink
        ? // The name is given whole: engines read the visually hidden (out-of-flow) span as a
          // separate block and would name it "Copy link : …".
          html`<button class="button small copy" part="copy-link" type="button" aria-label="${copyLink}: ${entry.question}">
              ${copyLink}<span class="visually-hidden">: ${entry.question}</span>
            </button>
            ${copied ? html`<span class="copied" part="copy-status" aria-hidden="true">${copied}</span>` : nothing}`
        : nothing}
    </div>
  </div>`;

/**
 * The questions in their category groups (a group is hidden when none of its questions is
 * shown); `item` draws one question, given its index among all.
 */
export const listTemplate = (
  groups: readonly { category?: string; entries: Entry[] }[],
  headingLevel: number,
  shown: (entry: Entry) => boolean,
  item: (entry: Entry, index: number) => unknown,
): TemplateResult[] => {
  let index = 0;
  return groups.map(
    ({ category, entries }) => html`<div class="group" ?hidden=${!entries.some(shown)}>
      ${category ? html`<div class="category" part="category" role="heading" aria-level=${headingLevel}>${category}</div>` : nothing}
      ${entries.map((entry) => item(entry, index++))}
    </div>`,
  );
};

/** The search box and the expand-all control, above the questions. */
export const barTemplate = (
  strings: FaqStrings,
  view: { search: boolean; expandAll: boolean; allOpen: boolean; query: string },
  onSearch: (event: Event) => void,
  onExpandAll: () => void,
): TemplateResult | typeof nothing =>
  view.search || view.expandAll
    ? html`<div class="bar">
        ${view.search
          ? html`<div class="search" part="search">
              <label part="search-label" for="search">${strings.search}</label>
              <input
                id="search"
                part="search-input"
                type="search"
                autocomplete="off"
                aria-describedby="count none"
                .value=${live(view.query)}
                @input=${onSearch}
              />
            </div>`
          : nothing}
        ${view.expandAll
          ? html`<button class="button small expand-all" part="expand-all" type="button" @click=${onExpandAll}>
              ${view.allOpen ? strings.collapseAll : strings.expandAll}
            </button>`
          : nothing}
      </div>`
    : nothing;

/** One toggle button per category, and one for all; only when there are several categories. */
export const filtersTemplate = (
  strings: FaqStrings,
  categories: readonly string[],
  chosen: string | undefined,
  onFilter: (event: Event) => void,
): TemplateResult | typeof nothing =>
  categories.length > 1
    ? html`<div class="filters" part="filters" role="group" aria-label=${strings.categories}>
        ${[undefined, ...categories].map(
          (category) => html`<button
            class=${chosen === category ? 'button small filter primary' : 'button small filter'}
            part=${chosen === category ? 'filter selected' : 'filter'}
            type="button"
            data-category=${category ?? ''}
            aria-pressed=${chosen === category ? 'true' : 'false'}
            @click=${onFilter}
          >
            ${category ?? strings.allCategories}
          </button>`,
        )}
      </div>`
    : nothing;

/** Said when no question matches: the words looked for, a way back, and where to ask instead. */
export const emptyTemplate = (strings: FaqStrings, query: string, contactHref: string | undefined, onClear: () => void): TemplateResult =>
  html`<div class="empty" part="empty">
    <p id="none">${format(strings.noResults, { query: query.trim() })}</p>
    <button class="button small" part="clear" type="button" @click=${onClear}>${strings.clear}</button>
    ${contactHref ? html`<a part="contact" href=${contactHref}>${strings.contact}</a>` : nothing}
  </div>`;
