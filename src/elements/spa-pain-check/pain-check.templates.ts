/**
 * The templates of `<spa-pain-check>`: one question step, and one result per outcome. They read
 * only what they are given; the element owns the state and the handlers.
 */
import { html, isServer, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { format } from '../../core/strings.js';
import { telUrl } from '../../core/url.js';
import { bookingCta } from '../spa-booking-button/booking-cta.js';
import type { Provider } from '../spa-booking-button/booking-url.js';
import {
  CHECKLISTS,
  DURATIONS,
  EXPERIENCES,
  FEELINGS,
  PRESSURE_PREFERENCES,
  STEPS,
  isChecklist,
  type Draft,
  type SafetyFlag,
  type Step,
} from './answers.js';
import { painBand, type Assessment } from './assess.js';
import type { PainCheckStrings } from './pain-check.strings.js';
import { reasonText, resultTitle, summaryText, type TechniqueNames } from './summary.js';

/** What a question step shows. */
export interface StepView {
  /** 1-based position in STEPS. */
  number: number;
  draft: Draft;
  /** Next was pressed before the step was answered: say why nothing happened. */
  showHint: boolean;
}

/**
 * An answer's input. A server writes `.checked=${false}` as `checked="false"` (which checks it),
 * so there the state is written as the attribute; the browser renders afresh over it.
 */
const input = (type: 'radio' | 'checkbox', name: string, value: string, checked: boolean) =>
  isServer
    ? html`<input type=${type} name=${name} value=${value} ?checked=${checked} />`
    : html`<input type=${type} name=${name} .value=${value} .checked=${live(checked)} />`;

/** One answer; a checked one carries `selected` in its part names, so a page can style it. */
const choice = (type: 'radio' | 'checkbox', name: string, value: string | number, checked: boolean, label: unknown, extra = '') =>
  html`<label class="choice ${extra}" part=${checked ? 'choice selected' : 'choice'}>
    ${input(type, name, String(value), checked)}
    <span class="label">${label}</span>
  </label>`;

/** The legend of each step. */
const legendOf = (step: Step, s: PainCheckStrings): string =>
  ({
    emergency: s.emergencyLegend,
    urgent: s.urgentLegend,
    doctor: s.doctorLegend,
    pain: s.painLegend,
    duration: s.durationLegend,
    feeling: s.feelingLegend,
    massage: s.massageLegend,
  })[step];

function question(step: Step, d: Draft, s: PainCheckStrings): TemplateResult {
  if (isChecklist(step)) {
    const ticked = new Set<SafetyFlag>(d.safety);
    return html`<p class="help" part="description" id="help">${s.checklistHint}</p>
      <div class="choices">${CHECKLISTS[step].map((flag) => choice('checkbox', 'safety', flag, ticked.has(flag), s.flags[flag]))}</div>
      <div class="choices">${choice('checkbox', 'none', step, Boolean(d.cleared?.includes(step)), s.none, 'none')}</div>`;
  }
  switch (step) {
    case 'pain': {
      const level = d.painLevel;
      // The band word is said with each number but shown once, under the scale's ends; the
      // leading space is an expression, so template minifying cannot glue the words together.
      const said = (n: number) => ` ${s.bands[painBand(n)]}${n === 10 ? `, ${s.painWorst}` : ''}`;
      return html`<p class="help" part="description" id="help">${s.painHint}</p>
        <div class="scale">
          ${Array.from({ length: 11 }, (_, n) =>
            choice('radio', 'painLevel', n, level === n, html`<span class="num">${n}</span><span class="visually-hidden">${said(n)}</span>`, 'scale-choice'),
          )}
        </div>
        <p class="scale-ends" part="scale-ends" aria-hidden="true"><span>${s.painLow}</span><span>${s.painHigh}</span></p>
        ${level === undefined ? nothing : html`<p class="chosen" part="chosen">${format(s.painChosen, { level, band: s.bands[painBand(level)] })}</p>`}`;
    }
    case 'duration':
      return html`<div class="choices">
        ${DURATIONS.map((id) => choice('radio', 'duration', id, d.duration === id, html`${s.durations[id]}<span class="sub">${s.durationHints[id]}</span>`))}
      </div>`;
    case 'feeling':
      return html`<div class="choices">${FEELINGS.map((id) => choice('radio', 'feeling', id, d.feeling === id, s.feelings[id]))}</div>`;
    default:
      return html`<fieldset class="group">
          <legend part="sub-question">${s.experienceLegend}</legend>
          <div class="choices">${EXPERIENCES.map((id) => choice('radio', 'experience', id, d.experience === id, s.experiences[id]))}</div>
        </fieldset>
        <fieldset class="group">
          <legend part="sub-question">${s.pressureLegend}</legend>
          <div class="choices row">${PRESSURE_PREFERENCES.map((id) => choice('radio', 'pressure', id, d.pressure === id, s.pressures[id]))}</div>
        </fieldset>`;
  }
}

/** One question, with Back and Next. */
export function stepTemplate(view: StepView, s: PainCheckStrings, onBack: () => void): TemplateResult {
  const step = STEPS[view.number - 1];
  const described = isChecklist(step) || step === 'pain';
  return html`<fieldset part="step" class="step step-${step}" aria-describedby=${described ? 'help' : nothing}>
      <legend part="question legend">
        <span class="title" tabindex="-1">
          <span class="progress" part="progress">${format(s.progress, { step: view.number, total: STEPS.length })}</span>
          <span class="question">${legendOf(step, s)}</span>
        </span>
      </legend>
      ${question(step, view.draft, s)}
    </fieldset>
    <div class="nav" part="nav">
      ${view.number > 1 ? html`<button class="button back" part="back" type="button" @click=${onBack}>${s.back}</button>` : nothing}
      <button class="button primary next" part="next" type="submit" aria-describedby=${view.showHint ? 'why-not' : nothing}>
        ${view.number === STEPS.length ? s.finish : s.next}
      </button>
    </div>
    ${view.showHint ? html`<p class="hint" part="hint" id="why-not">${isChecklist(step) ? s.tickFirst : s.answerFirst}</p>` : nothing}`;
}

/** The answers behind a result, under their label. */
const reasonList = (label: string, why: TemplateResult[], labelClass = '') =>
  html`<p class=${labelClass} part="reasons-label">${label}</p>
    <ul class="reasons" part="reasons">${why}</ul>`;

/** What a result shows besides the assessment. */
export interface ResultView {
  result: Assessment;
  /** The answers the result was decided on. */
  answers: Draft;
  headingLevel: number;
  /** The number to call in an emergency, when the page gives one. */
  emergencyNumber?: string;
  /** Whether a see-a-doctor-first result may offer booking. */
  doctorBooking: boolean;
  booking?: { href: string; provider: Provider };
  copyStatus: string;
  onStartOver: () => void;
  onPrint: () => void;
  onCopy: () => void;
}

function bookingTemplate(view: ResultView, label: string, variant: 'primary' | 'text', service?: string) {
  if (!view.booking) return nothing;
  return bookingCta({ ...view.booking, service, label, variant, part: 'booking' });
}

/** The emergency message: what to do, why, and nothing after it but "Start over". */
function emergencyBody(view: ResultView, s: PainCheckStrings, why: TemplateResult[]) {
  const flags = view.result.outcome === 'ok' ? [] : view.result.flags;
  const nerves = flags.some((flag) => flag !== 'accident' && flag !== 'chest-pain');
  const number = view.emergencyNumber;
  return html`${number
      ? html`<p class="urgent-action" part="urgent-action"><strong>${format(s.emergencyActionCall, { number })}</strong></p>
          <a class="call" part="emergency-call" href=${telUrl(number)}>${format(s.emergencyCall, { number })}</a>`
      : html`<p class="urgent-action" part="urgent-action"><strong>${s.emergencyAction}</strong></p>`}
    ${reasonList(s.because, why)}
    ${nerves ? html`<p>${s.emergencyNerves}</p>` : nothing}
    ${flags.includes('accident') ? html`<p>${s.emergencyAccident}</p>` : nothing}
    ${flags.includes('chest-pain') ? html`<p>${s.emergencyChest}</p>` : nothing}`;
}

function body(view: ResultView, s: PainCheckStrings, names: TechniqueNames, why: TemplateResult[]) {
  const { result } = view;
  switch (result.outcome) {
    case 'emergency':
      return emergencyBody(view, s, why);
    case 'urgent':
      return html`${result.flags.includes('emergency-unsure') ? html`<p>${s.urgentUnsureText}</p>` : nothing}
        ${result.flags.some((flag) => flag !== 'emergency-unsure') ? html`<p>${s.urgentText}</p>` : nothing}
        ${reasonList(s.because, why)}`;
    case 'see-doctor':
      return html`<p>${s.doctorText}</p>
        ${reasonList(s.because, why)}
        ${view.doctorBooking ? bookingTemplate(view, s.bookAfterDoctor, 'text') : nothing}`;
    default: {
      const rec = result.recommendation;
      const facts: [string, string][] = [
        [s.alternativeLabel, names.display(rec.alternative)],
        [s.pressureLabel, s.pressureNames[rec.pressure]],
        [s.frequencyLabel, s.frequencies[rec.frequency]],
      ];
      // A text missing (its file could not be loaded: the page was told) is left out, not shown empty.
      return html`<dl class="facts" part="facts">
          ${facts.filter(([, value]) => value).map(([label, value]) => html`<div><dt part="fact-label">${label}</dt><dd>${value}</dd></div>`)}
        </dl>
        ${why.length ? reasonList(s.whyLabel, why, 'why-label') : nothing}
        ${s.evidence ? html`<p class="evidence" part="evidence">${s.evidence}</p>` : nothing}
        ${bookingTemplate(view, format(s.bookTechnique, { technique: names.running(rec.technique) }), 'primary', rec.technique)}`;
    }
  }
}

/** The result of the check; its title is focused when it appears. */
export function resultTemplate(view: ResultView, s: PainCheckStrings, names: TechniqueNames): TemplateResult {
  const { result, answers } = view;
  const why = result.reasons.map((reason) => reasonText(reason, result, answers, s, names)).filter(Boolean).map((reason) => html`<li>${reason}</li>`);
  const emergency = result.outcome === 'emergency';
  return html`<section class="result ${result.outcome}" part="result ${result.outcome}">
    <p class="result-title" part="title result-title" id="result-title" role="heading" aria-level=${view.headingLevel} tabindex="-1">
      ${resultTitle(result, s, names)}
    </p>
    ${body(view, s, names, why)}
    ${emergency ? nothing : html`<p class="disclaimer" part="disclaimer">${s.disclaimer}</p>`}
    <div class="actions" part="actions">
      <button class="button" type="button" part="start-over" @click=${view.onStartOver}>${s.startOver}</button>
      ${emergency
        ? nothing
        : html`<button class="button" type="button" part="print" @click=${view.onPrint}>${s.print}</button>
            <button class="button" type="button" part="copy" @click=${view.onCopy}>${s.copy}</button>
            <span class="copy-status" part="copy-status">${view.copyStatus}</span>`}
    </div>
    ${emergency
      ? nothing
      : html`<details part="summary">
          <summary part="summary-toggle">${s.summaryTitle}</summary>
          <pre class="summary-text" part="summary-text">${summaryText(result, answers, s, names)}</pre>
        </details>`}
  </section>`;
}
