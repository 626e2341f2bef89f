import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { contentFor } from '../../content/content-catalog.js';
import { faqContent } from '../../content/faq.js';
import { Announcer } from '../../core/announcer.js';
import { emit } from '../../core/events.js';
import { LightDomController } from '../../core/light-dom.js';
import type { Problem } from '../../core/report.js';
import type { FieldProperties } from '../../core/config.js';
import { SpaElement } from '../../core/spa-element.js';
import { closestLang } from '../../core/strings.js';
import { controls } from '../../core/controls.styles.js';
import { tokens } from '../../core/tokens.styles.js';
import { copyLink, FaqDeepLink, linkable } from './faq-deep-link.js';
import { readContent, type ContentSource } from './faq-content.js';
import { answerOf, changed, filterEntries, groupEntries, wordsDrawnIn, type Entry, type Grouped } from './faq-entries.js';
import { onAccordionKeydown, questionIndexOf } from './faq-list-events.js';
import { markAnswers } from './faq-highlight.js';
import { OpenAnswers } from './faq-open.js';
import { queryWords, resultCount } from './faq-search.js';
import { FaqStructuredData } from './faq-structured-data.js';
import { barTemplate, emptyTemplate, filtersTemplate, itemTemplate, listTemplate } from './faq-templates.js';
import { faqFields } from './faq.config.js';
import { faqStrings, faqTranslations, type FaqStrings } from './faq.strings.js';
import { styles } from './spa-faq.styles.js';

export type { FaqItem } from './faq-items.js';

/** Detail of `spa-faq-toggle`. */
export interface FaqToggleDetail {
  /** The item's deep-link id, as in `#id` links. */
  id: string;
  /** The question as the visitor reads it, in plain text. */
  question: string;
  /** True when the answer was opened. */
  open: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'spa-faq-toggle': CustomEvent<FaqToggleDetail>;
  }
  interface DocumentEventMap {
    'spa-faq-toggle': CustomEvent<FaqToggleDetail>;
  }
  interface HTMLElementTagNameMap {
    'spa-faq': SpaFaq;
  }
}

// Each field is also a property of the element, typed from its schema.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface SpaFaq extends FieldProperties<typeof faqFields> {}

/**
 * An FAQ accordion that search engines read, screen readers follow and designers fill without
 * code: paste `<details><summary>Question</summary>answer</details>` children, or give JSON.
 *
 * @tagname spa-faq
 * @summary Accessible FAQ accordion with search, deep links and schema.org FAQPage markup.
 *
 * @slot - Anything inside the element that is not a question, shown as written after the
 *   questions unless the questions come from JSON, `items` or `src`: an intro, a `<details>` that
 *   could not be read (then the built-in questions show above it). Each usable `<details>` child
 *   becomes one question: its `<summary>` is the question, the rest the answer, shown as written.
 *   `id` sets its deep-link id, `data-category` its category, `open` starts it open.
 *
 * @fires spa-faq-toggle - A visitor opened or closed an answer (click, keyboard, deep link or
 *   find-in-page). Detail: `{ id, question, open }`. Not fired by `expandAll()`/`collapseAll()`,
 *   nor when a search opens the answers its words are in.
 * @fires spa-error - Refused input, with `{ tag, path, message }`.
 *
 * @csspart search - The search box's wrapper (label and input).
 * @csspart search-label - The search box's label.
 * @csspart search-input - The search input.
 * @csspart count - The "N of M questions" line shown while searching or filtering, unless nothing matches (screen readers hear it through the element's live region).
 * @csspart filters - The category filter buttons' group.
 * @csspart filter - One category filter chip; the pressed one is also `selected` (`::part(filter selected)`).
 * @csspart expand-all - The expand-all / collapse-all control.
 * @csspart category - A category heading.
 * @csspart item - One question with its answer; also `open` while its answer is open (`::part(item open)`).
 * @csspart question - The button that opens and closes an answer; also `open` while it is open.
 * @csspart icon - The open/closed chevron inside the question.
 * @csspart answer - The answer region.
 * @csspart match - A highlighted search match in a question or a JSON answer. Matches in answers
 *   written as HTML are ranges of the CSS Custom Highlight `spa-faq-match` instead: the element
 *   paints them in Chromium; elsewhere a page rule `::highlight(spa-faq-match) { … }` can.
 * @csspart copy-link - The copy-link button under an answer (with `link-to-items`).
 * @csspart copy-status - "Link copied" beside that button once it was pressed.
 * @csspart empty - The message shown when no question matches, with its buttons.
 * @csspart clear - The empty state's "Clear search" button.
 * @csspart contact - The empty state's link to `contact-href`.
 *
 * @cssprop [--spa-scroll-offset=0px] - Space kept above a question a deep link scrolls to (a length),
 *   e.g. the height of the page's sticky header, so the header does not cover it.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class SpaFaq extends SpaElement<typeof faqFields, FaqStrings> {
  static override styles = [tokens, controls, styles];
  static override fields = faqFields;
  static override catalog = faqStrings;
  static override translations = faqTranslations;
  static override renamedAttributes = { 'expand-all': 'show-expand-all' };
  // Internal state that re-renders: declared here, not with decorators, which would add Lit's
  // decorator module (~0.4 kB gzip) to every file.
  static override properties: PropertyDeclarations = {
    query: { state: true, attribute: false },
    category: { state: true, attribute: false },
    copied: { state: true, attribute: false },
  };

  private query = '';
  private category?: string;
  readonly #answers = new OpenAnswers();
  /** The question whose link was just copied, and what became of it, shown beside its button. */
  private copied?: { id: string; message: string };
  /** The answer a visitor just opened: only it animates, not answers open from the start or by expandAll(). */
  #opening?: string;

  /** `<details>` the element is opening right now; the resulting mutation is its own, not the author's. */
  #takingOver = new Set<Node>();
  readonly #lightDom = new LightDomController(this, {
    ignore: (node) => this.#takingOver.has(node),
    // The author's <details>: open on load, deep-link ids, categories.
    attributes: ['open', 'id', 'data-category'],
  });
  readonly #deepLink = new FaqDeepLink(this, (id) => this.#openFromHash(id), () => this.srcLoading);
  readonly #structuredData = new FaqStructuredData(this, () => this.settings.schema, () =>
    this.#content.entries.map((entry) => ({ question: entry.question, answer: answerOf(entry) })),
  );
  readonly #announcer = new Announcer(this);
  /** "N of M questions" while searching or filtering, else empty; announced when it changes. */
  #count = '';
  #source: ContentSource = 'default';
  /** What the questions were last read from, and the problems found in them then. */
  #contentKey: unknown[] = [];
  #contentProblems: Problem[] = [];
  /** What the shown questions were last worked out for. */
  #filterKey: unknown[] = [];
  #shown = new Set<Entry>();
  #content: Grouped = { groups: [], entries: [], categories: [] };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    markAnswers(this, [], []);
  }

  /** Opens every answer (also in `single` mode). */
  expandAll(): void {
    this.#answers.openAll(this.#content.entries.map((entry) => entry.id));
    this.requestUpdate();
  }

  /** Closes every answer, also those a search opened. */
  collapseAll(): void {
    this.#answers.closeAll();
    this.requestUpdate();
  }

  protected override settled(problems: Problem[]): void {
    // The questions are read again only when a source changed, not on every keystroke; the
    // built-in ones count as one, so a page that switches language gets them in the new one.
    const defaults = contentFor(faqContent, closestLang(this));
    const key = [this.settings.items, this.#lightDom.version, defaults];
    if (changed(this.#contentKey, key)) {
      this.#contentKey = key;
      this.#contentProblems = [];
      const { entries, source } = readContent(this.settings.items, this, this.#takingOver, defaults, this.#contentProblems);
      this.#source = source;
      this.#answers.arrive(entries, this.settings.single);
      this.#content = groupEntries(entries);
      if (this.category && !this.#content.categories.includes(this.category)) this.category = undefined;
      this.#structuredData.invalidate();
    }
    // One by one: a hostile answer with 200,000 refused links would overflow a spread's arguments.
    for (const problem of this.#contentProblems) problems.push(problem);
    this.#filter();
    this.#deepLink.claim();
    const count = resultCount(this.text.results, this.query, this.category, this.#shown.size, this.#content.entries.length);
    // Shown for the eye (but not beside the empty state, which says it in words), spoken once
    // through the announcer (the line itself is not live), and only when it changed: a keystroke
    // that leaves "3 of 40" as it was says nothing.
    if (count !== this.#count) {
      this.#count = count;
      if (count) this.#announcer.announce(count);
      else this.#announcer.clear();
    }
  }

  /** Works out the shown questions, and the answers a search opens, when the questions, query or category changed. */
  #filter(): void {
    const key = [this.#content, this.query, this.category];
    if (!changed(this.#filterKey, key)) return;
    this.#filterKey = key;
    const words = queryWords(this.query);
    const { shown, found } = filterEntries(this.#content.entries, this.category, words);
    this.#shown = shown;
    this.#answers.search(found.map((entry) => entry.id), words.length > 0);
    // Light-DOM answers are marked through the Highlight API (see faq-highlight).
    markAnswers(this, found.flatMap((entry) => entry.details ?? []), words);
  }

  /** Opens the item a deep link names, clearing a search or filter that hides it; its index, if it is ours. */
  #openFromHash(id: string): number | undefined {
    const index = this.#content.entries.findIndex((e) => linkable(e.id) === id);
    const entry = this.#content.entries[index];
    if (!entry) return undefined;
    if (!this.#shown.has(entry)) {
      this.query = '';
      this.category = undefined;
      this.#filter();
    }
    this.#toggle(entry, true, false);
    return index;
  }

  /** Opens or closes one answer, as a visitor did; `single` closes the others. */
  #toggle(entry: Entry, open: boolean, updateHash = true): void {
    if (!this.#answers.set(entry.id, open, this.settings.single)) return;
    this.requestUpdate();
    this.#opening = open ? entry.id : undefined;
    if (updateHash && this.settings.linkToItems) this.#deepLink.follow(entry.id, open);
    emit(this, 'spa-faq-toggle', { id: entry.id, question: entry.question, open });
  }

  /** The entry a click or beforematch inside the list is about. */
  #entryOf(event: Event, selector: string): Entry | undefined {
    return this.#content.entries[questionIndexOf(event, selector) ?? -1];
  }

  #onListClick = (event: Event): void => {
    const question = this.#entryOf(event, '.question');
    if (question) this.#toggle(question, !this.#answers.has(question.id));
    const copy = this.#entryOf(event, '.copy');
    if (copy) void this.#copyLink(copy);
  };

  /** Find-in-page reached a collapsed answer: the browser reveals it, the accordion follows. */
  #onBeforeMatch = (event: Event): void => {
    const entry = this.#entryOf(event, '.answer');
    if (entry) this.#toggle(entry, true);
  };

  #onSearch = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
  };

  #clearSearch = (): void => {
    this.query = '';
    this.renderRoot.querySelector<HTMLInputElement>('input')?.focus();
  };

  #onFilter = (event: Event): void => {
    this.category = (event.currentTarget as HTMLElement).dataset.category || undefined;
  };

  #onExpandAll = (): void => (this.#allOpen ? this.collapseAll() : this.expandAll());

  get #allOpen(): boolean {
    return this.#content.entries.every((entry) => this.#answers.has(entry.id));
  }

  async #copyLink(entry: Entry): Promise<void> {
    this.#announcer.clear();
    const message = (await copyLink(entry.id)) ? this.text.linkCopied : this.text.linkInAddressBar;
    // Seen beside the button and heard through the live region (hidden from it here, said once).
    this.copied = { id: entry.id, message };
    this.#announcer.announce(message);
  }

  protected override render(): TemplateResult {
    const strings = this.text;
    const { search, single, showExpandAll, linkToItems, headingLevel, contactHref } = this.settings;
    const words = queryWords(this.query);
    const grouped = this.#content.categories.length > 0;
    const level = grouped ? Math.min(headingLevel + 1, 6) : headingLevel;
    // Each answer is a labelled region only while there are few: hundreds of landmarks would drown
    // a screen reader's landmark list (the APG accordion pattern says the same).
    const region = this.#content.entries.length <= 6;
    const copyLink = linkToItems ? strings.copyLink : undefined;
    const bar = { search, expandAll: showExpandAll && !single, allOpen: this.#allOpen, query: this.query };
    return html`${barTemplate(strings, bar, this.#onSearch, this.#onExpandAll)}
      <p class="count" part="count" id="count">${this.#shown.size ? this.#count : ''}</p>
      ${filtersTemplate(strings, this.#content.categories, this.category, this.#onFilter)}
      <div class="items" @keydown=${onAccordionKeydown} @click=${this.#onListClick} @beforematch=${this.#onBeforeMatch}>
        ${listTemplate(this.#content.groups, headingLevel, (entry) => this.#shown.has(entry), (entry, index) => {
          const view = {
            entry,
            index,
            open: this.#answers.has(entry.id),
            shown: this.#shown.has(entry),
            opening: entry.id === this.#opening,
            region,
            level,
            copyLink,
            copied: this.copied?.id === entry.id ? this.copied.message : undefined,
          };
          // With 500 questions, a keystroke or a toggle re-renders only the items it changes: those
          // whose drawn text holds other words now. Hidden items keep theirs: they are out of sight.
          const drawn = view.shown ? wordsDrawnIn(entry, words) : [];
          return guard([...Object.values(view), drawn.join(' ')], () => itemTemplate(view, drawn));
        })}
      </div>
      ${this.#count && !this.#shown.size ? emptyTemplate(strings, this.query, contactHref, this.#clearSearch) : nothing}
      ${this.#announcer.render()}
      ${this.#source === 'items' ? nothing : html`<slot></slot>`}`;
  }
}
