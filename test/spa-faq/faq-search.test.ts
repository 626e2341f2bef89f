import { expect } from '@open-wc/testing';
import { fold, highlightRanges, matchesAll, queryWords, splitByRanges } from '../../src/elements/spa-faq/faq-search.js';

describe('faq search', () => {
  describe('queryWords', () => {
    const cases: [string, string[]][] = [
      ['', []],
      ['   ', []],
      ['Massage', ['massage']],
      ['  deep   TISSUE ', ['deep', 'tissue']],
      ['Café crème', ['cafe', 'creme']],
      ['ÉTIRER', ['etirer']],
    ];
    for (const [query, words] of cases) {
      it(`"${query}" → ${JSON.stringify(words)}`, () => expect(queryWords(query)).to.deep.equal(words));
    }
  });

  describe('matchesAll (case- and accent-insensitive, every word, any order)', () => {
    const cases: [string, string, boolean][] = [
      ['How often should I come?', 'often', true],
      ['How often should I come?', 'OFTEN', true],
      ['How often should I come?', 'come often', true],
      ['How often should I come?', 'often weekly', false],
      ['Un café après le massage', 'cafe apres', true],
      ['Un cafe apres le massage', 'café après', true],
      ['Ma\u0301s detalles', 'mas', true],
      ['Straße', 'STRASSE', false],
      ['anything', '', true],
    ];
    for (const [text, query, expected] of cases) {
      it(`"${query}" in "${text}" → ${expected}`, () =>
        expect(matchesAll(fold(text).text, queryWords(query))).to.equal(expected));
    }
  });

  describe('highlightRanges (in the original text)', () => {
    const cases: [string, string, [number, number][]][] = [
      ['Massage helps', 'massage', [[0, 7]]],
      ['massage, more massage', 'massage', [[0, 7], [14, 21]]],
      ['Après le café', 'cafe', [[9, 13]]],
      ['Après le café', 'APRES CAFE', [[0, 5], [9, 13]]],
      ['e\u0301te\u0301', 'ete', [[0, 5]]],
      ['foam roller', 'foam foa', [[0, 4]]],
      ['overlapping', 'overl lapping', [[0, 11]]],
      ['no match here', 'zzz', []],
      ['emoji 😀 then café', 'cafe', [[14, 18]]],
    ];
    for (const [text, query, ranges] of cases) {
      it(`"${query}" in "${text}"`, () => {
        const found = highlightRanges(text, queryWords(query));
        expect(found).to.deep.equal(ranges);
      });
    }
    it('marks at most the first 1,000 matches of one text', () => {
      const found = highlightRanges('a b '.repeat(1500), ['a', 'b']);
      expect(found).to.have.length(1000);
      expect(found.at(-1)).to.deep.equal([1998, 1999]);
    });
  });

  describe('splitByRanges', () => {
    it('cuts text into plain and matched pieces', () => {
      expect(splitByRanges('Après le café', [[0, 5], [9, 13]])).to.deep.equal([
        { text: 'Après', match: true },
        { text: ' le ', match: false },
        { text: 'café', match: true },
      ]);
    });
    it('keeps text without ranges whole', () => {
      expect(splitByRanges('plain', [])).to.deep.equal([{ text: 'plain', match: false }]);
    });
  });
});
