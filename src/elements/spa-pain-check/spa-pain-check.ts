import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { Announcer } from '../../core/announcer.js';
import { copyText } from '../../core/clipboard.js';
import { emit } from '../../core/events.js';
import { LightDomController } from '../../core/light-dom.js';
import { sessionMemory } from '../../core/session-memory.js';
import type { FieldProperties } from '../../core/config.js';
import { SpaElement } from '../../core/spa-element.js';
import { controls } from '../../core/controls.styles.js';
import { tokens } from '../../core/tokens.styles.js';
import { closestLang, laterWordingFailure, laterWordingFor, type LaterWording } from '../../core/strings.js';
import { whenTouched } from '../../core/when-needed.js';
import type { Problem } from '../../core/report.js';
import { isChecklist, savedSchema, stepAnswered, STEPS, withAnswer, type Draft } from './answers.js';
import { decide, resumeAt } from './assess.js';
import { painCheckFields } from './pain-check.config.js';
import { painCheckLaterWording, painCheckStrings, painCheckTranslations, type PainCheckStrings } from './pain-check.strings.js';
import { resultTemplate, stepTemplate } from './pain-check.templates.js';
import { styles } from './spa-pain-check.styles.js';
import { assessmentDetail, techniqueNames, type TechniqueNames } from './summary.js';
import type { AssessmentCompleteDetail } from './assessment.js';

export type { PainCheckConfig } from './pain-check.config.js';

declare global {
  interface HTMLElementTagNameMap {
    'spa-pain-check': SpaPainCheck;
  }
}

const RESULT = STEPS.length + 1;
/** How long a suggestion waits for its long texts before it shows what it has. */
const TEXTS_PATIENCE_MS = 3000;

// Each field is also a property of the element, typed from its schema.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface SpaPainCheck extends FieldProperties<typeof painCheckFields> {}

/**
 * A short, private self-check for lower back pain. Warning signs come first: three checklists,
 * each of which ends the check at once with "get emergency help now", "see a doctor today or
 * tomorrow" or "see a doctor before booking". Only then does it ask about the pain and comfort, and
 * suggest a technique with pressure and visit frequency, each part explained by the answers
 * behind it. Nothing leaves the page.
 *
 * @tagname spa-pain-check
 * @summary A private back-pain self-check that screens for warning signs first, then suggests a technique.
 *
 * @fires spa-assessment-complete - When a result is shown. Detail: `{ outcome, technique?,
 *   painLevel?, painBand?, duration?, recommendation?, reasons }`; `outcome` is `emergency`,
 *   `urgent`, `see-doctor` or `ok`, and `technique` is the suggested technique's id. It carries
 *   health information: keep it on the page and do not forward it to analytics without the
 *   visitor's consent.
 * @fires spa-error - Refused input, with `{ tag, path, message }`.
 *
 * @csspart panel - The widget's outer box: border, padding, shadow.
 * @csspart form - The form around the current question.
 * @csspart step - The fieldset of the current question.
 * @csspart question - The question, with the progress text; its text is focused when a step
 *   appears. Also named `legend`, its 0.1 name, until 0.3.
 * @csspart progress - "Step 2 of 7".
 * @csspart description - The hint under a checklist's or the pain scale's question.
 * @csspart sub-question - Each of the two questions of the last step.
 * @csspart choice - Each answer: a label around its radio or checkbox; `selected` is added while it is checked.
 * @csspart scale-ends - "No pain" and "Worst imaginable" under the pain scale.
 * @csspart chosen - "You chose 6: moderate." under the pain scale.
 * @csspart nav - The Back and Next row.
 * @csspart back - The Back button.
 * @csspart next - The Next (or "See my result") button.
 * @csspart hint - Why Next did nothing, after it was pressed too early.
 * @csspart result - The result; the outcome (`emergency`, `urgent`, `see-doctor` or `ok`) is added to its part names.
 * @csspart title - The result's heading; focused when the result appears. Also named
 *   `result-title`, its 0.1 name, until 0.3.
 * @csspart urgent-action - What to do now, in the emergency result.
 * @csspart emergency-call - The call link of the emergency result, when `emergency-number` is set.
 * @csspart facts - The suggestion's key facts: second choice, pressure, how often.
 * @csspart fact-label - The name of each fact.
 * @csspart reasons-label - "What you told us:" or "Why", above the reasons.
 * @csspart reasons - The list of answers behind the result.
 * @csspart evidence - The note on what research shows, under a suggestion.
 * @csspart booking - The booking button shown with a suggestion (and after "see a doctor first", when allowed).
 * @csspart cta-button - The booking link itself inside that booking button (its `button` part):
 *   colours, border, padding; the same part as on `<spa-technique-cards>`.
 * @csspart disclaimer - The "not a diagnosis" note.
 * @csspart actions - Start over, print and copy.
 * @csspart start-over - The Start over button.
 * @csspart print - The Print button.
 * @csspart copy - The Copy summary button.
 * @csspart copy-status - "Summary copied." beside that button once it was pressed.
 * @csspart summary - The plain-text summary, in a disclosure.
 * @csspart summary-toggle - The disclosure's "Summary to show your therapist or doctor".
 * @csspart summary-text - The summary's text.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class SpaPainCheck extends SpaElement<typeof painCheckFields, PainCheckStrings> {
  static override styles = [tokens, controls, styles];
  static override fields = painCheckFields;
  static override catalog = painCheckStrings;
  static override translations = painCheckTranslations;
  /** The suggestion's long English texts, loaded at the visitor's first touch (see `LaterWording`). */
  static laterWording: LaterWording = painCheckLaterWording;
  // Internal state that re-renders: declared here, not with decorators, which would add Lit's
  // decorator module (~0.4 kB gzip) to every file.
  static override properties: PropertyDeclarations = {
    step: { state: true, attribute: false },
    draft: { state: true, attribute: false },
    copyStatus: { state: true, attribute: false },
    tried: { state: true, attribute: false },
  };

  /** 1-based step; `RESULT` once a result is shown. */
  private step = 1;
  private draft: Draft = {};
  private copyStatus = '';
  /** Next was pressed on an unanswered step. */
  private tried = false;
  readonly #announcer = new Announcer(this);
  #focusAfterUpdate = false;
  /** A result is shown, or a remembered one restored: tell the page once it is rendered in full. */
  #resultToTell = false;
  /** With `remember`, the answers under a key that follows `id`; a visitor who has started keeps theirs. */
  readonly #memory = sessionMemory(this, {
    schema: savedSchema,
    key: () => (this.settings.remember ? `spa-pain-check${this.id ? `:${this.id}` : ''}` : undefined),
    value: () => (this.step > 1 || Object.keys(this.draft).length ? { step: this.step, draft: this.draft } : undefined),
    restore: ({ step, draft }) => {
      this.draft = draft;
      this.step = resumeAt(step, draft);
      this.#resultToTell = this.step === RESULT;
    },
  });

  #told?: AssessmentCompleteDetail;

  /**
   * Read-only: the detail of the latest `spa-assessment-complete` this element dispatched, until
   * *Start over*; `undefined` before a result. A booking button or the cards with
   * `follow-assessment` that come to the page after the result was told, or start following then,
   * read it to catch up. It carries health information, as the event does: keep it on the page.
   */
  get assessment(): AssessmentCompleteDetail | undefined {
    return this.#told;
  }

  constructor() {
    super();
    // Re-read the JSON child when a framework adds or changes it after creation.
    new LightDomController(this);
    whenTouched(this, () => void this.#suggestionTexts());
  }

  // `id` names the storage key but is no field: observe it too (set by `el.id` as well), so
  // changing it updates the element.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'id'];
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A suggestion shown before its texts arrived (their file was slow) renders again once they are
    // here. A result is told to the page once it is shown in full, and a remembered one again, so
    // followers catch up after a reload. While the first render waits there is nothing to redraw or
    // tell, but a remembered suggestion's texts are sent for.
    const arriving = this.#showsSuggestion() ? this.#suggestionTexts() : undefined;
    if (!this.hasRendered) return;
    if (arriving) void arriving.then(() => this.requestUpdate());
    else if (this.#resultToTell) {
      this.#resultToTell = false;
      this.#complete();
    }
    if (!this.#focusAfterUpdate || !changed.has('step')) return;
    this.#focusAfterUpdate = false;
    // Firefox hands focus from a legend to the first control in its fieldset; a span inside keeps it.
    this.renderRoot.querySelector<HTMLElement>(this.step === RESULT ? '.result-title' : 'legend .title')?.focus();
  }

  /**
   * Fetches the suggestion's long English texts once (see `laterWording`); the promise of their
   * arrival while they are on their way. A page in a language the kit ships has its own.
   */
  #suggestionTexts(): Promise<void> | undefined {
    const { catalog, laterWording } = this.constructor as typeof SpaPainCheck;
    const lang = closestLang(this).split('-')[0];
    return lang !== 'en' && Object.hasOwn(catalog, lang) ? undefined : laterWordingFor(catalog, laterWording);
  }

  /**
   * The suggestion's texts while they are on their way, waited for a few seconds at most: then the
   * suggestion shows what it has, and the rest once it comes.
   */
  #suggestionTextsInPatience(): Promise<unknown> | undefined {
    const arriving = this.#suggestionTexts();
    return arriving && Promise.race([arriving, new Promise((resolve) => setTimeout(resolve, TEXTS_PATIENCE_MS))]);
  }

  /**
   * A remembered suggestion (`remember`, after a reload) renders once its texts are here, holding
   * its room meanwhile, rather than grow by its reasons a moment after it is drawn.
   */
  protected override firstRenderWaitsFor(): Promise<unknown> | undefined {
    return this.#showsSuggestion() ? this.#suggestionTextsInPatience() : undefined;
  }

  /** Whether the result shown is a suggestion, with the long texts that arrive at the visitor's first touch. */
  #showsSuggestion(): boolean {
    return this.step === RESULT && decide(this.draft)?.result.outcome === 'ok';
  }

  protected override settled(problems: Problem[]): void {
    // Said when it matters: a suggestion shown without them.
    const unloaded = laterWordingFailure((this.constructor as typeof SpaPainCheck).laterWording);
    if (unloaded && this.#showsSuggestion()) problems.push({ path: 'strings', message: unloaded });
  }

  get #names(): TechniqueNames {
    return techniqueNames(closestLang(this));
  }

  protected override render(): TemplateResult {
    const decided = this.step === RESULT ? decide(this.draft) : undefined;
    const { bookingHref, bookingProvider, compact, doctorBooking, emergencyNumber, headingLevel } = this.settings;
    // Compact is styled from the settled value: the JSON child and properties set it too.
    return html`<div class="frame ${compact ? 'compact' : ''}" part="panel">
      ${decided
        ? resultTemplate(
            {
              ...decided,
              headingLevel,
              emergencyNumber,
              doctorBooking,
              booking: bookingHref ? { href: bookingHref, provider: bookingProvider } : undefined,
              copyStatus: this.copyStatus,
              onStartOver: this.#startOver,
              onPrint: this.#print,
              onCopy: this.#copy,
            },
            this.text,
            this.#names,
          )
        : html`<form part="form" novalidate @submit=${this.#onNext} @change=${this.#onChange}>
            ${stepTemplate({ number: Math.min(this.step, STEPS.length), draft: this.draft, showHint: this.tried }, this.text, this.#onBack)}
          </form>`}
      ${this.#announcer.render()}
    </div>`;
  }

  #onChange = (event: Event): void => {
    const { name, value, checked } = event.target as HTMLInputElement;
    this.draft = withAnswer(this.draft, name, value, checked);
    this.tried = false;
    this.#memory.save();
  };

  #onNext = (event: SubmitEvent): void => {
    event.preventDefault();
    const s = this.text;
    const step = STEPS[this.step - 1];
    if (!stepAnswered(step, this.draft)) {
      // Next explains itself instead of silently doing nothing.
      this.tried = true;
      this.#announcer.announce(isChecklist(step) ? s.tickFirst : s.answerFirst);
      return;
    }
    // A sign or threshold on this step ends the check here; otherwise on to the next question.
    const decided = decide(this.draft);
    const done = decided !== undefined && decided.step < this.step;
    const asked = this.step;
    const go = () => {
      // Back, or an earlier press, went somewhere else meanwhile.
      if (this.step !== asked) return;
      this.#go(done ? RESULT : this.step + 1);
      this.#resultToTell = done;
    };
    // A suggestion waits for its long texts, on their way since the visitor's first touch. The
    // warning results never wait.
    const arriving = done && decided.result.outcome === 'ok' ? this.#suggestionTextsInPatience() : undefined;
    if (arriving) void arriving.then(go);
    else go();
  };

  #onBack = (): void => this.#go(this.step - 1);

  /**
   * Focus moves to the new step's legend or the result's title, which screen readers read out, so
   * nothing goes to the live region (it would be said twice) and an old hint is taken back.
   */
  #go(step: number): void {
    this.#announcer.clear();
    this.tried = false;
    this.step = step;
    this.#focusAfterUpdate = true;
    this.#memory.save();
  }

  /** Tells the page the result, for booking buttons and technique cards that follow it. */
  #complete(): void {
    const decided = decide(this.draft);
    if (!decided) return;
    this.#told = assessmentDetail(decided.result, decided.answers, this.text, this.#names);
    emit(this, 'spa-assessment-complete', this.#told);
  }

  #startOver = (): void => {
    this.#told = undefined;
    this.draft = {};
    this.copyStatus = '';
    this.#go(1);
    this.#memory.erase();
  };

  get #summaryBox() {
    return this.renderRoot.querySelector('details');
  }

  #print = (): void => {
    // Open, so the summary prints too.
    if (this.#summaryBox) this.#summaryBox.open = true;
    window.print();
  };

  #copy = async (): Promise<void> => {
    const s = this.text;
    const box = this.#summaryBox;
    const text = box?.querySelector('pre');
    if (!box || !text) return;
    if (await copyText(text.textContent ?? '')) this.copyStatus = s.copied;
    else {
      // No clipboard: select the text for Ctrl+C instead.
      box.open = true;
      getSelection()?.selectAllChildren(text);
      this.copyStatus = s.copyFallback;
    }
    this.#announcer.announce(this.copyStatus);
  };
}
