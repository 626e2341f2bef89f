import * as v from 'valibot';
import type { ConfigOf } from '../../core/config.js';
import { headingLevel, oneOf, phoneNumber, safeUrl, toggle } from '../../core/schema.js';
import { sharedFields } from '../../core/spa-element.js';
import { PROVIDERS } from '../spa-booking-button/booking-url.js';

/**
 * Every setting of `<spa-pain-check>`, each declared once: as an attribute (`bookingHref` is
 * `booking-href`), a property, a key of `config` and of the JSON child.
 */
export const painCheckFields = {
  ...sharedFields,
  /** The spa's booking page. When set, a suggestion shows a prefilled booking button. */
  bookingHref: safeUrl,
  /** The booking system behind `booking-href`, as for `<spa-booking-button provider>`. */
  bookingProvider: () => v.optional(oneOf(PROVIDERS), 'generic'),
  /** Lets a see-a-doctor-first result offer a quiet "Book once your doctor agrees" link; emergency and urgent results never offer booking. */
  doctorBooking: () => toggle(false),
  /** The local emergency number, e.g. `112`: the emergency result then shows a large "Call 112" link instead of "call your local emergency number". */
  emergencyNumber: phoneNumber,
  /** Tighter spacing and smaller type, for narrow blog columns and sidebars. */
  compact: () => toggle(false),
  /** Keeps the answers in the tab's session storage, so a reload does not lose them; off, nothing is stored anywhere. "Start over" erases what was kept. */
  remember: () => toggle(false),
  /** Heading level (2–6) of the result's title, to fit the page's outline. */
  headingLevel: () => headingLevel(3),
};

export type PainCheckConfig = ConfigOf<typeof painCheckFields>;
