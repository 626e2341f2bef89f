import { expect } from '@open-wc/testing';
import { quote, reportProblems } from '../../src/core/report.js';
import { captureConsole, captureSpaErrors } from '../helpers/console.js';

describe('reportProblems', () => {
  it('logs tag, path and message once and fires spa-error, bubbling out of shadow roots', async () => {
    const outer = document.createElement('div');
    const root = outer.attachShadow({ mode: 'open' });
    const host = document.createElement('spa-faq-probe');
    root.append(host);
    document.body.append(outer);
    const problem = { path: 'items[2].question', message: 'expected a non-empty string' };
    let errors: string[] = [];
    const events = await captureSpaErrors(async () => {
      errors = await captureConsole('error', () => {
        reportProblems(host, [problem]);
        reportProblems(host, [problem]);
      });
    });
    outer.remove();
    expect(errors).to.deep.equal(['[spa-faq-probe] items[2].question: expected a non-empty string']);
    expect(events).to.deep.equal([{ tag: 'spa-faq-probe', ...problem }]);
  });

  it('reports a problem again after it was fixed and made again', async () => {
    const host = document.createElement('spa-probe');
    const problem = { path: 'href', message: 'bad' };
    const errors = await captureConsole('error', () => {
      reportProblems(host, [problem]);
      reportProblems(host, []);
      reportProblems(host, [problem]);
    });
    expect(errors).to.have.length(2);
  });

  it('cuts a 1 MB value to a readable line', async () => {
    const host = document.createElement('spa-probe');
    document.body.append(host);
    const huge = 'x'.repeat(1_000_000);
    let events: { path: string; message: string }[] = [];
    const errors = await captureConsole('error', async () => {
      events = await captureSpaErrors(() => reportProblems(host, [{ path: huge, message: huge }]));
    });
    host.remove();
    expect(errors).to.have.length(1);
    expect(errors[0].length).to.be.below(500);
    expect(events[0].path.length + events[0].message.length).to.be.below(500);
  });

  it('lists at most 20 problems at once, then one line for the rest', async () => {
    const host = document.createElement('spa-probe');
    const problems = Array.from({ length: 10_000 }, (_, i) => ({ path: `items[${i}].question`, message: 'expected text' }));
    const errors = await captureConsole('error', () => reportProblems(host, problems));
    expect(errors).to.have.length(21);
    expect(errors[20]).to.equal('[spa-probe] config: 9980 more problems not listed; fix the ones above first');
  });
});

describe('quote', () => {
  const circular: Record<string, unknown> = {};
  circular.self = circular;
  const throwing = new Proxy({}, { get: () => { throw new Error('no'); }, getPrototypeOf: () => { throw new Error('no'); } });
  const cases: [string, unknown, string][] = [
    ['a string, in quotes', 'huge', '"huge"'],
    ['a long string, cut', 'y'.repeat(1000), `"${'y'.repeat(58)}…`],
    ['a circular object', circular, 'an object'],
    ['a BigInt', 10n, '10'],
    ['a list', [1, 2], 'a list'],
    ['a Proxy that throws', throwing, 'an object'],
    ['a symbol', Symbol('s'), 'Symbol(s)'],
    ['NaN', NaN, 'NaN'],
  ];
  for (const [name, value, expected] of cases) {
    it(name, () => expect(quote(value)).to.equal(expected));
  }
});
