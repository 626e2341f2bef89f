import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import * as z from 'zod/mini';
import { Announcer } from '../../core/announcer.js';
import type { AssessmentCompleteDetail } from '../../core/assessment.js';
import { given, resolveConfig, type Layer } from '../../core/config.js';
import { emit } from '../../core/events.js';
import { LightDomController, readJsonConfig } from '../../core/light-dom.js';
import { headingLevel, oneOf, onOff, safeUrl } from '../../core/schema.js';
import { SpaElement } from '../../core/spa-element.js';
import { format } from '../../core/strings.js';
import { tokens } from '../../core/tokens.styles.js';
import { techniques } from '../../content/techniques.js';
import { PROVIDERS, type Provider } from '../spa-booking-button/booking-url.js';
// For lit-analyzer's no-missing-import check on the <spa-booking-button> results render: it counts
// only value imports (an `import type` does not satisfy it). The module only declares the class, and
// define.ts registers the tag and imports it anyway, so this adds no code and no side effect.
import '../spa-booking-button/spa-booking-button.js';
import {
  DOCTOR_FLAGS,
  DURATIONS,
  EXPERIENCES,
  FEELINGS,
  PRESSURE_PREFERENCES,
  STEPS,
  URGENT_FLAGS,
  completeAnswers,
  savedSchema,
  stepAnswered,
  type Draft,
  type PainAnswers,
  type SafetyFlag,
} from './answers.js';
import { assess, painBand, type Assessment } from './assess.js';
import { painCheckStrings, type PainCheckStrings } from './pain-check.strings.js';
import { styles } from './spa-pain-check.styles.js';
import { reasonText, resultTitle, summaryText } from './summary.js';

const configFields = {
  bookingHref: safeUrl(),
  bookingProvider: oneOf(PROVIDERS),
  doctorBooking: onOff(),
  headingLevel: headingLevel(),
};

/** Config of `<spa-pain-check>`, as JSON child, `config` property or attributes. */
export interface PainCheckConfig {
  /** The spa's booking page, as the `booking-href` attribute. */
  bookingHref: string;
  /** The booking system behind it, as the `booking-provider` attribute. */
  bookingProvider: Provider;
  /** Whether a see-a-doctor result offers "Book once your doctor agrees", as `doctor-booking`. */
  doctorBooking: 'on' | 'off';
  /** Heading level (2–6) of the result's title, as `heading-level`. */
  headingLevel: number;
}

declare global {
  interface HTMLElementTagNameMap {
    'spa-pain-check': SpaPainCheck;
  }
}

const RESULT = STEPS + 1;
const names = (id: string) => techniques.find((t) => t.id === id)?.name ?? id;

/**
 * A short, private self-check for lower back pain: five questions, one at a time, then either
 * "get help now", "see a doctor first", or a suggested technique with pressure and visit
 * frequency, each part explained by the answers behind it. Nothing leaves the page.
 *
 * @tagname spa-pain-check
 * @summary A private back-pain self-check that screens for danger first, then suggests a technique.
 *
 * @fires spa-assessment-complete - When a result is shown. Detail: `{ outcome, painLevel, painBand,
 *   duration, recommendation?, reasons }`. It carries health information: keep it on the page and
 *   do not forward it to analytics without the visitor's consent.
 * @fires spa-error - Refused input, with `{ tag, path, message }`.
 *
 * @csspart form - The form around the current question.
 * @csspart step - The fieldset of the current question.
 * @csspart legend - The question, with the progress text; its text is focused when a step appears.
 * @csspart progress - "Step 2 of 5".
 * @csspart choice - Each answer: a label around its native radio or checkbox.
 * @csspart nav - The Back and Next row.
 * @csspart back - The Back button.
 * @csspart next - The Next (or "See my result") button.
 * @csspart hint - Why Next does nothing yet.
 * @csspart result - The result panel.
 * @csspart result-title - The result's heading; focused when the result appears.
 * @csspart booking - The booking button shown with a result.
 * @csspart disclaimer - The "not a diagnosis" note.
 * @csspart actions - Start over, print and copy.
 * @csspart summary - The plain-text summary, in a disclosure.
 */
export class SpaPainCheck extends SpaElement {
  static override styles = [tokens, styles];

  /** The spa's booking page. When set, results that allow booking show a prefilled booking button. */
  @property({ attribute: 'booking-href' }) bookingHref?: string;

  /** The booking system behind `booking-href`, as for `<spa-booking-button provider>`. */
  @property({ attribute: 'booking-provider' }) bookingProvider?: Provider;

  /**
   * `on` (default) shows "Book once your doctor agrees" after a see-a-doctor result; `off` shows
   * no booking button there.
   */
  @property({ attribute: 'doctor-booking' }) doctorBooking?: 'on' | 'off';

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

  @state() private step = 1;
  @state() private draft: Draft = {};
  @state() private copyStatus = '';
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
      this.step = saved.data.step === RESULT && !completeAnswers(this.draft) ? STEPS : saved.data.step;
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
          headingLevel: this.headingLevel,
        }),
      },
      { source: 'default', values: { doctorBooking: 'on', bookingProvider: 'generic', headingLevel: 3 } },
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

  private get answers(): PainAnswers | undefined {
    return completeAnswers(this.draft);
  }

  protected override render() {
    const strings = this.text;
    const answers = this.step === RESULT ? this.answers : undefined;
    return html`<div class="frame">
      ${answers ? this.renderResult(strings, answers, assess(answers)) : this.renderStep(strings)}
      ${this.announcer.render()}
    </div>`;
  }

  private renderStep(s: PainCheckStrings): TemplateResult {
    const step = Math.min(this.step, STEPS);
    const answered = stepAnswered(step, this.draft);
    const legends = [s.painLegend, s.durationLegend, s.feelingLegend, s.experienceStepLegend, s.safetyLegend];
    return html`<form part="form" novalidate @submit=${this.onNext} @change=${this.onChange}>
      <fieldset part="step" class="step step-${step}" aria-describedby=${step === 1 || step === STEPS ? 'help' : nothing}>
        <legend part="legend">
          <span class="title" tabindex="-1">
            <span class="progress" part="progress">${format(s.progress, { step, total: STEPS })}</span>
            <span class="question">${legends[step - 1]}</span>
          </span>
        </legend>
        ${this.renderQuestion(step, s)}
      </fieldset>
      <div class="nav" part="nav">
        ${step > 1 ? html`<button class="back" part="back" type="button" @click=${this.onBack}>${s.back}</button>` : nothing}
        <button
          class="next"
          part="next"
          type="submit"
          aria-disabled=${answered ? 'false' : 'true'}
          aria-describedby=${answered ? nothing : 'why-not'}
        >
          ${step === STEPS ? s.finish : s.next}
        </button>
      </div>
      ${answered ? nothing : html`<p class="hint" part="hint" id="why-not">${step === STEPS ? s.tickFirst : s.answerFirst}</p>`}
    </form>`;
  }

  private radio(name: keyof Draft, value: string | number, checked: boolean, label: unknown, extra = ''): TemplateResult {
    return html`<label class="choice ${extra}" part="choice">
      <input type="radio" name=${name} .value=${String(value)} .checked=${live(checked)} />
      <span class="label">${label}</span>
    </label>`;
  }

  private checkbox(name: string, value: string, checked: boolean, label: string, extra = ''): TemplateResult {
    return html`<label class="choice ${extra}" part="choice">
      <input type="checkbox" name=${name} .value=${value} .checked=${live(checked)} />
      <span class="label">${label}</span>
    </label>`;
  }

  private renderQuestion(step: number, s: PainCheckStrings): TemplateResult {
    const d = this.draft;
    switch (step) {
      case 1: {
        const level = d.painLevel;
        return html`<p class="help" id="help">${s.painHint}</p>
          <div class="scale">
            ${Array.from({ length: 11 }, (_, n) =>
              this.radio(
                'painLevel',
                n,
                level === n,
                html`<span class="num">${n}</span> <span class="band">${s.bands[painBand(n)]}</span>${n === 10
                    ? html` <span class="band">${s.painWorst}</span>`
                    : nothing}`,
                'scale-choice',
              ),
            )}
          </div>
          ${level === undefined
            ? nothing
            : html`<p class="chosen">${format(s.painChosen, { level, band: s.bands[painBand(level)] })}</p>`}`;
      }
      case 2:
        return html`<div class="choices">
          ${DURATIONS.map((id) =>
            this.radio('duration', id, d.duration === id, html`${s.durations[id]} <span class="sub">${s.durationHints[id]}</span>`),
          )}
        </div>`;
      case 3:
        return html`<div class="choices">${FEELINGS.map((id) => this.radio('feeling', id, d.feeling === id, s.feelings[id]))}</div>`;
      case 4:
        return html`<fieldset class="group">
            <legend>${s.experienceLegend}</legend>
            <div class="choices">${EXPERIENCES.map((id) => this.radio('experience', id, d.experience === id, s.experiences[id]))}</div>
          </fieldset>
          <fieldset class="group">
            <legend>${s.pressureLegend}</legend>
            <div class="choices row">
              ${PRESSURE_PREFERENCES.map((id) => this.radio('pressure', id, d.pressure === id, s.pressures[id]))}
            </div>
          </fieldset>`;
      default: {
        const ticked = new Set(d.safety);
        const box = (flag: SafetyFlag) => this.checkbox('safety', flag, ticked.has(flag), s.flags[flag]);
        return html`<p class="help" id="help">${s.safetyHint}</p>
          <fieldset class="group urgent-group">
            <legend>${s.urgentGroup}</legend>
            <div class="choices">${URGENT_FLAGS.map(box)}</div>
          </fieldset>
          <fieldset class="group">
            <legend>${s.doctorGroup}</legend>
            <div class="choices">${DOCTOR_FLAGS.map(box)}</div>
          </fieldset>
          <div class="choices">${this.checkbox('none', 'none', Boolean(d.none), s.none, 'none')}</div>`;
      }
    }
  }

  private renderResult(s: PainCheckStrings, answers: PainAnswers, result: Assessment): TemplateResult {
    const title = resultTitle(result, s, names);
    const why = result.reasons.map((reason) => html`<li>${reasonText(reason, result, answers, s, names)}</li>`);
    let body: TemplateResult;
    if (result.outcome === 'urgent') {
      body = html`<p class="urgent-action"><strong>${s.urgentAction}</strong></p>
        <p>${s.because}</p>
        <ul class="reasons">${why}</ul>
        ${result.flags.some((flag) => flag !== 'accident') ? html`<p>${s.urgentText}</p>` : nothing}
        ${result.flags.includes('accident') ? html`<p>${s.urgentAccidentText}</p>` : nothing}`;
    } else if (result.outcome === 'see-doctor') {
      body = html`<p>${s.because}</p>
        <ul class="reasons">${why}</ul>
        <p>${result.urgency === 'soon' ? s.doctorSoon : s.doctorBefore}</p>
        ${this.resolved.doctorBooking === 'off' ? nothing : this.renderBooking(s.bookAfterDoctor, 'outline')}`;
    } else {
      const rec = result.recommendation;
      body = html`<dl class="facts">
          <div><dt>${s.alternativeLabel}</dt><dd>${names(rec.alternative)}</dd></div>
          <div><dt>${s.pressureLabel}</dt><dd>${s.pressureNames[rec.pressure]}</dd></div>
          <div><dt>${s.frequencyLabel}</dt><dd>${s.frequencies[rec.frequency]}</dd></div>
        </dl>
        <p class="why-label">${s.whyLabel}</p>
        <ul class="reasons">${why}</ul>
        <p class="evidence">${s.evidence}</p>
        ${this.renderBooking(format(s.bookTechnique, { technique: s.techniqueNames[rec.technique] ?? names(rec.technique) }), 'primary', rec.technique)}`;
    }
    return html`<section class="result ${result.outcome}" part="result">
      <p class="result-title" part="result-title" id="result-title" role="heading" aria-level=${this.resolved.headingLevel ?? 3} tabindex="-1">${title}</p>
      ${body}
      <p class="disclaimer" part="disclaimer">${s.disclaimer}</p>
      <div class="actions" part="actions">
        <button type="button" @click=${this.startOver}>${s.startOver}</button>
        <button type="button" @click=${this.print}>${s.print}</button>
        <button type="button" @click=${this.copy}>${s.copy}</button>
        <span class="copy-status">${this.copyStatus}</span>
      </div>
      <details part="summary">
        <summary>${s.summaryTitle}</summary>
        <textarea readonly rows="12" aria-label=${s.summaryTitle} .value=${summaryText(result, answers, s, names)}></textarea>
      </details>
    </section>`;
  }

  private renderBooking(label: string, variant: 'primary' | 'outline', service?: string): TemplateResult | typeof nothing {
    const href = this.resolved.bookingHref;
    if (!href) return nothing;
    return html`<spa-booking-button
      class="booking"
      part="booking"
      href=${href}
      provider=${this.resolved.bookingProvider ?? 'generic'}
      service=${ifDefined(service)}
      label=${label}
      variant=${variant}
      ><a href=${href}>${label}</a></spa-booking-button
    >`;
  }

  private onChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const { name, value, checked } = input;
    const draft: Draft = { ...this.draft };
    if (name === 'painLevel') draft.painLevel = Number(value);
    else if (name === 'safety') {
      const flag = value as SafetyFlag;
      draft.safety = checked ? [...(draft.safety ?? []), flag] : (draft.safety ?? []).filter((f) => f !== flag);
      // Ticking a box undoes "none of these", and "none of these" clears the boxes.
      if (checked) draft.none = false;
    } else if (name === 'none') {
      draft.none = checked;
      if (checked) draft.safety = [];
    } else (draft as Record<string, unknown>)[name] = value;
    this.draft = draft;
    this.save();
  };

  private onNext = (event: SubmitEvent): void => {
    event.preventDefault();
    const s = this.text;
    if (!stepAnswered(this.step, this.draft)) {
      // Next stays focusable and explains itself instead of silently doing nothing.
      this.announcer.announce(this.step === STEPS ? s.tickFirst : s.answerFirst);
      return;
    }
    this.go(this.step + 1);
    if (this.step === RESULT) this.complete();
  };

  private onBack = (): void => this.go(this.step - 1);

  /**
   * Focus moves to the new step's legend or the result's title, which screen readers read out, so
   * nothing goes to the live region (it would be said twice) and an old hint is taken back.
   */
  private go(step: number): void {
    this.announcer.clear();
    this.step = step;
    this.focusAfterUpdate = true;
    this.save();
  }

  /** Tells the page the result, for booking buttons and technique cards that follow it. */
  private complete(): void {
    const answers = this.answers;
    if (!answers) return;
    const s = this.text;
    const result = assess(answers);
    const detail: AssessmentCompleteDetail = {
      outcome: result.outcome,
      painLevel: result.painLevel,
      painBand: result.painBand,
      duration: result.duration,
      reasons: result.reasons.map((reason) => reasonText(reason, result, answers, s, names)),
    };
    if (result.outcome === 'ok') detail.recommendation = { ...result.recommendation };
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
    const area = box?.querySelector('textarea');
    if (!box || !area) return;
    try {
      await navigator.clipboard.writeText(area.value);
      this.copyStatus = s.copied;
    } catch {
      // No clipboard (insecure page, old browser, denied): select the text for Ctrl+C instead.
      box.open = true;
      area.focus();
      area.select();
      this.copyStatus = s.copyFallback;
    }
    this.announcer.announce(this.copyStatus);
  };
}
