import * as v from 'valibot';
import type { PainDuration } from './assessment.js';

/**
 * The questions of `<spa-pain-check>` as data: the steps in the order they are asked, the answer
 * ids each offers, and a schema that checks answers read back from session storage (a visitor or
 * an extension may have edited them). Warning signs come first: three checklists, each of which
 * can end the check at once, before anything is asked about comfort or preference.
 */

/** Signs that need emergency care now (PAIN-CHECK-SOURCES: emergency signs). */
export const EMERGENCY_FLAGS = [
  'saddle-numbness',
  'bladder-bowel',
  'sexual-function',
  'both-legs',
  'leg-weakness',
  'accident',
  'chest-pain',
  'emergency-unsure',
] as const;
/** Signs that need a doctor today or tomorrow. */
export const URGENT_FLAGS = [
  'fever',
  'weight-loss',
  'cancer',
  'lump',
  'night-pain',
  'minor-fall',
  'immune',
  'between-shoulders',
  'cough-strain',
] as const;
/** Reasons to see a doctor before booking a massage. */
export const DOCTOR_FLAGS = [
  'worse',
  'daily-life',
  'no-improvement',
  'leg-nerve',
  'new-over-50',
  'fracture',
  'skin',
  'clot',
  'surgery',
  'pregnancy',
  'condition',
] as const;
export const SAFETY_FLAGS = [...EMERGENCY_FLAGS, ...URGENT_FLAGS, ...DOCTOR_FLAGS] as const;

export const DURATIONS = ['acute', 'subacute', 'chronic'] as const satisfies readonly PainDuration[];
export const FEELINGS = ['knots', 'spreads', 'leg', 'stiffness', 'stress', 'ache'] as const;
export const EXPERIENCES = ['first', 'few', 'regular'] as const;
export const PRESSURE_PREFERENCES = ['gentle', 'medium', 'firm', 'not-sure'] as const;

export type Checklist = 'emergency' | 'urgent' | 'doctor';
export type Feeling = (typeof FEELINGS)[number];
export type Experience = (typeof EXPERIENCES)[number];
export type PressurePreference = (typeof PRESSURE_PREFERENCES)[number];
export type SafetyFlag = (typeof SAFETY_FLAGS)[number];

/** The boxes of each checklist step. */
export const CHECKLISTS: Readonly<Record<Checklist, readonly SafetyFlag[]>> = {
  emergency: EMERGENCY_FLAGS,
  urgent: URGENT_FLAGS,
  doctor: DOCTOR_FLAGS,
};

/** The steps in the order they are asked: the three checklists, then the pain, then comfort. */
export const STEPS = ['emergency', 'urgent', 'doctor', 'pain', 'duration', 'feeling', 'massage'] as const;
export type Step = (typeof STEPS)[number];

/** A visitor's answers to every step. `safety` empty means "none of these" on every checklist. */
export interface PainAnswers {
  safety: SafetyFlag[];
  painLevel: number;
  duration: PainDuration;
  feeling: Feeling;
  experience: Experience;
  pressure: PressurePreference;
}

/**
 * Answers while the visitor is on the way. `cleared` lists the checklists answered with "none of
 * these", so an unticked list is never taken for an all-clear.
 */
export type Draft = Partial<Omit<PainAnswers, 'safety'>> & { safety?: SafetyFlag[]; cleared?: Checklist[] };

export const isChecklist = (step: Step): step is Checklist => step in CHECKLISTS;

/** Whether `step` has what it needs to go on. */
export function stepAnswered(step: Step, draft: Draft): boolean {
  if (isChecklist(step)) {
    return Boolean(draft.cleared?.includes(step) || draft.safety?.some((flag) => CHECKLISTS[step].includes(flag)));
  }
  if (step === 'massage') return draft.experience !== undefined && draft.pressure !== undefined;
  const field = step === 'pain' ? 'painLevel' : step;
  return draft[field] !== undefined;
}

/**
 * The answers given up to step `index` (0-based) of STEPS. Answers to later steps, kept when a
 * visitor goes back, must neither end the check nor show in its summary before they are asked again.
 */
export function draftUpTo(draft: Draft, index: number): Draft {
  const asked: readonly Step[] = STEPS.slice(0, index + 1);
  const listed = asked.filter(isChecklist).flatMap((list) => CHECKLISTS[list]);
  const kept = (step: Step, keys: readonly (keyof Draft)[]) =>
    asked.includes(step) ? Object.fromEntries(keys.filter((key) => draft[key] !== undefined).map((key) => [key, draft[key]])) : {};
  return {
    safety: (draft.safety ?? []).filter((flag) => listed.includes(flag)),
    cleared: (draft.cleared ?? []).filter((list) => asked.includes(list)),
    ...kept('pain', ['painLevel']),
    ...kept('duration', ['duration']),
    ...kept('feeling', ['feeling']),
    ...kept('massage', ['experience', 'pressure']),
  };
}

/** The complete answers, once every step is answered. */
export function completeAnswers(draft: Draft): PainAnswers | undefined {
  const { painLevel, duration, feeling, experience, pressure } = draft;
  if (painLevel === undefined || !duration || !feeling || !experience || !pressure) return undefined;
  if (!STEPS.every((step) => stepAnswered(step, draft))) return undefined;
  return { safety: [...(draft.safety ?? [])], painLevel, duration, feeling, experience, pressure };
}

/**
 * The draft after one control changed, as the form reports it: its `name`, `value` and `checked`.
 * A ticked sign undoes "none of these" on its list; "none of these" clears the signs of its list.
 */
export function withAnswer(draft: Draft, name: string, value: string, checked: boolean): Draft {
  const next: Draft = { ...draft };
  if (name === 'painLevel') next.painLevel = Number(value);
  else if (name === 'safety') {
    const flag = value as SafetyFlag;
    next.safety = checked ? [...(next.safety ?? []), flag] : (next.safety ?? []).filter((f) => f !== flag);
    if (checked) next.cleared = next.cleared?.filter((list) => !CHECKLISTS[list].includes(flag));
  } else if (name === 'none') {
    const list = value as Checklist;
    next.cleared = [...(next.cleared ?? []).filter((l) => l !== list), ...(checked ? [list] : [])];
    if (checked) next.safety = next.safety?.filter((flag) => !CHECKLISTS[list].includes(flag));
  } else (next as Record<string, unknown>)[name] = value;
  return next;
}

/** The schema of what `remember` keeps in session storage: the draft and the step number, nothing else. */
export const savedSchema = () => v.object({
  step: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(STEPS.length + 1)),
  draft: v.object({
    safety: v.optional(v.array(v.picklist(SAFETY_FLAGS))),
    cleared: v.optional(v.array(v.picklist(['emergency', 'urgent', 'doctor']))),
    painLevel: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10))),
    duration: v.optional(v.picklist(DURATIONS)),
    feeling: v.optional(v.picklist(FEELINGS)),
    experience: v.optional(v.picklist(EXPERIENCES)),
    pressure: v.optional(v.picklist(PRESSURE_PREFERENCES)),
  }),
});
