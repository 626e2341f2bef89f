// Global CSS that themes and frameworks put on every page: the widgets keep their look and their
// controls stay usable. The rules below are short stand-ins written for this test, each doing what
// the named framework's reset is known for.
import { expect, fixture, html } from '@open-wc/testing';
import { KIT, part, widget, type Widget } from '../helpers/kit.js';

const SHEETS: [name: string, css: string][] = [
  [
    'a Bootstrap-style reboot',
    `*, *::before, *::after { box-sizing: border-box; }
     body { font-size: 1rem; line-height: 1.5; }
     a { color: #0d6efd; text-decoration: underline; }
     button { border-radius: 0; }
     h1, h2, h3, h4, h5, h6 { margin-top: 0; margin-bottom: .5rem; font-weight: 500; line-height: 1.2; }
     p { margin-top: 0; margin-bottom: 1rem; }`,
  ],
  [
    'a Tailwind-style preflight',
    `*, ::before, ::after { box-sizing: border-box; border-width: 0; border-style: solid; margin: 0; padding: 0; }
     button { background-color: transparent; background-image: none; }
     img, svg { display: block; }
     ol, ul { list-style: none; }`,
  ],
  ['a reset that unsets everything', `* { all: unset; } html { font-size: 62.5%; }`],
  ['a content-box rule with !important', `* { box-sizing: content-box !important; line-height: 3 !important; }`],
];

/** The control each element is used by: the part a visitor presses first. */
const MAIN_CONTROL: Record<string, string> = {
  'spa-booking-button': 'button',
  'spa-faq': 'question',
  'spa-technique-cards': 'title',
  'spa-pain-check': 'next',
};

for (const [name, css] of SHEETS) {
  describe(`on a page with ${name}`, () => {
    let style: HTMLStyleElement;
    beforeEach(() => {
      style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
    });
    afterEach(() => style.remove());

    for (const row of KIT) {
      it(`<${row.tag}> renders, and its main control is visible, a touch target for its text size, and on top`, async () => {
        const container = await fixture<HTMLDivElement>(html`<div style="inline-size: 700px"></div>`);
        const el: Widget = await widget(row, () => {}, container);
        const control = part(el, MAIN_CONTROL[row.tag])!;
        const box = control.getBoundingClientRect();
        expect(el.getBoundingClientRect().height, 'the widget has height').to.be.greaterThan(0);
        expect(box.width, 'control width').to.be.greaterThan(20);
        // Sizes follow the page's text size (a reset that unsets everything leaves it at 10px).
        const text = parseFloat(getComputedStyle(el).fontSize);
        expect(box.height, 'control height').to.be.at.least((row.tag === 'spa-technique-cards' ? 1 : 2.5) * text);
        control.scrollIntoView({ block: 'center' });
        const center = control.getBoundingClientRect();
        const hit = el.shadowRoot!.elementFromPoint(center.x + center.width / 2, center.y + center.height / 2);
        expect(hit === control || control.contains(hit), 'nothing covers the control').to.equal(true);
      });
    }

    it('<spa-faq> still opens an answer on click', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const faq = await widget(KIT.find((row) => row.tag === 'spa-faq')!, () => {}, container);
      const question = part(faq, 'question')!;
      question.click();
      await faq.updateComplete;
      expect(question.getAttribute('aria-expanded')).to.equal('true');
    });
  });
}
