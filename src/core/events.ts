import { warnRenamed } from './renamed.js';

/** Detail of `spa-error`, fired by every element when its input is refused. */
export interface SpaErrorDetail {
  /** The element's tag, e.g. `spa-faq`. */
  tag: string;
  /** Where the problem is, e.g. `items[2].question` or `href`. */
  path: string;
  /** What is wrong and how to fix it. */
  message: string;
}

declare global {
  interface HTMLElementEventMap {
    'spa-error': CustomEvent<SpaErrorDetail>;
  }
  interface DocumentEventMap {
    'spa-error': CustomEvent<SpaErrorDetail>;
  }
}

type SpaEventName = {
  [K in keyof HTMLElementEventMap]: K extends `spa-${string}` ? K : never;
}[keyof HTMLElementEventMap];

type DetailOf<K extends SpaEventName> =
  HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/** A 0.1 event name still dispatched for one minor version, and the detail it had. */
export interface FormerEvent {
  name: string;
  detail: object;
}

/**
 * Dispatches one of the kit's typed events. They all bubble and cross shadow roots, so analytics
 * on the document and other widgets on the page hear them. Returns false when a listener called
 * `preventDefault()` on a cancelable event.
 *
 * With `formerly`, the event's 0.1 name is dispatched too, so old listeners keep working; the
 * first listener that reads its detail gets a console warning naming the new event.
 */
export function emit<K extends SpaEventName>(
  target: HTMLElement,
  name: K,
  detail: DetailOf<K>,
  { cancelable = false, formerly }: { cancelable?: boolean; formerly?: FormerEvent } = {},
): boolean {
  const init = { bubbles: true, composed: true, cancelable };
  let proceed = target.dispatchEvent(new CustomEvent(name, { detail, ...init }));
  if (formerly) {
    const old = new CustomEvent(formerly.name, init);
    Object.defineProperty(old, 'detail', {
      get: () => {
        warnRenamed(target.localName, `the ${formerly.name} event`, name);
        return formerly.detail;
      },
    });
    proceed = target.dispatchEvent(old) && proceed;
  }
  return proceed;
}
