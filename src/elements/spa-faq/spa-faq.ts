import { html, noChange, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { contentFor } from '../../content/content-catalog.js';
import { faqContent, type FaqContentItem } from '../../content/faq.js';
import { given, resolveConfig, type Layer } from '../../core/config.js';
import { emit } from '../../core/events.js';
import { isOwnJsonLd, writeJsonLd } from '../../core/json-ld.js';
import { LightDomController, readJsonConfig } from '../../core/light-dom.js';
import { RemoteJsonLoader } from '../../core/remote-json.js';
import type { Problem } from '../../core/report.js';
import { flag, headingLevel, onOff, safeUrl } from '../../core/schema.js';
import { SpaElement } from '../../core/spa-element.js';
import { Announcer } from '../../core/announcer.js';
import { closestLang, format } from '../../core/strings.js';
import { tokens } from '../../core/tokens.styles.js';
import { parseAnswer, textOfNodes, type Inline } from './faq-answer.js';
import { markAnswers } from './faq-highlight.js';
import { uniqueIds } from './faq-ids.js';
import { readItems, type FaqItem } from './faq-items.js';
import { describesFaqPage, faqPage, type QuestionAndAnswer } from './faq-schema.js';
import { fold, highlightRanges, matchesAll, queryWords, splitByRanges, type Folded } from './faq-search.js';
import { faqStrings, type FaqStrings } from './faq.strings.js';
import { styles } from './spa-faq.styles.js';

export type { FaqItem } from './faq-items.js';

/**
 * Settings a JSON child or `src` file may carry besides `items`, keyed like the properties; the
 * attributes give the same.
 */
const configFields = {
  headingLevel: headingLevel(),
  single: flag(),
  search: flag(),
  showExpandAll: flag(),
  linkToItems: flag(),
  schema: onOff(),
  contactHref: safeUrl(),
};

interface FaqSettings {
  headingLevel: number;
  single: boolean;
  search: boolean;
  showExpandAll: boolean;
  linkToItems: boolean;
  schema: 'on' | 'off';
  contactHref?: string;
}

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

/** One question as rendered: its answer is either the author's slotted `<details>` or parsed JSON text. */
interface Entry {
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

type ContentSource = 'property' | 'json' | 'src' | 'light-dom' | 'default';

/** What the author wrote in `open` before the element took the `<details>` over. */
const authoredOpen = new WeakMap<HTMLDetailsElement, boolean>();

/**
 * Every connected `<spa-faq>` and the questions it contributes to structured data. Two FAQs on a
 * page must not make two FAQPage blocks (search engines expect one per page), so they are merged:
 * the first FAQ in document order writes one FAQPage holding every FAQ's questions, in page order.
 */
const structuredData = new Map<SpaFaq, QuestionAndAnswer[] | null>();

function writeStructuredData(): void {
  const faqs = [...structuredData.keys()].filter((faq) => faq.isConnected);
  faqs.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const writers = faqs.filter((faq) => structuredData.get(faq));
  // The site already describes an FAQPage (an SEO plugin, a theme): a second one would clash.
  const foreign = [...document.querySelectorAll('script[type="application/ld+json"]')].some(
    (script) => !isOwnJsonLd(script) && describesFaqPage(script.textContent ?? ''),
  );
  const data = foreign ? null : faqPage(writers.flatMap((faq) => structuredData.get(faq) ?? []));
  for (const faq of faqs) writeJsonLd(faq, faq === writers[0] ? data : null);
}

/**
 * `hidden="until-found"` on a closed answer: find-in-page can still reach it where the engine
 * supports it, and elsewhere the value reads as plain `hidden`. A directive, because a template
 * may only bind `hidden` as a boolean; it also checks the live attribute, which the browser
 * removes by itself when find-in-page reveals the answer.
 */
const hiddenUntilFound = directive(
  class extends Directive {
    render(_hidden: boolean) {
      return noChange;
    }
    override update(part: ElementPart, [hidden]: [boolean]) {
      const element = part.element;
      if (!hidden) element.removeAttribute('hidden');
      else if (element.getAttribute('hidden') !== 'until-found') element.setAttribute('hidden', 'until-found');
      return noChange;
    }
  },
);

/**
 * Text with the search words wrapped in `<mark part="match">`, written as plain nodes (text only,
 * never parsed). A keystroke re-highlights hundreds of questions, so each text is folded once,
 * nothing is written when its matches did not move, and when they only grew ("ma" → "mas") the
 * existing nodes take the new text instead of being rebuilt.
 */
const highlight = directive(
  class extends Directive {
    private text?: string;
    private folded?: Folded;
    private ranges = '';
    render(_text: string, _words: readonly string[]) {
      return noChange;
    }
    override update(part: ElementPart, [text, words]: [string, readonly string[]]) {
      if (text !== this.text) {
        this.text = text;
        this.folded = undefined;
        this.ranges = '-';
      }
      const found = words.length ? highlightRanges(text, words, (this.folded ??= fold(text))) : [];
      const ranges = found.join(' ');
      if (ranges === this.ranges) return noChange;
      this.ranges = ranges;
      const element = part.element;
      const pieces = splitByRanges(text, found);
      const nodes = element.childNodes;
      const same = nodes.length === pieces.length && pieces.every((piece, i) => (nodes[i].nodeName === 'MARK') === piece.match);
      if (same) {
        pieces.forEach((piece, i) => {
          // The text node itself (a mark's only child): a character change, no node rebuilt.
          const node = (piece.match ? nodes[i].firstChild : nodes[i]) as Text;
          if (node.data !== piece.text) node.data = piece.text;
        });
        return noChange;
      }
      element.replaceChildren(
        ...pieces.map((piece) => {
          if (!piece.match) return piece.text;
          const mark = document.createElement('mark');
          mark.setAttribute('part', 'match');
          mark.textContent = piece.text;
          return mark;
        }),
      );
      return noChange;
    }
  },
);

const hashId = (): string | undefined => {
  try {
    return decodeURIComponent(location.hash.slice(1)) || undefined;
  } catch {
    return undefined;
  }
};

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
  @state() private openIds = new Set<string>();
  /**
   * Answers the search words were found in: open while searching, unless the visitor closed them
   * (`dismissed`). Kept apart from `openIds`, the visitor's own choice, which is what shows again
   * once the search is cleared.
   */
  private found = new Set<string>();
  private dismissed = new Set<string>();
  /** The question whose link was just copied, and what became of it, shown beside its button. */
  @state() private copied?: { id: string; message: string };
  /** The answer a visitor just opened: only it animates, not answers open from the start or by expandAll(). */
  private opening?: string;

  /** `<details>` the element is opening right now; the resulting mutation is its own, not the author's. */
  private takingOver = new Set<Node>();
  private readonly lightDom = new LightDomController(this, (node) => isOwnJsonLd(node) || this.takingOver.has(node));
  private readonly remote = new RemoteJsonLoader(this, () => this.src);
  private readonly announcer = new Announcer();
  /** The strings for this update, resolved once in `willUpdate`. */
  private strs = {} as FaqStrings;
  /** "N of M questions" while searching or filtering, else empty; announced when it changes. */
  private count = '';
  private settings = {} as FaqSettings;
  private entries: Entry[] = [];
  private source: ContentSource = 'default';
  private contentKey: unknown[] = [];
  private seen = new Set<string>();
  private shown = new Set<Entry>();
  /** Runs of entries sharing a category, in order of first appearance. */
  private groups: { category?: string; entries: Entry[] }[] = [];
  private categories: string[] = [];
  private filterDirty = true;
  /**
   * The id in the address bar still to open, and whether to focus it (only after a hashchange,
   * not on load). Kept only until the content it may name has arrived (see `openFromHash`).
   */
  private pendingHash?: { id: string; focus: boolean };
  private reveal?: { index: number; focus: boolean };
  private schemaChanged = true;
  private schemaTimer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    const id = hashId();
    this.pendingHash = id ? { id, focus: false } : undefined;
    window.addEventListener('hashchange', this.onHashChange);
    structuredData.set(this, null);
    // Moved to another place in the page: its structured data is written again from there.
    this.schemaChanged = true;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    structuredData.delete(this);
    markAnswers(this, [], []);
    writeJsonLd(this, null);
    writeStructuredData();
  }

  /** Opens every answer (also in `single` mode). */
  expandAll(): void {
    this.openIds = new Set(this.entries.map((entry) => entry.id));
  }

  /** Closes every answer, also those a search opened. */
  collapseAll(): void {
    this.dismissed = new Set(this.found);
    this.openIds = new Set();
  }

  private get text(): FaqStrings {
    return this.localStrings(faqStrings, this.strings);
  }

  protected override willUpdate(changed: PropertyValues): void {
    const json = readJsonConfig(this);
    const remote = this.remote.current;
    this.resolveSettings(json.value, remote.value);
    // Content is re-read only when one of its sources changed, not on every keystroke; the
    // built-in questions count as one, so a page that switches language gets them in the new one.
    const defaults = contentFor(faqContent, closestLang(this));
    const key = [this.items, json.value, json.problem, remote, this.lightDom.version, defaults];
    if (key.some((value, i) => value !== this.contentKey[i])) {
      this.contentKey = key;
      this.readContent(json.value, remote.value, [json.problem, remote.problem], defaults);
    }
    if (this.filterDirty || changed.has('query') || changed.has('category')) this.filter();
    if (this.pendingHash) this.openFromHash();
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

  private resolveSettings(json?: Record<string, unknown>, remote?: Record<string, unknown>): void {
    const layers: Layer[] = [
      { source: 'json', values: json },
      { source: 'src', values: remote },
      {
        source: 'attribute',
        values: given({
          headingLevel: this.headingLevel,
          single: this.single || undefined,
          search: this.search || undefined,
          showExpandAll: this.showExpandAll || undefined,
          linkToItems: this.linkToItems || undefined,
          schema: this.schema,
          contactHref: this.contactHref,
        }),
      },
    ];
    const { value, problems } = resolveConfig<FaqSettings>(configFields, layers);
    const previous = this.settings.schema;
    this.settings = { headingLevel: 3, single: false, search: false, showExpandAll: false, linkToItems: false, schema: 'on', ...value };
    if (this.settings.schema !== previous) this.schemaChanged = true;
    this.report(problems, 'settings');
  }

  private readContent(
    json: Record<string, unknown> | undefined,
    remote: Record<string, unknown> | undefined,
    loadProblems: (Problem | undefined)[],
    defaults: readonly FaqContentItem[],
  ): void {
    const problems: Problem[] = loadProblems.filter((p): p is Problem => !!p);

    let entries: Entry[] | undefined;
    for (const [source, raw] of [
      ['property', this.items],
      ['json', json?.items],
      ['src', remote?.items],
    ] as const) {
      const read = readItems(raw, source);
      problems.push(...read.problems);
      if (read.items.length) {
        entries = this.fromItems(read.items, problems);
        this.source = source;
        break;
      }
    }
    if (!entries) {
      entries = this.fromLightDom(problems);
      this.source = 'light-dom';
    }
    if (!entries.length) {
      entries = this.fromItems(defaults.map((item, index) => ({ ...item, index })), problems);
      this.source = 'default';
    }
    for (const entry of entries) {
      // In single mode only the first answer written as open starts open.
      if (this.settings.single && this.openIds.size) break;
      if (!this.seen.has(entry.id) && entry.open) this.openIds.add(entry.id);
    }
    this.seen = new Set(entries.map((entry) => entry.id));
    // Questions of a category are shown together, categories in the order they first appear; the
    // entries follow that order too, so keyboard order and structured data match what is seen.
    const groups = new Map<string | undefined, Entry[]>();
    for (const entry of entries) groups.set(entry.category, [...(groups.get(entry.category) ?? []), entry]);
    this.groups = [...groups].map(([category, members]) => ({ category, entries: members }));
    this.entries = this.groups.flatMap((group) => group.entries);
    this.categories = this.groups.flatMap((group) => (group.category ? [group.category] : []));
    if (this.category && !this.categories.includes(this.category)) this.category = undefined;
    this.filterDirty = true;
    this.schemaChanged = true;
    this.report(problems, 'content');
  }

  private fromItems(items: readonly (FaqItem & { index: number })[], problems: Problem[]): Entry[] {
    const { ids, duplicates } = uniqueIds(items);
    for (const i of duplicates) {
      problems.push({
        path: `items[${items[i].index}].id`,
        message: `"${items[i].id}" is already used by another question; ids must be unique (this one is now "${ids[i]}")`,
      });
    }
    return items.map((item, i) => {
      const parsed = parseAnswer(item.answer);
      for (const message of parsed.problems) problems.push({ path: `items[${item.index}].answer`, message });
      return this.entry(ids[i], item.question, parsed.text, item.category, item.open ?? false, { paragraphs: parsed.paragraphs });
    });
  }

  /**
   * Reads the author's `<details>` children. Each one is assigned, whole and untouched inside, to
   * its question's answer slot; the element only keeps it open and hides its `<summary>`, since
   * the question now lives in the accordion's button.
   */
  private fromLightDom(problems: Problem[]): Entry[] {
    const found: { details: HTMLDetailsElement; summary: HTMLElement; id?: string; question: string; category?: string }[] = [];
    this.querySelectorAll<HTMLDetailsElement>(':scope > details').forEach((details, index) => {
      const summary = details.querySelector<HTMLElement>(':scope > summary');
      const question = summary?.textContent?.replace(/\s+/g, ' ').trim();
      let answered = false;
      for (let node = details.firstChild; node && !answered; node = node.nextSibling) {
        answered = node !== summary && (node.nodeType === Node.ELEMENT_NODE || !!node.nodeValue?.trim());
      }
      if (!question) {
        problems.push({ path: `details[${index}].question`, message: 'expected a <summary> with the question text' });
      } else if (!answered || !summary) {
        problems.push({ path: `details[${index}].answer`, message: 'expected the answer after </summary>' });
      } else {
        found.push({ details, summary, id: details.id.trim() || undefined, question, category: details.getAttribute('data-category')?.trim() || undefined });
        return;
      }
      // Not a usable question: leave it as the author wrote it, shown through the default slot.
      details.removeAttribute('slot');
    });
    const { ids, duplicates } = uniqueIds(found);
    for (const i of duplicates) {
      problems.push({
        path: `details[${i}].id`,
        message: `"${found[i].id}" is already used by another question; ids must be unique (this one is now "${ids[i]}")`,
      });
    }
    // The observer's records for these writes are delivered in a microtask queued before this one.
    queueMicrotask(() => this.takingOver.clear());
    return found.map(({ details, summary, question, category }, i) => {
      if (!authoredOpen.has(details)) authoredOpen.set(details, details.open);
      const slot = `answer-${i}`;
      if (details.slot !== slot) details.slot = slot;
      if (!details.open) {
        this.takingOver.add(details);
        details.open = true;
      }
      if (summary.style.getPropertyValue('display') !== 'none') {
        summary.style.setProperty('display', 'none', 'important');
      }
      return this.entry(ids[i], question, undefined, category, authoredOpen.get(details) ?? false, { slot, details });
    });
  }

  private entry(
    id: string,
    question: string,
    answer: string | undefined,
    category: string | undefined,
    open: boolean,
    body: Pick<Entry, 'slot' | 'details' | 'paragraphs'>,
  ): Entry {
    return { id, question, answer, category, open, ...body };
  }

  /** The answer as a reader sees it; an HTML answer is read once, when first needed, not at first render. */
  private answerOf(entry: Entry): string {
    const summary = entry.details?.querySelector(':scope > summary');
    entry.answer ??= textOfNodes([...(entry.details?.childNodes ?? [])].filter((node) => node !== summary));
    return entry.answer;
  }

  private haystackOf(entry: Entry): string {
    if (entry.haystack === undefined) {
      const question = fold(entry.question).text;
      entry.answerAt = question.length;
      entry.haystack = `${question}\n${fold(this.answerOf(entry)).text}`;
    }
    return entry.haystack;
  }

  private isOpen(entry: Entry): boolean {
    return this.openIds.has(entry.id) || (this.found.has(entry.id) && !this.dismissed.has(entry.id));
  }

  private filter(): void {
    this.filterDirty = false;
    const words = queryWords(this.query);
    this.shown = new Set(
      this.entries.filter(
        (entry) =>
          (!this.category || entry.category === this.category) && (!words.length || matchesAll(this.haystackOf(entry), words)),
      ),
    );
    // A question shown only for words in its answer would look unrelated: such answers open, and
    // the words are marked in them (light-DOM answers through the Highlight API, see faq-highlight).
    const found = [...this.shown].filter((entry) => words.some((word) => entry.haystack!.includes(word, entry.answerAt)));
    this.found = new Set(found.map((entry) => entry.id));
    if (!words.length) this.dismissed = new Set();
    markAnswers(this, found.flatMap((entry) => entry.details ?? []), words);
  }

  /** Opens the item named in the address bar, clearing a search or filter that hides it. */
  private openFromHash(): void {
    const { id, focus } = this.pendingHash!;
    const index = this.entries.findIndex((e) => e.id === id);
    if (index === -1) {
      // Not one of ours (a skip link, another part of the page). Only content still arriving for
      // the address the page was opened at, the rest of the HTML or the src file, may claim it:
      // a question that matches much later must not open and steal the visitor's place.
      const loading = document.readyState === 'loading' || this.remote.current.loading;
      if (focus || !loading) this.pendingHash = undefined;
      return;
    }
    const entry = this.entries[index];
    this.pendingHash = undefined;
    if (!this.shown.has(entry)) {
      this.query = '';
      this.category = undefined;
      this.filter();
    }
    this.toggle(entry, true, false);
    this.reveal = { index, focus };
  }

  protected override updated(): void {
    if (this.schemaChanged && !this.schemaTimer) {
      this.schemaChanged = false;
      // A task later, so 500 questions show first; crawlers that run scripts wait for it. A
      // pending write is not pushed back: it reads the entries current when it runs.
      this.schemaTimer = setTimeout(() => {
        this.schemaTimer = undefined;
        if (!this.isConnected) return;
        const on = this.settings.schema === 'on';
        structuredData.set(this, on ? this.entries.map((entry) => ({ question: entry.question, answer: this.answerOf(entry) })) : null);
        writeStructuredData();
      });
    }
    if (this.reveal) {
      const button = this.renderRoot.querySelector<HTMLElement>(`#q-${this.reveal.index}`);
      // The item, not the button: off-screen items skip layout (content-visibility), and some
      // engines do not scroll to an element inside a skipped subtree.
      button?.closest('.item')?.scrollIntoView({ block: 'start' });
      if (this.reveal.focus) button?.focus({ preventScroll: true });
      this.reveal = undefined;
    }
  }

  private onHashChange = (): void => {
    const id = hashId();
    this.pendingHash = id ? { id, focus: true } : undefined;
    this.requestUpdate();
  };

  /** Opens or closes one answer, as a visitor did; `single` closes the others. */
  private toggle(entry: Entry, open: boolean, updateHash = true): void {
    if (this.isOpen(entry) === open) return;
    const next = new Set(open && this.settings.single ? [] : this.openIds);
    // Until the search is cleared, the visitor's choice wins over the search's: an answer they
    // closed, or that single mode closed, is not opened again by the next keystroke.
    if (!open) this.dismissed.add(entry.id);
    else if (this.settings.single) this.dismissed = new Set(this.found);
    if (open) next.add(entry.id);
    else next.delete(entry.id);
    this.openIds = next;
    this.opening = open ? entry.id : undefined;
    if (updateHash && this.settings.linkToItems) {
      // replaceState: toggling questions must not fill the back button's history.
      if (open) history.replaceState(history.state, '', `#${encodeURIComponent(entry.id)}`);
      else if (hashId() === entry.id) history.replaceState(history.state, '', location.pathname + location.search);
    }
    emit(this, 'spa-faq-toggle', { id: entry.id, question: entry.question, open });
  }

  /**
   * The entry a click or beforematch inside the list is about. One listener on the list instead of
   * three per question keeps the first render of a long FAQ light.
   */
  private entryOf(event: Event, selector: string): Entry | undefined {
    const target = (event.target as Element).closest?.(selector);
    // A click inside the author's slotted answer has a light-DOM target: not one of ours.
    if (!target || target.getRootNode() !== this.renderRoot) return undefined;
    // Question ids are q-<index>; the copy button and the region sit in the same item.
    const question = target.closest('.item')?.querySelector('.question');
    return question ? this.entries[Number(question.id.slice(2))] : undefined;
  }

  private onListClick = (event: Event): void => {
    const question = this.entryOf(event, '.question');
    if (question) this.toggle(question, !this.isOpen(question));
    const copy = this.entryOf(event, '.copy');
    if (copy) void this.copyLink(copy);
  };

  /** Find-in-page reached a collapsed answer: the browser reveals it, the accordion follows. */
  private onBeforeMatch = (event: Event): void => {
    const entry = this.entryOf(event, '.answer');
    if (entry) this.toggle(entry, true);
  };

  /** APG accordion keys: Up/Down move between questions (wrapping), Home/End to the first/last. */
  private onKeydown = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement;
    if (!target.classList.contains('question')) return;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('.item:not([hidden]) .question')];
    const at = buttons.indexOf(target);
    const last = buttons.length - 1;
    const next = { ArrowDown: at === last ? 0 : at + 1, ArrowUp: at === 0 ? last : at - 1, Home: 0, End: last }[event.key];
    if (next === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    buttons[next].focus();
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
    return this.entries.every((entry) => this.isOpen(entry));
  }

  private async copyLink(entry: Entry): Promise<void> {
    const url = new URL(location.href);
    url.hash = encodeURIComponent(entry.id);
    const strings = this.text;
    this.announcer.clear();
    let message = strings.linkCopied;
    try {
      await navigator.clipboard.writeText(url.href);
    } catch {
      // No clipboard (an insecure page, a refused permission): the address bar holds the link.
      history.replaceState(history.state, '', url.hash);
      message = strings.linkInAddressBar;
    }
    // Seen beside the button and heard through the live region (hidden from it here, said once).
    this.copied = { id: entry.id, message };
    this.announcer.announce(message);
  }

  protected override render() {
    const strings = this.strs;
    const { search, single, showExpandAll, linkToItems, headingLevel, contactHref } = this.settings;
    const words = queryWords(this.query);
    const grouped = this.categories.length > 0;
    const level = grouped ? Math.min(headingLevel + 1, 6) : headingLevel;
    // Each answer is a labelled region only while there are few: hundreds of landmarks would drown
    // a screen reader's landmark list (the APG accordion pattern says the same).
    const regions = this.entries.length <= 6;
    const item = (entry: Entry, index: number, open: boolean, shown: boolean, words: readonly string[], copied?: string) => {
      return html`<div class="item" part="item" ?hidden=${!shown}>
        <div class="heading" role="heading" aria-level=${level}>
          <button
            class="question"
            part="question"
            id="q-${index}"
            type="button"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="a-${index}"
          >
            <span class="text" ${highlight(entry.question, words)}></span><span class="icon" part="icon" aria-hidden="true"></span>
          </button>
        </div>
        <div
          class=${entry.id === this.opening ? 'answer opening' : 'answer'}
          part="answer"
          id="a-${index}"
          role=${ifDefined(regions ? 'region' : undefined)}
          aria-labelledby=${regions ? `q-${index}` : nothing}
          ${hiddenUntilFound(!open)}
        >
          ${entry.slot
            ? html`<slot name=${entry.slot}></slot>`
            : entry.paragraphs?.map(
                (paragraph) =>
                  html`<p>${paragraph.map((inline) =>
                    typeof inline === 'string'
                      ? html`<span ${highlight(inline, words)}></span>`
                      : html`<a href=${inline.href} ${highlight(inline.label, words)}></a>`,
                  )}</p>`,
              )}
          ${linkToItems
            ? html`<button class="copy" part="copy-link" type="button">
                ${strings.copyLink}<span class="visually-hidden">: ${entry.question}</span>
              </button>
              ${copied ? html`<span class="copied" part="copy-status" aria-hidden="true">${copied}</span>` : nothing}`
            : nothing}
        </div>
      </div>`;
    };
    let index = 0;
    return html`${search || (showExpandAll && !single)
        ? html`<div class="bar">
            ${search
              ? html`<div class="search" part="search">
                  <label for="search">${strings.search}</label>
                  <input
                    id="search"
                    part="search-input"
                    type="search"
                    autocomplete="off"
                    aria-describedby="count none"
                    .value=${live(this.query)}
                    @input=${this.onSearch}
                  />
                </div>`
              : nothing}
            ${showExpandAll && !single
              ? html`<button class="expand-all" part="expand-all" type="button" @click=${this.onExpandAll}>
                  ${this.allOpen ? strings.collapseAll : strings.expandAll}
                </button>`
              : nothing}
          </div>`
        : nothing}
      <p class="count" part="count" id="count">${this.shown.size ? this.count : ''}</p>
      ${this.categories.length > 1
        ? html`<div class="filters" part="filters" role="group" aria-label=${strings.categories}>
            ${[undefined, ...this.categories].map(
              (category) => html`<button
                class="filter"
                part="filter"
                type="button"
                data-category=${category ?? ''}
                aria-pressed=${this.category === category ? 'true' : 'false'}
                @click=${this.onFilter}
              >
                ${category ?? strings.allCategories}
              </button>`,
            )}
          </div>`
        : nothing}
      <div class="items" @keydown=${this.onKeydown} @click=${this.onListClick} @beforematch=${this.onBeforeMatch}>
        ${this.groups.map(
          ({ category, entries }) => html`<div class="group" ?hidden=${!entries.some((entry) => this.shown.has(entry))}>
            ${category
              ? html`<div class="category" part="category" role="heading" aria-level=${headingLevel}>${category}</div>`
              : nothing}
            ${entries.map((entry) => {
              const i = index++;
              const open = this.isOpen(entry);
              const shown = this.shown.has(entry);
              // With 500 questions, a keystroke or a toggle re-renders only the items it changes.
              // Hidden items are not re-rendered as the query changes: their highlights are out of sight.
              const copied = this.copied?.id === entry.id ? this.copied.message : undefined;
              const key = [entry, i, open, shown, shown ? this.query : '', entry.id === this.opening, linkToItems, level, strings.copyLink, regions, copied];
              return guard(key, () => item(entry, i, open, shown, words, copied));
            })}
          </div>`,
        )}
      </div>
      ${this.count && !this.shown.size
        ? html`<div class="empty" part="empty">
            <p id="none">${format(strings.noResults, { query: this.query.trim() })}</p>
            <button class="clear" type="button" @click=${this.clearSearch}>${strings.clear}</button>
            ${contactHref ? html`<a part="contact" href=${contactHref}>${strings.contact}</a>` : nothing}
          </div>`
        : nothing}
      ${this.announcer.render()}
      ${this.source === 'light-dom' || this.source === 'default' ? html`<slot></slot>` : nothing}`;
  }
}
