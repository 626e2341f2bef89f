// A page with a strict Content Security Policy and Trusted Types (`require-trusted-types-for
// 'script'`): the kit raises no violation. Where the page lists the kit's policy, the FAQ still
// writes its structured data; where it does not, the FAQ skips it with one warning (and the page's
// rules report the policy they refused).
import { expect } from '@open-wc/testing';
import { hostileFrame } from '../helpers/hostile-frame.js';

const WIDGETS = `
  <spa-booking-button href="https://book.example/spa"></spa-booking-button>
  <spa-faq></spa-faq>
  <spa-technique-cards booking-href="https://book.example/spa"></spa-technique-cards>
  <spa-pain-check booking-href="https://book.example/spa"></spa-pain-check>`;

/** Counts violations and warnings in the frame, where the harness's report collects them. */
const WATCH = `
  document.addEventListener('securitypolicyviolation', (e) => errors.push('violation: ' + e.violatedDirective + ' ' + e.blockedURI));
  const warn = console.warn;
  console.warn = (...args) => { errors.push('warning: ' + args.join(' ')); warn(...args); };`;

const csp = (policy: string) => `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
// The origin by name as well as 'self': Firefox does not count a srcdoc frame's parent origin as 'self'.
const SELF = `'self' ${location.origin}`;
const STRICT = `default-src ${SELF}; script-src ${SELF} 'unsafe-inline'; style-src ${SELF}; img-src ${SELF} data:; require-trusted-types-for 'script'`;

describe('a page with a strict Content Security Policy and Trusted Types', () => {
  it('shows every widget with no violation, and the FAQ writes its structured data through the kit policy', async () => {
    const report = await hostileFrame(WATCH, '', WIDGETS, csp(`${STRICT}; trusted-types lit-html spa-widgets`));
    expect(report.errors).to.deep.equal([]);
    expect(report.sizes).to.deep.equal([]);
    expect(report.jsonLd).to.equal(1);
  });

  it('where the page does not allow the kit policy, skips structured data with one warning and shows every widget', async () => {
    const report = await hostileFrame(WATCH, '', WIDGETS, csp(`${STRICT}; trusted-types lit-html`));
    expect(report.sizes).to.deep.equal([]);
    // The page's own rules report the refused policy to its owner; no sink is ever written unchecked.
    const violations = report.errors.filter((e) => e.startsWith('violation'));
    expect(violations.filter((e) => !e.startsWith('violation: trusted-types '))).to.deep.equal([]);
    const warnings = report.errors.filter((e) => !e.startsWith('violation'));
    if (violations.length) {
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^warning: \[spa-faq\] structured data \(JSON-LD\) is not written: .*"spa-widgets".*trusted-types directive/);
      expect(report.jsonLd).to.equal(0);
    } else {
      // An engine without Trusted Types enforces none of it: the data is written as usual.
      expect(report.errors).to.deep.equal([]);
      expect(report.jsonLd).to.equal(1);
    }
  });
});
