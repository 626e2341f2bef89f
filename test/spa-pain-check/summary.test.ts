import { expect } from '@open-wc/testing';
import { DURATIONS, EXPERIENCES, FEELINGS, PRESSURE_PREFERENCES, SAFETY_FLAGS, type PainAnswers } from '../../src/elements/spa-pain-check/answers.js';
import { assess } from '../../src/elements/spa-pain-check/assess.js';
import { painCheckStrings } from '../../src/elements/spa-pain-check/pain-check.strings.js';
import { reasonText, resultTitle, summaryText } from '../../src/elements/spa-pain-check/summary.js';

const strings = painCheckStrings.en;
const names = (id: string) => ({ 'deep-tissue': 'Deep tissue massage', swedish: 'Swedish massage', 'trigger-point': 'Trigger point therapy' })[id] ?? id;
const base: PainAnswers = { painLevel: 8, duration: 'acute', feeling: 'stress', experience: 'first', pressure: 'gentle', safety: [] };

describe('reasonText', () => {
  it('fills every placeholder of every reason, for every combination of answers', () => {
    const seen = new Set<string>();
    const check = (answers: PainAnswers) => {
      const result = assess(answers);
      for (const reason of result.reasons) {
        seen.add(reason.id);
        const text = reasonText(reason, result, answers, strings, names);
        expect(text, `${reason.id} ${JSON.stringify(answers)}`).to.not.match(/\{\w+\}/);
        expect(text.trim()).to.not.equal('');
      }
    };
    for (const feeling of FEELINGS)
      for (const duration of DURATIONS)
        for (const experience of EXPERIENCES)
          for (const pressure of PRESSURE_PREFERENCES)
            for (const painLevel of [1, 5, 9]) check({ ...base, feeling, duration, experience, pressure, painLevel });
    for (const flag of SAFETY_FLAGS) check({ ...base, safety: [flag] });
    expect([...seen].sort()).to.deep.equal(Object.keys(strings.reasons).sort());
  });

  it('ties each sentence to the answer it came from', () => {
    const answers: PainAnswers = { ...base, painLevel: 9, feeling: 'knots' };
    const result = assess(answers);
    expect(result.reasons.map((r) => reasonText(r, result, answers, strings, names))).to.deep.equal([
      // The feeling names the technique it points to, even when the pain level then picks Swedish.
      'You said you have tender knots or a spot you can point to: trigger point therapy works on exactly those points.',
      'You rated your pain 9 (severe): with strong pain we start with Swedish massage at gentle pressure.',
      'You have had the pain for less than 6 weeks: while it is recent, shorter gaps between visits help.',
    ]);
  });
});

describe('summaryText', () => {
  it('ok: answers, suggestion, reasons and disclaimer as plain text', () => {
    const answers: PainAnswers = { ...base, painLevel: 3, feeling: 'stress', experience: 'regular', pressure: 'medium' };
    const text = summaryText(assess(answers), answers, strings, names);
    expect(text.split('\n')).to.deep.equal([
      'Back pain self-check',
      '',
      'My answers:',
      '- How strong is your back pain right now? 3/10 (mild)',
      '- How long have you had this pain? Less than 6 weeks',
      '- What does it feel like most of the time? Tension that gets worse when I’m stressed',
      '- Have you had a massage before? Yes, regularly',
      '- What pressure do you like? Medium',
      '- Safety check: does any of this apply to you now? None of these',
      '',
      'Result: Our suggestion: Swedish massage',
      'Second choice: Trigger point therapy',
      'Pressure to start with: Medium',
      'How often: One or two sessions a week while the pain is recent',
      'Why:',
      '- You said the pain rises with stress: Swedish massage relaxes the whole body as well as the back.',
      '- You prefer medium pressure; tell your therapist on the day if it feels like too much or too little.',
      '- You have had the pain for less than 6 weeks: while it is recent, shorter gaps between visits help.',
      '',
      strings.disclaimer,
    ]);
  });

  it('urgent: the action first, the ticked signs, no suggestion', () => {
    const answers: PainAnswers = { ...base, safety: ['leg-weakness', 'fever'] };
    const result = assess(answers);
    expect(resultTitle(result, strings, names)).to.equal('Get medical help now');
    const text = summaryText(result, answers, strings, names);
    expect(text).to.contain('Result: Get medical help now\nCall your local emergency number, or go to an emergency department now.\nYou told us about:\n- Weakness or numbness in a leg that is getting worse\n');
    expect(text).to.not.contain('Second choice');
    expect(text).to.contain('- Safety check: does any of this apply to you now? Weakness or numbness in a leg that is getting worse; A fever');
  });

  it('see-doctor: names every box that was ticked', () => {
    const answers: PainAnswers = { ...base, safety: ['clot', 'surgery'] };
    const text = summaryText(assess(answers), answers, strings, names);
    expect(text).to.contain('Result: Please see a doctor before booking\nYou told us about:\n- A blood clot (DVT), or medicine that thins your blood\n- Surgery in the last few months\n');
  });
});
