import { expect } from '@open-wc/testing';
import { reportProblems } from '../../src/core/report.js';
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

  it('keeps scopes apart', async () => {
    const host = document.createElement('spa-probe');
    const errors = await captureConsole('error', () => {
      reportProblems(host, [{ path: 'src', message: 'failed' }], 'fetch');
      reportProblems(host, [{ path: 'items', message: 'bad' }], 'config');
      reportProblems(host, [{ path: 'src', message: 'failed' }], 'fetch');
    });
    expect(errors).to.deep.equal(['[spa-probe] src: failed', '[spa-probe] items: bad']);
  });
});
