import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { attributeName, resolveConfig, type Layer, type ListField } from '../../src/core/config.js';
import { headingLevel, oneOf, safeUrl, text, toggle } from '../../src/core/schema.js';

const fields = {
  href: safeUrl,
  label: text,
  size: () => oneOf(['small', 'medium', 'large']),
};

/** A list that keeps its text entries and reports the rest. */
const words: ListField<string> = {
  read: (raw, source) => {
    const list = Array.isArray(raw) ? (raw as unknown[]) : [];
    return {
      value: list.filter((w): w is string => typeof w === 'string'),
      problems: list.filter((w) => typeof w !== 'string').map(() => ({ path: 'words', message: `not a word (${source})` })),
    };
  },
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

  it('gives a field with no valid value anywhere its default', () => {
    const result = resolveConfig({ size: () => v.optional(oneOf(['small', 'large']), 'small'), label: text }, [layer('attribute', { size: 'huge' })]);
    expect(result.value).to.deep.equal({ size: 'small' });
  });

  it('reports a value that fails several checks once, with the first', () => {
    const result = resolveConfig({ level: () => headingLevel(2) }, [layer('json', { level: 7.5 })]);
    expect(result.problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal(['level: expected a heading level from 2 to 6 (from the JSON config)']);
  });

  it('passes over null and inherited keys as "not given"', () => {
    const inherited = Object.create({ label: 'polluted' }) as Record<string, unknown>;
    const result = resolveConfig(fields, [layer('property', { label: null }), layer('json', inherited), layer('attribute', { label: 'A' })]);
    expect(result.value).to.deep.equal({ label: 'A' });
  });

  it('takes a list from the first source with a good entry, reporting bad entries on the way', () => {
    const result = resolveConfig({ words }, [layer('property', { words: [1] }), layer('json', { words: ['a', 2, 'b'] }), layer('src', { words: ['c'] })]);
    expect(result.value).to.deep.equal({ words: ['a', 'b'] });
    expect(result.problems.map((p) => p.message)).to.deep.equal(['not a word (property)', 'not a word (json)']);
  });
});

describe('attributeName', () => {
  for (const [field, attribute] of [['href', 'href'], ['headingLevel', 'heading-level'], ['utmSource', 'utm-source']]) {
    it(`reads ${field} from ${attribute}`, () => expect(attributeName(field)).to.equal(attribute));
  }
});

describe('toggle: the one on/off rule', () => {
  const cases: [unknown, boolean | 'refused'][] = [
    ['', true], ['on', true], ['true', true], [' ON ', true], [true, true],
    ['off', false], ['false', false], [false, false], [undefined, false],
    ['yes', 'refused'], [1, 'refused'],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected}`, () => {
      const result = v.safeParse(toggle(false), input);
      expect(result.success ? result.output : 'refused').to.equal(expected);
    });
  }
});

describe('headingLevel', () => {
  const cases: [unknown, number | 'refused'][] = [['4', 4], [4, 4], [' 2 ', 2], [undefined, 3], ['7', 'refused'], ['four', 'refused'], [2.5, 'refused']];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected}`, () => {
      const result = v.safeParse(headingLevel(3), input);
      expect(result.success ? result.output : 'refused').to.equal(expected);
    });
  }
});
