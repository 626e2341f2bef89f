import type { ReactiveControllerHost } from 'lit';
import type { Problem } from './report.js';
import { text } from './schema.js';
import { checkUrl } from './url.js';

/** Every key is always present (see JsonConfig). */
export interface RemoteJson {
  /** The parsed object, once it has arrived and is an object. */
  value: Record<string, unknown> | undefined;
  /** Why the URL was refused, the fetch failed or the body was not a JSON object. */
  problem: Problem | undefined;
  /** True while the request is in flight. */
  loading: boolean;
}

const NOTHING: RemoteJson = { loading: false, value: undefined, problem: undefined };

/** One request per URL per page, shared by every element that names it. */
const requests = new Map<string, Promise<RemoteJson>>();

async function load(url: string): Promise<RemoteJson> {
  const problem = (message: string): RemoteJson => ({ loading: false, value: undefined, problem: { path: 'src', message } });
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch {
    return problem(`"${url}" could not be fetched (network error or blocked by CORS); check the address`);
  }
  if (!response.ok) return problem(`"${url}" answered ${response.status}; check the address`);
  try {
    const value: unknown = await response.json();
    return value && typeof value === 'object' && !Array.isArray(value)
      ? { loading: false, value: value as Record<string, unknown>, problem: undefined }
      : problem(`"${url}" must hold a JSON object, e.g. { "items": [...] }`);
  } catch (error) {
    return problem(`"${url}" is not valid JSON (${(error as Error).message})`);
  }
}

/**
 * Fetches the JSON config an element names in `src`, once per URL, and re-renders the host when
 * it arrives. Only `http:` and `https:` addresses are fetched; anything else is a problem. Until
 * the answer comes (and after a failure) the element keeps showing its other sources.
 */
export class RemoteJsonLoader {
  #url?: string;
  #result: RemoteJson = NOTHING;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly src: () => string | undefined,
  ) {}

  /** The current state for the current `src`; starts the request when `src` changed. */
  get current(): RemoteJson {
    const src = this.src()?.trim() || undefined;
    if (src === this.#url) return this.#result;
    this.#url = src;
    if (!src) return (this.#result = NOTHING);
    const checked = checkUrl(src);
    if (!checked.ok || !checked.url.protocol.startsWith('http')) {
      const message = checked.ok ? `"${checked.url.protocol}" cannot be fetched; use an https: or http: address` : checked.message;
      return (this.#result = { loading: false, value: undefined, problem: { path: 'src', message } });
    }
    const url = checked.url.href;
    let request = requests.get(url);
    if (!request) {
      request = load(url);
      requests.set(url, request);
      // A failed request may succeed later (e.g. the file was deployed since): do not cache it.
      void request.then((r) => r.problem && requests.delete(url));
    }
    this.#result = { loading: true, value: undefined, problem: undefined };
    void request.then((result) => {
      if (this.#url !== src) return;
      this.#result = result;
      this.host.requestUpdate();
    });
    return this.#result;
  }
}

/** A `src` field: the address of a JSON file of config, with the loader that fetches it. */
export type SrcField = (() => ReturnType<typeof text>) & {
  loader(host: ReactiveControllerHost, src: () => string | undefined): RemoteJsonLoader;
};

/**
 * The `src` field of an element whose config may come from a file. The loader comes with the
 * field, so an element without one (the booking button, the pain check) carries no fetching code;
 * an element fetches its file only when its `src` field is this one. Defined, not assigned: a page
 * may have made `loader` read-only on Object.prototype.
 */
export const srcField = Object.defineProperty(() => text(), 'loader', {
  value: (host: ReactiveControllerHost, src: () => string | undefined) => new RemoteJsonLoader(host, src),
}) as SrcField;
