/**
 * When a widget far below the screen is needed, so that a page pays for rendering it then rather
 * than at load: when the reader scrolls near it, when the browser is next idle (so find-in-page,
 * screen readers' browse mode and search engines' renderers see it within moments), when the page
 * is printed, or when the address's `#fragment` changes. Widgets waiting for idle time render one
 * per idle period, each in its own task, so none adds to another's long task.
 */

/** How far below the screen, in screen heights, a widget counts as near: it renders before it is seen. */
const AHEAD = 1;

const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;
let idleAsked = false;

/**
 * Whether the page was opened at a `#fragment` or a text fragment (`#:~:text=…`, as search results
 * link to a quoted sentence), whose target the browser may scroll to at any moment: what lies below
 * the screen now may be on it by the next paint. A text fragment is missing from `location.hash`;
 * Chromium shows it in the navigation's entry, which counts until the page has loaded (a
 * single-page app's later views were not opened at it).
 */
export function openedAtFragment(): boolean {
  if (location.hash) return true;
  try {
    const [opened] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return !opened.loadEventEnd && /#.*:~:/.test(opened.name);
  } catch {
    return false;
  }
}

/**
 * Whether a widget at its first render lies more than a screen below what the reader sees. A
 * widget above the screen is never far: rendering it later would move what the reader is looking
 * at in a browser without scroll anchoring. A page opened at a fragment renders everything, since
 * the target may be inside a widget.
 */
export function isFarBelowScreen(host: Element): boolean {
  if (openedAtFragment() || typeof IntersectionObserver !== 'function') return false;
  return host.getBoundingClientRect().top > innerHeight * (1 + AHEAD);
}

/** Resolves once `host` is needed (see above); each widget waits once. */
export function whenNeeded(host: Element): Promise<void> {
  if (!observer) {
    observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) if (entry.isIntersecting) release(entry.target);
      },
      { rootMargin: `0px 0px ${AHEAD * 100}% 0px` },
    );
    addEventListener('beforeprint', releaseAll);
    addEventListener('hashchange', releaseAll);
  }
  return new Promise((resolve) => {
    waiting.set(host, resolve);
    observer!.observe(host);
    askForIdleTime();
  });
}

function release(host: Element): void {
  const resolve = waiting.get(host);
  if (!resolve) return;
  waiting.delete(host);
  observer?.unobserve(host);
  resolve();
}

function releaseAll(): void {
  for (const host of [...waiting.keys()]) release(host);
}

/** Releases the first waiting widget in the next idle period, then asks again for the rest. */
function askForIdleTime(): void {
  if (idleAsked) return;
  idleAsked = true;
  const next = () => {
    idleAsked = false;
    const [first] = waiting.keys();
    if (first) release(first);
    if (waiting.size) askForIdleTime();
  };
  // Safari has no requestIdleCallback: a short timeout stands in for it.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(next, { timeout: 2000 });
  else setTimeout(next, 100);
}

const TOUCHES = ['pointerdown', 'keydown', 'focusin', 'click'] as const;

/**
 * Calls `begin` once, at the visitor's first press, key, focus or click (a screen reader's too)
 * inside `host`: the moment to fetch what the widget shows only after the visitor has begun, well
 * before it is shown.
 */
export function whenTouched(host: Element, begin: () => void): void {
  const touched = () => {
    for (const type of TOUCHES) host.removeEventListener(type, touched);
    begin();
  };
  for (const type of TOUCHES) host.addEventListener(type, touched);
}
