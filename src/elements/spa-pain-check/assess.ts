/**
 * The rules of `<spa-pain-check>`: answers in, outcome and explained suggestion out. Pure and
 * deterministic (no DOM, no clock, no randomness), so every path is table-tested and a clinician
 * can read each rule beside its source. Source ids are those of `shared/PAIN-CHECK-SOURCES.md`:
 * `seed` (the spa's own page), `nrs`, `duration`, `red-flags-urgent`, `red-flags-doctor`,
 * `contraindications`. The rules only ever suggest; they never diagnose.
 */
import type { AssessmentOutcome, PainBand, PainDuration } from '../../core/assessment.js';
import { techniques } from '../../content/techniques.js';
import type { Pressure } from '../../content/technique.schema.js';
import { SAFETY_FLAGS, type Feeling, type PainAnswers, type SafetyFlag } from './answers.js';

export type SourceId = 'seed' | 'nrs' | 'duration' | 'red-flags-urgent' | 'red-flags-doctor' | 'contraindications';
export type TechniqueId = 'deep-tissue' | 'swedish' | 'trigger-point';
export type Frequency = 'weekly-1-2' | 'weekly' | 'every-1-4-weeks';
/** How soon to see a doctor: within a day or so, or simply before booking. */
export type DoctorUrgency = 'soon' | 'before-booking';

export type ReasonId =
  | 'urgent-sign'
  | 'doctor-sign'
  | 'feeling-knots'
  | 'feeling-travels'
  | 'feeling-stiffness-chronic'
  | 'feeling-stiffness'
  | 'feeling-stress'
  | 'feeling-ache'
  | 'severe'
  | 'first-time'
  | 'pressure-swap'
  | 'pressure-preference'
  | 'pressure-limited'
  | 'pressure-unsure'
  | 'duration-acute'
  | 'duration-subacute'
  | 'duration-chronic';

/** One "because you said …": which answer, which rule, which source. */
export interface Reason {
  id: ReasonId;
  /** The answer this reason refers to. */
  answer: keyof PainAnswers;
  source: SourceId;
  /** For safety reasons: the box that was ticked. */
  flag?: SafetyFlag;
  /** The technique this answer points to, when that is not (or not only) the final pick. */
  technique?: TechniqueId;
}

export interface Recommendation {
  technique: TechniqueId;
  alternative: TechniqueId;
  pressure: Pressure;
  frequency: Frequency;
}

interface AssessmentBase {
  painLevel: number;
  painBand: PainBand;
  duration: PainDuration;
  reasons: Reason[];
}

/** The result, by outcome: only `ok` carries a recommendation, only `see-doctor` an urgency. */
export type Assessment =
  | (AssessmentBase & {
      outcome: 'urgent';
      /** The emergency boxes ticked, in checklist order. */
      flags: SafetyFlag[];
    })
  | (AssessmentBase & {
      outcome: 'see-doctor';
      /** The boxes behind it, in checklist order. */
      flags: SafetyFlag[];
      urgency: DoctorUrgency;
    })
  | (AssessmentBase & { outcome: 'ok'; recommendation: Recommendation });

/** nrs: 0 no pain; bands 1–3 mild, 4–6 moderate, 7–10 severe — wording only, never a diagnosis. */
export function painBand(level: number): PainBand {
  if (level <= 0) return 'none';
  if (level <= 3) return 'mild';
  if (level <= 6) return 'moderate';
  return 'severe';
}

interface SafetyRule {
  outcome: Exclude<AssessmentOutcome, 'ok'>;
  urgency?: DoctorUrgency;
  source: SourceId;
}

/** What each safety box leads to. Checked before anything else: urgent beats see-doctor beats ok. */
export const SAFETY_RULES: Readonly<Record<SafetyFlag, SafetyRule>> = {
  // red-flags-urgent: new saddle numbness → emergency care now (NHS on cauda equina; NICE NG59).
  'saddle-numbness': { outcome: 'urgent', source: 'red-flags-urgent' },
  // red-flags-urgent: new bladder or bowel control problems → emergency care now.
  'bladder-bowel': { outcome: 'urgent', source: 'red-flags-urgent' },
  // red-flags-urgent: a new change in sexual function → emergency care now (NHS on cauda equina).
  'sexual-function': { outcome: 'urgent', source: 'red-flags-urgent' },
  // red-flags-urgent: leg weakness or numbness that is getting worse → emergency care now.
  'leg-weakness': { outcome: 'urgent', source: 'red-flags-urgent' },
  // red-flags-urgent: pain, tingling, weakness or numbness in both legs → emergency care now (NHS
  // emergency signs; cauda equina per BMJ Best Practice).
  'both-legs': { outcome: 'urgent', source: 'red-flags-urgent' },
  // red-flags-urgent: back pain after a serious accident → emergency care now (NHS emergency signs);
  // a minor fall is `injury` below.
  accident: { outcome: 'urgent', source: 'red-flags-urgent' },
  // red-flags-urgent: "not sure" about an emergency sign is treated as at least "see a doctor urgently".
  'urgent-unsure': { outcome: 'see-doctor', urgency: 'soon', source: 'red-flags-urgent' },
  // red-flags-doctor: fever or feeling unwell with back pain → doctor the same or next day.
  fever: { outcome: 'see-doctor', urgency: 'soon', source: 'red-flags-doctor' },
  // red-flags-doctor: a minor fall or injury → doctor the same or next day (pain after a minor fall
  // may hide a fracture when bones are weak); a serious accident is `accident` above.
  injury: { outcome: 'see-doctor', urgency: 'soon', source: 'red-flags-doctor' },
  // red-flags-doctor: history of cancer or unexplained weight loss.
  cancer: { outcome: 'see-doctor', urgency: 'soon', source: 'red-flags-doctor' },
  // red-flags-doctor: constant night pain not eased by rest.
  'night-pain': { outcome: 'see-doctor', urgency: 'soon', source: 'red-flags-doctor' },
  // red-flags-doctor: osteoporosis or a suspected or unhealed fracture (the seed: no massage on unhealed fractures).
  fracture: { outcome: 'see-doctor', urgency: 'soon', source: 'red-flags-doctor' },
  // contraindications: infection, rash, burn or open wound at the site (the seed: infections, skin conditions).
  skin: { outcome: 'see-doctor', urgency: 'before-booking', source: 'contraindications' },
  // contraindications: a blood clot (DVT) or blood thinners: no deep or forceful work without a doctor's word.
  clot: { outcome: 'see-doctor', urgency: 'before-booking', source: 'contraindications' },
  // contraindications: recent surgery.
  surgery: { outcome: 'see-doctor', urgency: 'before-booking', source: 'contraindications' },
  // contraindications: pregnancy → check with the provider first.
  pregnancy: { outcome: 'see-doctor', urgency: 'before-booking', source: 'contraindications' },
  // seed: with a serious medical condition, consult a doctor before starting massage.
  condition: { outcome: 'see-doctor', urgency: 'before-booking', source: 'seed' },
};

interface FeelingRule {
  feeling: Feeling;
  /** Durations the rule applies to; all when absent. */
  durations?: readonly PainDuration[];
  technique: TechniqueId;
  alternative: TechniqueId;
  /** Both suit this feeling about equally, so a pressure preference may swap them. */
  close: boolean;
  reason: ReasonId;
  source: SourceId;
}

/** The first choice by what the pain feels like most; the first matching row wins. */
export const FEELING_RULES: readonly FeelingRule[] = [
  // seed: trigger point therapy finds tender knots and pain you can point to; deep tissue also
  // breaks down knots, and is meant for long-standing aches.
  { feeling: 'knots', durations: ['subacute', 'chronic'], technique: 'trigger-point', alternative: 'deep-tissue', close: true, reason: 'feeling-knots', source: 'seed' },
  // seed: trigger point therapy works for recent pain too; Swedish is the gentler second choice.
  { feeling: 'knots', technique: 'trigger-point', alternative: 'swedish', close: false, reason: 'feeling-knots', source: 'seed' },
  // seed: knots send pain to other places (referred pain), which trigger point therapy targets.
  { feeling: 'travels', technique: 'trigger-point', alternative: 'swedish', close: false, reason: 'feeling-travels', source: 'seed' },
  // seed: deep tissue is for chronic aches and contracted, stiff areas.
  { feeling: 'stiffness', durations: ['chronic'], technique: 'deep-tissue', alternative: 'trigger-point', close: true, reason: 'feeling-stiffness-chronic', source: 'seed' },
  // seed: deep tissue is for chronic tension; newer stiffness starts gentler, with Swedish.
  { feeling: 'stiffness', technique: 'swedish', alternative: 'trigger-point', close: true, reason: 'feeling-stiffness', source: 'seed' },
  // seed: Swedish helps most when the pain is related to stress and muscle tension.
  { feeling: 'stress', technique: 'swedish', alternative: 'trigger-point', close: false, reason: 'feeling-stress', source: 'seed' },
  // seed: Swedish eases general muscle tension; deep tissue for chronic aches.
  { feeling: 'ache', durations: ['chronic'], technique: 'swedish', alternative: 'deep-tissue', close: true, reason: 'feeling-ache', source: 'seed' },
  // seed: Swedish eases general muscle tension; trigger point for acute and chronic pain alike.
  { feeling: 'ache', technique: 'swedish', alternative: 'trigger-point', close: true, reason: 'feeling-ache', source: 'seed' },
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

/** Answers in, outcome out. See the tables above for every rule and its source. */
export function assess(answers: PainAnswers): Assessment {
  const { painLevel, duration, feeling, experience, pressure: preference } = answers;
  const base = { painLevel, painBand: painBand(painLevel), duration };

  // Safety first, in checklist order: one urgent sign is enough; doctor reasons come next.
  const flags = SAFETY_FLAGS.filter((flag) => answers.safety.includes(flag));
  const urgent = flags.filter((flag) => SAFETY_RULES[flag].outcome === 'urgent');
  if (urgent.length) {
    return {
      ...base,
      outcome: 'urgent',
      flags: urgent,
      reasons: urgent.map((flag) => ({ id: 'urgent-sign', answer: 'safety', source: SAFETY_RULES[flag].source, flag })),
    };
  }
  if (flags.length) {
    return {
      ...base,
      outcome: 'see-doctor',
      flags,
      urgency: flags.some((flag) => SAFETY_RULES[flag].urgency === 'soon') ? 'soon' : 'before-booking',
      reasons: flags.map((flag) => ({ id: 'doctor-sign', answer: 'safety', source: SAFETY_RULES[flag].source, flag })),
    };
  }

  const rule = FEELING_RULES.find((r) => r.feeling === feeling && (!r.durations || r.durations.includes(duration)))!;
  let { technique, alternative, close } = rule;
  const reasons: Reason[] = [{ id: rule.reason, answer: 'feeling', source: rule.source, technique: rule.technique }];
  const severe = base.painBand === 'severe';
  const firstTime = experience === 'first';

  if (severe) {
    // nrs band 7–10 + seed: Swedish is the gentler massage. Strong pain starts there at gentle
    // pressure, and no preference moves it firmer.
    if (technique !== 'swedish') [technique, alternative] = ['swedish', technique];
    reasons.push({ id: 'severe', answer: 'painLevel', source: 'nrs' });
  } else if (firstTime) {
    // seed: Swedish is a great option for those new to massage. A preference may still pick the
    // second choice, but only one that also suits first-timers (trigger point does, deep tissue not).
    if (technique !== 'swedish') [technique, alternative, close] = ['swedish', technique, true];
    close &&= goodForFirstTimers(alternative);
    reasons.push({ id: 'first-time', answer: 'experience', source: 'seed' });
  }

  let pressure: Pressure;
  if (severe) {
    pressure = 'gentle';
  } else {
    // seed: the therapist adjusts pressure to the visitor; between two close choices, the one
    // whose usual pressure matches the stated preference goes first.
    if (preference !== 'not-sure' && close && naturalPressure(alternative) === preference && naturalPressure(technique) !== preference) {
      [technique, alternative] = [alternative, technique];
      reasons.push({ id: 'pressure-swap', answer: 'pressure', source: 'seed' });
    }
    // seed: Swedish is the gentle start for first-timers; a first massage is never firm, and a
    // first Swedish massage is gentle.
    const ceiling: Pressure = !firstTime ? 'firm' : technique === 'swedish' ? 'gentle' : 'medium';
    const [low, high] = PRESSURE_RANGE[technique];
    const cap = rank(high) < rank(ceiling) ? high : ceiling;
    if (preference === 'not-sure') {
      pressure = clamp(naturalPressure(technique), low, cap);
      reasons.push({ id: 'pressure-unsure', answer: 'pressure', source: 'seed' });
    } else {
      pressure = clamp(preference, low, cap);
      reasons.push({ id: pressure === preference ? 'pressure-preference' : 'pressure-limited', answer: 'pressure', source: 'seed' });
    }
  }

  const frequency = FREQUENCY_RULES[duration];
  reasons.push({ id: frequency.reason, answer: 'duration', source: 'seed' });
  return {
    ...base,
    outcome: 'ok',
    recommendation: { technique, alternative, pressure, frequency: frequency.frequency },
    reasons,
  };
}
