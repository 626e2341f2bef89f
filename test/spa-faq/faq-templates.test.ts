import { expect, fixture, html } from '@open-wc/testing';
import { itemTemplate } from '../../src/elements/spa-faq/faq-templates.js';

describe('itemTemplate', () => {
  it('names the copy-link button "Copy link: <question>", with no stray space from its hidden part', async () => {
    const entry = { id: 'cafe', question: 'Café after a massage?', open: true, paragraphs: [['Water first.']] };
    const view = { entry, index: 0, open: true, shown: true, opening: false, region: true, level: 3, copyLink: 'Copy link' };
    const item = await fixture<HTMLElement>(html`<div>${itemTemplate(view, [])}</div>`);
    const copy = item.querySelector('[part~="copy-link"]')!;
    // The hidden ": question" is out of flow, so engines would read it as a separate block
    // ("Copy link : Café…"); the name is given whole instead.
    expect(copy.getAttribute('aria-label')).to.equal('Copy link: Café after a massage?');
    expect(copy.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Copy link: Café after a massage?');
  });

  it('has no copy-link button without link-to-items', async () => {
    const entry = { id: 'cafe', question: 'Café?', open: false, paragraphs: [['Yes.']] };
    const view = { entry, index: 0, open: false, shown: true, opening: false, region: false, level: 3 };
    const item = await fixture<HTMLElement>(html`<div>${itemTemplate(view, [])}</div>`);
    expect(item.querySelector('[part~="copy-link"]')).to.equal(null);
  });
});
