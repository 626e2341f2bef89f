import { expect } from '@open-wc/testing';
import {
  DOCTOR_FLAGS,
  DURATIONS,
  EXPERIENCES,
  FEELINGS,
  PRESSURE_PREFERENCES,
  URGENT_FLAGS,
  completeAnswers,
  stepAnswered,
  type PainAnswers,
  type SafetyFlag,
} from '../../src/elements/spa-pain-check/answers.js';
import {
  FEELING_RULES,
  FREQUENCY_RULES,
  SAFETY_RULES,
  assess,
  painBand,
  type Assessment,
  type Recommendation,
} from '../../src/elements/spa-pain-check/assess.js';

const SOURCES = ['seed', 'nrs', 'duration', 'red-flags-urgent', 'red-flags-doctor', 'contraindications'];

const answers = (overrides: Partial<PainAnswers> = {}): PainAnswers => ({
  painLevel: 4,
  duration: 'chronic',
  feeling: 'ache',
  experience: 'few',
  pressure: 'not-sure',
  safety: [],
  ...overrides,
});

/** The result narrowed to the outcome it must have; the test fails when the outcome differs. */
function expectOutcome<O extends Assessment['outcome']>(result: Assessment, outcome: O): Extract<Assessment, { outcome: O }> {
  expect(result.outcome).to.equal(outcome);
  return result as Extract<Assessment, { outcome: O }>;
}

describe('painBand (NRS wording)', () => {
  const table: [number, string][] = [
    [0, 'none'], [1, 'mild'], [2, 'mild'], [3, 'mild'], [4, 'moderate'], [5, 'moderate'],
    [6, 'moderate'], [7, 'severe'], [8, 'severe'], [9, 'severe'], [10, 'severe'],
  ];
  for (const [level, band] of table) {
    it(`${level} → ${band}`, () => expect(painBand(level)).to.equal(band));
  }
});

describe('assess: safety first', () => {
  const urgent: SafetyFlag[] = ['saddle-numbness', 'bladder-bowel', 'sexual-function', 'leg-weakness', 'both-legs', 'accident'];
  for (const flag of urgent) {
    it(`${flag} alone → urgent, no recommendation, the box named as the reason`, () => {
      const result = expectOutcome(assess(answers({ safety: [flag], painLevel: 2, feeling: 'stress' })), 'urgent');
      expect(result).to.not.have.property('recommendation');
      expect(result.flags).to.deep.equal([flag]);
      expect(result.reasons).to.deep.equal([{ id: 'urgent-sign', answer: 'safety', source: 'red-flags-urgent', flag }]);
    });
  }

  const doctor: [SafetyFlag, 'soon' | 'before-booking', string][] = [
    ['urgent-unsure', 'soon', 'red-flags-urgent'],
    ['fever', 'soon', 'red-flags-doctor'],
    ['injury', 'soon', 'red-flags-doctor'],
    ['cancer', 'soon', 'red-flags-doctor'],
    ['night-pain', 'soon', 'red-flags-doctor'],
    ['fracture', 'soon', 'red-flags-doctor'],
    ['skin', 'before-booking', 'contraindications'],
    ['clot', 'before-booking', 'contraindications'],
    ['surgery', 'before-booking', 'contraindications'],
    ['pregnancy', 'before-booking', 'contraindications'],
    ['condition', 'before-booking', 'seed'],
  ];
  it('the table covers every box of the checklist', () => {
    expect([...urgent, ...doctor.map(([flag]) => flag)].sort()).to.deep.equal([...URGENT_FLAGS, ...DOCTOR_FLAGS].sort());
  });
  for (const [flag, urgency, source] of doctor) {
    it(`${flag} alone → see a doctor (${urgency}), naming the box`, () => {
      const result = expectOutcome(assess(answers({ safety: [flag] })), 'see-doctor');
      expect(result.urgency).to.equal(urgency);
      expect(result).to.not.have.property('recommendation');
      expect(result.reasons).to.deep.equal([{ id: 'doctor-sign', answer: 'safety', source, flag }]);
    });
  }

  it('urgent beats see-doctor: only the urgent boxes are named', () => {
    const result = expectOutcome(assess(answers({ safety: ['pregnancy', 'leg-weakness', 'fever', 'bladder-bowel'] })), 'urgent');
    expect(result.flags).to.deep.equal(['bladder-bowel', 'leg-weakness']);
  });

  it('a serious accident is an emergency; a minor fall or injury means a doctor soon', () => {
    expectOutcome(assess(answers({ safety: ['accident', 'injury'] })), 'urgent');
    expect(expectOutcome(assess(answers({ safety: ['injury'] })), 'see-doctor').urgency).to.equal('soon');
  });

  it('"not sure" about an emergency sign is never an all-clear', () => {
    for (const feeling of FEELINGS) {
      expect(assess(answers({ feeling, safety: ['urgent-unsure'] })).outcome).to.equal('see-doctor');
    }
  });

  it('see-doctor beats a recommendation, whatever the other answers; the soonest urgency wins', () => {
    const result = expectOutcome(assess(answers({ painLevel: 1, feeling: 'stress', experience: 'regular', safety: ['clot', 'injury'] })), 'see-doctor');
    expect(result.urgency).to.equal('soon');
    expect(result.flags).to.deep.equal(['injury', 'clot']);
    expect(result.reasons.map((r) => r.flag)).to.deep.equal(['injury', 'clot']);
  });

  it('every safety rule names a known source', () => {
    for (const rule of Object.values(SAFETY_RULES)) expect(SOURCES).to.include(rule.source);
  });
});

describe('assess: the suggestion', () => {
  type Row = [string, Partial<PainAnswers>, Recommendation, string[]];
  // Read as: answers → technique, second choice, pressure, frequency, and the reasons given.
  const table: Row[] = [
    ['knots, chronic, regular, firm', { feeling: 'knots', duration: 'chronic', experience: 'regular', pressure: 'firm' },
      { technique: 'deep-tissue', alternative: 'trigger-point', pressure: 'firm', frequency: 'every-1-4-weeks' },
      ['feeling-knots', 'pressure-swap', 'pressure-preference', 'duration-chronic']],
    ['knots, chronic, regular, medium', { feeling: 'knots', duration: 'chronic', experience: 'regular', pressure: 'medium' },
      { technique: 'trigger-point', alternative: 'deep-tissue', pressure: 'medium', frequency: 'every-1-4-weeks' },
      ['feeling-knots', 'pressure-preference', 'duration-chronic']],
    ['knots, acute, few, firm: no deep tissue for recent pain', { feeling: 'knots', duration: 'acute', pressure: 'firm' },
      { technique: 'trigger-point', alternative: 'swedish', pressure: 'firm', frequency: 'weekly-1-2' },
      ['feeling-knots', 'pressure-preference', 'duration-acute']],
    ['pain that travels, subacute', { feeling: 'travels', duration: 'subacute', pressure: 'gentle' },
      { technique: 'trigger-point', alternative: 'swedish', pressure: 'gentle', frequency: 'weekly' },
      ['feeling-travels', 'pressure-preference', 'duration-subacute']],
    ['stiffness, chronic, not sure of pressure', { feeling: 'stiffness', duration: 'chronic' },
      { technique: 'deep-tissue', alternative: 'trigger-point', pressure: 'firm', frequency: 'every-1-4-weeks' },
      ['feeling-stiffness-chronic', 'pressure-unsure', 'duration-chronic']],
    ['stiffness, chronic, gentle: deep tissue never goes below medium', { feeling: 'stiffness', duration: 'chronic', pressure: 'gentle' },
      { technique: 'deep-tissue', alternative: 'trigger-point', pressure: 'medium', frequency: 'every-1-4-weeks' },
      ['feeling-stiffness-chronic', 'pressure-limited', 'duration-chronic']],
    ['stiffness, acute', { feeling: 'stiffness', duration: 'acute' },
      { technique: 'swedish', alternative: 'trigger-point', pressure: 'gentle', frequency: 'weekly-1-2' },
      ['feeling-stiffness', 'pressure-unsure', 'duration-acute']],
    ['stress, firm: Swedish stays, pressure capped at medium', { feeling: 'stress', pressure: 'firm' },
      { technique: 'swedish', alternative: 'trigger-point', pressure: 'medium', frequency: 'every-1-4-weeks' },
      ['feeling-stress', 'pressure-limited', 'duration-chronic']],
    ['general ache, chronic, firm', { feeling: 'ache', pressure: 'firm' },
      { technique: 'deep-tissue', alternative: 'swedish', pressure: 'firm', frequency: 'every-1-4-weeks' },
      ['feeling-ache', 'pressure-swap', 'pressure-preference', 'duration-chronic']],
    ['severe pain with knots: Swedish, gentle, whatever the preference', { painLevel: 8, feeling: 'knots', pressure: 'firm' },
      { technique: 'swedish', alternative: 'trigger-point', pressure: 'gentle', frequency: 'every-1-4-weeks' },
      ['feeling-knots', 'severe', 'duration-chronic']],
    ['first time with knots: Swedish first, gentle', { feeling: 'knots', experience: 'first', duration: 'acute' },
      { technique: 'swedish', alternative: 'trigger-point', pressure: 'gentle', frequency: 'weekly-1-2' },
      ['feeling-knots', 'first-time', 'pressure-unsure', 'duration-acute']],
    ['first time with knots, medium: trigger point suits first-timers too', { feeling: 'knots', experience: 'first', pressure: 'medium' },
      { technique: 'trigger-point', alternative: 'swedish', pressure: 'medium', frequency: 'every-1-4-weeks' },
      ['feeling-knots', 'first-time', 'pressure-swap', 'pressure-preference', 'duration-chronic']],
    ['first time, chronic stiffness, firm: no deep tissue first, no firm pressure', { feeling: 'stiffness', experience: 'first', pressure: 'firm' },
      { technique: 'swedish', alternative: 'deep-tissue', pressure: 'gentle', frequency: 'every-1-4-weeks' },
      ['feeling-stiffness-chronic', 'first-time', 'pressure-limited', 'duration-chronic']],
    ['no pain at all: still a gentle suggestion', { painLevel: 0, feeling: 'stress', duration: 'acute', pressure: 'gentle' },
      { technique: 'swedish', alternative: 'trigger-point', pressure: 'gentle', frequency: 'weekly-1-2' },
      ['feeling-stress', 'pressure-preference', 'duration-acute']],
  ];
  for (const [name, given, recommendation, reasons] of table) {
    it(name, () => {
      const result = expectOutcome(assess(answers(given)), 'ok');
      expect(result.recommendation).to.deep.equal(recommendation);
      expect(result.reasons.map((r) => r.id)).to.deep.equal(reasons);
    });
  }

  it('every feeling × duration has exactly one first matching rule, each with a source', () => {
    for (const feeling of FEELINGS) {
      for (const duration of DURATIONS) {
        const rule = FEELING_RULES.find((r) => r.feeling === feeling && (!r.durations || r.durations.includes(duration)));
        expect(rule, `${feeling} × ${duration}`).to.not.equal(undefined);
        expect(SOURCES).to.include(rule!.source);
        expect(rule!.technique).to.not.equal(rule!.alternative);
      }
    }
  });

  describe('every feeling × duration × experience × pressure × band keeps the rules', () => {
    const ranges = { swedish: ['gentle', 'medium'], 'trigger-point': ['gentle', 'medium', 'firm'], 'deep-tissue': ['medium', 'firm'] };
    for (const feeling of FEELINGS) {
      for (const duration of DURATIONS) {
        it(`${feeling} × ${duration}`, () => {
          for (const experience of EXPERIENCES) {
            for (const pressure of PRESSURE_PREFERENCES) {
              for (const painLevel of [0, 2, 5, 7, 10]) {
                const input = answers({ feeling, duration, experience, pressure, painLevel });
                const frozen = JSON.stringify(input);
                const result = expectOutcome(assess(input), 'ok');
                const label = JSON.stringify(input);
                expect(JSON.stringify(input), 'input untouched').to.equal(frozen);
                expect(assess(input), 'deterministic').to.deep.equal(result);
                const rec = result.recommendation;
                expect(rec.technique, label).to.not.equal(rec.alternative);
                expect(rec.frequency, label).to.equal(FREQUENCY_RULES[duration].frequency);
                expect(ranges[rec.technique], label).to.include(rec.pressure);
                const ids = result.reasons.map((r) => r.id);
                // The feeling is always the first reason, the duration always the last.
                expect(result.reasons[0].answer, label).to.equal('feeling');
                expect(result.reasons.at(-1), label).to.deep.equal({ id: FREQUENCY_RULES[duration].reason, answer: 'duration', source: 'seed' });
                for (const reason of result.reasons) expect(SOURCES, label).to.include(reason.source);
                if (painLevel >= 7) {
                  // Severe pain: Swedish at gentle pressure, and no preference moves it.
                  expect([rec.technique, rec.pressure], label).to.deep.equal(['swedish', 'gentle']);
                  expect(result.reasons.find((r) => r.id === 'severe')?.answer, label).to.equal('painLevel');
                  expect(ids.some((id) => id.startsWith('pressure-')), label).to.equal(false);
                  continue;
                }
                expect(ids, label).to.not.include('severe');
                const pressureReason = result.reasons.find((r) => r.id.startsWith('pressure-') && r.id !== 'pressure-swap');
                expect(pressureReason?.answer, label).to.equal('pressure');
                if (pressure === 'not-sure') expect(pressureReason!.id, label).to.equal('pressure-unsure');
                if (experience === 'first') {
                  // First massage: never firm, never deep tissue first, Swedish at gentle pressure.
                  expect(rec.pressure, label).to.not.equal('firm');
                  expect(rec.technique, label).to.not.equal('deep-tissue');
                  if (rec.technique === 'swedish') expect(rec.pressure, label).to.equal('gentle');
                }
                if (feeling === 'stress') expect(rec.technique, label).to.equal('swedish');
                if ((feeling === 'knots' || feeling === 'travels') && experience !== 'first') {
                  const swapped = ids.includes('pressure-swap');
                  expect(rec.technique, label).to.equal(swapped ? 'deep-tissue' : 'trigger-point');
                  if (swapped) expect(pressure, label).to.equal('firm');
                }
                if (feeling === 'stiffness' && duration === 'chronic' && experience !== 'first') {
                  expect(rec.technique, label).to.equal(pressure === 'medium' ? 'trigger-point' : 'deep-tissue');
                }
                if (rec.pressure !== pressure && pressure !== 'not-sure') expect(pressureReason!.id, label).to.equal('pressure-limited');
              }
            }
          }
        });
      }
    }
  });
});

describe('answers', () => {
  it('each step needs its own answer; the safety step accepts "none of these" or any box', () => {
    expect(stepAnswered(1, {})).to.equal(false);
    expect(stepAnswered(1, { painLevel: 0 })).to.equal(true);
    expect(stepAnswered(2, { painLevel: 3 })).to.equal(false);
    expect(stepAnswered(2, { duration: 'acute' })).to.equal(true);
    expect(stepAnswered(3, { feeling: 'ache' })).to.equal(true);
    expect(stepAnswered(4, { experience: 'first' })).to.equal(false);
    expect(stepAnswered(4, { experience: 'first', pressure: 'gentle' })).to.equal(true);
    expect(stepAnswered(5, { safety: [] })).to.equal(false);
    expect(stepAnswered(5, { none: true })).to.equal(true);
    expect(stepAnswered(5, { safety: ['fever'] })).to.equal(true);
  });

  it('completes only when all five steps are answered; "none" wins over stale boxes', () => {
    const draft = { painLevel: 5, duration: 'acute', feeling: 'ache', experience: 'few', pressure: 'medium' } as const;
    expect(completeAnswers(draft)).to.equal(undefined);
    expect(completeAnswers({ ...draft, none: true, safety: ['fever'] })).to.deep.equal({ ...draft, safety: [] });
    expect(completeAnswers({ ...draft, safety: ['fever'] })).to.deep.equal({ ...draft, safety: ['fever'] });
  });
});
