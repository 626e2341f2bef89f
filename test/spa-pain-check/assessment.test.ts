import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { AssessmentFollower, type AssessmentCompleteDetail } from '../../src/elements/spa-pain-check/assessment.js';

/** A minimal host that shows what it follows, so the test reads rendered text. */
class FollowingHost extends LitElement {
  static override properties = { follow: { type: Boolean } };
  follow = true;
  readonly assessment = new AssessmentFollower(this, () => this.follow);
  override render() {
    return html`${this.assessment.technique ?? 'none'}`;
  }
}
customElements.define('test-following-host', FollowingHost);

const announce = (detail: Partial<AssessmentCompleteDetail>) =>
  document.body.dispatchEvent(new CustomEvent('spa-assessment-complete', { detail, bubbles: true, composed: true }));

const shown = async (el: FollowingHost) => {
  await el.updateComplete;
  return el.shadowRoot!.textContent!.trim();
};

describe('AssessmentFollower', () => {
  it('follows the technique of an ok outcome and clears it on any other outcome', async () => {
    const el = await fixture<FollowingHost>(html`<test-following-host></test-following-host>`);
    expect(await shown(el)).to.equal('none');
    announce({ outcome: 'ok', recommendation: { technique: 'swedish', alternative: 'trigger-point', pressure: 'gentle', frequency: 'weekly' } });
    expect(await shown(el)).to.equal('swedish');
    announce({ outcome: 'see-doctor' });
    expect(await shown(el)).to.equal('none');
  });

  it('ignores a malformed recommendation from another script on the page', async () => {
    const el = await fixture<FollowingHost>(html`<test-following-host></test-following-host>`);
    for (const technique of [42, { id: 'swedish' }, 'Swedish <b>', '', null]) {
      announce({ outcome: 'ok', recommendation: { technique } } as never);
      expect(await shown(el)).to.equal('none');
    }
    document.body.dispatchEvent(new CustomEvent('spa-assessment-complete', { bubbles: true }));
    expect(await shown(el)).to.equal('none');
  });

  it('stops listening when disabled or removed, and starts again when re-added', async () => {
    const el = await fixture<FollowingHost>(html`<test-following-host></test-following-host>`);
    el.follow = false;
    await el.updateComplete;
    announce({ outcome: 'ok', recommendation: { technique: 'swedish', alternative: 'deep-tissue', pressure: 'gentle', frequency: 'weekly' } });
    expect(await shown(el)).to.equal('none');

    el.follow = true;
    const parent = el.parentElement!;
    el.remove();
    announce({ outcome: 'ok', recommendation: { technique: 'deep-tissue', alternative: 'swedish', pressure: 'firm', frequency: 'weekly' } });
    parent.append(el);
    expect(await shown(el)).to.equal('none');
    announce({ outcome: 'ok', recommendation: { technique: 'deep-tissue', alternative: 'swedish', pressure: 'firm', frequency: 'weekly' } });
    expect(await shown(el)).to.equal('deep-tissue');
  });
});
