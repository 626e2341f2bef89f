import { expect } from '@open-wc/testing';
import { OpenAnswers } from '../../src/elements/spa-faq/faq-open.js';

type Step =
  | ['set', string, boolean, boolean?]
  | ['openAll', string[]]
  | ['closeAll']
  | ['search', string[], boolean]
  | ['arrive', { id: string; open: boolean }[], boolean?];

const ids = ['a', 'b', 'c'];

const cases: { name: string; steps: Step[]; open: string[]; changed?: boolean[] }[] = [
  { name: 'nothing open at first', steps: [], open: [] },
  { name: 'a visitor opens two', steps: [['set', 'a', true], ['set', 'b', true]], open: ['a', 'b'] },
  { name: 'single mode: opening one closes the other', steps: [['set', 'a', true, true], ['set', 'b', true, true]], open: ['b'] },
  { name: 'setting the state it has changes nothing', steps: [['set', 'a', false], ['set', 'a', true], ['set', 'a', true]], open: ['a'], changed: [false, true, false] },
  { name: 'a search opens the answers its words are in', steps: [['search', ['b', 'c'], true]], open: ['b', 'c'] },
  { name: 'closed during a search stays closed as the search goes on', steps: [['search', ['b', 'c'], true], ['set', 'b', false], ['search', ['b', 'c'], true]], open: ['c'] },
  { name: 'clearing the search gives the visitor’s own choice back', steps: [['set', 'a', true], ['search', ['b'], true], ['search', [], false]], open: ['a'] },
  { name: 'after a cleared search, a found answer opens again', steps: [['search', ['b'], true], ['set', 'b', false], ['search', [], false], ['search', ['b'], true]], open: ['b'] },
  { name: 'single mode while searching closes the other found answers', steps: [['search', ['b', 'c'], true], ['set', 'a', true, true]], open: ['a'] },
  { name: 'openAll, then closeAll also closes what a search opened', steps: [['openAll', ['a', 'b']], ['search', ['c'], true], ['closeAll']], open: [] },
  { name: 'authored open questions start open, once', steps: [['arrive', [{ id: 'a', open: true }, { id: 'b', open: true }]]], open: ['a', 'b'] },
  { name: 'a question seen before does not reopen', steps: [['arrive', [{ id: 'a', open: false }]], ['arrive', [{ id: 'a', open: true }]]], open: [] },
  { name: 'a question back after it was gone opens again', steps: [['arrive', [{ id: 'a', open: true }]], ['closeAll'], ['arrive', []], ['arrive', [{ id: 'a', open: true }]]], open: ['a'] },
  { name: 'single mode: only the first authored open one', steps: [['arrive', [{ id: 'a', open: true }, { id: 'b', open: true }], true]], open: ['a'] },
  { name: 'single mode: none while one is open', steps: [['set', 'c', true, true], ['arrive', [{ id: 'a', open: true }], true]], open: ['c'] },
];

describe('OpenAnswers', () => {
  for (const { name, steps, open, changed } of cases) {
    it(name, () => {
      const answers = new OpenAnswers();
      const results: boolean[] = [];
      for (const [action, ...args] of steps) {
        if (action === 'set') results.push(answers.set(args[0] as string, args[1] as boolean, (args[2] as boolean | undefined) ?? false));
        else if (action === 'openAll') answers.openAll(args[0] as string[]);
        else if (action === 'closeAll') answers.closeAll();
        else if (action === 'search') answers.search(args[0] as string[], args[1] as boolean);
        else answers.arrive(args[0] as { id: string; open: boolean }[], (args[1] as boolean | undefined) ?? false);
      }
      expect(ids.filter((id) => answers.has(id))).to.deep.equal(open);
      if (changed) expect(results).to.deep.equal(changed);
    });
  }
});
