import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Announcer } from '../../core/announcer.js';
import { copyText } from '../../core/clipboard.js';
import { given, resolveConfig, type Layer } from '../../core/config.js';
import { emit } from '../../core/events.js';
import { LightDomController, readJsonConfig } from '../../core/light-dom.js';
import { headingLevel, oneOf, onOff, phoneNumber, safeUrl } from '../../core/schema.js';
import { sessionMemory } from '../../core/session-memory.js';
import { SpaElement } from '../../core/spa-element.js';
import { tokens } from '../../core/tokens.styles.js';
import { closestLang } from '../../core/strings.js';
import { PROVIDERS, type Provider } from '../spa-booking-button/booking-url.js';
import { isChecklist, savedSchema, stepAnswered, STEPS, withAnswer, type Draft } from './answers.js';
import { decide, resumeAt } from './assess.js';
import { painCheckStrings, type PainCheckStrings } from './pain-check.strings.js';
import { resultTemplate, stepTemplate } from './pain-check.templates.js';
import { styles } from './spa-pain-check.styles.js';
import { assessmentDetail, techniqueNames, type TechniqueNames } from './summary.js';

const configFields = {
  bookingHref: safeUrl(),
  bookingProvider: oneOf(PROVIDERS),
  doctorBooking: onOff(),
  emergencyNumber: phoneNumber(),
  headingLevel: headingLevel(),
};

/** Config of `<spa-pain-check>`, as JSON child, `config` property or attributes. */
export interface PainCheckConfig {
  /** The spa's booking page, as the `booking-href` attribute. */
  bookingHref: string;
  /** The booking system behind it, as the `booking-provider` attribute. */
  bookingProvider: Provider;
  /** Whether a see-a-doctor-first result offers "Book once your doctor agrees", as `doctor-booking`. */
  doctorBooking: 'on' | 'off';
  /** The local emergency number, as `emergency-number`. */
  emergencyNumber: string;
  /** Heading level (2–6) of the result's title, as `heading-level`. */
  headingLevel: number;
}

declare global {
  interface HTMLElementTagNameMap {
    'spa-pain-check': SpaPainCheck;
  }
}

const RESULT = STEPS.length + 1;

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
 * @fires spa-assessment-complete - When a result is shown. Detail: `{ outcome, painLevel?,
 *   painBand?, duration?, recommendation?, reasons }`; `outcome` is `emergency`, `urgent`,
 *   `see-doctor` or `ok`. It carries health information: keep it on the page and do not forward it
 *   to analytics without the visitor's consent.
 * @fires spa-error - Refused input, with `{ tag, path, message }`.
 *
 * @csspart form - The form around the current question.
 * @csspart step - The fieldset of the current question.
 * @csspart legend - The question, with the progress text; its text is focused when a step appears.
 * @csspart progress - "Step 2 of 7".
 * @csspart choice - Each answer: a label around its native radio or checkbox.
 * @csspart nav - The Back and Next row.
 * @csspart back - The Back button.
 * @csspart next - The Next (or "See my result") button.
 * @csspart hint - Why Next did nothing, after it was pressed too early.
 * @csspart result - The result panel.
 * @csspart result-title - The result's heading; focused when the result appears.
 * @csspart emergency-call - The call link of the emergency result, when `emergency-number` is set.
 * @csspart booking - The booking button shown with a suggestion (and after "see a doctor first", when allowed).
 * @csspart cta-button - The booking link itself inside that booking button (its `button` part):
 *   colours, border, padding; the same part as on `<spa-technique-cards>`.
 * @csspart disclaimer - The "not a diagnosis" note.
 * @csspart actions - Start over, print and copy.
 * @csspart summary - The plain-text summary, in a disclosure.
 */
export class SpaPainCheck extends SpaElement {
  static override styles = [tokens, styles];

  /** The spa's booking page. When set, a suggestion shows a prefilled booking button. */
  @property({ attribute: 'booking-href' }) bookingHref?: string;

  /** The booking system behind `booking-href`, as for `<spa-booking-button provider>`. */
  @property({ attribute: 'booking-provider' }) bookingProvider?: Provider;

  /**
   * `on` lets a see-a-doctor-first result offer a quiet "Book once your doctor agrees" link;
   * `off` (default) shows no booking there. Emergency and urgent results never offer booking.
   */
  @property({ attribute: 'doctor-booking' }) doctorBooking?: 'on' | 'off';

  /**
   * The local emergency number, e.g. `112`, `911` or `999`. When set, the emergency result shows a
   * large "Call 112" link; without it, it says to call the local emergency number.
   */
  @property({ attribute: 'emergency-number' }) emergencyNumber?: string;

  /** Tighter spacing and smaller type, for narrow blog columns and sidebars. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /**
   * Keep the answers in the tab's session storage, so a reload does not lose them. Off by default:
   * without it nothing is stored anywhere. "Start over" erases what was kept.
   */
  @property({ type: Boolean }) remember = false;

  /** Heading level (2–6) of the result's title, to fit the page's outline. Default 3. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel?: number;

  /** Config object; takes precedence over the JSON child and attributes. */
  @property({ attribute: false }) config?: Partial<PainCheckConfig>;

  /** Overrides for any built-in string. */
  @property({ attribute: false }) strings?: Partial<PainCheckStrings>;

  /** 1-based step; `RESULT` once a result is shown. */
  @state() private step = 1;
  @state() private draft: Draft = {};
  @state() private copyStatus = '';
  /** Next was pressed on an unanswered step. */
  @state() private tried = false;
  private resolved: Partial<PainCheckConfig> = {};
  private readonly announcer = new Announcer();
  private focusAfterUpdate = false;
  /** A remembered result was just restored: tell the page once it is rendered. */
  private tellPage = false;
  /** With `remember`, the answers under a key that follows `id`; a visitor who has started keeps theirs. */
  private readonly memory = sessionMemory(this, {
    schema: savedSchema,
    key: () => (this.remember ? `spa-pain-check${this.id ? `:${this.id}` : ''}` : undefined),
    value: () => (this.step > 1 || Object.keys(this.draft).length ? { step: this.step, draft: this.draft } : undefined),
    restore: ({ step, draft }) => {
      this.draft = draft;
      this.step = resumeAt(step, draft);
      this.tellPage = this.step === RESULT;
    },
  });

  constructor() {
    super();
    new LightDomController(this);
  }

  // `id` names the storage key but is not a Lit property: watch its attribute (set by `el.id` too).
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'id'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'id' && old !== value) this.requestUpdate();
  }

  protected override willUpdate(): void {
    const json = readJsonConfig(this);
    const layers: Layer[] = [
      { source: 'property', values: this.config },
      { source: 'json', values: json.value },
      {
        source: 'attribute',
        values: given({
          bookingHref: this.bookingHref,
          bookingProvider: this.bookingProvider,
          doctorBooking: this.doctorBooking,
          emergencyNumber: this.emergencyNumber,
          headingLevel: this.headingLevel,
        }),
      },
      { source: 'default', values: { doctorBooking: 'off', bookingProvider: 'generic', headingLevel: 3 } },
    ];
    const { value, problems } = resolveConfig<PainCheckConfig>(configFields, layers);
    if (json.problem) problems.unshift(json.problem);
    this.resolved = value;
    this.report(problems);
  }

  protected override updated(changed: PropertyValues): void {
    if (this.tellPage) {
      // A remembered result is told to the page again, so followers catch up after a reload. The
      // visitor did nothing, so nothing is announced and focus stays where it is.
      this.tellPage = false;
      this.complete();
    }
    if (!this.focusAfterUpdate || !changed.has('step')) return;
    this.focusAfterUpdate = false;
    // Firefox hands focus from a legend to the first control in its fieldset; a span inside keeps it.
    this.renderRoot.querySelector<HTMLElement>(this.step === RESULT ? '.result-title' : 'legend .title')?.focus();
  }

  private get text(): PainCheckStrings {
    return this.localStrings(painCheckStrings, this.strings);
  }

  private get names(): TechniqueNames {
    return techniqueNames(closestLang(this));
  }

  protected override render() {
    const strings = this.text;
    const decided = this.step === RESULT ? decide(this.draft) : undefined;
    const { bookingHref, bookingProvider, doctorBooking, emergencyNumber, headingLevel } = this.resolved;
    return html`<div class="frame">
      ${decided
        ? resultTemplate(
            {
              ...decided,
              headingLevel: headingLevel ?? 3,
              emergencyNumber,
              doctorBooking: doctorBooking === 'on',
              booking: bookingHref ? { href: bookingHref, provider: bookingProvider ?? 'generic' } : undefined,
              copyStatus: this.copyStatus,
              onStartOver: this.startOver,
              onPrint: this.print,
              onCopy: this.copy,
            },
            strings,
            this.names,
          )
        : html`<form part="form" novalidate @submit=${this.onNext} @change=${this.onChange}>
            ${stepTemplate({ number: Math.min(this.step, STEPS.length), draft: this.draft, showHint: this.tried }, strings, this.onBack)}
          </form>`}
      ${this.announcer.render()}
    </div>`;
  }

  private onChange = (event: Event): void => {
    const { name, value, checked } = event.target as HTMLInputElement;
    this.draft = withAnswer(this.draft, name, value, checked);
    this.tried = false;
    this.memory.save();
  };

  private onNext = (event: SubmitEvent): void => {
    event.preventDefault();
    const s = this.text;
    const step = STEPS[this.step - 1];
    if (!stepAnswered(step, this.draft)) {
      // Next explains itself instead of silently doing nothing.
      this.tried = true;
      this.announcer.announce(isChecklist(step) ? s.tickFirst : s.answerFirst);
      return;
    }
    // A sign or threshold on this step ends the check here; otherwise on to the next question.
    const decided = decide(this.draft);
    const done = decided !== undefined && decided.step < this.step;
    this.go(done ? RESULT : this.step + 1);
    if (done) this.complete();
  };

  private onBack = (): void => this.go(this.step - 1);

  /**
   * Focus moves to the new step's legend or the result's title, which screen readers read out, so
   * nothing goes to the live region (it would be said twice) and an old hint is taken back.
   */
  private go(step: number): void {
    this.announcer.clear();
    this.tried = false;
    this.step = step;
    this.focusAfterUpdate = true;
    this.memory.save();
  }

  /** Tells the page the result, for booking buttons and technique cards that follow it. */
  private complete(): void {
    const decided = decide(this.draft);
    if (decided) emit(this, 'spa-assessment-complete', assessmentDetail(decided.result, decided.answers, this.text, this.names));
  }

  private startOver = (): void => {
    this.draft = {};
    this.copyStatus = '';
    this.go(1);
    this.memory.erase();
  };

  private get summaryBox() {
    return this.renderRoot.querySelector('details');
  }

  private print = (): void => {
    // Open, so the summary prints too.
    if (this.summaryBox) this.summaryBox.open = true;
    window.print();
  };

  private copy = async (): Promise<void> => {
    const s = this.text;
    const box = this.summaryBox;
    const text = box?.querySelector('pre');
    if (!box || !text) return;
    if (await copyText(text.textContent ?? '')) this.copyStatus = s.copied;
    else {
      // No clipboard: select the text for Ctrl+C instead.
      box.open = true;
      getSelection()?.selectAllChildren(text);
      this.copyStatus = s.copyFallback;
    }
    this.announcer.announce(this.copyStatus);
  };
}
