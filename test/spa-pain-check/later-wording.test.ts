// What a reader's page fetches for the pain check: its suggestion's long texts only once the visitor
// has touched the check. A file of its own, so no other test on this page may have touched a check first.
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/spa-pain-check/define.js';
import type { SpaPainCheck } from '../../src/elements/spa-pain-check/spa-pain-check.js';

const fetched = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('pain-check.later.strings'));

describe('<spa-pain-check> on a page that is only read', () => {
  it("never fetches the suggestion's long texts; the visitor's first touch (here a Tab into it) does", async () => {
    const el = document.createElement('spa-pain-check') as SpaPainCheck;
    document.body.append(el);
    await el.updateComplete;
    el.scrollIntoView();
    await aTimeout(300);
    expect(fetched(), 'fetched while only read').to.equal(false);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.localName).to.equal('input');
    await waitUntil(fetched, 'fetched at the first touch', { timeout: 3000 });
    el.remove();
  });
});
