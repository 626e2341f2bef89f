import { expect } from '@open-wc/testing';
import { filterEntries, wordsDrawnIn, type Entry } from '../../src/elements/spa-faq/faq-entries.js';
import { queryWords } from '../../src/elements/spa-faq/faq-search.js';

/** An answer the element draws from text (JSON items, the built-in content). */
const textAnswer = (): Entry => ({
  id: 'cafe',
  question: 'Café after a massage?',
  answer: 'Water first, then your café crème.',
  paragraphs: [['Water first, then your café crème.']],
  open: false,
});

/** An answer the author wrote as HTML: slotted, marked by the Custom Highlight API, not drawn. */
function htmlAnswer(): Entry {
  const details = document.createElement('details');
  details.innerHTML = '<summary>Is water good after a massage?</summary><p>Drink some, then rest.</p>';
  return { id: 'water', question: 'Is water good after a massage?', slot: 'item-0', details, open: false };
}

describe('faq entries', () => {
  describe('wordsDrawnIn: the search words an item draws marks for', () => {
    const cases: [string, () => Entry, string, string[]][] = [
      ['text answer, word in the question and the answer', textAnswer, 'CAFE', ['cafe']],
      ['text answer, word in the answer only', textAnswer, 'water', ['water']],
      ['text answer, word found nowhere', textAnswer, 'sauna', []],
      ['text answer, some words of the query', textAnswer, 'creme sauna massage', ['creme', 'massage']],
      ['HTML answer, word in the question', htmlAnswer, 'Water', ['water']],
      ['HTML answer, word in the author’s answer only: nothing drawn to mark', htmlAnswer, 'rest', []],
      ['HTML answer, words in both', htmlAnswer, 'drink good is', ['good', 'is']],
      ['no query', textAnswer, '', []],
    ];
    for (const [name, entry, query, expected] of cases) {
      it(`${name}: "${query}" → ${JSON.stringify(expected)}`, () => expect(wordsDrawnIn(entry(), queryWords(query))).to.deep.equal(expected));
    }
    it('reads no HTML answer when there are no words (a first render reads none of 500)', () => {
      const entry = htmlAnswer();
      wordsDrawnIn(entry, []);
      expect(entry.answer).to.equal(undefined);
    });
  });

  describe('filterEntries', () => {
    it('shows the entries holding every word, and finds those whose answer holds one', () => {
      const entries = [textAnswer(), htmlAnswer()];
      const { shown, found } = filterEntries(entries, undefined, queryWords('massage rest'));
      expect([...shown].map((entry) => entry.id)).to.deep.equal(['water']);
      expect(found.map((entry) => entry.id)).to.deep.equal(['water']);
      const afterCare = filterEntries(entries, undefined, queryWords('massage'));
      expect([...afterCare.shown].map((entry) => entry.id)).to.deep.equal(['cafe', 'water']);
      expect(afterCare.found, 'a question that holds the word opens no answer').to.deep.equal([]);
    });
  });
});
