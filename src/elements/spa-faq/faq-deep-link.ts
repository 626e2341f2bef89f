import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { copyText } from '../../core/clipboard.js';

/** The id in the address bar (`#id`), decoded; undefined when there is none or it is malformed. */
const hashId = (): string | undefined => {
  try {
    return decodeURIComponent(location.hash.slice(1)) || undefined;
  } catch {
    return undefined;
  }
};

/**
 * An id as it can stand in an address. A lone surrogate (half an emoji, from an author's
 * `<details id>`) cannot be encoded (`encodeURIComponent` throws): it becomes U+FFFD, as the URL
 * parser itself would make it, and a hash is compared with an id in this form.
 */
export const linkable = (id: string): string => id.replace(/\p{Cs}/gu, '\uFFFD');

/** The page's address pointing at one question. */
function linkTo(id: string): URL {
  const url = new URL(location.href);
  url.hash = encodeURIComponent(linkable(id));
  return url;
}

/**
 * Copies the address of one question. Where there is no clipboard (an insecure page, a refused
 * permission) the address bar takes the link instead; resolves whether it was copied.
 */
export async function copyLink(id: string): Promise<boolean> {
  const url = linkTo(id);
  const copied = await copyText(url.href);
  if (!copied) history.replaceState(history.state, '', url.hash);
  return copied;
}

/**
 * Deep links: `page#id` opens and shows that question, on load and whenever the hash changes, and
 * a question the visitor opens can put its own link in the address bar (`follow`).
 */
export class FaqDeepLink implements ReactiveController {
  /**
   * The id in the address bar still to open, and whether to focus it (only after a hashchange,
   * not on load). Kept only until the content it may name has arrived (see `claim`).
   */
  #pending?: { id: string; focus: boolean };
  #reveal?: { index: number; focus: boolean };

  /**
   * @param open Opens the question with this id, as a visitor would, and returns its index
   *   (`#q-<index>` in the shadow root); undefined when no question has that id.
   * @param loading True while content that may still name the id is arriving.
   */
  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly open: (id: string) => number | undefined,
    private readonly loading: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const id = hashId();
    this.#pending = id ? { id, focus: false } : undefined;
    window.addEventListener('hashchange', this.#onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  /** Opens the question named in the address bar, if it is one of ours; called once content is read. */
  claim(): void {
    if (!this.#pending) return;
    const { id, focus } = this.#pending;
    const index = this.open(id);
    if (index === undefined) {
      // Not one of ours (a skip link, another part of the page). Only content still arriving for
      // the address the page was opened at, the rest of the HTML or the src file, may claim it:
      // a question that matches much later must not open and steal the visitor's place.
      if (focus || !(document.readyState === 'loading' || this.loading())) this.#pending = undefined;
      return;
    }
    this.#pending = undefined;
    this.#reveal = { index, focus };
  }

  hostUpdated(): void {
    if (!this.#reveal) return;
    const { index, focus } = this.#reveal;
    this.#reveal = undefined;
    const root = this.host.renderRoot;
    const button = root.querySelector<HTMLElement>(`#q-${index}`);
    // Questions never laid out stand at an estimated height (content-visibility) until they come
    // into range, which would move the question after the scroll: all are laid out for it, and
    // skip layout again once their real height is remembered, a rendering later. The item, not
    // the button, is scrolled to: its scroll-margin keeps it below a sticky header.
    const list = root.querySelector('.items');
    const scroll = () => {
      list?.classList.add('revealing');
      button?.closest('.item')?.scrollIntoView({ block: 'start' });
      requestAnimationFrame(() => requestAnimationFrame(() => list?.classList.remove('revealing')));
    };
    scroll();
    // An author's `<details id>` is a target the browser scrolls to by itself until the page has
    // loaded, which leaves the question above the viewport: the question is shown again then.
    if (document.readyState !== 'complete') window.addEventListener('load', () => requestAnimationFrame(scroll), { once: true });
    if (focus) button?.focus({ preventScroll: true });
  }

  /** A visitor opened or closed a question: its link is in the address bar while it is open. */
  follow(id: string, open: boolean): void {
    // replaceState: toggling questions must not fill the back button's history.
    if (open) history.replaceState(history.state, '', linkTo(id).hash);
    else if (hashId() === linkable(id)) history.replaceState(history.state, '', location.pathname + location.search);
  }

  #onHashChange = (): void => {
    const id = hashId();
    this.#pending = id ? { id, focus: true } : undefined;
    this.host.requestUpdate();
  };
}
