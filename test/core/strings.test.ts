import { expect, fixture, html } from '@open-wc/testing';
import { closestLang, format, resolveStrings, type Catalog } from '../../src/core/strings.js';

interface S {
  hello: string;
  bye: string;
}
const catalog: Catalog<S> = {
  en: { hello: 'Hello', bye: 'Bye' },
  pt: { hello: 'Olá', bye: 'Tchau' },
  'pt-pt': { bye: 'Adeus' },
};

describe('resolveStrings', () => {
  const cases: [string, Partial<S> | undefined, S][] = [
    ['en', undefined, { hello: 'Hello', bye: 'Bye' }],
    ['fr', undefined, { hello: 'Hello', bye: 'Bye' }],
    ['pt', undefined, { hello: 'Olá', bye: 'Tchau' }],
    ['pt-br', undefined, { hello: 'Olá', bye: 'Tchau' }],
    ['pt-pt', undefined, { hello: 'Olá', bye: 'Adeus' }],
    ['pt', { hello: 'Oi' }, { hello: 'Oi', bye: 'Tchau' }],
  ];
  for (const [lang, overrides, expected] of cases) {
    it(`${lang} with ${JSON.stringify(overrides)}`, () => {
      expect(resolveStrings(catalog, lang, overrides)).to.deep.equal(expected);
    });
  }
});

describe('format', () => {
  it('fills named placeholders and leaves unknown ones', () => {
    expect(format('Book a {technique} massage', { technique: 'Swedish' })).to.equal('Book a Swedish massage');
    expect(format('{n} of {m} questions', { n: 2, m: 5 })).to.equal('2 of 5 questions');
    expect(format('Call {phone}', {})).to.equal('Call {phone}');
  });
});

describe('closestLang', () => {
  it('reads the closest lang, through a shadow root', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="de-AT"><section><span></span></section></div>`);
    expect(closestLang(outer.querySelector('span')!)).to.equal('de-at');
    const host = outer.querySelector('section')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p></p>';
    expect(closestLang(root.querySelector('p')!)).to.equal('de-at');
  });
});
