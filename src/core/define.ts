import { openedAtFragment } from './when-needed.js';

/** The kit's version, as published in package.json. */
export const VERSION: string = __SPA_VERSION__;

/** An element class that says which kit version it belongs to. */
export type VersionedElement = CustomElementConstructor & { readonly version?: string };

declare global {
  interface Window {
    /** The only global the kit adds: which version of spa-widgets is on the page. */
    SpaWidgets?: { readonly version: string };
  }
}

/**
 * Registers `element` as `tag` unless the tag is already taken. Loading the kit twice, or its ES
 * and classic forms together, is harmless; a different version (or another library) holding the
 * tag gets one warning naming both, the one in use first, because two copies fighting over a tag
 * is worth knowing about but must never break the page.
 *
 * A drop-in script registers after the page's next paint when every `tag` element in the page can
 * wait unseen: the page holds its room (the reserve stylesheet), or it lies below the screen. The
 * article is painted without waiting for the widgets, nothing the reader sees moves when they
 * fill in, and each tag is registered in a task of its own, so no one long task holds the page.
 * A widget on the screen without its room held is registered as the script runs: with a fast
 * connection that is before the first paint, so the reader never sees the text around it jump.
 */
export function define(tag: string, element: VersionedElement): void {
  // On a server there is no DOM. Lit's server build puts a stand-in registry on globalThis, where
  // @lit-labs/ssr looks elements up: registering there is what lets a server render the kit.
  if (typeof customElements === 'undefined') return;
  if (typeof window !== 'undefined') window.SpaWidgets ??= Object.freeze({ version: VERSION });
  if (__SPA_DROP_IN__ && unseenUntilPainted(tag) && document.visibilityState !== 'hidden') {
    const registerNow = () => {
      waiting.delete(tag);
      register(tag, element);
    };
    waiting.set(tag, registerNow);
    afterNextPaint(() => waiting.get(tag)?.());
  } else register(tag, element);
}

/** Tags waiting for the page's paint, each with what registers it now. */
const waiting = new Map<string, () => void>();

/**
 * Registers at once every waiting tag that `root` holds: a widget on the screen that renders
 * another (the cards' booking buttons) shows it whole in its first paint. The page's own widgets of
 * that tag are upgraded with it; those far below the screen still render when needed.
 */
export function registerWaitingIn(root: ParentNode): void {
  if (!waiting.size) return;
  try {
    for (const [tag, registerNow] of waiting) if (root.querySelector(tag)) registerNow();
  } catch {
    // A page that broke the DOM's queries: the tag registers after the paint, as it was to.
  }
}

/**
 * Calls back once the page has painted: in the task after the next animation frame. A frame out of
 * view (`display: none`, an embed scrolled away) or a tab hidden meanwhile gets no animation frames,
 * so half a second is the longest wait; a page that broke the timers gets the call at once.
 */
function afterNextPaint(callback: () => void): void {
  let called = false;
  const once = () => {
    if (called) return;
    called = true;
    callback();
  };
  try {
    requestAnimationFrame(() => setTimeout(once));
    setTimeout(once, 500);
  } catch {
    once();
  }
}

/**
 * Whether there are `tag` elements in the page, each with its room held (a `min-block-size`) or
 * below the screen. A page opened at a fragment may be about to scroll to one: each must hold
 * its room.
 */
function unseenUntilPainted(tag: string): boolean {
  try {
    const found = document.getElementsByTagName(tag);
    const atFragment = openedAtFragment();
    const below = (element: Element) => !atFragment && element.getBoundingClientRect().top >= innerHeight;
    // A loop, not `every`: the page may have replaced the array methods.
    for (let i = 0; i < found.length; i++) if (!(parseFloat(getComputedStyle(found[i]).minBlockSize) > 0) && !below(found[i])) return false;
    return found.length > 0;
  } catch {
    return false;
  }
}

function register(tag: string, element: VersionedElement): void {
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (existing === element) return;
  if (existing) {
    if (existing.version !== element.version) {
      const theirs = existing.version ? `spa-widgets ${existing.version}` : 'another script';
      console.warn(
        `[${tag}] is already defined by ${theirs}, which stays in use; this copy (${element.version ?? VERSION}) was not registered. Load the kit once.`,
      );
    }
    return;
  }
  try {
    customElements.define(tag, element);
  } catch (error) {
    // A class registered under another tag, or a registry error: report, never throw on load.
    console.warn(`[${tag}] could not be registered: ${(error as Error).message}`);
  }
}
