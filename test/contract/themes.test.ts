// What every element promises about colour and direction, tested once for all four (table-driven):
// each theme reaches every nested element, unthemed widgets read on dark pages too, and built-in
// English strings keep their word order on right-to-left pages.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/index.js';
import type { Theme } from '../../src/core/spa-element.js';

type Rgba = [number, number, number, number];
const BOOK = 'https://example.com/book';

/** Reads a computed colour: browsers give `rgb()`/`rgba()`, or `color(srgb …)` for mixed colours. */
function rgba(css: string): Rgba {
  const legacy = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/.exec(css);
  if (legacy) return [+legacy[1], +legacy[2], +legacy[3], +(legacy[4] ?? 1)];
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)$/.exec(css);
  if (srgb) return [+srgb[1] * 255, +srgb[2] * 255, +srgb[3] * 255, +(srgb[4] ?? 1)];
  throw new Error(`a computed colour this test cannot read: ${css}`);
}
const over = (top: Rgba, below: Rgba): Rgba => [0, 1, 2].map((i) => top[i] * top[3] + below[i] * (1 - top[3])).concat(1) as Rgba;
const luminance = (c: Rgba) =>
  0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2]);
function channel(value: number) {
  const v = value / 255;
  return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}
const ratio = (a: Rgba, b: Rgba) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};

/** The element's parent as rendering sees it: through slots and out of shadow roots. */
const flatParent = (el: Element): Element | null =>
  el.assignedSlot ?? el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
/** What is painted behind `el`: every background up the flat tree, laid over a white page. */
function backdrop(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = el; node; node = flatParent(node)) layers.unshift(rgba(getComputedStyle(node).backgroundColor));
  return layers.reduce((below, layer) => over(layer, below), [255, 255, 255, 1] as Rgba);
}
/** Contrast of `el`'s own text colour against what is behind it. */
function contrast(el: Element): number {
  const behind = backdrop(el);
  return ratio(over(rgba(getComputedStyle(el).color), behind), behind);
}

/** Every element that shows text of its own, inside `root` and every shadow root below it. */
function textElements(root: Element | ShadowRoot, found: Element[] = []): Element[] {
  for (const el of root.querySelectorAll('*')) {
    const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    const rect = el.getBoundingClientRect();
    if (own && rect.width > 1 && rect.height > 1 && el.checkVisibility()) found.push(el);
    if (el.shadowRoot) textElements(el.shadowRoot, found);
  }
  return found;
}
const describeText = (el: Element) => `${el.localName}.${[...el.classList].join('.')} "${el.textContent!.trim().slice(0, 40)}"`;

/** The widgets in the states the tests reach; `section` marks a widget that paints no panel of its own. */
const widgets: { name: string; section?: boolean; render: (theme?: Theme) => TemplateResult; open?: (el: HTMLElement) => Promise<void> }[] = [
  {
    name: 'booking button (primary, with a call link)',
    section: true,
    render: (theme) => html`<spa-booking-button theme=${ifDefined(theme)} href=${BOOK} phone="+1 555 010 0199"></spa-booking-button>`,
  },
  {
    name: 'booking button (outline)',
    section: true,
    render: (theme) => html`<spa-booking-button theme=${ifDefined(theme)} href=${BOOK} variant="outline"></spa-booking-button>`,
  },
  {
    name: 'booking button (text, with a call link)',
    section: true,
    render: (theme) => html`<spa-booking-button theme=${ifDefined(theme)} href=${BOOK} variant="text" phone="+1 555 010 0199"></spa-booking-button>`,
  },
  {
    name: 'FAQ with search, expand all and a question open',
    render: (theme) => html`<spa-faq theme=${ifDefined(theme)} search show-expand-all link-to-items></spa-faq>`,
    open: async (el) => {
      el.shadowRoot!.querySelector<HTMLElement>('[part~="question"]')!.click();
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    },
  },
  {
    name: 'technique cards with booking buttons',
    render: (theme) => html`<spa-technique-cards theme=${ifDefined(theme)} booking-href=${BOOK} highlight="swedish"></spa-technique-cards>`,
  },
  {
    name: 'technique table with booking buttons',
    render: (theme) =>
      html`<spa-technique-cards theme=${ifDefined(theme)} layout="table" booking-href=${BOOK} highlight="swedish"></spa-technique-cards>`,
  },
  {
    name: 'pain check on its first step',
    render: (theme) => html`<spa-pain-check theme=${ifDefined(theme)} booking-href=${BOOK}></spa-pain-check>`,
  },
  ...painCheckStates(),
];

/** The pain check's other states: a checked answer on the scale, and each outcome, by clicks. */
function painCheckStates() {
  const none = (list: string): [string, string] => ['none', list];
  const clear = [[none('emergency')], [none('urgent')], [none('doctor')]];
  const states: [string, [string, string][][]][] = [
    ['pain check: the scale with an answer chosen', [...clear, [['painLevel', '4']]]],
    ['pain check: emergency result with a call link', [[['safety', 'chest-pain']]]],
    ['pain check: urgent result', [[none('emergency')], [['safety', 'fever']]]],
    ['pain check: see a doctor first, with a booking link', [...clear, [['painLevel', '8']]]],
    ['pain check: a suggestion with its booking button', [...clear, [['painLevel', '4']], [['duration', 'acute']], [['feeling', 'knots']], [['experience', 'few'], ['pressure', 'medium']]]],
  ];
  return states.map(([name, steps]) => ({
    name,
    render: (theme?: Theme) =>
      html`<spa-pain-check theme=${ifDefined(theme)} booking-href=${BOOK} doctor-booking="on" emergency-number="112"></spa-pain-check>`,
    open: async (el: HTMLElement) => {
      for (const [index, step] of steps.entries()) {
        for (const [field, value] of step) el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${field}"][value="${value}"]`)!.click();
        await settle(el);
        // The last answers of a scale state stay on screen; every other step is sent on.
        if (index < steps.length - 1 || !name.includes('scale')) el.shadowRoot!.querySelector<HTMLElement>('.next')!.click();
        await settle(el);
      }
    },
  }));
}

/**
 * Renders a widget on a page of the given colours; resolves once it and anything nested in it have
 * rendered. Transitions are off (--spa-duration), so colours are read settled, not mid-fade.
 */
async function place(template: TemplateResult, page: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="${page}; padding: 1em; --spa-duration: 0s">${template}</div>`);
  const el = wrapper.firstElementChild as HTMLElement;
  await settle(el);
  return { wrapper, el };
}
async function settle(root: Element | ShadowRoot) {
  for (const el of [root, ...root.querySelectorAll('*')]) {
    if (el instanceof Element) {
      await (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
      if (el.shadowRoot) await settle(el.shadowRoot);
    }
  }
}

/**
 * Every text in the widget reads at 4.5:1 or better against what is behind it, the focus ring of
 * its first control stands out 3:1 from what is around it, and axe finds nothing.
 */
async function expectReadable(wrapper: HTMLElement) {
  const texts = textElements(wrapper);
  expect(texts.length, 'texts found').to.be.greaterThan(0);
  const poor = texts.map((el) => ({ el, ratio: contrast(el) })).filter(({ ratio: r }) => r < 4.5);
  expect(poor.map(({ el, ratio: r }) => `${describeText(el)}: ${r.toFixed(2)}:1`)).to.deep.equal([]);

  const before = document.createElement('button');
  before.textContent = 'before';
  wrapper.prepend(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  let focused = document.activeElement!;
  while (focused.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  before.remove();
  expect(focused.closest('[part]'), 'focus moved into the widget').to.not.equal(null);
  // The ring is the control's own, or its label's (a custom radio draws it round the whole choice).
  let ringed: Element | null = focused;
  while (ringed && getComputedStyle(ringed).outlineStyle === 'none') ringed = ringed.parentElement;
  expect(ringed, `a focus ring on ${describeText(focused)}`).to.not.equal(null);
  const around = backdrop(flatParent(ringed!)!);
  const ring = rgba(getComputedStyle(ringed!).outlineColor);
  expect(ratio(over(ring, around), around), `focus ring of ${describeText(ringed!)}`).to.be.at.least(3);

  await expect(wrapper).to.be.accessible();
}

/** Emulates a dark system setting where the engine can (Chromium, Firefox); reports whether it did. */
async function darkSystem(on: boolean): Promise<boolean> {
  try {
    await emulateMedia({ colorScheme: on ? 'dark' : 'light' });
  } catch {
    return false;
  }
  // Firefox applies it a moment later.
  await waitUntil(() => matchMedia('(prefers-color-scheme: dark)').matches === on, 'the emulated colour scheme');
  return true;
}

const DARK_SECTION = 'background: #121212';
const DARK_PAGE = 'background: #121212; color: #eee';

describe('themes and direction, for every element', () => {
  for (const widget of widgets) {
    describe(widget.name, () => {
      it('reads in theme="dark"', async () => {
        // A button's theme picks colours for the section it sits on; the panels paint their own.
        const { wrapper, el } = await place(widget.render('dark'), widget.section ? DARK_SECTION : '');
        await widget.open?.(el);
        await expectReadable(wrapper);
      });

      it('reads in theme="auto" under a dark system setting', async () => {
        const emulated = await darkSystem(true);
        try {
          // WebDriver (WebKit) cannot emulate the setting: there the dark side of auto's
          // light-dark() palette is chosen the way the system would, through color-scheme.
          const { wrapper, el } = await place(widget.render('auto'), widget.section ? DARK_SECTION : '');
          expect(getComputedStyle(el).colorScheme).to.equal('light dark');
          if (!emulated) el.style.colorScheme = 'dark';
          await widget.open?.(el);
          const dark = await place(widget.render('dark'), '');
          expect(getComputedStyle(el).backgroundColor).to.equal(getComputedStyle(dark.el).backgroundColor);
          expect(getComputedStyle(el).color).to.equal(getComputedStyle(dark.el).color);
          await expectReadable(wrapper);
        } finally {
          if (emulated) await darkSystem(false);
        }
      });

      it('reads without a theme on a dark page', async () => {
        const { wrapper, el } = await place(widget.render(), DARK_PAGE);
        await widget.open?.(el);
        await expectReadable(wrapper);
      });

      it('reads without a theme on a light page', async () => {
        const { wrapper, el } = await place(widget.render(), 'background: #fff; color: #222');
        await widget.open?.(el);
        await expectReadable(wrapper);
      });
    });
  }

  describe('nested elements', () => {
    const LIGHT_PRIMARY = 'rgb(43, 106, 92)';
    const nestedButtons = (cards: HTMLElement) =>
      [...cards.shadowRoot!.querySelectorAll('spa-booking-button')].map((b) => b.shadowRoot!.querySelector<HTMLElement>('[part~="button"]')!);

    it('the booking buttons inside dark-themed cards take the dark palette', async () => {
      const { el } = await place(html`<spa-technique-cards theme="dark" booking-href=${BOOK} highlight="swedish"></spa-technique-cards>`, '');
      const buttons = nestedButtons(el);
      expect(buttons).to.have.length(3);
      const outline = buttons.filter((b) => rgba(getComputedStyle(b).backgroundColor)[3] === 0);
      const filled = buttons.filter((b) => !outline.includes(b));
      expect([outline.length, filled.length]).to.deep.equal([2, 1]);
      for (const button of outline) {
        expect(getComputedStyle(button).color).to.not.equal(LIGHT_PRIMARY);
        expect(contrast(button)).to.be.at.least(4.5);
      }
      expect(getComputedStyle(filled[0]).backgroundColor).to.not.equal(LIGHT_PRIMARY);
      expect(contrast(filled[0])).to.be.at.least(4.5);
      // Nothing was passed down: the buttons themselves carry no theme.
      expect([...el.shadowRoot!.querySelectorAll('spa-booking-button[theme]')]).to.have.length(0);
    });

    it("the author's --spa-color-primary on the outer element still reaches the nested buttons", async () => {
      const { el } = await place(
        html`<spa-technique-cards theme="dark" style="--spa-color-primary: rgb(255, 209, 102)" booking-href=${BOOK} highlight="swedish"></spa-technique-cards>`,
        '',
      );
      const [outline, filled] = nestedButtons(el);
      expect(getComputedStyle(outline).color).to.equal('rgb(255, 209, 102)');
      expect(getComputedStyle(filled).backgroundColor).to.equal('rgb(255, 209, 102)');
    });

    it('a nested element with its own theme keeps it, in the light DOM too', async () => {
      const { el } = await place(
        html`<spa-faq theme="dark">
          <spa-booking-button href=${BOOK} variant="outline"></spa-booking-button>
          <spa-booking-button theme="light" href=${BOOK} variant="outline"></spa-booking-button>
        </spa-faq>`,
        '',
      );
      const [follows, own] = [...el.querySelectorAll('spa-booking-button')].map((b) => b.shadowRoot!.querySelector('[part~="button"]')!);
      expect(getComputedStyle(follows).color).to.equal('rgb(134, 211, 191)');
      expect(getComputedStyle(own).color).to.equal(LIGHT_PRIMARY);
    });
  });

  describe('tokens', () => {
    const tags = ['spa-booking-button', 'spa-faq', 'spa-technique-cards', 'spa-pain-check'];

    it('the brand colour has a dark counterpart: --spa-color-primary-dark in the dark theme, --spa-color-primary in the light one', async () => {
      const filledIn = async (theme: Theme, tokens: string) => {
        const { el } = await place(
          html`<spa-booking-button theme=${theme} href=${BOOK} style=${tokens}></spa-booking-button>`,
          '',
        );
        return getComputedStyle(el.shadowRoot!.querySelector('[part~="button"]')!).backgroundColor;
      };
      const both = '--spa-color-primary: rgb(122, 78, 156); --spa-color-primary-dark: rgb(208, 168, 240)';
      expect(await filledIn('light', both)).to.equal('rgb(122, 78, 156)');
      expect(await filledIn('dark', both)).to.equal('rgb(208, 168, 240)');
      // Without a dark counterpart, the brand colour is used in both.
      expect(await filledIn('dark', '--spa-color-primary: rgb(122, 78, 156)')).to.equal('rgb(122, 78, 156)');
      // Nested buttons in a dark widget take the dark counterpart too.
      const { el } = await place(
        html`<spa-technique-cards theme="dark" booking-href=${BOOK} highlight="swedish" style=${both}></spa-technique-cards>`,
        '',
      );
      const nested = [...el.shadowRoot!.querySelectorAll('spa-booking-button')].map((b) => b.shadowRoot!.querySelector('[part~="button"]')!);
      expect(nested.map((b) => getComputedStyle(b).backgroundColor)).to.include('rgb(208, 168, 240)');
    });

    for (const tag of tags) {
      it(`<${tag}>: --spa-font-size sets the widget's text size, and --spa-shadow reaches its panels but not its buttons`, async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="font-size: 16px; --spa-font-size: 20px; --spa-shadow: rgb(1, 2, 3) 0px 4px 8px 0px"></div>`,
        );
        const el = document.createElement(tag);
        el.setAttribute('href', BOOK);
        el.setAttribute('booking-href', BOOK);
        wrapper.append(el);
        await settle(el);
        expect(getComputedStyle(el).fontSize).to.equal('20px');
        const buttons = [...el.shadowRoot!.querySelectorAll('[part~="button"], button')];
        for (const button of buttons) expect(getComputedStyle(button).boxShadow, `${tag} ${button.localName}`).to.not.contain('rgb(1, 2, 3)');
        // The panels of the widgets that draw them: the pain check's frame, each technique card.
        const panels = [...el.shadowRoot!.querySelectorAll('*')].filter((node) => getComputedStyle(node).boxShadow.includes('rgb(1, 2, 3)'));
        expect(panels.length > 0, tag).to.equal(tag === 'spa-pain-check' || tag === 'spa-technique-cards');
      });
    }
  });

  describe('right to left', () => {
    /** Where, left to right, a piece of a text node is drawn. */
    function xOf(node: Text, text: string, start = node.data.indexOf(text)) {
      const range = document.createRange();
      expect(start, `"${text}" in "${node.data}"`).to.be.at.least(0);
      range.setStart(node, start);
      range.setEnd(node, start + text.length);
      return range.getBoundingClientRect();
    }
    const textNodeOf = (el: Element) => [...el.childNodes].find((n): n is Text => n.nodeType === Node.TEXT_NODE && !!n.textContent!.trim())!;

    it('an English sentence that starts with a number keeps its word order, aligned to the right', async () => {
      const { el } = await place(html`<spa-faq dir="rtl" search></spa-faq>`, '');
      const search = el.shadowRoot!.querySelector('input')!;
      search.value = 'massage';
      search.dispatchEvent(new Event('input', { bubbles: true }));
      await settle(el);
      const count = el.shadowRoot!.querySelector('[part~="count"]')!;
      const text = textNodeOf(count);
      expect(text.data).to.match(/^\d+ of \d+ questions$/);
      // "2 of 5 questions", not "of 5 questions 2": the leading number is drawn first, at the left.
      const [number, of, questions] = [text.data.split(' ')[0], 'of', 'questions'].map((part) => xOf(text, part));
      expect(number.left).to.be.below(of.left);
      expect(of.left).to.be.below(questions.left);
      // The layout still mirrors: the line ends at the right edge, where an RTL line starts.
      expect(Math.abs(questions.right - count.getBoundingClientRect().right)).to.be.below(2);
    });

    it('an English sentence keeps its full stop at its end', async () => {
      const { el } = await place(html`<spa-technique-cards dir="rtl"></spa-technique-cards>`, '');
      const text = textNodeOf(el.shadowRoot!.querySelector('.summary')!);
      const sentence = text.data.trimEnd();
      expect(sentence).to.match(/\w\.$/);
      const lastWord = sentence.slice(sentence.lastIndexOf(' ') + 1, -1);
      const stop = xOf(text, '.', sentence.length - 1);
      const word = xOf(text, lastWord, sentence.length - 1 - lastWord.length);
      expect(stop.left).to.be.at.least(word.right - 1);
    });
  });
});
