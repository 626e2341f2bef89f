import { expect } from '@open-wc/testing';
import { bookingUrl, canEmbed, idProblem, serviceIds, type BookingRequest, type Provider } from '../../src/elements/spa-booking-button/booking-url.js';
import { telUrl } from '../../src/core/url.js';

describe('bookingUrl', () => {
  const cases: [string, BookingRequest, string][] = [
    ['generic: no extras', { href: 'https://book.example/spa', provider: 'generic' }, 'https://book.example/spa'],
    [
      'generic: service, UTM and referral',
      {
        href: 'https://book.example/spa?lang=en',
        provider: 'generic',
        service: 'deep-tissue',
        utmSource: 'wellness-blog',
        utmMedium: 'article',
        utmCampaign: 'back-pain',
        referral: 'JANE10',
      },
      'https://book.example/spa?lang=en&service=deep-tissue&utm_source=wellness-blog&utm_medium=article&utm_campaign=back-pain&ref=JANE10',
    ],
    [
      'calendly: event type as path segment, referral as utm_content',
      { href: 'https://calendly.com/serenity-spa/', provider: 'calendly', service: 'swedish-60', referral: 'JANE10' },
      'https://calendly.com/serenity-spa/swedish-60?utm_content=JANE10',
    ],
    [
      'calendly embedded: embed parameters for height messages',
      { href: 'https://calendly.com/serenity-spa', provider: 'calendly', embedHost: 'spa.example' },
      'https://calendly.com/serenity-spa?embed_domain=spa.example&embed_type=Inline',
    ],
    [
      'acuity: appointmentType query parameter',
      { href: 'https://app.acuityscheduling.com/schedule.php?owner=123', provider: 'acuity', service: '456' },
      'https://app.acuityscheduling.com/schedule.php?owner=123&appointmentType=456',
    ],
    [
      'simplybook: service in the hash route',
      { href: 'https://serenity.simplybook.me/v2/', provider: 'simplybook', service: '3' },
      'https://serenity.simplybook.me/v2/#book/service/3',
    ],
    [
      'fresha: service not expressible, tracking kept',
      { href: 'https://www.fresha.com/a/serenity', provider: 'fresha', service: 'swedish', utmSource: 'blog' },
      'https://www.fresha.com/a/serenity?utm_source=blog',
    ],
    [
      'values are encoded, not injected',
      { href: 'https://book.example/', provider: 'generic', service: 'a&b=c', referral: '<x>' },
      'https://book.example/?service=a%26b%3Dc&ref=%3Cx%3E',
    ],
    [
      'tel: links carry no service or tracking',
      { href: 'tel:+15550100199', provider: 'generic', service: 'swedish', utmSource: 'blog', referral: 'JANE10' },
      'tel:+15550100199',
    ],
    [
      'mailto: links carry no service or tracking',
      { href: 'mailto:book@spa.example', provider: 'calendly', service: 'swedish', utmSource: 'blog' },
      'mailto:book@spa.example',
    ],
  ];
  for (const [name, request, expected] of cases) {
    it(name, () => expect(bookingUrl(request)).to.equal(expected));
  }

  describe('a service id stays one path segment or query value', () => {
    const PAGE = 'https://calendly.com/serenity-spa/intro';
    const segmentProviders: Provider[] = ['calendly', 'setmore', 'simplybook'];

    // Dots alone would step out of the configured path; a lone surrogate cannot be encoded at all.
    const refused = ['.', '..', '%2e', '%2e%2e', '.%2E', '%2E.', '\uD800', 'deep\uDC00tissue'];
    for (const provider of [...segmentProviders, 'generic', 'acuity'] as Provider[]) {
      for (const service of refused) {
        it(`${provider}: ${JSON.stringify(service)} is left out, the booking page kept as configured`, () => {
          expect(bookingUrl({ href: PAGE, provider, service })).to.equal(PAGE);
        });
      }
    }

    const encoded: [string, string][] = [
      ['...', '...'],
      ['a/b', 'a%2Fb'],
      ['../admin', '..%2Fadmin'],
      ['%2e%2e%2fadmin', '%252e%252e%252fadmin'],
      ['a?b#c', 'a%3Fb%23c'],
      ['massage ü', 'massage%20%C3%BC'],
      ['\\..', '%5C..'],
    ];
    for (const [service, segment] of encoded) {
      it(`calendly and setmore: ${JSON.stringify(service)} becomes the one segment ${segment}`, () => {
        for (const provider of ['calendly', 'setmore'] as Provider[]) {
          const url = new URL(bookingUrl({ href: PAGE, provider, service }));
          expect(url.pathname).to.equal(`/serenity-spa/intro/${segment}`);
        }
      });
      it(`simplybook: ${JSON.stringify(service)} becomes the one hash segment ${segment}`, () => {
        expect(new URL(bookingUrl({ href: PAGE, provider: 'simplybook', service })).hash).to.equal(`#book/service/${segment}`);
      });
    }

    const problems: [string, string][] = [
      ['..', '".." cannot be a booking-system id; dots alone would move the link out of the configured path. Use the id your booking system gives the service'],
      ['%2E%2e', '"%2E%2e" cannot be a booking-system id; dots alone would move the link out of the configured path. Use the id your booking system gives the service'],
      ['\uD800', '"\\ud800" cannot be a booking-system id; it holds a broken character (half of a surrogate pair). Use the id your booking system gives the service'],
    ];
    for (const [service, message] of problems) {
      it(`idProblem explains ${JSON.stringify(service)}`, () => expect(idProblem(service)).to.equal(message));
    }

    it('idProblem quotes a short excerpt of a huge id', () => {
      const message = idProblem(`${'x'.repeat(1 << 20)}\uD800`);
      expect(message.length).to.be.below(200);
      expect(message.startsWith(`"${'x'.repeat(40)}`)).to.equal(true);
      expect(message).to.contain(' cannot be a booking-system id; it holds a broken character');
    });

    it('idProblem accepts ordinary ids', () => {
      for (const service of ['swedish-60', '123', '...', 'a.b', 'massage ü', '😀']) expect(idProblem(service), service).to.equal('');
    });
  });

  it('embeddable providers', () => {
    expect(canEmbed('generic')).to.equal(true);
    expect(canEmbed('calendly')).to.equal(true);
    expect(canEmbed('fresha')).to.equal(false);
  });

  it('serviceIds reads pairs, and knows nothing of object built-ins', () => {
    const ids = serviceIds('deep-tissue:123, swedish : 456, broken, :7');
    expect([...ids]).to.deep.equal([['deep-tissue', '123'], ['swedish', '456']]);
    expect(ids.get('constructor')).to.equal(undefined);
  });

  it('telUrl keeps digits and a leading plus', () => {
    expect(telUrl('+1 (555) 010-0199')).to.equal('tel:+15550100199');
  });
});
