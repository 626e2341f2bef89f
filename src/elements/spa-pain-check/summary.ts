/**
 * Words for an assessment: each reason as a sentence, the title, and a plain-text summary a
 * visitor can copy, print and bring to a therapist or doctor. Pure: no DOM, so it is table-tested
 * beside `assess`.
 */
import type { AssessmentCompleteDetail } from './assessment.js';
import { format } from '../../core/strings.js';
import { contentFor } from '../../content/content-catalog.js';
import { runningNames } from '../../content/technique-names.js';
import { techniqueContent } from '../../content/techniques.js';
import { CHECKLISTS, type Draft } from './answers.js';
import { painBand, type Assessment, type Reason } from './assess.js';
import type { PainCheckStrings } from './pain-check.strings.js';

/** A technique's names by id: as a title ("Swedish massage") and mid-sentence ("trigger point therapy"). */
export interface TechniqueNames {
  display: (id: string) => string;
  running: (id: string) => string;
}

/** The built-in techniques' names in a language, as the cards and booking button say them. */
export function techniqueNames(lang: string): TechniqueNames {
  const running: Readonly<Record<string, string>> = contentFor(runningNames, lang);
  return {
    display: (id) => contentFor(techniqueContent, lang).find((t) => t.id === id)?.name ?? id,
    running: (id) => running[id] ?? id,
  };
}

/** One "because you said …" sentence; empty when the suggestion's texts could not be loaded. */
export function reasonText(reason: Reason, assessment: Assessment, answers: Draft, strings: PainCheckStrings, names: TechniqueNames): string {
  if (reason.id === 'sign') return strings.flags[reason.flag!];
  if (assessment.outcome !== 'ok') {
    return format(strings.reasons.severe, { level: assessment.painLevel ?? '', band: strings.bands[assessment.painBand ?? 'severe'] });
  }
  const { technique, pressure } = assessment.recommendation;
  const wording: Partial<PainCheckStrings['feelingReasons']> = strings.feelingReasons;
  if (reason.id === 'feeling') return wording[reason.feeling!]?.[technique] ?? '';
  return format(strings.reasons[reason.id] ?? '', {
    level: assessment.painLevel,
    band: strings.bands[assessment.painBand],
    technique: names.running(technique),
    pressure: strings.pressureNames[pressure].toLowerCase(),
    preference: answers.pressure ? strings.pressures[answers.pressure].toLowerCase() : '',
  });
}

/** What `spa-assessment-complete` tells the page: only the fields the outcome has. */
export function assessmentDetail(assessment: Assessment, answers: Draft, strings: PainCheckStrings, names: TechniqueNames): AssessmentCompleteDetail {
  const detail: AssessmentCompleteDetail = {
    outcome: assessment.outcome,
    reasons: assessment.reasons.map((reason) => reasonText(reason, assessment, answers, strings, names)).filter(Boolean),
  };
  if (assessment.painLevel !== undefined) Object.assign(detail, { painLevel: assessment.painLevel, painBand: assessment.painBand });
  if (assessment.outcome === 'ok') {
    const { recommendation } = assessment;
    Object.assign(detail, { technique: recommendation.technique, duration: assessment.duration, recommendation: { ...recommendation } });
  }
  return detail;
}

/** The result's title, as shown and announced: each outcome has its own. */
export function resultTitle(assessment: Assessment, strings: PainCheckStrings, names: TechniqueNames): string {
  switch (assessment.outcome) {
    case 'emergency':
      return strings.emergencyTitle;
    case 'urgent':
      return strings.urgentTitle;
    case 'see-doctor':
      return strings.doctorTitle;
    default:
      return format(strings.okTitle, { technique: names.display(assessment.recommendation.technique) });
  }
}

/** Plain text: the answers given, then the result and its reasons, then the disclaimer. */
export function summaryText(assessment: Assessment, answers: Draft, strings: PainCheckStrings, names: TechniqueNames): string {
  const ticked = answers.safety ?? [];
  const lines = [strings.summaryHeading, '', `${strings.summaryAnswers}:`];
  for (const [list, legend] of [
    ['emergency', strings.emergencyLegend],
    ['urgent', strings.urgentLegend],
    ['doctor', strings.doctorLegend],
  ] as const) {
    const flags = ticked.filter((flag) => CHECKLISTS[list].includes(flag));
    if (flags.length) lines.push(`- ${legend} ${flags.map((flag) => strings.flags[flag]).join('; ')}`);
    else if (answers.cleared?.includes(list)) lines.push(`- ${legend} ${strings.none}`);
  }
  const { painLevel, duration, feeling, experience, pressure } = answers;
  if (painLevel !== undefined) lines.push(`- ${strings.painLegend} ${painLevel}/10 (${strings.bands[painBand(painLevel)]})`);
  if (duration) lines.push(`- ${strings.durationLegend} ${strings.durations[duration]}`);
  if (feeling) lines.push(`- ${strings.feelingLegend} ${strings.feelings[feeling]}`);
  if (experience) lines.push(`- ${strings.experienceLegend} ${strings.experiences[experience]}`);
  if (pressure) lines.push(`- ${strings.pressureLegend} ${strings.pressures[pressure]}`);
  lines.push('', `${strings.summaryResult}: ${resultTitle(assessment, strings, names)}`);
  const reasons = assessment.reasons.map((reason) => reasonText(reason, assessment, answers, strings, names)).filter(Boolean);
  if (assessment.outcome === 'ok') {
    const { recommendation } = assessment;
    const often = strings.frequencies[recommendation.frequency] as string | undefined;
    lines.push(
      `${strings.alternativeLabel}: ${names.display(recommendation.alternative)}`,
      `${strings.pressureLabel}: ${strings.pressureNames[recommendation.pressure]}`,
      ...(often ? [`${strings.frequencyLabel}: ${often}`] : []),
      ...(reasons.length ? [`${strings.whyLabel}:`] : []),
    );
  } else {
    lines.push(strings.because);
  }
  lines.push(...reasons.map((reason) => `- ${reason}`), '', strings.disclaimer);
  return lines.join('\n');
}
