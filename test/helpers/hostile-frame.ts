// Runs the kit in a frame of its own, so a hostile page (polluted prototypes, replaced built-ins)
// does not reach the test framework, and reports what a visitor and the author would see.
import { fixture, html, oneEvent } from '@open-wc/testing';

/** What a hostile page plants, so a test can look for it in the widgets. */
export const EVIL_URL = 'https://evil.example/pay';
export const EVIL_TEXT = 'Pay here';

export interface FrameReport {
  errors: string[];
  sizes: string[];
  leaks: string[];
  /** How many structured-data (JSON-LD) blocks the widgets wrote. */
  jsonLd: number;
}

/**
 * Runs the kit in a frame: `before` runs before it loads, `after` once it has, then the widgets are
 * added. `head` goes into the frame's head, e.g. a Content-Security-Policy meta tag.
 */
export async function hostileFrame(before: string, after: string, markup: string, head = ''): Promise<FrameReport> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 900px; block-size: 600px';
  frame.srcdoc = `<!doctype html><head>${head}</head><body>
    <template id="widgets">${markup}</template>
    <script>
      window.errors = [];
      addEventListener('error', (e) => errors.push('uncaught: ' + e.message));
      addEventListener('unhandledrejection', (e) => errors.push('unhandled: ' + e.reason));
      const log = console.error;
      console.error = (...args) => { errors.push('console: ' + args.join(' ')); log(...args); };
      ${before}
    </script>
    <script type="module">
      try {
        await import('${new URL('/src/index.ts', location.href).href}');
        ${after}
        // From a template, not innerHTML: a page that enforces Trusted Types allows no HTML sink.
        document.body.append(document.importNode(document.querySelector('#widgets').content, true));
        // A loop, not filter/map: the page may have replaced those.
        for (const el of document.querySelectorAll('*')) await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 100));
      } catch (error) {
        errors.push('thrown: ' + error);
      } finally {
        parent.postMessage('ready', '*');
      }
    </script>
  </body>`;
  const ready = oneEvent(window, 'message');
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(frame);
  await ready;
  const win = frame.contentWindow as Window & { errors: string[] };
  const widgets = [...frame.contentDocument!.querySelectorAll<HTMLElement>('body > *')].filter((el) => el.localName.startsWith('spa-'));
  const leaks: string[] = [];
  for (const el of widgets) {
    for (const node of deepNodes(el.shadowRoot!)) {
      const href = (node as Element).getAttribute?.('href') ?? (node as Element).getAttribute?.('src') ?? '';
      if (href.includes('evil.example')) leaks.push(`${el.localName}: ${href}`);
      if (node.nodeType === Node.TEXT_NODE && node.textContent!.includes(EVIL_TEXT)) leaks.push(`${el.localName} ${node.parentElement?.className}: "${node.textContent}"`);
    }
  }
  const report = {
    // Copied into this realm: the frame's arrays carry the page's replaced built-ins.
    errors: Array.from(win.errors, String),
    sizes: widgets.filter((el) => !el.getBoundingClientRect().height).map((el) => `${el.localName} is blank`),
    leaks,
    jsonLd: frame.contentDocument!.querySelectorAll('script[type="application/ld+json"]').length,
  };
  frame.remove();
  return report;
}

/** Every node below `root`, through the shadow roots of nested elements. */
function deepNodes(root: Node, found: Node[] = []): Node[] {
  for (const child of root.childNodes) {
    found.push(child);
    if ((child as Element).shadowRoot) deepNodes((child as Element).shadowRoot!, found);
    deepNodes(child, found);
  }
  return found;
}

