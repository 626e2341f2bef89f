import { expect } from '@open-wc/testing';
import { MAX_TECHNIQUES, readTechniques } from '../../src/elements/spa-technique-cards/technique-input.js';
import { techniques } from '../../src/content/techniques.js';
import { MAX_PHRASES } from '../../src/content/technique.schema.js';

const valid = {
  id: 'hot-stone',
  name: 'Hot stone massage',
  summary: 'Warm stones and long strokes.',
  pressure: 'gentle',
  bestFor: ['Cold, stiff muscles'],
  benefits: ['Warms the muscles'],
  goodForFirstTimers: true,
  painType: ['stiffness'],
};

describe('readTechniques', () => {
  const cases: { name: string; raw: unknown; ids: string[]; problems: string[]; check?: (t: Record<string, unknown>[]) => void }[] = [
    { name: 'the built-in content is valid', raw: techniques, ids: ['deep-tissue', 'swedish', 'trigger-point'], problems: [] },
    {
      name: 'a list that is not a list is refused',
      raw: { id: 'x' },
      ids: [],
      problems: ['techniques: expected a list of techniques (from the JSON config)'],
    },
    {
      name: 'a technique without a name is left out, the rest stays',
      raw: [valid, { ...valid, id: 'nameless', name: undefined }],
      ids: ['hot-stone'],
      problems: ['techniques[1].name: expected text (from the JSON config); this technique is left out'],
    },
    {
      name: 'a price in no ISO currency costs only the price',
      raw: [{ ...valid, price: { amount: 80, currency: 'dollars' } }],
      ids: ['hot-stone'],
      problems: [
        'techniques[0].price.currency: expected a three-letter ISO 4217 code such as "USD" or "EUR" (from the JSON config); shown without it',
      ],
      check: ([t]) => expect(t).not.to.have.property('price'),
    },
    {
      name: 'an unsafe image URL costs only the image',
      raw: [{ ...valid, image: { src: 'javascript:alert(1)', alt: 'Stones' } }],
      ids: ['hot-stone'],
      problems: [
        'techniques[0].image.src: "javascript:" links are not allowed; use an https:, http:, tel: or mailto: address (from the JSON config); shown without it',
      ],
      check: ([t]) => expect(t).not.to.have.property('image'),
    },
    {
      name: 'an image without alt text costs only the image',
      raw: [{ ...valid, image: { src: 'https://spa.example/stones.jpg' } }],
      ids: ['hot-stone'],
      problems: ['techniques[0].image.alt: expected alt text ("" only for a decorative image) (from the JSON config); shown without it'],
    },
    {
      name: 'a bad optional field and a bad required one still leave the technique out',
      raw: [{ ...valid, pressure: 'extreme', duration: -5 }],
      ids: [],
      problems: [
        'techniques[0].pressure: "extreme" is not allowed; use one of gentle, medium, firm (from the JSON config); this technique is left out',
        'techniques[0].duration: expected a positive number of minutes (from the JSON config); this technique is left out',
      ],
    },
    {
      name: 'a second technique with the same id is left out',
      raw: [valid, { ...valid, name: 'Another' }],
      ids: ['hot-stone'],
      problems: [
        'techniques[1].id: "hot-stone" is used by an earlier technique; give each one its own id (from the JSON config); this technique is left out',
      ],
    },
    {
      name: 'an item that is not an object is left out',
      raw: ['swedish', valid],
      ids: ['hot-stone'],
      problems: ['techniques[0]: expected a technique object such as { "id": "swedish", "name": "Swedish massage", … } (from the JSON config); this technique is left out'],
    },
    {
      name: `a list longer than ${MAX_TECHNIQUES} shows its first ${MAX_TECHNIQUES}, and says so`,
      raw: Array.from({ length: 10_000 }, (_, i) => ({ ...valid, id: `t-${i}` })),
      ids: Array.from({ length: MAX_TECHNIQUES }, (_, i) => `t-${i}`),
      problems: [
        `techniques: 10000 techniques given, and a comparison shows at most ${MAX_TECHNIQUES}: the first ${MAX_TECHNIQUES} are shown; put the others in a second widget (from the JSON config)`,
      ],
    },
    {
      name: 'a sparse list claiming billions of entries is read no further than what is shown',
      raw: Object.assign(new Array(2 ** 32 - 1), { 0: valid }),
      ids: ['hot-stone'],
      problems: [
        `techniques: 4294967295 techniques given, and a comparison shows at most ${MAX_TECHNIQUES}: the first ${MAX_TECHNIQUES} are shown; put the others in a second widget (from the JSON config)`,
      ],
    },
    {
      name: 'a list of phrases claiming billions of entries is refused without walking it',
      raw: [{ ...valid, bestFor: new Array(2 ** 32 - 1) }, { ...valid, id: 'other', painType: new Array(MAX_PHRASES + 1).fill('acute') }],
      ids: [],
      problems: [
        'techniques[0].bestFor: 4294967295 entries given; at most 50 are allowed (from the JSON config); this technique is left out',
        'techniques[1].painType: 51 entries given; at most 50 are allowed (from the JSON config); this technique is left out',
      ],
    },
    {
      name: 'a name of 580,000 dashes (minutes of line breaking in a card) leaves the technique out',
      raw: [{ ...valid, name: '-'.repeat(580_000) }, { ...valid, id: 'other' }],
      ids: ['other'],
      problems: ['techniques[0].name: expected at most 2000 characters (from the JSON config); this technique is left out'],
    },
    {
      name: 'valid optional fields are kept: price, image, duration, booking service',
      raw: [{ ...valid, price: { amount: 95, currency: 'EUR' }, image: { src: '/stones.jpg', alt: '' }, duration: 75, bookingService: '42' }],
      ids: ['hot-stone'],
      problems: [],
      check: ([t]) => {
        expect(t.price).to.deep.equal({ amount: 95, currency: 'EUR' });
        expect((t.image as { src: string }).src).to.equal(new URL('/stones.jpg', document.baseURI).href);
        expect(t.duration).to.equal(75);
      },
    },
  ];
  for (const { name, raw, ids, problems, check } of cases) {
    it(name, () => {
      const result = readTechniques(raw, 'json');
      expect(result.techniques.map((t) => t.id)).to.deep.equal(ids);
      expect(result.problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal(problems);
      check?.(result.techniques as unknown as Record<string, unknown>[]);
    });
  }
});
