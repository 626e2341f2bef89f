// A page that adds enumerable properties to Object.prototype, before or after the kit loads (older
// libraries still found on small-business sites do; so does an attacker with a pollution bug
// elsewhere on the page). Every widget must still render, and no polluted value may reach a
// link, a label or any text: config and content are read from own properties only.
//
// Each case runs in its own frame, so the test framework itself is not polluted.
import { expect } from '@open-wc/testing';
import { EVIL_TEXT, EVIL_URL, hostileFrame } from '../helpers/hostile-frame.js';


/**
 * Keys a hostile page might add: every setting, content field, string group and internal result
 * key of the kit. Left out, because no library can defend them: the keys the JavaScript engine
 * reads from a property descriptor (`value`, `get`, `set`, `writable`, `enumerable`,
 * `configurable`), `then` (every promise), and `strings`, which Lit reads on its own parts.
 */
const KEYS = [
  // settings
  'href', 'label', 'provider', 'service', 'services', 'mode', 'phone', 'utmSource', 'utmMedium', 'utmCampaign',
  'referral', 'size', 'variant', 'followAssessment', 'analytics', 'theme', 'items', 'src', 'headingLevel', 'single',
  'search', 'showExpandAll', 'linkToItems', 'schema', 'contactHref', 'techniques', 'include', 'highlight', 'layout',
  'bookingHref', 'bookingProvider', 'scrollToRecommended', 'selectable', 'doctorBooking', 'emergencyNumber',
  'compact', 'remember', 'config',
  // content
  'id', 'name', 'summary', 'pressure', 'image', 'price', 'duration', 'feelsLike', 'bookingService', 'bestFor',
  'benefits', 'painType', 'goodForFirstTimers', 'question', 'answer', 'category', 'open', 'alt', 'amount', 'currency',
  // languages and string groups
  'en', 'es', 'runningNames', 'pressures', 'painTypeNames',
  // what the kit's own results carry
  'problem', 'problems', 'loading', 'detail', 'formerly', 'cancelable', 'technique', 'outcome', 'recommendation',
  // what the kit's validation (valibot) reads on its schemas, results and issues
  'issues', 'default', 'fallback', 'message', 'path', 'typed', 'output', 'success', 'requirement', 'expects',
  // what the kit puts on its own fields
  'loader',
];

const WIDGETS = `
  <spa-booking-button href="https://book.example/spa"></spa-booking-button>
  <spa-booking-button><a href="https://book.example/spa">Book a massage</a></spa-booking-button>
  <spa-faq search link-to-items></spa-faq>
  <spa-faq><details><summary>Is it safe?</summary><p>Ask us.</p></details></spa-faq>
  <spa-technique-cards booking-href="https://book.example/spa" highlight="swedish"></spa-technique-cards>
  <spa-technique-cards layout="table" selectable></spa-technique-cards>
  <spa-pain-check booking-href="https://book.example/spa"></spa-pain-check>
  <spa-faq><script type="application/json">{ "items": [{ "question": "Is it safe?", "answer": "Ask us." }] }</script></spa-faq>
  <spa-technique-cards><script type="application/json">{ "techniques": [{ "id": "swedish", "name": "Swedish", "summary": "Long strokes.",
    "pressure": "gentle", "bestFor": ["stress"], "benefits": ["calm"], "goodForFirstTimers": true, "painType": ["stress"] }] }</script></spa-technique-cards>`;

const pollute = (keys: readonly string[]) =>
  `for (const key of ${JSON.stringify(keys)}) Object.prototype[key] = /href$/i.test(key) ? '${EVIL_URL}' : '${EVIL_TEXT}';`;

describe('a page with a polluted Object.prototype', () => {
  it('before the kit loads (Object.prototype.foo = "bar"): every widget renders, nothing is reported', async () => {
    const report = await hostileFrame(pollute(['foo']), '', WIDGETS);
    expect(report).to.deep.include({ errors: [], sizes: [], leaks: [] });
  });

  it('before the kit loads, every key the kit uses: every widget renders, no polluted value shows', async () => {
    const report = await hostileFrame(pollute(KEYS), '', WIDGETS);
    expect(report).to.deep.include({ errors: [], sizes: [], leaks: [] });
  });

  it('before the kit loads, every key the kit uses: a bad value is reported with the kit\'s own message, at its own path', async () => {
    const report = await hostileFrame(
      pollute(KEYS),
      '',
      `<spa-booking-button href="javascript:alert(1)"></spa-booking-button>
      <spa-faq><script type="application/json">{ "items": [{ "question": "Is it safe?" }] }</script></spa-faq>`,
    );
    expect(report.errors).to.deep.equal([
      'console: [spa-booking-button] href: "javascript:" links are not allowed; use an https:, http:, tel: or mailto: address (from the attribute)',
      'console: [spa-faq] items[0].answer: expected text (from the JSON config)',
    ]);
  });

  it('before the kit loads, a key the kit sets on its own objects made read-only: every widget renders', async () => {
    const report = await hostileFrame(`Object.defineProperty(Object.prototype, 'loader', { value: '${EVIL_TEXT}' });`, '', WIDGETS);
    expect(report).to.deep.include({ errors: [], sizes: [], leaks: [] });
  });

  it('after the kit loads, every key the kit uses: no polluted URL, label or text, nothing reported', async () => {
    const report = await hostileFrame('', pollute(KEYS), WIDGETS);
    expect(report).to.deep.include({ errors: [], sizes: [], leaks: [] });
  });
});
