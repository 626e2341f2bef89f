import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import '../../src/elements/spa-faq/define.js';
import type { SpaFaq } from '../../src/elements/spa-faq/spa-faq.js';

// Several questions above the target: never laid out before the deep link scrolls (they are far
// down the page), they stand at an estimated height until they come into range.
const items = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta'].map((id) => ({
  id: `q-${id}`,
  question: `What about ${id}?`,
  answer: `All about ${id}.`,
}));

const clearHash = () => history.replaceState(null, '', location.pathname + location.search);

const questionOf = (el: SpaFaq, id: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="question"]')].find((q) => q.textContent!.includes(`${id}?`))!;

/** The update, then the frames in which the items scrolled into range take their real height. */
const settled = async (el: SpaFaq) => {
  await el.updateComplete;
  for (let i = 0; i < 4; i++) await nextFrame();
};

/** The page of the issue: the FAQ 2,000 px down, optionally under a 60 px sticky header. */
const page = (sticky: boolean) =>
  fixture<HTMLDivElement>(html`<div>
    ${sticky ? html`<header style="position: sticky; inset-block-start: 0; block-size: 60px; background: #ddd; z-index: 1">Spa</header>` : ''}
    <div style="block-size: 2000px"></div>
    <spa-faq style=${sticky ? '--spa-scroll-offset: 60px' : ''} .items=${items}></spa-faq>
    <div style="block-size: 2000px"></div>
  </div>`);

/** The whole question is in the viewport, below the header when there is one. */
function expectInView(question: HTMLElement, wrapper: HTMLElement) {
  const box = question.getBoundingClientRect();
  const top = wrapper.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
  expect(question.getAttribute('aria-expanded')).to.equal('true');
  expect(box.top, 'question top against the header bottom (or the viewport top)').to.be.at.least(top - 0.5);
  expect(box.bottom, 'question bottom against innerHeight').to.be.at.most(window.innerHeight + 0.5);
}

describe('<spa-faq> deep links scroll the whole question into view', () => {
  afterEach(() => {
    clearHash();
    scrollTo(0, 0);
  });

  for (const sticky of [false, true]) {
    const under = sticky ? ' below a sticky header (--spa-scroll-offset)' : '';
    it(`on load${under}`, async () => {
      history.replaceState(null, '', '#q-epsilon');
      const wrapper = await page(sticky);
      const el = wrapper.querySelector('spa-faq')!;
      await settled(el);
      expectInView(questionOf(el, 'epsilon'), wrapper);
    });

    it(`on hashchange${under}`, async () => {
      const wrapper = await page(sticky);
      const el = wrapper.querySelector('spa-faq')!;
      await settled(el);
      scrollTo(0, 0);
      location.hash = '#q-zeta';
      await oneEvent(window, 'hashchange');
      await settled(el);
      expectInView(questionOf(el, 'zeta'), wrapper);
    });
  }

  it('on load of a whole page, where the browser also scrolls to the author’s <details id> itself', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe style="inline-size: 800px; block-size: 500px; border: 0"></iframe>`);
    const loaded = oneEvent(frame, 'load');
    frame.src = new URL('./deep-link-page.html#q-gamma', import.meta.url).href;
    await loaded;
    const win = frame.contentWindow as Window & typeof globalThis;
    const el = win.document.querySelector('spa-faq')!;
    await el.updateComplete;
    for (let i = 0; i < 6; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
    const question = questionOf(el, 'gamma');
    const box = question.getBoundingClientRect();
    expect(question.getAttribute('aria-expanded')).to.equal('true');
    expect(box.top).to.be.at.least(win.document.querySelector('header')!.getBoundingClientRect().bottom - 0.5);
    expect(box.bottom).to.be.at.most(win.innerHeight + 0.5);
  });

  it('the offset is the documented token, applied as the questions’ scroll margin', async () => {
    const wrapper = await page(true);
    const el = wrapper.querySelector('spa-faq')!;
    await el.updateComplete;
    const item = el.shadowRoot!.querySelector('[part~="item"]')!;
    expect(getComputedStyle(item).scrollMarginBlockStart).to.equal('60px');
  });
});
