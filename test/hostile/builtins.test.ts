// A page whose scripts replaced built-ins the kit uses (an old polyfill, a broken "enhancement"):
// the kit never throws out to the page. Where a widget cannot work, it says so once and shows the
// HTML the author wrote inside it.
import { expect } from '@open-wc/testing';
import { hostileFrame } from '../helpers/hostile-frame.js';

const WIDGETS = `
  <spa-booking-button href="https://book.example/spa"><a href="https://book.example/spa">Book a massage</a></spa-booking-button>
  <spa-faq><details><summary>Is it safe?</summary><p>Ask us.</p></details></spa-faq>
  <spa-technique-cards><h2 slot="heading">Our massages</h2></spa-technique-cards>
  <spa-pain-check><p>Answer a few questions about your back.</p></spa-pain-check>`;

/**
 * Built-ins that throw, and one that returns nothing: with `map` broken, Lit cannot adopt its
 * styles, and the widget must still show the author's HTML and settle `updateComplete`.
 */
const BROKEN: [name: string, script: string][] = [
  ['Array.prototype.find throws', `Array.prototype.find = function () { throw new Error('broken find'); };`],
  ['Array.prototype.includes throws', `Array.prototype.includes = function () { throw new Error('broken includes'); };`],
  ['String.prototype.trim throws', `String.prototype.trim = function () { throw new Error('broken trim'); };`],
  ['Array.prototype.map returns nothing', `Array.prototype.map = function () { return undefined; };`],
];

describe('a page that replaced built-ins after the kit loaded', () => {
  for (const [name, script] of BROKEN) {
    it(`${name}: nothing escapes to the page, and every widget shows something`, async () => {
      const report = await hostileFrame('', script, WIDGETS);
      expect(report.errors.filter((e) => !e.startsWith('console:')), 'uncaught errors').to.deep.equal([]);
      expect(report.sizes).to.deep.equal([]);
    });
  }
});
