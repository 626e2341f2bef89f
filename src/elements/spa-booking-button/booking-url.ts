/**
 * How each booking system takes a chosen service and tracking codes in its URL, and whether its
 * pages may be shown inside the spa's site. Pure data and functions: no DOM, table-tested.
 */
import { isServer } from 'lit';
import { quote } from '../../core/report.js';
import { SERVER_BASE, pageHref } from '../../core/url.js';

export const PROVIDERS = [
  'generic',
  'calendly',
  'acuity',
  'square',
  'mindbody',
  'vagaro',
  'fresha',
  'booksy',
  'simplybook',
  'setmore',
] as const;

export type Provider = (typeof PROVIDERS)[number];

interface ProviderRules {
  /** Where the chosen service goes: a query parameter, a path segment, or nowhere. */
  service: { param: string } | { path: true } | { hash: string } | null;
  /** Query parameter for a blog's referral code. */
  referral: string;
  /** The provider lets its booking page be framed by other sites. */
  embeddable: boolean;
  /** Extra query parameters that turn an embedded page on, given the embedding page's host. */
  embedParams?: (host: string) => Record<string, string>;
  /** Origin whose `postMessage` reports the page's height. */
  heightOrigin?: string;
}

export const PROVIDER_RULES: Readonly<Record<Provider, ProviderRules>> = {
  generic: { service: { param: 'service' }, referral: 'ref', embeddable: true },
  // An event type is the second path segment: calendly.com/<spa>/<event-type>.
  calendly: {
    service: { path: true },
    referral: 'utm_content',
    embeddable: true,
    embedParams: (host) => ({ embed_domain: host, embed_type: 'Inline' }),
    heightOrigin: 'https://calendly.com',
  },
  acuity: { service: { param: 'appointmentType' }, referral: 'utm_content', embeddable: true },
  square: { service: null, referral: 'utm_content', embeddable: false },
  mindbody: { service: null, referral: 'utm_content', embeddable: false },
  vagaro: { service: null, referral: 'utm_content', embeddable: false },
  fresha: { service: null, referral: 'utm_content', embeddable: false },
  booksy: { service: null, referral: 'utm_content', embeddable: false },
  simplybook: { service: { hash: '#book/service/' }, referral: 'utm_content', embeddable: true },
  setmore: { service: { path: true }, referral: 'utm_content', embeddable: true },
};

export interface BookingRequest {
  /** The spa's booking page, already checked for safety (relative only on a server: see `SERVER_BASE`). */
  href: string;
  provider: Provider;
  /** The provider's own id for the chosen service, if any. */
  service?: string;
  utmSource?: string;
  utmMedium?: string;
  utmCampaign?: string;
  referral?: string;
  /** Host name of the page that frames the booking page (popup mode only). */
  embedHost?: string;
}

/** "." or "..", however written: as a path segment it would step out of the configured path. */
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;
/** Half of a surrogate pair: no URL can carry it (`encodeURIComponent` throws). */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Why `id` cannot be written into a booking URL as one path segment, hash segment or query value;
 * `''` when it can. Every other id is encoded, so it never changes the path it is added to.
 */
export function idProblem(id: string): string {
  const reason = DOT_SEGMENT.test(id)
    ? 'dots alone would move the link out of the configured path'
    : LONE_SURROGATE.test(id)
      ? 'it holds a broken character (half of a surrogate pair)'
      : '';
  return reason && `${quote(id)} cannot be a booking-system id; ${reason}. Use the id your booking system gives the service`;
}

/**
 * Builds the URL a visitor is sent to, in the form the provider expects. A service id that
 * `idProblem` refuses is left out: the visitor still reaches the booking page as configured.
 */
export function bookingUrl(request: BookingRequest): string {
  const rules = PROVIDER_RULES[request.provider];
  const url = new URL(request.href, isServer ? SERVER_BASE : undefined);
  // A phone number or an e-mail address has nowhere to carry a service or tracking codes.
  if (!url.protocol.startsWith('http')) return pageHref(url);
  const { service } = request;
  if (service && rules.service && !idProblem(service)) {
    if ('param' in rules.service) url.searchParams.set(rules.service.param, service);
    else if ('path' in rules.service) url.pathname = `${url.pathname.replace(/\/+$/, '')}/${encodeURIComponent(service)}`;
    else url.hash = `${rules.service.hash}${encodeURIComponent(service)}`;
  }
  const tracking: Record<string, string | undefined> = {
    utm_source: request.utmSource,
    utm_medium: request.utmMedium,
    utm_campaign: request.utmCampaign,
    [rules.referral]: request.referral,
  };
  for (const [name, value] of Object.entries(tracking)) if (value) url.searchParams.set(name, value);
  if (request.embedHost && rules.embedParams) {
    for (const [name, value] of Object.entries(rules.embedParams(request.embedHost))) {
      url.searchParams.set(name, value);
    }
  }
  return pageHref(url);
}

/** Whether the booking page may open inside the site; otherwise a popup becomes a new tab. */
export const canEmbed = (provider: Provider): boolean => PROVIDER_RULES[provider].embeddable;

/** Reads `"deep-tissue:123, swedish:456"` into a map from technique id to booking-system id. */
export function serviceIds(pairs = ''): Map<string, string> {
  return new Map(
    pairs
      .split(',')
      .map((pair) => pair.split(':').map((part) => part.trim()))
      .filter(([id, value]) => id && value)
      .map(([id, value]) => [id, value]),
  );
}
