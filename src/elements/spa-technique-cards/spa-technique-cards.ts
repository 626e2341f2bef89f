import { html, type PropertyValues, type TemplateResult } from 'lit';
import { Announcer } from '../../core/announcer.js';
import { emit } from '../../core/events.js';
import { StructuredData } from '../../core/json-ld.js';
import { LightDomController } from '../../core/light-dom.js';
import type { Problem } from '../../core/report.js';
import type { FieldProperties } from '../../core/config.js';
import { SpaElement } from '../../core/spa-element.js';
import { closestLang, format } from '../../core/strings.js';
import { controls } from '../../core/controls.styles.js';
import { tokens } from '../../core/tokens.styles.js';
import type { Technique } from '../../content/technique.schema.js';
import { contentFor } from '../../content/content-catalog.js';
import { techniqueContent } from '../../content/techniques.js';
import { AssessmentFollower } from '../spa-pain-check/assessment.js';
import { styles } from './spa-technique-cards.styles.js';
import { techniqueCardsFields } from './technique-cards.config.js';
import { techniqueCardsStrings, techniqueCardsTranslations, type TechniqueCardsStrings } from './technique-cards.strings.js';
import { comparison } from './technique-cards.templates.js';
import { techniquesJsonLd } from './technique-schema-org.js';
import { highlightedTechnique, selectTechniques } from './technique-selection.js';
import { record } from '../../core/own.js';

/** Detail of `spa-technique-cards-select`. */
export interface TechniqueSelectDetail {
  /** The chosen technique's id, e.g. `swedish`. */
  technique: string;
}

declare global {
  interface HTMLElementEventMap {
    'spa-technique-cards-select': CustomEvent<TechniqueSelectDetail>;
  }
  interface DocumentEventMap {
    'spa-technique-cards-select': CustomEvent<TechniqueSelectDetail>;
  }
  interface HTMLElementTagNameMap {
    'spa-technique-cards': SpaTechniqueCards;
  }
}

/** What one render shows, worked out from the settled config. */
interface View {
  shown: Technique[];
  highlight?: string;
  lang: string;
  worded: boolean;
}

// Each field is also a property of the element, typed from its schema.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface SpaTechniqueCards extends FieldProperties<typeof techniqueCardsFields> {}

/**
 * Compares massage techniques side by side (cards or a table) so a visitor can see which one
 * suits their back, and book or choose it. A bare tag shows the spa's deep tissue, Swedish and
 * trigger point techniques. Both layouts show the same qualities under the same labels; in a
 * narrow widget the table becomes cards, and a card keeps its key facts in view and folds how it
 * feels, what it is best for and its benefits into a disclosure.
 *
 * Each technique gets an action only when one is configured, so a bare tag shows no button that
 * does nothing: with `booking-href`, a booking button; else, with `selectable`, a "Choose" button
 * for a page that listens to `spa-technique-cards-select`; else none.
 *
 * @tagname spa-technique-cards
 * @summary Compare massage techniques at a glance, and book or choose one.
 *
 * @slot heading - A heading shown above the comparison, e.g. `<h2 slot="heading">Which massage?</h2>`.
 * @slot footnote - A note under the comparison, e.g. a medical disclaimer.
 *
 * @fires spa-technique-cards-select - The visitor pressed "Choose" on a technique (with `selectable`
 *   and no `booking-href`). Detail: `{ technique }`, its id. Until 0.3 it is also fired under its
 *   0.1 name, `spa-technique-select`, with `id` for `technique`.
 * @fires spa-error - Refused input, with `{ tag, path, message }`.
 *
 * @csspart card - One technique's card (cards layout, and the table layout in a narrow widget);
 *   `card recommended` on the recommended one.
 * @csspart title - A technique's name: the card heading, or the table's column header
 *   (`title recommended` on the recommended technique's column).
 * @csspart image - A technique's picture, on its card.
 * @csspart description - The paragraph on a card that says what the technique is.
 * @csspart facts - A card's list of qualities and their values (a definition list).
 * @csspart fact-label - The name of a quality in `facts`, e.g. "Pressure".
 * @csspart more - The disclosure that folds a narrow card's long qualities away.
 * @csspart pressure - The pressure: its word and a three-step scale.
 * @csspart badge - The "Recommended" badge of the highlighted technique.
 * @csspart list - The "best for" and "benefits" lists.
 * @csspart cta - The call to action, when configured: the "Choose" button, or, with `booking-href`,
 *   the box of the card's `<spa-booking-button>` (for its margins and width); `cta recommended`
 *   on the recommended technique.
 * @csspart cta-button - With `booking-href`, the booking link itself inside that
 *   `<spa-booking-button>` (its `button` part): colours, border, padding.
 * @csspart table - The comparison table (table layout).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class SpaTechniqueCards extends SpaElement<typeof techniqueCardsFields, TechniqueCardsStrings> {
  static override styles = [tokens, controls, styles];
  static override fields = techniqueCardsFields;
  static override catalog = techniqueCardsStrings;
  static override translations = techniqueCardsTranslations;

  readonly #assessment = new AssessmentFollower(this, () => this.settings.followAssessment);
  #view: View = { shown: [], lang: 'en', worded: true };
  #assessed?: string;
  /** Assessments already acted on: a visitor who takes the check again hears the same pick again. */
  #assessmentsSeen = 0;
  readonly #announcer = new Announcer(this);
  #scrollPending = false;

  constructor() {
    super();
    // Re-read the JSON child when a framework changes it.
    new LightDomController(this);
    new StructuredData(this, () => (this.settings.schema ? techniquesJsonLd(this.#view.shown, location.href) : null));
  }

  protected override settled(problems: Problem[]): void {
    const { techniques, include, highlight, followAssessment } = this.settings;
    const lang = closestLang(this);
    const selection = selectTechniques(techniques ?? contentFor(techniqueContent, lang), include);
    problems.push(...selection.problems);
    // The follower stops listening only after this, so a pick is dropped here as soon as following is off.
    const assessed = followAssessment ? this.#assessment.technique : undefined;
    const picked = highlightedTechnique(selection.techniques, highlight, assessed);
    if (picked.problem) problems.push(picked.problem);
    this.#follow(selection.techniques, assessed);
    const worded = [lang, lang.split('-')[0]].some((key) => Object.hasOwn(techniqueCardsStrings, key));
    this.#view = { shown: selection.techniques, highlight: picked.id, lang, worded };
  }

  /** Announces a new assessment's pick among the techniques shown, and asks to scroll to it. */
  #follow(shown: readonly Technique[], assessed: string | undefined): void {
    if (assessed === this.#assessed && this.#assessment.heard === this.#assessmentsSeen) return;
    this.#assessed = assessed;
    this.#assessmentsSeen = this.#assessment.heard;
    const pick = shown.find((t) => t.id === assessed);
    if (pick) this.#announcer.announce(format(this.text.announce, { technique: pick.name }));
    else this.#announcer.clear();
    // A result caught up with was told earlier (before a reload, or before these cards came): the
    // reader is not waiting for it, and the page is not scrolled away from what they read.
    this.#scrollPending = Boolean(pick && this.settings.scrollToRecommended && !this.#assessment.caughtUp);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#scrollPending) {
      this.#scrollPending = false;
      const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
      // The table layout also renders the cards it turns into when narrow; scroll to the one on show.
      [...this.renderRoot.querySelectorAll('[part~="recommended"]')]
        .find((pick) => pick.checkVisibility())
        ?.scrollIntoView({ block: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
    }
  }

  protected override render(): TemplateResult {
    return html`<div class="heading"><slot name="heading"></slot></div>
      ${comparison(record({ ...this.settings, ...this.#view, strings: this.text, loading: this.srcLoading, choose: this.#choose }))}
      <div class="footnote"><slot name="footnote"></slot></div>
      ${this.#announcer.render()}`;
  }

  readonly #choose = ({ id }: Technique): void => {
    emit(this, 'spa-technique-cards-select', { technique: id }, { formerly: { name: 'spa-technique-select', detail: { id } } });
  };
}
