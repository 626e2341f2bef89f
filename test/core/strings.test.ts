import { expect, fixture, html } from '@open-wc/testing';
import { MAX_TEXT_LENGTH } from '../../src/core/schema.js';
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

describe('resolveStrings with overrides of the wrong shape', () => {
  interface T {
    hello: string;
    names: Record<string, string>;
  }
  const withNames: Catalog<T> = { en: { hello: 'Hello', names: { swedish: 'Swedish' } } };
  const cases: [string, unknown, T, string[]][] = [
    ['null text', { hello: null }, { hello: 'Hello', names: { swedish: 'Swedish' } }, ['strings.hello: expected text']],
    ['a number', { hello: 3 }, { hello: 'Hello', names: { swedish: 'Swedish' } }, ['strings.hello: expected text']],
    ['a list for names', { names: ['x'] }, { hello: 'Hello', names: { swedish: 'Swedish' } }, ['strings.names: expected an object of texts']],
    ['names with a number', { names: { swedish: 1 } }, { hello: 'Hello', names: { swedish: 'Swedish' } }, ['strings.names: expected an object of texts']],
    ['good ones kept beside bad', { hello: 'Hi', names: null }, { hello: 'Hi', names: { swedish: 'Swedish' } }, ['strings.names: expected an object of texts']],
    [
      'a megabyte of text in a label',
      { hello: '<'.repeat(1_000_000) },
      { hello: 'Hello', names: { swedish: 'Swedish' } },
      [`strings.hello: expected at most ${MAX_TEXT_LENGTH} characters of text; the built-in text is used`],
    ],
    [
      'a megabyte of text in a group',
      { names: { swedish: 'a'.repeat(MAX_TEXT_LENGTH + 1) } },
      { hello: 'Hello', names: { swedish: 'Swedish' } },
      [`strings.names: expected at most ${MAX_TEXT_LENGTH} characters of text; the built-in text is used`],
    ],
    ['a long text within the limit is kept', { hello: 'a'.repeat(MAX_TEXT_LENGTH) }, { hello: 'a'.repeat(MAX_TEXT_LENGTH), names: { swedish: 'Swedish' } }, []],
    ['unknown keys ignored', { nope: 1 }, { hello: 'Hello', names: { swedish: 'Swedish' } }, []],
    ['a group merges key by key', { names: { swedish: 'Sueco', 'deep-tissue': 'Profundo' } }, { hello: 'Hello', names: { swedish: 'Sueco', 'deep-tissue': 'Profundo' } }, []],
  ];
  for (const [name, overrides, expected, problems] of cases) {
    it(name, () => {
      const found: { path: string; message: string }[] = [];
      expect(resolveStrings(withNames, 'en', overrides as Partial<T>, found)).to.deep.equal(expected);
      expect(found.map((p) => `${p.path}: ${p.message}`)).to.deep.equal(problems);
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
