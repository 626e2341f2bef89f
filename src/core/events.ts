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
}

type SpaEventName = {
  [K in keyof HTMLElementEventMap]: K extends `spa-${string}` ? K : never;
}[keyof HTMLElementEventMap];

type DetailOf<K extends SpaEventName> =
  HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Dispatches one of the kit's typed events. They all bubble and cross shadow roots, so analytics
 * on the document and other widgets on the page hear them. Returns false when a listener called
 * `preventDefault()` on a cancelable event.
 */
export function emit<K extends SpaEventName>(
  target: EventTarget,
  name: K,
  detail: DetailOf<K>,
  { cancelable = false }: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }),
  );
}
