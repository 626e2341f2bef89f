import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement } from 'lit';
import { Announcer } from '../../src/core/announcer.js';

class AnnouncingHost extends LitElement {
  readonly announcer = new Announcer(this);
  override render() {
    return this.announcer.render();
  }
}
customElements.define('test-announcing-host', AnnouncingHost);

const region = (el: AnnouncingHost) => el.shadowRoot!.querySelector('[role="status"]')!;

describe('Announcer', () => {
  it('a re-render of the element keeps the message', async () => {
    const el = await fixture<AnnouncingHost>(html`<test-announcing-host></test-announcing-host>`);
    el.announcer.announce('Link copied');
    await nextFrame();
    el.requestUpdate();
    await el.updateComplete;
    expect(region(el).textContent).to.equal('Link copied');
  });

  it('puts each message in a status region, emptying it in between so a repeat is read again', async () => {
    const el = await fixture<AnnouncingHost>(html`<test-announcing-host></test-announcing-host>`);
    expect(region(el).textContent).to.equal('');
    el.announcer.announce('3 of 5 questions');
    await nextFrame();
    expect(region(el).textContent).to.equal('3 of 5 questions');
    el.announcer.announce('3 of 5 questions');
    expect(region(el).textContent).to.equal('');
    await nextFrame();
    expect(region(el).textContent).to.equal('3 of 5 questions');
    el.announcer.clear();
    expect(region(el).textContent).to.equal('');
  });
});
