import { expect } from '@open-wc/testing';
import { highlightedTechnique, selectTechniques } from '../../src/elements/spa-technique-cards/technique-selection.js';
import { techniques } from '../../src/content/techniques.js';

const ids = (list: readonly { id: string }[]) => list.map((t) => t.id);
const ALL = ['deep-tissue', 'swedish', 'trigger-point'];

describe('selectTechniques', () => {
  const cases: { include?: string; ids: string[]; problems: string[] }[] = [
    { include: undefined, ids: ALL, problems: [] },
    { include: '', ids: ALL, problems: [] },
    { include: 'swedish,deep-tissue', ids: ['swedish', 'deep-tissue'], problems: [] },
    { include: ' trigger-point  swedish ', ids: ['trigger-point', 'swedish'], problems: [] },
    { include: 'swedish, swedish', ids: ['swedish'], problems: [] },
    {
      include: 'swedish, hot-stone',
      ids: ['swedish'],
      problems: ['include: "hot-stone" is not one of the techniques; use deep-tissue, swedish, trigger-point'],
    },
    {
      include: 'reiki',
      ids: ALL,
      problems: [
        'include: "reiki" is not one of the techniques; use deep-tissue, swedish, trigger-point',
        'include: none of the ids is known, so every technique is shown',
      ],
    },
  ];
  for (const { include, ids: expected, problems } of cases) {
    it(`include=${JSON.stringify(include)}`, () => {
      const result = selectTechniques(techniques, include);
      expect(ids(result.techniques)).to.deep.equal(expected);
      expect(result.problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal(problems);
    });
  }
});

describe('highlightedTechnique', () => {
  const shown = techniques.filter((t) => t.id !== 'trigger-point');
  const cases: { name: string; highlight?: string; assessed?: string; id?: string; problem?: string }[] = [
    { name: 'nothing asked, nothing highlighted', id: undefined },
    { name: 'the author’s highlight', highlight: 'swedish', id: 'swedish' },
    { name: 'an assessment beats the author', highlight: 'swedish', assessed: 'deep-tissue', id: 'deep-tissue' },
    { name: 'an assessment pick that is not shown is ignored quietly', highlight: 'swedish', assessed: 'trigger-point', id: 'swedish' },
    {
      name: 'an unknown highlight is reported',
      highlight: 'hot-stone',
      problem: 'highlight: "hot-stone" is not one of the techniques shown; use deep-tissue, swedish',
    },
    {
      name: 'a technique left out by include cannot be highlighted',
      highlight: 'trigger-point',
      problem: 'highlight: "trigger-point" is not one of the techniques shown; use deep-tissue, swedish',
    },
  ];
  for (const { name, highlight, assessed, id, problem } of cases) {
    it(name, () => {
      const result = highlightedTechnique(shown, highlight, assessed);
      expect(result.id).to.equal(id);
      expect(result.problem && `${result.problem.path}: ${result.problem.message}`).to.equal(problem);
    });
  }
});
