import { expect } from '@open-wc/testing';
import { formatMinutes, formatPrice, runningName } from '../../src/elements/spa-technique-cards/technique-format.js';
import { techniquesJsonLd } from '../../src/elements/spa-technique-cards/technique-schema-org.js';
import { techniques } from '../../src/content/techniques.js';

// Intl separates amount and symbol with a no-break space in many locales.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatPrice and formatMinutes', () => {
  const prices: { lang: string; amount: number; currency: string; text: string }[] = [
    { lang: 'en', amount: 80, currency: 'USD', text: '$80' },
    { lang: 'en-US', amount: 85.5, currency: 'USD', text: '$85.50' },
    { lang: 'en', amount: 80, currency: 'EUR', text: '€80' },
    { lang: 'de', amount: 85.5, currency: 'EUR', text: '85,50 €' },
    { lang: 'fr', amount: 1200, currency: 'EUR', text: '1 200 €' },
    { lang: 'ja', amount: 9000, currency: 'JPY', text: '￥9,000' },
    { lang: 'en_US', amount: 80, currency: 'USD', text: new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD', minimumFractionDigits: 0 }).format(80) },
  ];
  for (const { lang, amount, currency, text } of prices) {
    it(`${amount} ${currency} in ${lang}`, () => {
      expect(plain(formatPrice({ amount, currency }, lang))).to.equal(plain(text));
    });
  }
  it('a session length in short units', () => {
    expect(plain(formatMinutes(60, 'en'))).to.equal('60 min');
    expect(plain(formatMinutes(90, 'de'))).to.equal('90 Min.');
  });
});

describe('runningName', () => {
  const names = { 'deep-tissue': 'deep tissue massage', swedish: 'Swedish massage' };
  const cases: { id: string; name: string; running: string }[] = [
    { id: 'deep-tissue', name: 'Deep tissue massage', running: 'deep tissue massage' },
    { id: 'deep-tissue', name: 'Deep Tissue Massage', running: 'deep tissue massage' },
    { id: 'swedish', name: 'Swedish massage', running: 'Swedish massage' },
    // Same id, other words: the author's own name stands.
    { id: 'deep-tissue', name: 'Masaje de tejido profundo', running: 'Masaje de tejido profundo' },
    { id: 'hot-stone', name: 'Hot stone massage', running: 'Hot stone massage' },
  ];
  for (const { id, name, running } of cases) {
    it(`${id} named "${name}" reads "${running}" mid-sentence`, () => {
      expect(runningName({ id, name }, names)).to.equal(running);
    });
  }
});

describe('techniquesJsonLd', () => {
  it('one Service per technique, with an Offer only where priced', () => {
    const priced = [{ ...techniques[0], price: { amount: 95, currency: 'EUR' } }, techniques[1]];
    const data = techniquesJsonLd(priced, 'https://spa.example/back-pain#faq') as { '@graph': Record<string, unknown>[] };
    expect(data['@graph']).to.deep.equal([
      {
        '@type': 'Service',
        '@id': 'https://spa.example/back-pain#deep-tissue',
        name: 'Deep tissue massage',
        description: techniques[0].summary,
        serviceType: 'Massage therapy',
        offers: { '@type': 'Offer', price: 95, priceCurrency: 'EUR' },
      },
      {
        '@type': 'Service',
        '@id': 'https://spa.example/back-pain#swedish',
        name: 'Swedish massage',
        description: techniques[1].summary,
        serviceType: 'Massage therapy',
      },
    ]);
  });
  it('names the image where there is one', () => {
    const data = techniquesJsonLd([{ ...techniques[2], image: { src: 'https://spa.example/tp.jpg', alt: 'Therapist' } }], 'https://spa.example/');
    expect((data as { '@graph': { image?: string }[] })['@graph'][0].image).to.equal('https://spa.example/tp.jpg');
  });
});
