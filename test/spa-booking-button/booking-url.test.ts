import { expect } from '@open-wc/testing';
import { bookingUrl, canEmbed, serviceIds, type BookingRequest } from '../../src/elements/spa-booking-button/booking-url.js';
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
