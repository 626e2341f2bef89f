import { expect } from '@open-wc/testing';
import { given, resolveConfig, type Layer } from '../../src/core/config.js';
import { oneOf, safeUrl, text } from '../../src/core/schema.js';

const fields = {
  href: safeUrl(),
  label: text(),
  size: oneOf(['small', 'medium', 'large']),
};

const layer = (source: Layer['source'], values?: Record<string, unknown>): Layer => ({ source, values });

describe('resolveConfig', () => {
  const cases: { name: string; layers: Layer[]; value: Record<string, unknown>; problems: string[] }[] = [
    {
      name: 'property beats JSON beats attribute beats light DOM beats default',
      layers: [
        layer('property', { label: 'P' }),
        layer('json', { label: 'J', size: 'small' }),
        layer('attribute', { label: 'A', size: 'large', href: 'https://a.example/' }),
        layer('light-dom', { label: 'L', href: 'https://l.example/' }),
        layer('default', { label: 'D', size: 'medium' }),
      ],
      value: { label: 'P', size: 'small', href: 'https://a.example/' },
      problems: [],
    },
    {
      name: 'an unsafe attribute URL falls back to the light-DOM link',
      layers: [layer('attribute', { href: 'javascript:alert(1)' }), layer('light-dom', { href: 'https://l.example/' })],
      value: { href: 'https://l.example/' },
      problems: [
        'href: "javascript:" links are not allowed; use an https:, http:, tel: or mailto: address (from the attribute)',
      ],
    },
    {
      name: 'a wrong type in JSON falls back to the attribute',
      layers: [layer('json', { label: 42 }), layer('attribute', { label: 'Book' })],
      value: { label: 'Book' },
      problems: ['label: expected text (from the JSON config)'],
    },
    {
      name: 'an unknown word names the allowed ones',
      layers: [layer('attribute', { size: 'huge' }), layer('default', { size: 'medium' })],
      value: { size: 'medium' },
      problems: ['size: "huge" is not allowed; use one of small, medium, large (from the attribute)'],
    },
    {
      name: 'a value fetched through src is named as coming from that file',
      layers: [layer('src', { size: 'huge' }), layer('default', { size: 'medium' })],
      value: { size: 'medium' },
      problems: ['size: "huge" is not allowed; use one of small, medium, large (from the file named in src)'],
    },
    {
      name: 'missing layers and undefined values are skipped',
      layers: [layer('property'), layer('attribute', { label: undefined }), layer('default', { label: 'D' })],
      value: { label: 'D' },
      problems: [],
    },
  ];
  for (const { name, layers, value, problems } of cases) {
    it(name, () => {
      const result = resolveConfig(fields, layers);
      expect(result.value).to.deep.equal(value);
      expect(result.problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal(problems);
    });
  }

});

describe('given', () => {
  it('keeps only values that are set', () => {
    expect(given({ a: 1, b: undefined, c: null, d: '' })).to.deep.equal({ a: 1, d: '' });
  });
});
