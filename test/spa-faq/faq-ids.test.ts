import { expect } from '@open-wc/testing';
import { slugify, uniqueIds } from '../../src/elements/spa-faq/faq-ids.js';

describe('slugify', () => {
  const cases: [string, string][] = [
    ['How often should I come?', 'how-often-should-i-come'],
    ['  Is massage safe — for everyone?  ', 'is-massage-safe-for-everyone'],
    ['¿Qué hago después del masaje?', 'que-hago-despues-del-masaje'],
    ['???', 'question'],
    ['a'.repeat(80), 'a'.repeat(64)],
    [`${'word '.repeat(12)}end`, 'word-word-word-word-word-word-word-word-word-word-word-word-end'],
    [`${'a'.repeat(63)} b`, 'a'.repeat(63)],
    [`${'-'.repeat(100_000)}dashes${'-'.repeat(100_000)}`, 'dashes'],
  ];
  for (const [question, slug] of cases) {
    it(`"${question.slice(0, 30)}" → ${slug.slice(0, 30)}`, () => expect(slugify(question)).to.equal(slug));
  }
});

describe('uniqueIds', () => {
  const cases: { name: string; items: { id?: string; question: string }[]; ids: string[]; duplicates: number[] }[] = [
    { name: 'slugs of questions', items: [{ question: 'A b' }, { question: 'C' }], ids: ['a-b', 'c'], duplicates: [] },
    { name: 'author ids win', items: [{ id: 'first', question: 'A' }], ids: ['first'], duplicates: [] },
    { name: 'same question twice', items: [{ question: 'Same' }, { question: 'Same' }], ids: ['same', 'same-2'], duplicates: [] },
    {
      name: 'a duplicate author id gets a suffix and is reported',
      items: [{ id: 'x', question: 'A' }, { id: 'x', question: 'B' }],
      ids: ['x', 'x-2'],
      duplicates: [1],
    },
    {
      name: 'a slug never takes an author id, even one that comes later',
      items: [{ question: 'Aftercare' }, { id: 'aftercare', question: 'What next?' }],
      ids: ['aftercare-2', 'aftercare'],
      duplicates: [],
    },
    {
      name: 'a generated suffix never takes an author id such as "question-2"',
      items: [{ question: '???' }, { question: '!!!' }, { id: 'question-2', question: 'Mine' }, { question: '...' }],
      ids: ['question', 'question-3', 'question-2', 'question-4'],
      duplicates: [],
    },
    {
      name: 'a question whose slug looks like a suffix',
      items: [{ question: 'A' }, { question: 'A 2' }, { question: 'A' }, { question: 'A 2' }],
      ids: ['a', 'a-2', 'a-3', 'a-2-2'],
      duplicates: [],
    },
    {
      name: 'a thrice-repeated author id counts on',
      items: [{ id: 'x', question: 'A' }, { id: 'x', question: 'B' }, { id: 'x', question: 'C' }],
      ids: ['x', 'x-2', 'x-3'],
      duplicates: [1, 2],
    },
  ];
  for (const { name, items, ids, duplicates } of cases) {
    it(name, () => expect(uniqueIds(items)).to.deep.equal({ ids, duplicates }));
  }
});
