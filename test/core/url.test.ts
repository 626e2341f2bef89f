import { expect } from '@open-wc/testing';
import { checkUrl } from '../../src/core/url.js';

const BASE = 'https://spa.example/blog/post';

describe('checkUrl', () => {
  const accepted: [string, string][] = [
    ['https://book.example/spa', 'https://book.example/spa'],
    ['http://book.example/', 'http://book.example/'],
    ['  https://book.example/a  ', 'https://book.example/a'],
    ['/book', 'https://spa.example/book'],
    ['faq.json', 'https://spa.example/blog/faq.json'],
    ['tel:+15550100199', 'tel:+15550100199'],
    ['mailto:hello@spa.example', 'mailto:hello@spa.example'],
    ['HTTPS://BOOK.EXAMPLE/X', 'https://book.example/X'],
  ];
  for (const [input, expected] of accepted) {
    it(`accepts ${JSON.stringify(input)}`, () => {
      const result = checkUrl(input, BASE);
      expect(result.ok).to.equal(true);
      if (result.ok) expect(result.url.href).to.equal(expected);
    });
  }

  const refused: [string, string][] = [
    ['javascript:alert(1)', '"javascript:" links are not allowed; use an https:, http:, tel: or mailto: address'],
    [' JavaScript:alert(1)', '"javascript:" links are not allowed; use an https:, http:, tel: or mailto: address'],
    ['java\nscript:alert(1)', '"javascript:" links are not allowed; use an https:, http:, tel: or mailto: address'],
    ['data:text/html,<b>x</b>', '"data:" links are not allowed; use an https:, http:, tel: or mailto: address'],
    ['vbscript:msgbox(1)', '"vbscript:" links are not allowed; use an https:, http:, tel: or mailto: address'],
    ['ftp://files.example/a', '"ftp:" links are not allowed; use an https:, http:, tel: or mailto: address'],
    ['https://', '"https://" is not a valid URL; use an https:, http:, tel: or mailto: address'],
    ['http://[::1', '"http://[::1" is not a valid URL; use an https:, http:, tel: or mailto: address'],
    ['   ', 'expected a URL; use an https:, http:, tel: or mailto: address'],
  ];
  it('quotes a short excerpt of a huge input, never the whole of it', () => {
    const huge = 'x'.repeat(1 << 20);
    const cases: [string, string][] = [
      [`http://[${huge}`, ' is not a valid URL; use an https:, http:, tel: or mailto: address'],
      [`${huge}:alert(1)`, ' links are not allowed; use an https:, http:, tel: or mailto: address'],
    ];
    for (const [input, fix] of cases) {
      const result = checkUrl(input, BASE);
      const message = result.ok ? '' : result.message;
      expect(message.length).to.be.below(150);
      expect(message.startsWith(JSON.stringify(input).slice(0, 40))).to.equal(true);
      expect(message.endsWith(fix)).to.equal(true);
    }
  });

  for (const [input, message] of refused) {
    it(`refuses ${JSON.stringify(input)}`, () => {
      expect(checkUrl(input, BASE)).to.deep.equal({ ok: false, message });
    });
  }
});
