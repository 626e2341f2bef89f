import * as z from 'zod/mini';
import type { PainDuration } from '../../core/assessment.js';

/**
 * The questions of `<spa-pain-check>` as data: the answer ids each step offers, and a schema that
 * checks answers read back from session storage (a visitor or an extension may have edited them).
 */

export const DURATIONS = ['acute', 'subacute', 'chronic'] as const satisfies readonly PainDuration[];
export const FEELINGS = ['knots', 'travels', 'stiffness', 'stress', 'ache'] as const;
export const EXPERIENCES = ['first', 'few', 'regular'] as const;
export const PRESSURE_PREFERENCES = ['gentle', 'medium', 'firm', 'not-sure'] as const;
/** Signs that need emergency care, plus "not sure about these", which is not an all-clear. */
export const URGENT_FLAGS = ['saddle-numbness', 'bladder-bowel', 'sexual-function', 'leg-weakness', 'both-legs', 'accident', 'urgent-unsure'] as const;
/** Reasons to see a doctor before booking. */
export const DOCTOR_FLAGS = [
  'fever',
  'injury',
  'cancer',
  'night-pain',
  'fracture',
  'skin',
  'clot',
  'surgery',
  'pregnancy',
  'condition',
] as const;
export const SAFETY_FLAGS = [...URGENT_FLAGS, ...DOCTOR_FLAGS] as const;

export type Feeling = (typeof FEELINGS)[number];
export type Experience = (typeof EXPERIENCES)[number];
export type PressurePreference = (typeof PRESSURE_PREFERENCES)[number];
export type SafetyFlag = (typeof SAFETY_FLAGS)[number];

/** A visitor's answers to all five steps. `safety` empty means "none of these" was ticked. */
export interface PainAnswers {
  painLevel: number;
  duration: PainDuration;
  feeling: Feeling;
  experience: Experience;
  pressure: PressurePreference;
  safety: SafetyFlag[];
}

/** Answers while the visitor is still on the way; `none` is the explicit "none of these". */
export type Draft = Partial<Omit<PainAnswers, 'safety'>> & { safety?: SafetyFlag[]; none?: boolean };

export const STEPS = 5;

/** Whether step `step` (1–5) has what it needs to go on. */
export function stepAnswered(step: number, draft: Draft): boolean {
  switch (step) {
    case 1:
      return draft.painLevel !== undefined;
    case 2:
      return draft.duration !== undefined;
    case 3:
      return draft.feeling !== undefined;
    case 4:
      return draft.experience !== undefined && draft.pressure !== undefined;
    default:
      return Boolean(draft.none || draft.safety?.length);
  }
}

/** The complete answers, once every step is answered. */
export function completeAnswers(draft: Draft): PainAnswers | undefined {
  const { painLevel, duration, feeling, experience, pressure } = draft;
  if (painLevel === undefined || !duration || !feeling || !experience || !pressure) return undefined;
  if (!stepAnswered(5, draft)) return undefined;
  return { painLevel, duration, feeling, experience, pressure, safety: draft.none ? [] : [...(draft.safety ?? [])] };
}

/** What `remember` keeps in session storage: the draft and the step, nothing else. */
export const savedSchema = z.object({
  step: z.number().check(z.int(), z.minimum(1), z.maximum(STEPS + 1)),
  draft: z.object({
    painLevel: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(10))),
    duration: z.optional(z.enum(DURATIONS)),
    feeling: z.optional(z.enum(FEELINGS)),
    experience: z.optional(z.enum(EXPERIENCES)),
    pressure: z.optional(z.enum(PRESSURE_PREFERENCES)),
    safety: z.optional(z.array(z.enum(SAFETY_FLAGS))),
    none: z.optional(z.boolean()),
  }),
});
