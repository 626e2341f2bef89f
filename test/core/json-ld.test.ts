import { expect, fixture, html } from '@open-wc/testing';
import { isOwnJsonLd, writeJsonLd } from '../../src/core/json-ld.js';

const blocks = (root: ParentNode) => root.querySelectorAll('script[type="application/ld+json"]');

describe('writeJsonLd', () => {
  it('keeps exactly one block per element in <head>, rewrites it, and removes it on null', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><p>author content</p></div>`);
    writeJsonLd(host, { '@type': 'FAQPage', mainEntity: [] });
    writeJsonLd(host, { '@type': 'FAQPage', mainEntity: [{ name: 'Q' }] });
    expect(blocks(document.head)).to.have.length(1);
    expect(blocks(host)).to.have.length(0);
    expect(JSON.parse(blocks(document.head)[0].textContent!)).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [{ name: 'Q' }],
    });
    expect(isOwnJsonLd(blocks(document.head)[0])).to.equal(true);
    writeJsonLd(host, null);
    expect(blocks(document.head)).to.have.length(0);
    expect(host.innerHTML).to.include('<p>author content</p>');
  });

  it('cannot be closed early by a string in the data, and leaves the page’s own blocks alone', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div><script type="application/ld+json">{"@type":"Organization"}</script></div>`,
    );
    writeJsonLd(host, { name: '</script><img src=x onerror=alert(1)>' });
    const own = [...blocks(document)].filter(isOwnJsonLd);
    expect(blocks(document)).to.have.length(2);
    expect(own[0].textContent).not.to.include('</script>');
    expect(JSON.parse(own[0].textContent!).name).to.equal('</script><img src=x onerror=alert(1)>');
    expect(document.querySelector('img[src="x"]')).to.equal(null);
    writeJsonLd(host, null);
  });

  it('replaces a block a saved page kept from an earlier visit, and puts back one a page script took out', async () => {
    const saved = Object.assign(document.createElement('script'), { type: 'application/ld+json', textContent: '{}' });
    saved.setAttribute('data-spa-schema', 'div');
    document.head.append(saved);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    writeJsonLd(host, { name: 'now' });
    expect(saved.isConnected).to.equal(false);
    expect([...blocks(document)].map((b) => JSON.parse(b.textContent!).name)).to.deep.equal(['now']);
    blocks(document)[0].remove();
    writeJsonLd(host, { name: 'again' });
    expect([...blocks(document)].map((b) => JSON.parse(b.textContent!).name)).to.deep.equal(['again']);
    writeJsonLd(host, null);
  });
});
