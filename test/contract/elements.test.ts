// What every element promises beyond config, tested once for all of them (one row each in
// test/helpers/kit.ts): its events reach the page, it leaves no listener behind when moved, it sizes
// its text from the page's text (not the root's), and axe finds nothing on its bare form.
import { expect } from '@open-wc/testing';
import type { BookingClickDetail } from '../../src/elements/spa-booking-button/spa-booking-button.js';
import { KIT, widget, type Widget } from '../helpers/kit.js';

/** Checked by tsc: each event is typed on the document, with its detail (and `technique` where it names one). */
export const typedOnDocument: ((document: Document) => void)[] = [
  (d) => d.addEventListener('spa-booking-button-click', (e) => e.detail.technique satisfies BookingClickDetail['technique']),
  (d) => d.addEventListener('spa-technique-cards-select', (e) => e.detail.technique satisfies string),
  (d) => d.addEventListener('spa-assessment-complete', (e) => e.detail.technique satisfies string | undefined),
  (d) => d.addEventListener('spa-faq-toggle', (e) => e.detail.open satisfies boolean),
  (d) => d.addEventListener('spa-error', (e) => e.detail.path satisfies string),
];

for (const row of KIT) {
  describe(`<${row.tag}> events and lifecycle`, () => {
    it(`${row.event.name} bubbles out of the shadow root to the document, once`, async () => {
      const heard: Event[] = [];
      const listener = (event: Event) => heard.push(event);
      document.addEventListener(row.event.name, listener);
      const el = await widget(row);
      await row.event.fire(el);
      document.removeEventListener(row.event.name, listener);
      el.remove();
      expect(heard).to.have.length(1);
      expect(heard[0].bubbles && heard[0].composed, 'bubbles and composed').to.equal(true);
      expect(heard[0].target).to.equal(el);
    });

    it('rendered on a server (declarative shadow DOM), it renders afresh over that HTML: one copy, as built', async () => {
      const built = await widget(row);
      const expected = visibleText(built.shadowRoot!);
      built.remove();
      const attributes = Object.entries(row.required ?? {}).map(([name, value]) => ` ${name}="${value}"`).join('');
      const host = document.body.appendChild(document.createElement('div'));
      // As a server writes it: the tag, its attributes, and a shadow root parsed from a template.
      host.setHTMLUnsafe(`<${row.tag}${attributes}><template shadowrootmode="open"><style>p { color: red }</style><p>${expected}</p></template></${row.tag}>`);
      const el = host.firstElementChild as Widget;
      // Firefox upgrades what setHTMLUnsafe inserted a little later; the page's parser does not.
      customElements.upgrade(el);
      await el.updateComplete;
      const text = visibleText(el.shadowRoot!);
      const leftovers = el.shadowRoot!.querySelectorAll('style, :scope > p').length;
      host.remove();
      expect(leftovers, "the server's nodes").to.equal(0);
      expect(text).to.equal(expected);
    });

    it('removed and added again, it fires once per action (no duplicate listeners)', async () => {
      const el = await widget(row);
      const parent = el.parentElement!;
      for (let i = 0; i < 3; i++) {
        el.remove();
        parent.append(el);
      }
      await el.updateComplete;
      let count = 0;
      const counter = () => count++;
      el.addEventListener(row.event.name, counter);
      await row.event.fire(el);
      el.removeEventListener(row.event.name, counter);
      el.remove();
      expect(count).to.equal(1);
    });

    it('on a page with html { font-size: 62.5% }, its text is sized from the page text, not the root', async () => {
      document.documentElement.style.fontSize = '62.5%';
      document.body.style.fontSize = '16px';
      try {
        const el = await widget(row);
        const sizes = textSizes(el.shadowRoot!);
        el.remove();
        expect(sizes.length).to.be.greaterThan(0);
        expect(Math.min(...sizes), 'the smallest text').to.be.at.least(12);
      } finally {
        document.documentElement.style.fontSize = '';
        document.body.style.fontSize = '';
      }
    });

    it('axe finds nothing on the bare element', async () => {
      const el = await widget(row);
      await expect(el).to.be.accessible();
      el.remove();
    });
  });
}

/** Font sizes (px) of the visible elements that hold text of their own. */
function textSizes(root: ShadowRoot): number[] {
  return [...root.querySelectorAll('*')]
    .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) && el.checkVisibility())
    .map((el) => parseFloat(getComputedStyle(el).fontSize));
}

/** The text a reader sees in `root`, whitespace collapsed (style text is not seen). */
function visibleText(root: ShadowRoot): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let text = '';
  while (walker.nextNode()) text += walker.currentNode.nodeValue;
  return text.replace(/\s+/g, ' ').trim();
}
