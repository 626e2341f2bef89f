import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { isOwnJsonLd, writeJsonLd } from '../../src/core/json-ld.js';
import { LightDomController } from '../../src/core/light-dom.js';

class LightDomProbe extends LitElement {
  renders = 0;
  readonly lightDom = new LightDomController(this, { ignore: isOwnJsonLd, attributes: ['id', 'data-category'] });
  protected override render() {
    this.renders++;
    return html`<slot></slot>`;
  }
}
customElements.define('light-dom-probe', LightDomProbe);

describe('LightDomController', () => {
  const changes: { name: string; change: (el: LightDomProbe) => void; rerenders: boolean; before?: (el: LightDomProbe) => void }[] = [
    { name: 'an author child added to the host', change: (el) => el.append(document.createElement('details')), rerenders: true },
    { name: 'an author attribute change below the host', change: (el) => el.querySelector('p')!.setAttribute('id', 'x'), rerenders: true },
    { name: 'text edited by the author', change: (el) => (el.querySelector('p')!.firstChild!.nodeValue = 'new'), rerenders: true },
    { name: 'a category set by the author', change: (el) => el.querySelector('p')!.setAttribute('data-category', 'Aftercare'), rerenders: true },
    { name: 'an attribute the element does not read', change: (el) => el.querySelector('p')!.setAttribute('title', 'x'), rerenders: false },
    { name: 'the JSON child’s type', change: (el) => el.querySelector('p')!.setAttribute('type', 'application/json'), rerenders: true },
    { name: 'the element’s own JSON-LD block written', change: (el) => writeJsonLd(el, { '@type': 'FAQPage' }), rerenders: false },
    {
      name: 'the element’s own JSON-LD block rewritten with new text',
      change: (el) => writeJsonLd(el, { '@type': 'FAQPage', name: 'changed' }),
      rerenders: false,
      before: (el) => writeJsonLd(el, { '@type': 'FAQPage' }),
    },
  ];
  for (const { name, change, rerenders, before: prepare } of changes) {
    it(`${name}: ${rerenders ? 're-renders' : 'no re-render'}`, async () => {
      const el = await fixture<LightDomProbe>(html`<light-dom-probe><p>text</p></light-dom-probe>`);
      prepare?.(el);
      await aTimeout(0);
      await el.updateComplete;
      const before = el.renders;
      change(el);
      await aTimeout(0);
      await el.updateComplete;
      expect(el.renders > before).to.equal(rerenders);
    });
  }

  it('reads the light DOM afresh after changes made while it was out of the document', async () => {
    const el = await fixture<LightDomProbe>(html`<light-dom-probe><p>text</p></light-dom-probe>`);
    const parent = el.parentElement!;
    const before = el.lightDom.version;
    el.remove();
    el.append(document.createElement('details'));
    parent.append(el);
    await el.updateComplete;
    expect(el.lightDom.version).to.be.greaterThan(before);
  });
});
