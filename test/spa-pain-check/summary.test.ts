import { expect } from '@open-wc/testing';
import { DURATIONS, EXPERIENCES, FEELINGS, PRESSURE_PREFERENCES, SAFETY_FLAGS, type Draft, type PainAnswers } from '../../src/elements/spa-pain-check/answers.js';
import { assess, decide, screen } from '../../src/elements/spa-pain-check/assess.js';
import { painCheckLaterWording, painCheckStrings, painCheckTranslations, type PainCheckStrings } from '../../src/elements/spa-pain-check/pain-check.strings.js';
import { laterWordingFor } from '../../src/core/strings.js';
import { reasonText, resultTitle, summaryText, techniqueNames } from '../../src/elements/spa-pain-check/summary.js';

const names = techniqueNames('en');
const cleared: Draft['cleared'] = ['emergency', 'urgent', 'doctor'];
const base: PainAnswers = { painLevel: 3, duration: 'acute', feeling: 'stress', experience: 'first', pressure: 'gentle', safety: [] };

/** Every path through the check: each sign, each pain level, every comfort answer. */
function* everyPath(): Generator<PainAnswers> {
  for (const flag of SAFETY_FLAGS) yield { ...base, safety: [flag] };
  for (let painLevel = 0; painLevel <= 10; painLevel++)
    for (const feeling of FEELINGS)
      for (const duration of DURATIONS)
        for (const experience of EXPERIENCES)
          for (const pressure of PRESSURE_PREFERENCES) yield { ...base, painLevel, feeling, duration, experience, pressure };
}

// Every language the pain check ships: English inside (with its later texts, loaded as a visitor's
// first touch would), the others loaded as a page would.
await laterWordingFor(painCheckStrings, painCheckLaterWording);
const languages: [string, PainCheckStrings][] = [['en', painCheckStrings.en]];
for (const [lang, load] of Object.entries(painCheckTranslations)) languages.push([lang, (await load()) as PainCheckStrings]);

for (const [lang, strings] of languages) {
  describe(`reasonText and resultTitle (${lang})`, () => {
    const names = techniqueNames(lang);
    it('names every suggested technique in this language, as a title and mid-sentence', () => {
      for (const id of ['deep-tissue', 'swedish', 'trigger-point']) {
        expect(names.display(id), id).to.not.equal(id);
        expect(names.running(id), id).to.not.equal(id);
      }
    });
    it('every reason of every path reads as a whole sentence, and the title names the technique every reason argues for', () => {
      const seen = new Set<string>();
      for (const answers of everyPath()) {
        const result = assess(answers);
        const title = resultTitle(result, strings, names);
        const texts = result.reasons.map((reason) => {
          seen.add(reason.id);
          return reasonText(reason, result, answers, strings, names);
        });
        for (const text of texts) {
          expect(text, `${JSON.stringify(answers)}`).to.not.match(/\{\w+\}|undefined/);
          expect(text.trim()).to.not.equal('');
        }
        expect(new Set(texts).size, JSON.stringify(answers)).to.equal(texts.length);
        if (result.outcome === 'ok') {
          const { technique } = result.recommendation;
          expect(title).to.contain(names.display(technique));
          // The feeling sentence speaks of the technique in the title, never of another.
          expect(texts[0], JSON.stringify(answers)).to.contain(names.running(technique));
          for (const other of ['deep-tissue', 'swedish', 'trigger-point'].filter((id) => id !== technique)) {
            expect(texts[0], JSON.stringify(answers)).to.not.contain(names.running(other));
          }
        }
      }
      expect([...seen].sort()).to.deep.equal(['sign', 'feeling', ...Object.keys(strings.reasons)].sort());
    });

    it('each outcome has its own title', () => {
      const titles = [
        screen({ safety: ['chest-pain'] }),
        screen({ safety: ['fever'] }),
        screen({ safety: ['pregnancy'] }),
        assess(base),
      ].map((result) => resultTitle(result!, strings, names));
      expect(new Set(titles).size).to.equal(4);
    });
  });
}

describe('reasonText (en)', () => {
  const strings = painCheckStrings.en;

  it('a suggestion explains itself once per answer, in agreement', () => {
    const answers: PainAnswers = { ...base, painLevel: 5, duration: 'chronic', feeling: 'knots', experience: 'few', pressure: 'firm' };
    const result = assess(answers);
    expect(resultTitle(result, strings, names)).to.equal('Our suggestion: Deep tissue massage');
    expect(result.reasons.map((r) => reasonText(r, result, answers, strings, names))).to.deep.equal([
      'You said you have tender knots: deep tissue massage also works on knots, in the deeper layers of muscle.',
      'You like firm pressure, which is how deep tissue massage is usually done.',
      'You have had the pain for more than 12 weeks: regular visits a few weeks apart suit long-term pain.',
    ]);
  });

  it('severe pain names the level and sends to a doctor', () => {
    const result = screen({ safety: [], painLevel: 10 })!;
    expect(resultTitle(result, strings, names)).to.equal('See a doctor before booking a massage');
    expect(reasonText(result.reasons[0], result, {}, strings, names)).to.equal(
      'You rated your pain 10 out of 10 (severe): pain that strong should be seen by a doctor first.',
    );
  });
});

describe('summaryText', () => {
  const strings = painCheckStrings.en;

  it('ok: every answer, the suggestion, its reasons and the disclaimer as plain text', () => {
    const draft: Draft = { cleared, painLevel: 3, duration: 'acute', feeling: 'stress', experience: 'regular', pressure: 'medium' };
    const { result, answers } = decide(draft)!;
    expect(summaryText(result, answers, strings, names).split('\n')).to.deep.equal([
      'Back pain self-check',
      '',
      'My answers:',
      `- ${strings.emergencyLegend} None of these`,
      '- Do any of these apply to you? None of these',
      '- Before a massage: does any of this apply? None of these',
      '- How strong is your back pain right now? 3/10 (mild)',
      '- How long have you had this pain? Less than 6 weeks',
      '- What does it feel like most of the time? Tension that gets worse when I’m stressed',
      '- Have you had a massage before? Yes, regularly',
      '- What pressure do you like? Medium',
      '',
      'Result: Our suggestion: Swedish massage',
      'Second choice: Trigger point therapy',
      'Pressure to start with: Medium',
      'How often: One or two sessions a week while the pain is recent',
      'Why:',
      '- You said the pain rises with stress: Swedish massage relaxes the whole body as well as the back.',
      '- You like medium pressure: tell your therapist on the day if it feels like too much or too little.',
      '- You have had the pain for less than 6 weeks: while pain is recent, visits closer together are usual.',
      '',
      strings.disclaimer,
    ]);
  });

  it('an early result lists only the answers up to the step that decided it', () => {
    const draft: Draft = { cleared: ['emergency'], safety: ['fever', 'night-pain', 'pregnancy'], painLevel: 9, feeling: 'ache' };
    const { result, answers } = decide(draft)!;
    const text = summaryText(result, answers, strings, names);
    expect(text).to.contain(
      '- Do any of these apply to you? A fever, or feeling very unwell; Pain that is worse at night, or not eased by rest or lying down\n\nResult: See a doctor today or tomorrow\nWhat you told us:\n- A fever, or feeling very unwell\n- Pain that is worse at night, or not eased by rest or lying down\n',
    );
    expect(text).to.not.contain('pregnant');
    expect(text).to.not.contain('/10');
    expect(text).to.not.contain('Second choice');
  });
});
