import { expect } from '@open-wc/testing';
import { withAnswer, type Draft } from '../../src/elements/spa-pain-check/answers.js';

describe('withAnswer: the draft after one control changed', () => {
  const rows: [name: string, before: Draft, control: [string, string, boolean], after: Draft][] = [
    ['a pain level is a number', {}, ['painLevel', '7', true], { painLevel: 7 }],
    ['a radio answer is kept by its name', { painLevel: 2 }, ['duration', 'acute', true], { painLevel: 2, duration: 'acute' }],
    ['a ticked sign undoes "none of these" on its own list only', { cleared: ['emergency', 'urgent'] }, ['safety', 'fever', true], { safety: ['fever'], cleared: ['emergency'] }],
    ['an unticked sign is dropped', { safety: ['fever', 'pregnancy'] }, ['safety', 'fever', false], { safety: ['pregnancy'] }],
    ['"none of these" clears the signs of its own list only', { safety: ['fever', 'pregnancy'] }, ['none', 'urgent', true], { safety: ['pregnancy'], cleared: ['urgent'] }],
    ['unticking "none of these" keeps the other lists', { cleared: ['emergency', 'urgent'] }, ['none', 'urgent', false], { cleared: ['emergency'] }],
  ];
  for (const [name, before, [control, value, checked], after] of rows) {
    it(name, () => {
      const kept = structuredClone(before);
      expect(withAnswer(before, control, value, checked)).to.deep.equal(after);
      expect(before, 'the old draft is left as it was').to.deep.equal(kept);
    });
  }
});
