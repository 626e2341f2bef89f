import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import * as z from 'zod/mini';
import { Announcer } from '../../core/announcer.js';
import type { AssessmentCompleteDetail } from '../../core/assessment.js';
import { given, resolveConfig, type Layer } from '../../core/config.js';
import { emit } from '../../core/events.js';
import { LightDomController, readJsonConfig } from '../../core/light-dom.js';
import { headingLevel, oneOf, onOff, phoneNumber, safeUrl } from '../../core/schema.js';
import { SpaElement } from '../../core/spa-element.js';
import { tokens } from '../../core/tokens.styles.js';
import { contentFor } from '../../content/content-catalog.js';
import { runningNames } from '../../content/technique-names.js';
import { techniqueContent } from '../../content/techniques.js';
import { closestLang } from '../../core/strings.js';
import { PROVIDERS, type Provider } from '../spa-booking-button/booking-url.js';
import { CHECKLISTS, STEPS, savedSchema, stepAnswered, type Checklist, type Draft, type SafetyFlag } from './answers.js';
import { decide } from './assess.js';
import { painCheckStrings, type PainCheckStrings } from './pain-check.strings.js';
import { resultTemplate, stepTemplate } from './pain-check.templates.js';
import { styles } from './spa-pain-check.styles.js';
import { reasonText, type TechniqueNames } from './summary.js';

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
  /** The storage key last read, so each key is read once, however often `remember` or `id` change. */
  private restoredKey?: string;
  /** A remembered result was just restored: tell the page once it is rendered. */
  private tellPage = false;

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

  private get storageKey(): string {
    return `spa-pain-check${this.id ? `:${this.id}` : ''}`;
  }

  /**
   * Called before each render, so `remember` or `id` set from script after connecting still count.
   * A visitor who has already started keeps their answers, which are then kept under the new key;
   * otherwise what the key holds is restored.
   */
  private remembered(): void {
    const key = this.remember ? this.storageKey : undefined;
    if (!key || key === this.restoredKey) return;
    this.restoredKey = key;
    if (this.step > 1 || Object.keys(this.draft).length) this.save();
    else this.restore();
  }

  /** Reads remembered answers; storage may be blocked or edited, so anything odd is ignored. */
  private restore(): void {
    try {
      const raw = sessionStorage.getItem(this.storageKey);
      const saved = raw ? z.safeParse(savedSchema, JSON.parse(raw)) : undefined;
      if (!saved?.success) return;
      this.draft = saved.data.draft;
      // A result is shown only if the answers still lead to one; otherwise the first open question.
      const open = STEPS.findIndex((step) => !stepAnswered(step, this.draft)) + 1 || STEPS.length;
      this.step = saved.data.step === RESULT && !decide(this.draft) ? open : saved.data.step;
      this.tellPage = this.step === RESULT;
    } catch {
      // Private modes and sandboxed frames may refuse storage: the check still works in memory.
    }
  }

  private save(): void {
    if (!this.remember) return;
    try {
      sessionStorage.setItem(this.storageKey, JSON.stringify({ step: this.step, draft: this.draft }));
    } catch {
      // See restore().
    }
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
    this.remembered();
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

  /** The built-in techniques' names in the page's language, as the cards and booking button say them. */
  private get names(): TechniqueNames {
    const lang = closestLang(this);
    const running: Readonly<Record<string, string>> = contentFor(runningNames, lang);
    return {
      display: (id) => contentFor(techniqueContent, lang).find((t) => t.id === id)?.name ?? id,
      running: (id) => running[id] ?? id,
    };
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
    const draft: Draft = { ...this.draft };
    if (name === 'painLevel') draft.painLevel = Number(value);
    else if (name === 'safety') {
      const flag = value as SafetyFlag;
      draft.safety = checked ? [...(draft.safety ?? []), flag] : (draft.safety ?? []).filter((f) => f !== flag);
      // Ticking a box undoes "none of these" on its list.
      if (checked) draft.cleared = draft.cleared?.filter((list) => !CHECKLISTS[list].includes(flag));
    } else if (name === 'none') {
      // "None of these" clears the boxes of its list.
      const list = value as Checklist;
      draft.cleared = [...(draft.cleared ?? []).filter((l) => l !== list), ...(checked ? [list] : [])];
      if (checked) draft.safety = draft.safety?.filter((flag) => !CHECKLISTS[list].includes(flag));
    } else (draft as Record<string, unknown>)[name] = value;
    this.draft = draft;
    this.tried = false;
    this.save();
  };

  private onNext = (event: SubmitEvent): void => {
    event.preventDefault();
    const s = this.text;
    const step = STEPS[this.step - 1];
    if (!stepAnswered(step, this.draft)) {
      // Next explains itself instead of silently doing nothing.
      this.tried = true;
      this.announcer.announce(CHECKLISTS[step as Checklist] ? s.tickFirst : s.answerFirst);
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
    this.save();
  }

  /** Tells the page the result, for booking buttons and technique cards that follow it. */
  private complete(): void {
    const decided = decide(this.draft);
    if (!decided) return;
    const { result, answers } = decided;
    const s = this.text;
    const detail: AssessmentCompleteDetail = {
      outcome: result.outcome,
      reasons: result.reasons.map((reason) => reasonText(reason, result, answers, s, this.names)),
    };
    if (result.painLevel !== undefined) Object.assign(detail, { painLevel: result.painLevel, painBand: result.painBand });
    if (result.outcome === 'ok') Object.assign(detail, { duration: result.duration, recommendation: { ...result.recommendation } });
    emit(this, 'spa-assessment-complete', detail);
  }

  private startOver = (): void => {
    this.draft = {};
    this.copyStatus = '';
    this.go(1);
    if (this.remember) {
      try {
        sessionStorage.removeItem(this.storageKey);
      } catch {
        // See restore().
      }
    }
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
    try {
      await navigator.clipboard.writeText(text.textContent ?? '');
      this.copyStatus = s.copied;
    } catch {
      // No clipboard (insecure page, old browser, denied): select the text for Ctrl+C instead.
      box.open = true;
      getSelection()?.selectAllChildren(text);
      this.copyStatus = s.copyFallback;
    }
    this.announcer.announce(this.copyStatus);
  };
}
