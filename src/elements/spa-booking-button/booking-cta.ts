import { html, type TemplateResult } from 'lit';
import type { Provider } from './booking-url.js';
// For lit-analyzer's no-missing-import check on the tag below: it counts only value imports (an
// `import type` does not satisfy it). The module only declares the class; define.ts registers it.
import './spa-booking-button.js';

/** What an embedded booking button books, and how it looks. */
export interface BookingCta {
  href: string;
  provider?: Provider;
  /** The service to prefill, e.g. a technique id. */
  service?: string;
  label: string;
  variant: 'primary' | 'outline' | 'text';
  /** The outer element's part for the button's box (margins, width). */
  part: string;
}

/**
 * A `<spa-booking-button>` inside another element. Its link is exported as the outer element's
 * `cta-button` part, so a page styles every embedded booking link the same way. The inner link is
 * what shows if the booking button's own module is not loaded.
 */
export const bookingCta = ({ part, ...config }: BookingCta): TemplateResult =>
  html`<spa-booking-button part=${part} exportparts="button: cta-button" .config=${config}
    ><a href=${config.href}>${config.label}</a></spa-booking-button
  >`;
