/**
 * The rules of `<spa-pain-check>`: answers in, outcome and explained suggestion out. Pure and
 * deterministic (no DOM, no clock, no randomness), so every path is table-tested and a clinician
 * can read each rule beside its source. Source ids are those of `shared/PAIN-CHECK-SOURCES.md`;
 * `docs/pain-check.md` lists every sign with its step, outcome and source. The rules only ever
 * suggest; they never diagnose.
 */
import type { AssessmentOutcome, PainBand, PainDuration } from './assessment.js';
import { techniques } from '../../content/techniques.js';
import type { Pressure } from '../../content/technique.schema.js';
import {
  SAFETY_FLAGS,
  STEPS,
  draftUpTo,
  completeAnswers,
  stepAnswered,
  type Draft,
  type Feeling,
  type PainAnswers,
  type SafetyFlag,
} from './answers.js';

export type SourceId = 'seed' | 'nrs' | 'duration' | 'red-flags-urgent' | 'red-flags-doctor' | 'contraindications';
export type TechniqueId = 'deep-tissue' | 'swedish' | 'trigger-point';
export type Frequency = 'weekly-1-2' | 'weekly' | 'every-1-4-weeks' | 'no-pain';

export type ReasonId =
  | 'sign'
  | 'severe'
  | 'feeling'
  | 'first-time'
  | 'pressure-swap'
  | 'pressure-preference'
  | 'pressure-limited'
  | 'pressure-unsure'
  | 'duration-acute'
  | 'duration-subacute'
  | 'duration-chronic'
  | 'no-pain';

/** One "because you said …": which answer, which rule, which source. */
export interface Reason {
  id: ReasonId;
  /** The answer this reason refers to. */
  answer: keyof PainAnswers;
  source: SourceId;
  /** For a sign: the box that was ticked. */
  flag?: SafetyFlag;
  /** For the feeling: what the pain feels like, worded for the technique suggested. */
  feeling?: Feeling;
}

export interface Recommendation {
  technique: TechniqueId;
  alternative: TechniqueId;
  pressure: Pressure;
  frequency: Frequency;
}

/** The result, by outcome: only `ok` carries a recommendation; the others name the signs behind them. */
export type Assessment =
  | {
      outcome: Exclude<AssessmentOutcome, 'ok'>;
      /** The boxes behind it, in checklist order (none when only the pain level decided). */
      flags: SafetyFlag[];
      painLevel?: number;
      painBand?: PainBand;
      reasons: Reason[];
    }
  | {
      outcome: 'ok';
      painLevel: number;
      painBand: PainBand;
      duration: PainDuration;
      recommendation: Recommendation;
      reasons: Reason[];
    };

/** nrs: 0 no pain; bands 1–3 mild, 4–6 moderate, 7–10 severe — wording only, never a diagnosis. */
export function painBand(level: number): PainBand {
  if (level <= 0) return 'none';
  if (level <= 3) return 'mild';
  if (level <= 6) return 'moderate';
  return 'severe';
}

/**
 * nrs + red-flags-doctor: pain from 7 up sends the visitor to a doctor before any booking. The NHS
 * advises a GP when back pain is very bad; 7 is where "severe" starts in every banding the sources
 * list (1–3/4–6/7–10 and 1–4/5–6/7–10), so no pain the scale calls severe reaches a booking.
 */
export const SEE_DOCTOR_FROM = 7;

type StopOutcome = Exclude<AssessmentOutcome, 'ok'>;

/** What each box leads to. Emergency beats urgent beats see-doctor; any of them ends the check. */
export const SAFETY_RULES: Readonly<Record<SafetyFlag, { outcome: StopOutcome; source: SourceId }>> = {
  // red-flags-urgent: new numbness around the genitals, buttocks or inner thighs (cauda equina).
  'saddle-numbness': { outcome: 'emergency', source: 'red-flags-urgent' },
  // red-flags-urgent: new trouble passing or controlling urine, or loss of bowel control.
  'bladder-bowel': { outcome: 'emergency', source: 'red-flags-urgent' },
  // red-flags-urgent: a new change in sexual function (NHS on cauda equina).
  'sexual-function': { outcome: 'emergency', source: 'red-flags-urgent' },
  // red-flags-urgent: pain, tingling, weakness or numbness in both legs (BMJ Best Practice).
  'both-legs': { outcome: 'emergency', source: 'red-flags-urgent' },
  // red-flags-urgent: legs getting weaker or numb.
  'leg-weakness': { outcome: 'emergency', source: 'red-flags-urgent' },
  // red-flags-urgent: back pain after a serious accident (NHS emergency signs).
  accident: { outcome: 'emergency', source: 'red-flags-urgent' },
  // red-flags-urgent: chest pain with back pain (NHS emergency signs).
  'chest-pain': { outcome: 'emergency', source: 'red-flags-urgent' },
  // red-flags-urgent: "not sure" about an emergency sign is at least "see a doctor urgently".
  'emergency-unsure': { outcome: 'urgent', source: 'red-flags-urgent' },
  // red-flags-doctor: fever or feeling very unwell.
  fever: { outcome: 'urgent', source: 'red-flags-doctor' },
  // red-flags-doctor: weight loss without trying.
  'weight-loss': { outcome: 'urgent', source: 'red-flags-doctor' },
  // red-flags-doctor: cancer now or before.
  cancer: { outcome: 'urgent', source: 'red-flags-doctor' },
  // red-flags-doctor: a lump or a change in the shape of the back.
  lump: { outcome: 'urgent', source: 'red-flags-doctor' },
  // red-flags-doctor: pain worse at night, or not eased by rest.
  'night-pain': { outcome: 'urgent', source: 'red-flags-doctor' },
  // red-flags-doctor: pain after a minor fall or lift with osteoporosis or long-term steroid tablets.
  'minor-fall': { outcome: 'urgent', source: 'red-flags-doctor' },
  // red-flags-doctor: weakened immune system or injected drug use.
  immune: { outcome: 'urgent', source: 'red-flags-doctor' },
  // red-flags-doctor: pain mainly between the shoulder blades.
  'between-shoulders': { outcome: 'urgent', source: 'red-flags-doctor' },
  // red-flags-doctor: pain worse on coughing, sneezing or straining.
  'cough-strain': { outcome: 'urgent', source: 'red-flags-doctor' },
  // red-flags-doctor: the NHS advises a GP when back pain is getting worse.
  worse: { outcome: 'see-doctor', source: 'red-flags-doctor' },
  // red-flags-doctor: … or when it stops normal daily activities.
  'daily-life': { outcome: 'see-doctor', source: 'red-flags-doctor' },
  // red-flags-doctor: no improvement after about four weeks (and no doctor has seen it yet).
  'no-improvement': { outcome: 'see-doctor', source: 'red-flags-doctor' },
  // red-flags-doctor: pain down a leg with numbness, tingling or weakness is often a nerve
  // (sciatica), for a doctor to look at; in both legs, or getting worse, it is an emergency above.
  'leg-nerve': { outcome: 'see-doctor', source: 'red-flags-doctor' },
  // red-flags-doctor: new back pain that starts over 50 (a box, so no age is ever asked or kept).
  'new-over-50': { outcome: 'see-doctor', source: 'red-flags-doctor' },
  // seed + contraindications: no massage on an unhealed fracture.
  fracture: { outcome: 'see-doctor', source: 'contraindications' },
  // seed + contraindications: infection, rash, burn or open wound at the site.
  skin: { outcome: 'see-doctor', source: 'contraindications' },
  // contraindications: a blood clot (DVT), a bleeding disorder or blood thinners.
  clot: { outcome: 'see-doctor', source: 'contraindications' },
  // contraindications: recent surgery.
  surgery: { outcome: 'see-doctor', source: 'contraindications' },
  // contraindications: pregnancy → check with the provider first.
  pregnancy: { outcome: 'see-doctor', source: 'contraindications' },
  // seed: with a serious medical condition, consult a doctor before starting massage.
  condition: { outcome: 'see-doctor', source: 'seed' },
};

const SEVERITY: readonly StopOutcome[] = ['emergency', 'urgent', 'see-doctor'];

/**
 * The signs and thresholds that end the check before any comfort question: the most serious
 * outcome any answer leads to, with the answers behind it, or nothing when none applies.
 */
export function screen(answers: { safety?: readonly SafetyFlag[]; painLevel?: number }): Assessment | undefined {
  const { painLevel } = answers;
  const severe = painLevel !== undefined && painLevel >= SEE_DOCTOR_FROM;
  const ticked = SAFETY_FLAGS.filter((flag) => answers.safety?.includes(flag));
  const worst = SEVERITY.find((outcome) => ticked.some((flag) => SAFETY_RULES[flag].outcome === outcome)) ?? (severe ? 'see-doctor' : undefined);
  if (!worst) return undefined;
  const flags = ticked.filter((flag) => SAFETY_RULES[flag].outcome === worst);
  const reasons: Reason[] = flags.map((flag) => ({ id: 'sign', answer: 'safety', source: SAFETY_RULES[flag].source, flag }));
  if (worst === 'see-doctor' && severe) reasons.push({ id: 'severe', answer: 'painLevel', source: 'nrs' });
  const pain = painLevel === undefined ? {} : { painLevel, painBand: painBand(painLevel) };
  return { outcome: worst, flags, ...pain, reasons };
}

interface FeelingRule {
  feeling: Feeling;
  /** Durations the rule applies to; all when absent. */
  durations?: readonly PainDuration[];
  technique: TechniqueId;
  alternative: TechniqueId;
  /** Both suit this feeling about equally, so a pressure preference may swap them. */
  close: boolean;
  /** The firmest pressure this feeling should start at, whatever the preference. */
  ceiling?: Pressure;
}

/** The first choice by what the pain feels like most; the first matching row wins. */
export const FEELING_RULES: readonly FeelingRule[] = [
  // seed: trigger point therapy works on tender knots and pain you can point to; deep tissue
  // also works on knots, and is meant for long-standing aches.
  { feeling: 'knots', durations: ['subacute', 'chronic'], technique: 'trigger-point', alternative: 'deep-tissue', close: true },
  // seed: trigger point therapy suits recent pain too; Swedish is the gentler second choice.
  { feeling: 'knots', technique: 'trigger-point', alternative: 'swedish', close: false },
  // seed: a knot can send pain to the area around it (referred pain), which trigger point therapy targets.
  { feeling: 'spreads', technique: 'trigger-point', alternative: 'swedish', close: false },
  // red-flags-doctor: pain down a leg is often a nerve (sciatica), not a knot: gentle Swedish
  // massage only, no firm or pinpoint work along the nerve (numbness or weakness ended the check earlier).
  { feeling: 'leg', technique: 'swedish', alternative: 'trigger-point', close: false, ceiling: 'gentle' },
  // seed: deep tissue is for chronic aches and contracted, stiff areas.
  { feeling: 'stiffness', durations: ['chronic'], technique: 'deep-tissue', alternative: 'trigger-point', close: true },
  // seed: newer stiffness starts gentler, with Swedish.
  { feeling: 'stiffness', technique: 'swedish', alternative: 'trigger-point', close: true },
  // seed: Swedish helps most when the pain is tied to stress and muscle tension.
  { feeling: 'stress', technique: 'swedish', alternative: 'trigger-point', close: false },
  // seed: Swedish eases general muscle tension; deep tissue for chronic aches.
  { feeling: 'ache', durations: ['chronic'], technique: 'swedish', alternative: 'deep-tissue', close: true },
  // seed: Swedish eases general muscle tension; trigger point for recent and long-term pain alike.
  { feeling: 'ache', technique: 'swedish', alternative: 'trigger-point', close: true },
];

/** seed: acute — one or two sessions a week; chronic — one every one to four weeks; subacute in between. */
export const FREQUENCY_RULES: Readonly<Record<PainDuration, { frequency: Frequency; reason: ReasonId }>> = {
  // duration: the project calls under 6 weeks acute, 6–12 subacute, over 12 chronic, and says so.
  acute: { frequency: 'weekly-1-2', reason: 'duration-acute' },
  subacute: { frequency: 'weekly', reason: 'duration-subacute' },
  chronic: { frequency: 'every-1-4-weeks', reason: 'duration-chronic' },
};

const PRESSURE_ORDER: readonly Pressure[] = ['gentle', 'medium', 'firm'];
const rank = (pressure: Pressure) => PRESSURE_ORDER.indexOf(pressure);
const lower = (a: Pressure, b: Pressure): Pressure => (rank(a) <= rank(b) ? a : b);

/** seed: the pressure each technique is done at, from gentlest to firmest it still makes sense. */
const PRESSURE_RANGE: Readonly<Record<TechniqueId, readonly [Pressure, Pressure]>> = {
  swedish: ['gentle', 'medium'],
  'trigger-point': ['gentle', 'firm'],
  'deep-tissue': ['medium', 'firm'],
};

const naturalPressure = (technique: TechniqueId): Pressure =>
  techniques.find((t) => t.id === technique)?.pressure ?? 'medium';

const goodForFirstTimers = (technique: TechniqueId): boolean =>
  techniques.find((t) => t.id === technique)?.goodForFirstTimers ?? false;

const clamp = (pressure: Pressure, low: Pressure, high: Pressure): Pressure =>
  PRESSURE_ORDER[Math.min(Math.max(rank(pressure), rank(low)), rank(high))];

/** The suggestion for answers that passed screening. Every reason argues for the technique it names. */
function recommend(answers: PainAnswers): Assessment {
  const { painLevel, duration, feeling, experience, pressure: preference } = answers;
  const rule = FEELING_RULES.find((r) => r.feeling === feeling && (!r.durations || r.durations.includes(duration)))!;
  let { technique, alternative, close } = rule;
  const firstTime = experience === 'first';

  if (firstTime) {
    // seed: Swedish is a good first massage. A preference may still pick the second choice, but
    // only one that also suits first-timers (trigger point does, deep tissue does not).
    if (technique !== 'swedish') [technique, alternative, close] = ['swedish', technique, true];
    close &&= goodForFirstTimers(alternative);
  }

  // seed: the therapist adjusts pressure to the visitor; between two close choices, the one
  // whose usual pressure matches the stated preference goes first.
  const swapped =
    preference !== 'not-sure' && close && naturalPressure(alternative) === preference && naturalPressure(technique) !== preference;
  if (swapped) [technique, alternative] = [alternative, technique];

  // seed: a first massage is never firm, and a first Swedish massage is gentle.
  const firstCeiling: Pressure = !firstTime ? 'firm' : technique === 'swedish' ? 'gentle' : 'medium';
  const [low, high] = PRESSURE_RANGE[technique];
  const cap = lower(lower(high, firstCeiling), rule.ceiling ?? 'firm');
  const pressure = clamp(preference === 'not-sure' ? naturalPressure(technique) : preference, low, cap);

  const reasons: Reason[] = [{ id: 'feeling', answer: 'feeling', source: 'seed', feeling }];
  if (firstTime) reasons.push({ id: 'first-time', answer: 'experience', source: 'seed' });
  // One sentence about pressure, never two.
  const pressureReason: ReasonId =
    preference === 'not-sure' ? 'pressure-unsure' : pressure !== preference ? 'pressure-limited' : swapped ? 'pressure-swap' : 'pressure-preference';
  reasons.push({ id: pressureReason, answer: 'pressure', source: 'seed' });

  // nrs: with no pain right now there is nothing to space visits by.
  const frequency = painLevel === 0 ? { frequency: 'no-pain' as const, reason: 'no-pain' as const } : FREQUENCY_RULES[duration];
  reasons.push({ id: frequency.reason, answer: painLevel === 0 ? 'painLevel' : 'duration', source: painLevel === 0 ? 'nrs' : 'seed' });
  return {
    outcome: 'ok',
    painLevel,
    painBand: painBand(painLevel),
    duration,
    recommendation: { technique, alternative, pressure, frequency: frequency.frequency },
    reasons,
  };
}

/** Complete answers in, outcome out: the signs first, then the suggestion. */
export function assess(answers: PainAnswers): Assessment {
  return screen(answers) ?? recommend(answers);
}

/**
 * Where a visitor's draft stands, as soon as an answered step ends the check or once every step is
 * answered: the result, the step (0-based index of STEPS) it was decided on, and the answers up to
 * that step. Otherwise nothing.
 */
export function decide(draft: Draft): { result: Assessment; step: number; answers: Draft } | undefined {
  for (let step = 0; step < STEPS.length; step++) {
    if (!stepAnswered(STEPS[step], draft)) return undefined;
    const answers = draftUpTo(draft, step);
    const stop = screen(answers);
    if (stop) return { result: stop, step, answers };
  }
  const answers = completeAnswers(draft);
  return answers && { result: recommend(answers), step: STEPS.length - 1, answers: draft };
}

/**
 * Where kept answers reopen: their step (1-based; one past the last is the result), but a result
 * only if the answers still lead to one, else the first open question.
 */
export function resumeAt(step: number, draft: Draft): number {
  if (step <= STEPS.length || decide(draft)) return step;
  return STEPS.findIndex((name) => !stepAnswered(name, draft)) + 1 || STEPS.length;
}
