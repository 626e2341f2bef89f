/**
 * Words for an assessment: each reason as a sentence, and a plain-text summary a visitor can copy,
 * print and bring to the therapist. Pure: no DOM, so it is table-tested beside `assess`.
 */
import { format } from '../../core/strings.js';
import type { PainAnswers } from './answers.js';
import type { Assessment, Reason } from './assess.js';
import type { PainCheckStrings } from './pain-check.strings.js';

/** A technique's display name by id. */
export type TechniqueNames = (id: string) => string;

/** One "because you said …" sentence. */
export function reasonText(reason: Reason, assessment: Assessment, answers: PainAnswers, strings: PainCheckStrings, names: TechniqueNames): string {
  const recommendation = assessment.outcome === 'ok' ? assessment.recommendation : undefined;
  const inText = (id: string) => strings.techniqueNames[id] ?? names(id);
  return format(strings.reasons[reason.id], {
    level: assessment.painLevel,
    band: strings.bands[assessment.painBand],
    flag: reason.flag ? strings.flags[reason.flag] : '',
    technique: reason.technique ? inText(reason.technique) : recommendation ? inText(recommendation.technique) : '',
    alternative: recommendation ? inText(recommendation.alternative) : '',
    pressure: recommendation ? strings.pressureNames[recommendation.pressure].toLowerCase() : '',
    preference: strings.pressures[answers.pressure].toLowerCase(),
  });
}

/** The result's title, as shown and announced. */
export function resultTitle(assessment: Assessment, strings: PainCheckStrings, names: TechniqueNames): string {
  if (assessment.outcome === 'urgent') return strings.urgentTitle;
  if (assessment.outcome === 'see-doctor') return strings.doctorTitle;
  return `${strings.okTitle}: ${format(strings.okTechnique, { technique: names(assessment.recommendation.technique) })}`;
}

/** Plain text: the answers, then the result and its reasons, then the disclaimer. */
export function summaryText(assessment: Assessment, answers: PainAnswers, strings: PainCheckStrings, names: TechniqueNames): string {
  const flags = answers.safety.length ? answers.safety.map((flag) => strings.flags[flag]).join('; ') : strings.none;
  const lines = [
    strings.summaryHeading,
    '',
    `${strings.summaryAnswers}:`,
    `- ${strings.painLegend} ${answers.painLevel}/10 (${strings.bands[assessment.painBand]})`,
    `- ${strings.durationLegend} ${strings.durations[answers.duration]}`,
    `- ${strings.feelingLegend} ${strings.feelings[answers.feeling]}`,
    `- ${strings.experienceLegend} ${strings.experiences[answers.experience]}`,
    `- ${strings.pressureLegend} ${strings.pressures[answers.pressure]}`,
    `- ${strings.safetyLegend} ${flags}`,
    '',
    `${strings.summaryResult}: ${resultTitle(assessment, strings, names)}`,
  ];
  if (assessment.outcome === 'ok') {
    const { recommendation } = assessment;
    lines.push(
      `${strings.alternativeLabel}: ${names(recommendation.alternative)}`,
      `${strings.pressureLabel}: ${strings.pressureNames[recommendation.pressure]}`,
      `${strings.frequencyLabel}: ${strings.frequencies[recommendation.frequency]}`,
      `${strings.whyLabel}:`,
    );
  } else {
    if (assessment.outcome === 'urgent') lines.push(strings.urgentAction);
    lines.push(strings.because);
  }
  lines.push(...assessment.reasons.map((reason) => `- ${reasonText(reason, assessment, answers, strings, names)}`), '', strings.disclaimer);
  return lines.join('\n');
}
