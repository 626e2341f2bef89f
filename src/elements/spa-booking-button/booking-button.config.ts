import * as v from 'valibot';
import type { ConfigOf } from '../../core/config.js';
import { MAX_TEXT_LENGTH, oneOf, phoneNumber, safeUrl, text, toggle } from '../../core/schema.js';
import { sharedFields } from '../../core/spa-element.js';
import { PROVIDERS } from './booking-url.js';

export const MODES = ['link', 'new-tab', 'popup'] as const;
export type BookingMode = (typeof MODES)[number];

/**
 * Every setting of `<spa-booking-button>`, each declared once: as an attribute (`utmSource` is
 * `utm-source`), a property, a key of `config` and of the JSON child.
 */
export const bookingButtonFields = {
  ...sharedFields,
  /** The booking page. Only `https:`, `http:`, `tel:` and `mailto:` addresses are accepted. */
  href: safeUrl,
  /** The button's text. Defaults to the fallback link's text, then "Book a massage". */
  label: () => text(MAX_TEXT_LENGTH),
  /** The booking system, which decides how the service and tracking are written into the URL. */
  provider: () => v.optional(oneOf(PROVIDERS), 'generic'),
  /** A technique or service id, e.g. `deep-tissue`, added to the URL the way the provider expects. */
  service: text,
  /**
   * Technique ids mapped to the booking system's own service ids, for systems that number their
   * services (Acuity, SimplyBook): `services="deep-tissue:123, swedish:456"`.
   */
  services: () => v.pipe(
    v.string('expected pairs such as "deep-tissue:123, swedish:456"'),
    v.regex(/^\s*[\w-]+\s*:\s*[^,\s]+\s*(,\s*[\w-]+\s*:\s*[^,\s]+\s*)*$/, 'expected pairs of technique id and booking-system id, e.g. "deep-tissue:123, swedish:456"'),
  ),
  /** `link` (same tab), `new-tab`, or `popup` (an in-page dialog where the provider allows it). */
  mode: () => v.optional(oneOf(MODES), 'link'),
  /** A phone number; adds a secondary "call" link for visitors who would rather phone. */
  phone: phoneNumber,
  /** Written into the URL as `utm_source`. */
  utmSource: text,
  /** Written into the URL as `utm_medium`. */
  utmMedium: text,
  /** Written into the URL as `utm_campaign`. */
  utmCampaign: text,
  /** A referral code for a partner blog, written where the provider keeps such codes. */
  referral: text,
  /** The button's size. */
  size: () => v.optional(oneOf(['small', 'medium', 'large']), 'medium'),
  /** `primary` (filled), `outline` or `text`. */
  variant: () => v.optional(oneOf(['primary', 'outline', 'text']), 'primary'),
  /** Follow `spa-assessment-complete` events on the page and book the recommended technique. */
  followAssessment: () => toggle(false),
  /** Also push each booking click to `window.dataLayer` (Google Tag Manager), when it exists. */
  analytics: () => toggle(false),
};

export type BookingButtonConfig = ConfigOf<typeof bookingButtonFields>;
