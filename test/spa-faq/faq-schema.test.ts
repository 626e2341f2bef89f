import { expect } from '@open-wc/testing';
import { describesFaqPage, faqPage } from '../../src/elements/spa-faq/faq-schema.js';
import { MAX_FAQ_ITEMS, readItems } from '../../src/elements/spa-faq/faq-items.js';

describe('faqPage', () => {
  it('lists every question with its plain-text answer', () => {
    expect(faqPage([{ question: 'Q1?', answer: 'A1.' }, { question: 'Q2?', answer: 'A2.' }])).to.deep.equal({
      '@type': 'FAQPage',
      mainEntity: [
        { '@type': 'Question', name: 'Q1?', acceptedAnswer: { '@type': 'Answer', text: 'A1.' } },
        { '@type': 'Question', name: 'Q2?', acceptedAnswer: { '@type': 'Answer', text: 'A2.' } },
      ],
    });
  });
  it('is null without questions (an empty FAQPage is invalid)', () => expect(faqPage([])).to.equal(null));
});

describe('describesFaqPage', () => {
  const cases: [string, string, boolean][] = [
    ['an FAQPage', '{"@context":"https://schema.org","@type":"FAQPage"}', true],
    ['a type list', '{"@type":["WebPage","FAQPage"]}', true],
    ['inside @graph', '{"@graph":[{"@type":"Organization"},{"@type":"FAQPage"}]}', true],
    ['an array of blocks', '[{"@type":"Article"},{"@type":"FAQPage"}]', true],
    ['another type', '{"@type":"LocalBusiness","name":"FAQPage spa"}', false],
    ['broken JSON', '{"@type":"FAQPage"', false],
  ];
  for (const [name, text, expected] of cases) it(name, () => expect(describesFaqPage(text)).to.equal(expected));
});

describe('readItems', () => {
  const cases: { name: string; raw: unknown; kept: number[]; problems: string[] }[] = [
    { name: 'nothing given', raw: undefined, kept: [], problems: [] },
    { name: 'not a list', raw: { question: 'Q' }, kept: [], problems: ['items: expected a list of { question, answer } (from the JSON config)'] },
    {
      name: 'a value whose prototype throws when read is refused on its own, the next item kept',
      raw: [{ question: Object.create({ get constructor() { throw new Error('hostile'); } }), answer: 'A0' }, { question: 'Q1', answer: 'A1' }],
      kept: [1],
      problems: ['items[0].question: expected text (from the JSON config)'],
    },
    {
      name: 'a list where a question belongs is not read as one',
      raw: [Object.assign(['Q', 'A'], { question: 'Q', answer: 'A' })],
      kept: [],
      problems: ['items[0]: expected an object such as { "question": "…", "answer": "…" } (from the JSON config)'],
    },
    {
      name: 'bad items dropped one by one, with their index',
      raw: [
        { question: 'Q0', answer: 'A0' },
        { question: '', answer: 'A1' },
        { question: 'Q2' },
        { question: 'Q3', answer: 3 },
        { question: 'Q4', answer: 'A4', id: 'Not A Slug' },
        'text',
        { question: 'Q6', answer: 'A6', open: 'yes' },
        { question: 'Q7', answer: 'A7', category: 'Aftercare', open: true, id: 'q7' },
      ],
      kept: [0, 7],
      problems: [
        'items[1].question: expected a non-empty string (from the JSON config)',
        'items[2].answer: expected text (from the JSON config)',
        'items[3].answer: expected text (from the JSON config)',
        'items[4].id: expected an id of lower-case letters, digits and dashes, e.g. "deep-tissue" (from the JSON config)',
        'items[5]: expected an object such as { "question": "…", "answer": "…" } (from the JSON config)',
        'items[6].open: expected true or false (from the JSON config)',
      ],
    },
    {
      name: 'a sparse list claiming billions of entries is read only as far as it can be shown',
      raw: Object.assign(new Array(2 ** 32 - 1), { 3: { question: 'Q3', answer: 'A3' } }),
      kept: [3],
      problems: [`items: 4294967295 questions given; at most ${MAX_FAQ_ITEMS} are shown, the first ones (from the JSON config)`],
    },
  ];
  for (const { name, raw, kept, problems } of cases) {
    it(name, () => {
      const result = readItems(raw, 'json');
      expect(result.items.map((item) => item.index)).to.deep.equal(kept);
      expect(result.problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal(problems);
    });
  }
});
