import { expect, fixture, html } from '@open-wc/testing';
import { isOwnJsonLd, writeJsonLd } from '../../src/core/json-ld.js';

const blocks = (host: Element) => host.querySelectorAll('script[type="application/ld+json"]');

describe('writeJsonLd', () => {
  it('keeps exactly one block in the light DOM, rewrites it, and removes it on null', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><p>author content</p></div>`);
    writeJsonLd(host, { '@type': 'FAQPage', mainEntity: [] });
    writeJsonLd(host, { '@type': 'FAQPage', mainEntity: [{ name: 'Q' }] });
    expect(blocks(host)).to.have.length(1);
    expect(JSON.parse(blocks(host)[0].textContent!)).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [{ name: 'Q' }],
    });
    expect(isOwnJsonLd(blocks(host)[0])).to.equal(true);
    writeJsonLd(host, null);
    expect(blocks(host)).to.have.length(0);
    expect(host.querySelector('p')!.textContent).to.equal('author content');
  });

  it('cannot be closed early by a string in the data, and leaves author blocks alone', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div><script type="application/ld+json">{"@type":"Organization"}</script></div>`,
    );
    writeJsonLd(host, { name: '</script><img src=x onerror=alert(1)>' });
    const own = [...blocks(host)].filter(isOwnJsonLd);
    expect(blocks(host)).to.have.length(2);
    expect(own[0].textContent).not.to.include('</script>');
    expect(JSON.parse(own[0].textContent!).name).to.equal('</script><img src=x onerror=alert(1)>');
    expect(host.querySelector('img')).to.equal(null);
  });
});
