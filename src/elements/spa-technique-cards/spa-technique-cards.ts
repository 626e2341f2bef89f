import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import * as z from 'zod/mini';
import { Announcer } from '../../core/announcer.js';
import { AssessmentFollower } from '../spa-pain-check/assessment.js';
import { given, resolveConfig, type Layer, type Source } from '../../core/config.js';
import { emit } from '../../core/events.js';
import { isOwnJsonLd, writeJsonLd } from '../../core/json-ld.js';
import { LightDomController, readJsonConfig } from '../../core/light-dom.js';
import { RemoteJsonLoader } from '../../core/remote-json.js';
import type { Problem } from '../../core/report.js';
import { flag, headingLevel, oneOf, onOff, safeUrl, slug, text } from '../../core/schema.js';
import { SpaElement } from '../../core/spa-element.js';
import { closestLang, format } from '../../core/strings.js';
import { tokens } from '../../core/tokens.styles.js';
import { PRESSURES, type Technique } from '../../content/technique.schema.js';
import { contentFor } from '../../content/content-catalog.js';
import { techniqueContent } from '../../content/techniques.js';
import { bookingCta } from '../spa-booking-button/booking-cta.js';
import { PROVIDERS, type Provider } from '../spa-booking-button/booking-url.js';
import { styles } from './spa-technique-cards.styles.js';
import { techniqueCardsStrings, type TechniqueCardsStrings } from './technique-cards.strings.js';
import { formatMinutes, formatPrice, runningName } from './technique-format.js';
import { readTechniques } from './technique-input.js';
import { techniquesJsonLd } from './technique-schema-org.js';
import { highlightedTechnique, selectTechniques } from './technique-selection.js';

const LAYOUTS = ['cards', 'table'] as const;
type TechniqueLayout = (typeof LAYOUTS)[number];

/** Config of `<spa-technique-cards>` besides the techniques, as JSON child, `src` file or attributes. */
const settingsFields = {
  include: text(),
  highlight: slug(),
  layout: oneOf(LAYOUTS),
  headingLevel: headingLevel(),
  bookingHref: safeUrl(),
  bookingProvider: oneOf(PROVIDERS),
  // A bare `schema` attribute reads as "", and means on, as a boolean attribute would.
  schema: z.pipe(z.transform((value) => (value === '' ? 'on' : value)), onOff()),
  followAssessment: flag(),
  scrollToRecommended: flag(),
  selectable: flag(),
};

interface Settings {
  include: string;
  highlight: string;
  layout: TechniqueLayout;
  headingLevel: number;
  bookingHref: string;
  bookingProvider: Provider;
  schema: 'on' | 'off';
  followAssessment: boolean;
  scrollToRecommended: boolean;
  selectable: boolean;
}

/** Detail of `spa-technique-select`. */
export interface TechniqueSelectDetail {
  /** The chosen technique's id, e.g. `swedish`. */
  id: string;
}

declare global {
  interface HTMLElementEventMap {
    'spa-technique-select': CustomEvent<TechniqueSelectDetail>;
  }
  interface HTMLElementTagNameMap {
    'spa-technique-cards': SpaTechniqueCards;
  }
}

/** What one render shows, worked out from every config source. */
interface View {
  shown: Technique[];
  highlight?: string;
  settings: Partial<Settings>;
  loading: boolean;
}

/**
 * Compares massage techniques side by side (cards or a table) so a visitor can see which one
 * suits their back, and book or choose it. A bare tag shows the spa's deep tissue, Swedish and
 * trigger point techniques. Both layouts show the same qualities under the same labels; in a
 * narrow widget the table becomes cards, and a card keeps its key facts in view and folds how it
 * feels, what it is best for and its benefits into a disclosure.
 *
 * Each technique gets an action only when one is configured, so a bare tag shows no button that
 * does nothing: with `booking-href`, a booking button; else, with `selectable`, a "Choose" button
 * for a page that listens to `spa-technique-select`; else none.
 *
 * @tagname spa-technique-cards
 * @summary Compare massage techniques at a glance, and book or choose one.
 *
 * @slot heading - A heading shown above the comparison, e.g. `<h2 slot="heading">Which massage?</h2>`.
 * @slot footnote - A note under the comparison, e.g. a medical disclaimer.
 *
 * @fires spa-technique-select - The visitor pressed "Choose" on a technique (with `selectable`
 *   and no `booking-href`). Detail: `{ id }`.
 * @fires spa-error - Refused input, with `{ tag, path, message }`.
 *
 * @csspart card - One technique's card (cards layout, and the table layout in a narrow widget).
 * @csspart title - A technique's name: the card heading, or the table's column header.
 * @csspart pressure - The pressure: its word and a three-step scale.
 * @csspart badge - The "Recommended" badge of the highlighted technique.
 * @csspart list - The "best for" and "benefits" lists.
 * @csspart cta - The call to action, when configured: the "Choose" button, or, with `booking-href`,
 *   the box of the card's `<spa-booking-button>` (for its margins and width).
 * @csspart cta-button - With `booking-href`, the booking link itself inside that
 *   `<spa-booking-button>` (its `button` part): colours, border, padding.
 * @csspart table - The comparison table (table layout).
 */
export class SpaTechniqueCards extends SpaElement {
  static override styles = [tokens, styles];

  /**
   * The techniques to compare; replaces the built-in three. Validated like every other source;
   * `null` or `undefined` means "not given", so the JSON child, `src` or the built-in three show.
   */
  @property({ attribute: false }) techniques?: readonly Technique[] | null;

  /** A JSON file with `{ "techniques": [...] }` (and any other setting), fetched once per page. */
  @property() src?: string;

  /** Which techniques to show, in this order: `include="swedish, deep-tissue"`. */
  @property() include?: string;

  /** The id of the technique to mark as recommended, e.g. `deep-tissue`. */
  @property() highlight?: string;

  /** `cards` (default): one card per technique. `table`: a comparison table. */
  @property() layout?: TechniqueLayout;

  /** Heading level of each card's title, 2 to 6 (default 3): one below the section it sits in. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel?: number;

  /**
   * Highlight whatever a `spa-assessment-complete` event on the page recommends, and announce it.
   * Off by default; the JSON child can also set it (`"followAssessment": true`).
   */
  @property({ type: Boolean, attribute: 'follow-assessment' }) followAssessment?: boolean;

  /**
   * With `follow-assessment`, also scroll the recommended technique into view. Off by default; the
   * JSON child can also set it (`"scrollToRecommended": true`).
   */
  @property({ type: Boolean, attribute: 'scroll-to-recommended' }) scrollToRecommended?: boolean;

  /** The spa's booking page: each card then books its technique through `<spa-booking-button>`. */
  @property({ attribute: 'booking-href' }) bookingHref?: string;

  /**
   * Without `booking-href`: give each technique a "Choose" button that fires
   * `spa-technique-select`, for a page that listens (to fill in a form, say). Off by default, as a
   * button nothing answers would do nothing visible. The JSON child can also set it
   * (`"selectable": true`).
   */
  @property({ type: Boolean }) selectable?: boolean;

  /** The booking system behind `booking-href`, as on `<spa-booking-button provider>`. */
  @property({ attribute: 'booking-provider' }) bookingProvider?: Provider;

  /**
   * `on` (or a bare `schema` attribute) writes schema.org `Service` entries, with an `Offer` where
   * priced, as one JSON-LD block for search engines; `off`, the default, writes none. The JSON
   * child can also set it (`"schema": "on"`).
   */
  @property() schema?: 'on' | 'off' | '';

  /**
   * Overrides for any built-in string, e.g. `{ book: 'Reserve {technique}' }`; groups such as
   * `pressures` merge key by key. The JSON child's `strings` works too; this property wins.
   */
  @property({ attribute: false }) strings?: Partial<TechniqueCardsStrings>;

  private readonly assessment = new AssessmentFollower(this, () => this.view.settings.followAssessment ?? false);
  private readonly remote = new RemoteJsonLoader(this, () => this.src);
  private view: View = { shown: [], settings: {}, loading: false };
  private assessed?: string;
  /** Assessments already acted on: a visitor who takes the check again hears the same pick again. */
  private assessmentsSeen = 0;
  private readonly announcer = new Announcer();
  private scrollPending = false;

  constructor() {
    super();
    // Re-read the JSON child when a framework changes it; the JSON-LD block is ours, not the author's.
    new LightDomController(this, { ignore: isOwnJsonLd });
  }

  protected override willUpdate(): void {
    const json = readJsonConfig(this);
    const remote = this.remote.current;
    const problems: Problem[] = [];
    if (json.problem) problems.push(json.problem);
    if (remote.problem) problems.push(remote.problem);

    const sources: [Source, Record<string, unknown> | undefined][] = [
      ['json', json.value],
      ['src', remote.value],
    ];
    const layers: Layer[] = [
      ...sources.map(([source, values]) => ({ source, values })),
      {
        source: 'attribute',
        // An empty include or highlight (a CMS field left blank) means "not set", not a mistake.
        values: given({
          include: this.include || undefined,
          highlight: this.highlight || undefined,
          layout: this.layout,
          headingLevel: this.headingLevel,
          bookingHref: this.bookingHref,
          bookingProvider: this.bookingProvider,
          schema: this.schema,
          followAssessment: this.followAssessment,
          scrollToRecommended: this.scrollToRecommended,
          selectable: this.selectable,
        }),
      },
    ];
    const { value: settings, problems: settingProblems } = resolveConfig<Settings>(settingsFields, layers);
    problems.push(...settingProblems);

    // The first source with at least one good technique wins; bad ones are reported on the way.
    let all: Technique[] = [...contentFor(techniqueContent, closestLang(this))];
    const candidates: [Source, unknown][] = [['property', this.techniques], ...sources.map(([s, v]) => [s, v?.techniques] as [Source, unknown])];
    for (const [source, raw] of candidates) {
      if (raw === undefined || raw === null) continue;
      const read = readTechniques(raw, source);
      problems.push(...read.problems);
      if (read.techniques.length) {
        all = read.techniques;
        break;
      }
    }

    const selection = selectTechniques(all, settings.include);
    problems.push(...selection.problems);
    // The follower stops listening only after this, so a pick is dropped here as soon as following is off.
    const assessed = settings.followAssessment ? this.assessment.technique : undefined;
    const highlight = highlightedTechnique(selection.techniques, settings.highlight, assessed);
    if (highlight.problem) problems.push(highlight.problem);

    if (assessed !== this.assessed || this.assessment.heard !== this.assessmentsSeen) {
      this.assessed = assessed;
      this.assessmentsSeen = this.assessment.heard;
      const pick = selection.techniques.find((t) => t.id === assessed);
      if (pick) this.announcer.announce(format(this.text.announce, { technique: pick.name }));
      else this.announcer.clear();
      this.scrollPending = Boolean(pick && settings.scrollToRecommended);
    }
    this.view = { shown: selection.techniques, highlight: highlight.id, settings, loading: remote.loading };
    this.report(problems);
  }

  protected override updated(): void {
    writeJsonLd(this, this.view.settings.schema === 'on' ? techniquesJsonLd(this.view.shown, location.href) : null);
    if (this.scrollPending) {
      this.scrollPending = false;
      const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
      // The table layout also renders the cards it turns into when narrow; scroll to the one on show.
      [...this.renderRoot.querySelectorAll('[data-recommended]')]
        .find((pick) => pick.checkVisibility())
        ?.scrollIntoView({ block: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
    }
  }

  private get text(): TechniqueCardsStrings {
    return this.localStrings(techniqueCardsStrings, this.strings);
  }

  protected override render() {
    const strings = this.text;
    return html`<div class="heading"><slot name="heading"></slot></div>
      ${this.view.settings.layout === 'table' ? this.renderTable(strings) : nothing}
      ${this.renderCards(strings)}
      <div class="footnote"><slot name="footnote"></slot></div>
      ${this.announcer.render()}`;
  }

  /**
   * What both layouts compare, in one order and under the same labels: what it is, the key facts,
   * then the three long ones that a narrow card folds away.
   */
  private qualities(strings: TechniqueCardsStrings): Quality[] {
    const lang = closestLang(this);
    return [
      [strings.summary, (t) => t.summary],
      [strings.pressure, (t) => this.renderPressure(t, strings)],
      [strings.painTypes, (t) => t.painType.map((type) => strings.painTypeNames[type]).join(', ')],
      [strings.firstTimers, (t) => (t.goodForFirstTimers ? strings.firstTimersYes : strings.firstTimersNo)],
      [
        strings.session,
        (t) => [t.duration && formatMinutes(t.duration, lang), t.price && formatPrice(t.price, lang)].filter(Boolean).join(' · '),
      ],
      [strings.feelsLike, (t) => t.feelsLike],
      [strings.bestFor, (t) => t.bestFor],
      [strings.benefits, (t) => t.benefits],
    ];
  }

  private renderCards(strings: TechniqueCardsStrings): TemplateResult {
    const { shown, highlight, settings, loading } = this.view;
    const level = settings.headingLevel ?? 3;
    // The summary leads the card unlabelled; the table labels it.
    const [, ...qualities] = this.qualities(strings);
    return html`<ul class="cards" role="list" aria-label=${strings.caption} aria-busy=${loading ? 'true' : 'false'}>
      ${shown.map((t) => {
        const recommended = t.id === highlight;
        // The four key facts stay in view; the long ones fold away in a narrow card.
        const more = valuesOf(t, qualities.slice(4));
        const cta = this.renderCta(t, recommended, strings);
        return html`<li class="card" part="card" ?data-recommended=${recommended}>
          ${t.image ? html`<img class="image" src=${t.image.src} alt=${t.image.alt} loading="lazy" decoding="async" />` : nothing}
          <div class="about">
            ${heading(level, html`${t.name}${recommended ? this.renderBadge(strings) : nothing}`)}
            <p class="summary">${t.summary}</p>
            ${facts(valuesOf(t, qualities.slice(0, 4)))}
          </div>
          ${more.length
            ? html`<details class="more">
                <summary>${more.map(([label]) => label).join(' · ')}</summary>
                ${facts(more)}
              </details>`
            : nothing}
          ${cta === nothing ? nothing : html`<div class="action">${cta}</div>`}
        </li>`;
      })}
    </ul>`;
  }

  private renderTable(strings: TechniqueCardsStrings): TemplateResult {
    const { shown, highlight, loading } = this.view;
    const cls = (t: Technique) => (t.id === highlight ? 'recommended' : '');
    const ctas = shown.map((t) => this.renderCta(t, t.id === highlight, strings));
    // Rows are the qualities, columns the techniques; a row no technique fills is left out.
    return html`<table part="table" aria-label=${strings.caption} aria-busy=${loading ? 'true' : 'false'}>
      <thead>
        <tr>
          <td class="corner"></td>
          ${shown.map(
            (t) => html`<th scope="col" part="title" class=${cls(t)} ?data-recommended=${t.id === highlight}>
              ${t.name}${t.id === highlight ? this.renderBadge(strings) : nothing}
            </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${this.qualities(strings).map(([label, value]) => {
          const cells = shown.map((t) => shownValue(value(t)));
          return cells.some(Boolean)
            ? html`<tr>
                <th scope="row">${label}</th>
                ${cells.map((cell, i) => html`<td class=${cls(shown[i])}>${cell || '–'}</td>`)}
              </tr>`
            : nothing;
        })}
        ${ctas[0] === nothing
          ? nothing
          : html`<tr class="actions">
              <td class="corner"></td>
              ${ctas.map((cta, i) => html`<td class=${cls(shown[i])}>${cta}</td>`)}
            </tr>`}
      </tbody>
    </table>`;
  }

  private renderBadge(strings: TechniqueCardsStrings): TemplateResult {
    // The comma keeps the badge a separate phrase when the heading is read as one line.
    return html`<span class="visually-hidden">, </span><span class="badge" part="badge">${strings.recommended}</span>`;
  }

  /** The pressure as a word on a three-step scale; the steps are drawn, the word is what is read. */
  private renderPressure(t: Technique, strings: TechniqueCardsStrings): TemplateResult {
    const step = PRESSURES.indexOf(t.pressure);
    return html`<span class="pressure" part="pressure"
      >${strings.pressures[t.pressure]}<span class="scale" aria-hidden="true"
        >${PRESSURES.map((_, i) => html`<span class=${i <= step ? 'on' : ''}></span>`)}</span
      ></span
    >`;
  }

  /** The action configured for a technique (see the class description), or nothing. */
  private renderCta(t: Technique, recommended: boolean, strings: TechniqueCardsStrings): TemplateResult | typeof nothing {
    const { bookingHref, bookingProvider, selectable } = this.view.settings;
    if (bookingHref) {
      const label = format(strings.book, { technique: runningName(t, strings.runningNames) });
      const variant = recommended ? 'primary' : 'outline';
      return bookingCta({ href: bookingHref, provider: bookingProvider, service: t.bookingService, label, variant, part: 'cta' });
    }
    return selectable
      ? html`<button part="cta" class="choose" type="button" ?data-recommended=${recommended} @click=${() => this.choose(t.id)}>
          ${strings.choose}<span class="visually-hidden"> ${runningName(t, strings.runningNames)}</span>
        </button>`
      : nothing;
  }

  private choose(id: string): void {
    emit(this, 'spa-technique-select', { id });
  }
}

/** A quality the techniques are compared on: its label, and a technique's value, if it has one. */
type Quality = [label: string, value: (t: Technique) => string | string[] | TemplateResult | undefined];

/** A value as shown: a list as a list; a value a technique lacks (no text, an empty list) as "". */
function shownValue(value: ReturnType<Quality[1]>): string | TemplateResult {
  return Array.isArray(value)
    ? value.length
      ? html`<ul part="list">${value.map((item) => html`<li>${item}</li>`)}</ul>`
      : ''
    : (value ?? '');
}

/** A technique's labelled values for some qualities, leaving out those it lacks. */
function valuesOf(t: Technique, qualities: readonly Quality[]): [string, string | TemplateResult][] {
  return qualities.map(([label, value]) => [label, shownValue(value(t))] as [string, string | TemplateResult]).filter(([, value]) => value);
}

/** Labelled values as a definition list: each value is read with its quality. */
function facts(values: readonly [string, string | TemplateResult][]): TemplateResult {
  return html`<dl class="facts">
    ${values.map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}
  </dl>`;
}

/** A heading at the level the author asked for; the level is checked to be 2–6 beforehand. */
function heading(level: number, content: TemplateResult): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 class="title" part="title">${content}</h2>`;
    case 4:
      return html`<h4 class="title" part="title">${content}</h4>`;
    case 5:
      return html`<h5 class="title" part="title">${content}</h5>`;
    case 6:
      return html`<h6 class="title" part="title">${content}</h6>`;
    default:
      return html`<h3 class="title" part="title">${content}</h3>`;
  }
}
