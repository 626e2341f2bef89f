import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { contentFor } from '../../content/content-catalog.js';
import { faqContent } from '../../content/faq.js';
import { Announcer } from '../../core/announcer.js';
import { emit } from '../../core/events.js';
import { isOwnJsonLd } from '../../core/json-ld.js';
import { LightDomController, readJsonConfig } from '../../core/light-dom.js';
import { RemoteJsonLoader } from '../../core/remote-json.js';
import type { Problem } from '../../core/report.js';
import { SpaElement } from '../../core/spa-element.js';
import { closestLang, format } from '../../core/strings.js';
import { tokens } from '../../core/tokens.styles.js';
import { copyLink, FaqDeepLink } from './faq-deep-link.js';
import { readContent, type ContentSource } from './faq-content.js';
import { answerOf, filterEntries, groupEntries, type Entry, type Grouped } from './faq-entries.js';
import { onAccordionKeydown, questionIndexOf } from './faq-list-events.js';
import { markAnswers } from './faq-highlight.js';
import type { FaqItem } from './faq-items.js';
import { OpenAnswers } from './faq-open.js';
import { queryWords } from './faq-search.js';
import { resolveSettings, type FaqSettings } from './faq-settings.js';
import { FaqStructuredData } from './faq-structured-data.js';
import { barTemplate, emptyTemplate, filtersTemplate, itemTemplate, listTemplate } from './faq-templates.js';
import { faqStrings, type FaqStrings } from './faq.strings.js';
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
  interface HTMLElementTagNameMap {
    'spa-faq': SpaFaq;
  }
}

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
 * @csspart search-input - The search input.
 * @csspart count - The "N of M questions" line shown while searching or filtering, unless nothing matches (screen readers hear it through the element's live region).
 * @csspart filters - The category filter buttons' group.
 * @csspart filter - One category filter button; the chosen one has `aria-pressed="true"`.
 * @csspart expand-all - The expand-all / collapse-all control.
 * @csspart category - A category heading.
 * @csspart item - One question with its answer.
 * @csspart question - The button that opens and closes an answer.
 * @csspart icon - The open/closed chevron inside the question.
 * @csspart answer - The answer region.
 * @csspart match - A highlighted search match in a question or a JSON answer. Matches in answers
 *   written as HTML are ranges of the CSS Custom Highlight `spa-faq-match` instead: the element
 *   paints them in Chromium; elsewhere a page rule `::highlight(spa-faq-match) { … }` can.
 * @csspart copy-link - The copy-link button under an answer (with `link-to-items`).
 * @csspart copy-status - "Link copied" beside that button once it was pressed.
 * @csspart empty - The message shown when no question matches, with its clear button.
 * @csspart contact - The empty state's link to `contact-href`.
 *
 * @cssprop [--spa-scroll-offset=0px] - Space kept above a question a deep link scrolls to (a length),
 *   e.g. the height of the page's sticky header, so the header does not cover it.
 */
export class SpaFaq extends SpaElement {
  static override styles = [tokens, styles];

  /** The questions, from JavaScript. Takes precedence over JSON, `src` and the HTML inside. */
  @property({ attribute: false }) items?: FaqItem[];

  /** A JSON file with `{ "items": [...] }`, fetched once. While it loads, or if it fails, the HTML inside (or the built-in questions) shows. */
  @property() src?: string;

  /** Heading level of each question (2–6, default 3). With categories, categories take this level and questions the next. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel?: number;

  /** Only one answer open at a time: opening one closes the others. */
  @property({ type: Boolean, reflect: true }) single = false;

  /** Show a search box that filters questions and answers as the visitor types. */
  @property({ type: Boolean, reflect: true }) search = false;

  /**
   * Show an "Expand all / Collapse all" control (not in `single` mode). Named `showExpandAll`, not
   * `expandAll`, because `expandAll()` is the method that opens every answer; the attribute is
   * `expand-all` and the JSON key `showExpandAll`.
   */
  @property({ type: Boolean, attribute: 'expand-all' }) showExpandAll = false;

  /** Opening a question puts its link (`#id`) in the address bar, and each answer gets a copy-link button. */
  @property({ type: Boolean, attribute: 'link-to-items' }) linkToItems = false;

  /** `off` stops the element writing schema.org FAQPage structured data. */
  @property() schema?: 'on' | 'off';

  /**
   * Where a visitor can ask what the FAQ does not answer (a contact page, `mailto:` or `tel:`),
   * offered when a search finds nothing. Only `https:`, `http:`, `tel:` and `mailto:` are accepted.
   */
  @property({ attribute: 'contact-href' }) contactHref?: string;

  /** Overrides for any built-in string. */
  @property({ attribute: false }) strings?: Partial<FaqStrings>;

  @state() private query = '';
  @state() private category?: string;
  private readonly answers = new OpenAnswers();
  /** The question whose link was just copied, and what became of it, shown beside its button. */
  @state() private copied?: { id: string; message: string };
  /** The answer a visitor just opened: only it animates, not answers open from the start or by expandAll(). */
  private opening?: string;

  /** `<details>` the element is opening right now; the resulting mutation is its own, not the author's. */
  private takingOver = new Set<Node>();
  private readonly lightDom = new LightDomController(this, {
    ignore: (node) => isOwnJsonLd(node) || this.takingOver.has(node),
    // The author's <details>: open on load, deep-link ids, categories.
    attributes: ['open', 'id', 'data-category'],
  });
  private readonly remote = new RemoteJsonLoader(this, () => this.src);
  private readonly deepLink = new FaqDeepLink(this, (id) => this.openFromHash(id), () => this.remote.current.loading);
  private readonly structuredData = new FaqStructuredData(this, () =>
    this.settings.schema === 'on' ? this.entries.map((entry) => ({ question: entry.question, answer: answerOf(entry) })) : null,
  );
  private readonly announcer = new Announcer();
  /** The strings for this update, resolved once in `willUpdate`. */
  private strs = {} as FaqStrings;
  /** "N of M questions" while searching or filtering, else empty; announced when it changes. */
  private count = '';
  private settings = {} as FaqSettings;
  private source: ContentSource = 'default';
  private contentKey: unknown[] = [];
  private seen = new Set<string>();
  private shown = new Set<Entry>();
  private content: Grouped = { groups: [], entries: [], categories: [] };
  private get entries(): Entry[] {
    return this.content.entries;
  }
  private filterDirty = true;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    markAnswers(this, [], []);
  }

  /** Opens every answer (also in `single` mode). */
  expandAll(): void {
    this.answers.openAll(this.entries.map((entry) => entry.id));
    this.requestUpdate();
  }

  /** Closes every answer, also those a search opened. */
  collapseAll(): void {
    this.answers.closeAll();
    this.requestUpdate();
  }

  private get text(): FaqStrings {
    return this.localStrings(faqStrings, this.strings);
  }

  protected override willUpdate(changed: PropertyValues): void {
    const json = readJsonConfig(this);
    const remote = this.remote.current;
    const settings = resolveSettings(json.value, remote.value, this);
    if (settings.value.schema !== this.settings.schema) this.structuredData.invalidate();
    this.settings = settings.value;
    this.report(settings.problems, 'settings');
    // Content is re-read only when one of its sources changed, not on every keystroke; the
    // built-in questions count as one, so a page that switches language gets them in the new one.
    const defaults = contentFor(faqContent, closestLang(this));
    const key = [this.items, json.value, json.problem, remote, this.lightDom.version, defaults];
    if (key.some((value, i) => value !== this.contentKey[i])) {
      this.contentKey = key;
      const problems = [json.problem, remote.problem].filter((p): p is Problem => !!p);
      const { entries, source } = readContent([this.items, json.value?.items, remote.value?.items], this, this.takingOver, defaults, problems);
      this.source = source;
      this.answers.arrive(entries, this.seen, this.settings.single);
      this.seen = new Set(entries.map((entry) => entry.id));
      this.content = groupEntries(entries);
      if (this.category && !this.content.categories.includes(this.category)) this.category = undefined;
      this.filterDirty = true;
      this.structuredData.invalidate();
      this.report(problems, 'content');
    }
    if (this.filterDirty || changed.has('query') || changed.has('category')) this.filter();
    this.deepLink.claim();
    this.strs = this.text;
    const filtering = queryWords(this.query).length > 0 || !!this.category;
    const count = filtering ? format(this.strs.results, { shown: this.shown.size, total: this.entries.length }) : '';
    // Shown for the eye (but not beside the empty state, which says it in words), spoken once
    // through the announcer (the line itself is not live), and only when it changed: a keystroke
    // that leaves "3 of 40" as it was says nothing.
    if (count !== this.count) {
      this.count = count;
      if (count) this.announcer.announce(count);
      else this.announcer.clear();
    }
  }

  private filter(): void {
    this.filterDirty = false;
    const words = queryWords(this.query);
    const { shown, found } = filterEntries(this.entries, this.category, words);
    this.shown = shown;
    this.answers.search(found.map((entry) => entry.id), words.length > 0);
    // Light-DOM answers are marked through the Highlight API (see faq-highlight).
    markAnswers(this, found.flatMap((entry) => entry.details ?? []), words);
  }

  /** Opens the item a deep link names, clearing a search or filter that hides it; its index, if it is ours. */
  private openFromHash(id: string): number | undefined {
    const index = this.entries.findIndex((e) => e.id === id);
    const entry = this.entries[index];
    if (!entry) return undefined;
    if (!this.shown.has(entry)) {
      this.query = '';
      this.category = undefined;
      this.filter();
    }
    this.toggle(entry, true, false);
    return index;
  }

  /** Opens or closes one answer, as a visitor did; `single` closes the others. */
  private toggle(entry: Entry, open: boolean, updateHash = true): void {
    if (!this.answers.set(entry.id, open, this.settings.single)) return;
    this.requestUpdate();
    this.opening = open ? entry.id : undefined;
    if (updateHash && this.settings.linkToItems) this.deepLink.follow(entry.id, open);
    emit(this, 'spa-faq-toggle', { id: entry.id, question: entry.question, open });
  }

  /** The entry a click or beforematch inside the list is about. */
  private entryOf(event: Event, selector: string): Entry | undefined {
    return this.entries[questionIndexOf(event, selector) ?? -1];
  }

  private onListClick = (event: Event): void => {
    const question = this.entryOf(event, '.question');
    if (question) this.toggle(question, !this.answers.has(question.id));
    const copy = this.entryOf(event, '.copy');
    if (copy) void this.copyLink(copy);
  };

  /** Find-in-page reached a collapsed answer: the browser reveals it, the accordion follows. */
  private onBeforeMatch = (event: Event): void => {
    const entry = this.entryOf(event, '.answer');
    if (entry) this.toggle(entry, true);
  };

  private onSearch = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
  };

  private clearSearch = (): void => {
    this.query = '';
    this.renderRoot.querySelector<HTMLInputElement>('input')?.focus();
  };

  private onFilter = (event: Event): void => {
    this.category = (event.currentTarget as HTMLElement).dataset.category || undefined;
  };

  private onExpandAll = (): void => {
    if (this.allOpen) this.collapseAll();
    else this.expandAll();
  };

  private get allOpen(): boolean {
    return this.entries.every((entry) => this.answers.has(entry.id));
  }

  private async copyLink(entry: Entry): Promise<void> {
    const strings = this.text;
    this.announcer.clear();
    const message = (await copyLink(entry.id)) ? strings.linkCopied : strings.linkInAddressBar;
    // Seen beside the button and heard through the live region (hidden from it here, said once).
    this.copied = { id: entry.id, message };
    this.announcer.announce(message);
  }

  protected override render() {
    const strings = this.strs;
    const { search, single, showExpandAll, linkToItems, headingLevel, contactHref } = this.settings;
    const words = queryWords(this.query);
    const grouped = this.content.categories.length > 0;
    const level = grouped ? Math.min(headingLevel + 1, 6) : headingLevel;
    // Each answer is a labelled region only while there are few: hundreds of landmarks would drown
    // a screen reader's landmark list (the APG accordion pattern says the same).
    const region = this.entries.length <= 6;
    const copyLink = linkToItems ? strings.copyLink : undefined;
    const bar = { search, expandAll: showExpandAll && !single, allOpen: this.allOpen, query: this.query };
    return html`${barTemplate(strings, bar, this.onSearch, this.onExpandAll)}
      <p class="count" part="count" id="count">${this.shown.size ? this.count : ''}</p>
      ${filtersTemplate(strings, this.content.categories, this.category, this.onFilter)}
      <div class="items" @keydown=${onAccordionKeydown} @click=${this.onListClick} @beforematch=${this.onBeforeMatch}>
        ${listTemplate(this.content.groups, headingLevel, (entry) => this.shown.has(entry), (entry, index) => {
          const view = {
            entry,
            index,
            open: this.answers.has(entry.id),
            shown: this.shown.has(entry),
            opening: entry.id === this.opening,
            region,
            level,
            copyLink,
            copied: this.copied?.id === entry.id ? this.copied.message : undefined,
          };
          // With 500 questions, a keystroke or a toggle re-renders only the items it changes.
          // Hidden items are not re-rendered as the query changes: their highlights are out of sight.
          return guard([...Object.values(view), view.shown ? this.query : ''], () => itemTemplate(view, words));
        })}
      </div>
      ${this.count && !this.shown.size ? emptyTemplate(strings, this.query, contactHref, this.clearSearch) : nothing}
      ${this.announcer.render()}
      ${this.source === 'light-dom' || this.source === 'default' ? html`<slot></slot>` : nothing}`;
  }
}
