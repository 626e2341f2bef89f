import { isServer } from 'lit';
import { quote } from './report.js';

/** Schemes a link from config may use; everything else (javascript:, data:, vbscript:, …) is refused. */
export const SAFE_PROTOCOLS: readonly string[] = ['https:', 'http:', 'tel:', 'mailto:'];

export type UrlCheck = { ok: true; url: URL } | { ok: false; message: string };

const FIX = 'use an https:, http:, tel: or mailto: address';

/**
 * What relative links resolve against on a server, which has no page: checked as in the browser,
 * they are written back relative (`pageHref`), and the browser resolves them against the page.
 */
export const SERVER_BASE = 'https://server.invalid';

/** `url` as the page should link it: relative again where only the server's stand-in base made it absolute. */
export const pageHref = (url: URL): string => (isServer && url.origin === SERVER_BASE ? url.href.slice(SERVER_BASE.length) : url.href);

/**
 * Checks a URL from config. Relative URLs resolve against `base` (the page by default), so
 * `href="/book"` works; the parser also strips the tabs and newlines an attacker might hide a
 * `java\nscript:` behind, exactly as the browser would when following the link.
 */
export function checkUrl(value: string, base: string = isServer ? SERVER_BASE : document.baseURI): UrlCheck {
  const text = value.trim();
  if (!text) return { ok: false, message: `expected a URL; ${FIX}` };
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return { ok: false, message: `${quote(text)} is not a valid URL; ${FIX}` };
  }
  if (!SAFE_PROTOCOLS.includes(url.protocol)) {
    return { ok: false, message: `${quote(url.protocol)} links are not allowed; ${FIX}` };
  }
  return { ok: true, url };
}

/** A `tel:` URL from a phone number as people write it: `+1 (555) 010-0199`. */
export const telUrl = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`;
