import { expect } from '@open-wc/testing';
import {
  CHECKLISTS,
  DOCTOR_FLAGS,
  DURATIONS,
  EMERGENCY_FLAGS,
  EXPERIENCES,
  FEELINGS,
  PRESSURE_PREFERENCES,
  SAFETY_FLAGS,
  STEPS,
  URGENT_FLAGS,
  completeAnswers,
  draftUpTo,
  stepAnswered,
  type Draft,
  type PainAnswers,
  type SafetyFlag,
} from '../../src/elements/spa-pain-check/answers.js';
import {
  FEELING_RULES,
  SAFETY_RULES,
  SEE_DOCTOR_FROM,
  assess,
  decide,
  painBand,
  resumeAt,
  screen,
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

/** Every combination of the non-safety answers that passes screening. */
function* allClear(): Generator<PainAnswers> {
  for (let painLevel = 0; painLevel < SEE_DOCTOR_FROM; painLevel++)
    for (const duration of DURATIONS)
      for (const feeling of FEELINGS)
        for (const experience of EXPERIENCES)
          for (const pressure of PRESSURE_PREFERENCES) yield { safety: [], painLevel, duration, feeling, experience, pressure };
}

/** The result narrowed to the outcome it must have; the test fails when the outcome differs. */
type Narrowed<O> = O extends 'ok' ? Extract<Assessment, { outcome: 'ok' }> : Exclude<Assessment, { outcome: 'ok' }>;
function expectOutcome<O extends Assessment['outcome']>(result: Assessment | undefined, outcome: O): Narrowed<O> {
  expect(result?.outcome).to.equal(outcome);
  return result as Narrowed<O>;
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

describe('the order of the questions', () => {
  it('asks the three checklists of warning signs before the pain, and the pain before comfort and preference', () => {
    expect(STEPS).to.deep.equal(['emergency', 'urgent', 'doctor', 'pain', 'duration', 'feeling', 'massage']);
  });

  it('lists every emergency sign of the sources on the first step', () => {
    expect(CHECKLISTS.emergency).to.deep.equal([
      'saddle-numbness', 'bladder-bowel', 'sexual-function', 'both-legs', 'leg-weakness', 'accident', 'chest-pain', 'emergency-unsure',
    ]);
  });

  it('asks every box exactly once', () => {
    const boxes = Object.values(CHECKLISTS).flat();
    expect(boxes).to.have.length(new Set(boxes).size);
    expect([...boxes].sort()).to.deep.equal([...SAFETY_FLAGS].sort());
  });
});

describe('screen: every sign and threshold, table-driven', () => {
  // The table of docs/pain-check.md: sign → step → outcome → source.
  const table: [SafetyFlag, string, Assessment['outcome'], string][] = [
    ['saddle-numbness', 'emergency', 'emergency', 'red-flags-urgent'],
    ['bladder-bowel', 'emergency', 'emergency', 'red-flags-urgent'],
    ['sexual-function', 'emergency', 'emergency', 'red-flags-urgent'],
    ['both-legs', 'emergency', 'emergency', 'red-flags-urgent'],
    ['leg-weakness', 'emergency', 'emergency', 'red-flags-urgent'],
    ['accident', 'emergency', 'emergency', 'red-flags-urgent'],
    ['chest-pain', 'emergency', 'emergency', 'red-flags-urgent'],
    ['emergency-unsure', 'emergency', 'urgent', 'red-flags-urgent'],
    ['fever', 'urgent', 'urgent', 'red-flags-doctor'],
    ['weight-loss', 'urgent', 'urgent', 'red-flags-doctor'],
    ['cancer', 'urgent', 'urgent', 'red-flags-doctor'],
    ['lump', 'urgent', 'urgent', 'red-flags-doctor'],
    ['night-pain', 'urgent', 'urgent', 'red-flags-doctor'],
    ['minor-fall', 'urgent', 'urgent', 'red-flags-doctor'],
    ['immune', 'urgent', 'urgent', 'red-flags-doctor'],
    ['between-shoulders', 'urgent', 'urgent', 'red-flags-doctor'],
    ['cough-strain', 'urgent', 'urgent', 'red-flags-doctor'],
    ['worse', 'doctor', 'see-doctor', 'red-flags-doctor'],
    ['daily-life', 'doctor', 'see-doctor', 'red-flags-doctor'],
    ['no-improvement', 'doctor', 'see-doctor', 'red-flags-doctor'],
    ['leg-nerve', 'doctor', 'see-doctor', 'red-flags-doctor'],
    ['new-over-50', 'doctor', 'see-doctor', 'red-flags-doctor'],
    ['fracture', 'doctor', 'see-doctor', 'contraindications'],
    ['skin', 'doctor', 'see-doctor', 'contraindications'],
    ['clot', 'doctor', 'see-doctor', 'contraindications'],
    ['surgery', 'doctor', 'see-doctor', 'contraindications'],
    ['pregnancy', 'doctor', 'see-doctor', 'contraindications'],
    ['condition', 'doctor', 'see-doctor', 'seed'],
  ];

  it('covers every box', () => expect(table.map(([flag]) => flag)).to.deep.equal([...SAFETY_FLAGS]));

  for (const [flag, step, outcome, source] of table) {
    it(`${flag} (step "${step}") → ${outcome}, cited to ${source}, and ends the check on that step`, () => {
      expect(CHECKLISTS[step as keyof typeof CHECKLISTS]).to.include(flag);
      expect(SAFETY_RULES[flag]).to.deep.equal({ outcome, source });
      const result = expectOutcome(screen({ safety: [flag] }), outcome as Exclude<Assessment['outcome'], 'ok'>);
      expect(result.flags).to.deep.equal([flag]);
      expect(result.reasons).to.deep.equal([{ id: 'sign', answer: 'safety', source, flag }]);
      expect(result).to.not.have.property('recommendation');
      // Ticked on its step, with every earlier list answered "none of these", it ends the check there.
      const index = STEPS.indexOf(step as (typeof STEPS)[number]);
      const draft: Draft = { safety: [flag], cleared: ['emergency', 'urgent', 'doctor'].filter((list) => STEPS.indexOf(list as 'emergency') < index) as Draft['cleared'] };
      expect(decide(draft)?.step).to.equal(index);
      expect(decide(draft)?.result.outcome).to.equal(outcome);
    });
  }

  it('pain from 7 up → see a doctor first, whatever else is answered; 6 passes', () => {
    for (let level = 0; level <= 10; level++) {
      const result = screen({ safety: [], painLevel: level });
      if (level >= 7) {
        const doctor = expectOutcome(result, 'see-doctor');
        expect(doctor.reasons).to.deep.equal([{ id: 'severe', answer: 'painLevel', source: 'nrs' }]);
        expect(doctor.painBand).to.equal('severe');
      } else expect(result, `level ${level}`).to.equal(undefined);
    }
    expect(SEE_DOCTOR_FROM).to.equal(7);
  });

  it('the most serious outcome wins, and names only the answers behind it', () => {
    expect(screen({ safety: ['pregnancy', 'fever', 'chest-pain'], painLevel: 9 })).to.deep.include({ outcome: 'emergency', flags: ['chest-pain'] });
    expect(screen({ safety: ['pregnancy', 'emergency-unsure', 'fever'], painLevel: 9 })).to.deep.include({ outcome: 'urgent', flags: ['emergency-unsure', 'fever'] });
    const doctor = expectOutcome(screen({ safety: ['clot', 'worse'], painLevel: 8 }), 'see-doctor');
    expect(doctor.flags).to.deep.equal(['worse', 'clot']);
    expect(doctor.reasons.map((r) => r.id)).to.deep.equal(['sign', 'sign', 'severe']);
  });

  it('no path with a sign or a threshold reaches a suggestion (and so no booking)', () => {
    for (const flag of SAFETY_FLAGS) {
      for (const clear of [answers(), answers({ painLevel: 0, feeling: 'stress', experience: 'regular', pressure: 'firm' })]) {
        expect(assess({ ...clear, safety: [flag] }).outcome, flag).to.not.equal('ok');
      }
    }
    for (let level = SEE_DOCTOR_FROM; level <= 10; level++) expect(assess(answers({ painLevel: level })).outcome).to.equal('see-doctor');
  });
});

describe('decide: where the check stands', () => {
  const cleared: Draft['cleared'] = ['emergency', 'urgent', 'doctor'];

  it('kept answers reopen at their step, and at a result only while they still lead to one', () => {
    const all: Draft = { cleared, painLevel: 3, duration: 'acute', feeling: 'ache', experience: 'few', pressure: 'gentle' };
    const rows: [string, number, Draft, number][] = [
      ['a question', 2, { cleared: ['emergency'] }, 2],
      ['a result the answers lead to', 8, all, 8],
      ['a result the answers no longer lead to', 8, { cleared: ['emergency'] }, 2],
      ['a result with every step but the last answered', 8, { ...all, pressure: undefined }, 7],
    ];
    for (const [name, step, draft, reopened] of rows) expect(resumeAt(step, draft), name).to.equal(reopened);
  });

  it('nothing until a step ends the check or every step is answered', () => {
    expect(decide({})).to.equal(undefined);
    expect(decide({ cleared: ['emergency'] })).to.equal(undefined);
    expect(decide({ cleared, painLevel: 3, duration: 'acute', feeling: 'ache' })).to.equal(undefined);
  });

  it('severe pain ends the check on the pain step', () => {
    expect(decide({ cleared, painLevel: 8 })).to.deep.include({ step: 3 });
  });

  it('answers to later steps, kept from before going back, neither end the check early nor show in its answers', () => {
    const draft: Draft = { safety: ['pregnancy'], cleared: ['emergency'], painLevel: 9 };
    // The urgent list is not answered yet, so the doctor list and the pain level do not count.
    expect(decide(draft)).to.equal(undefined);
    const decided = decide({ ...draft, safety: ['fever', 'pregnancy'] })!;
    expect(decided.result).to.deep.include({ outcome: 'urgent', flags: ['fever'] });
    expect(decided.answers).to.deep.equal({ safety: ['fever'], cleared: ['emergency'] });
    expect(draftUpTo({ ...draft, duration: 'acute', feeling: 'ache' }, 4)).to.deep.equal({
      safety: ['pregnancy'],
      cleared: ['emergency'],
      painLevel: 9,
      duration: 'acute',
    });
  });

  it('a complete all-clear draft leads to the suggestion, decided on the last step', () => {
    const draft: Draft = { cleared, painLevel: 3, duration: 'acute', feeling: 'ache', experience: 'few', pressure: 'gentle' };
    expect(decide(draft)).to.deep.include({ step: STEPS.length - 1 });
    expect(decide(draft)!.result.outcome).to.equal('ok');
  });
});

describe('assess: the suggestion', () => {
  const pick = (overrides: Partial<PainAnswers>): Recommendation => expectOutcome(assess(answers(overrides)), 'ok').recommendation;

  // feeling × duration → first choice and second choice, at a neutral preference.
  const table: [PainAnswers['feeling'], PainAnswers['duration'], string, string][] = [
    ['knots', 'chronic', 'trigger-point', 'deep-tissue'],
    ['knots', 'subacute', 'trigger-point', 'deep-tissue'],
    ['knots', 'acute', 'trigger-point', 'swedish'],
    ['spreads', 'chronic', 'trigger-point', 'swedish'],
    ['leg', 'chronic', 'swedish', 'trigger-point'],
    ['stiffness', 'chronic', 'deep-tissue', 'trigger-point'],
    ['stiffness', 'acute', 'swedish', 'trigger-point'],
    ['stress', 'acute', 'swedish', 'trigger-point'],
    ['ache', 'chronic', 'swedish', 'deep-tissue'],
    ['ache', 'acute', 'swedish', 'trigger-point'],
  ];
  for (const [feeling, duration, technique, alternative] of table) {
    it(`${feeling}, ${duration} → ${technique}, then ${alternative}`, () => {
      expect(pick({ feeling, duration })).to.deep.include({ technique, alternative });
    });
  }

  it('a first massage is Swedish or another that suits first-timers, never firm', () => {
    for (const a of allClear()) {
      if (a.experience !== 'first') continue;
      const { technique, pressure } = expectOutcome(assess(a), 'ok').recommendation;
      expect(['swedish', 'trigger-point'], JSON.stringify(a)).to.include(technique);
      expect(pressure, JSON.stringify(a)).to.not.equal('firm');
    }
  });

  it('between two close choices, the stated pressure picks the one usually done at it', () => {
    expect(pick({ feeling: 'knots', duration: 'chronic', pressure: 'firm' })).to.deep.include({ technique: 'deep-tissue', alternative: 'trigger-point', pressure: 'firm' });
    expect(pick({ feeling: 'ache', duration: 'chronic', pressure: 'firm' })).to.deep.include({ technique: 'deep-tissue', pressure: 'firm' });
    // Not close: the feeling's choice stays.
    expect(pick({ feeling: 'stress', pressure: 'medium' })).to.deep.include({ technique: 'swedish', pressure: 'medium' });
  });

  it('pain down a leg starts gentle, whatever the preference', () => {
    for (const pressure of PRESSURE_PREFERENCES) expect(pick({ feeling: 'leg', pressure }).pressure).to.equal('gentle');
  });

  it('visit frequency follows the duration; with no pain it assumes none', () => {
    expect(pick({ duration: 'acute' }).frequency).to.equal('weekly-1-2');
    expect(pick({ duration: 'subacute' }).frequency).to.equal('weekly');
    expect(pick({ duration: 'chronic' }).frequency).to.equal('every-1-4-weeks');
    for (const duration of DURATIONS) {
      const result = expectOutcome(assess(answers({ painLevel: 0, duration })), 'ok');
      expect(result.recommendation.frequency).to.equal('no-pain');
      expect(result.reasons.map((r) => r.id)).to.not.include.members(['duration-acute', 'duration-subacute', 'duration-chronic']);
    }
  });

  it('agrees with itself on every path: one feeling reason for the technique named, one pressure reason, no reason twice', () => {
    let paths = 0;
    for (const a of allClear()) {
      const result = expectOutcome(assess(a), 'ok');
      const ids = result.reasons.map((r) => r.id);
      expect(new Set(ids).size, JSON.stringify(a)).to.equal(ids.length);
      expect(ids.filter((id) => id.startsWith('pressure-')), JSON.stringify(a)).to.have.length(1);
      expect(result.reasons[0]).to.deep.equal({ id: 'feeling', answer: 'feeling', source: 'seed', feeling: a.feeling });
      expect(result.recommendation.alternative).to.not.equal(result.recommendation.technique);
      for (const reason of result.reasons) expect(SOURCES).to.include(reason.source);
      paths++;
    }
    expect(paths).to.equal(7 * 3 * 6 * 3 * 4);
  });

  it('every feeling rule and safety rule cites a known source', () => {
    expect(FEELING_RULES.map((r) => r.feeling)).to.include.members([...FEELINGS]);
    for (const rule of Object.values(SAFETY_RULES)) expect(SOURCES).to.include(rule.source);
  });
});

describe('stepAnswered and completeAnswers', () => {
  it('a checklist is answered by a box of its own or its own "none of these"', () => {
    expect(stepAnswered('emergency', {})).to.equal(false);
    expect(stepAnswered('emergency', { safety: ['fever'] })).to.equal(false);
    expect(stepAnswered('emergency', { safety: ['chest-pain'] })).to.equal(true);
    expect(stepAnswered('urgent', { cleared: ['emergency'] })).to.equal(false);
    expect(stepAnswered('urgent', { cleared: ['urgent'] })).to.equal(true);
    expect(stepAnswered('massage', { experience: 'few' })).to.equal(false);
    expect(stepAnswered('massage', { experience: 'few', pressure: 'gentle' })).to.equal(true);
    expect(stepAnswered('pain', { painLevel: 0 })).to.equal(true);
  });

  it('complete only with every step answered', () => {
    const all: Draft = { cleared: ['emergency', 'urgent', 'doctor'], painLevel: 0, duration: 'acute', feeling: 'ache', experience: 'few', pressure: 'gentle' };
    expect(completeAnswers(all)).to.deep.equal({ safety: [], painLevel: 0, duration: 'acute', feeling: 'ache', experience: 'few', pressure: 'gentle' });
    expect(completeAnswers({ ...all, cleared: ['emergency', 'urgent'] })).to.equal(undefined);
    expect(EMERGENCY_FLAGS.length + URGENT_FLAGS.length + DOCTOR_FLAGS.length).to.equal(SAFETY_FLAGS.length);
  });
});
