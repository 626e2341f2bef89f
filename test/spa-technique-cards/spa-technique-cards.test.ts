import { bookingLabels, bookingLinks } from '../helpers/kit.js';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/spa-technique-cards/define.js';
import type { SpaTechniqueCards, TechniqueSelectDetail } from '../../src/elements/spa-technique-cards/spa-technique-cards.js';
import type { Technique } from '../../src/content/technique.schema.js';
import { techniques as builtIn } from '../../src/content/techniques.js';
import { captureConsole, captureSpaErrors } from '../helpers/console.js';

const $$ = <E extends Element = HTMLElement>(el: SpaTechniqueCards, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<E>(selector),
];
const titles = (el: SpaTechniqueCards) => $$(el, '[part~="title"]').map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
/** A title's own text, without the badge that may follow it. */
const nameOf = (title: Element) =>
  [...title.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
const cardNames = (el: SpaTechniqueCards) => $$(el, '[part~="card"] .title').map(nameOf);
const recommendedName = (el: SpaTechniqueCards) => nameOf($$(el, '[part~="badge"]')[0].closest('[part~="title"]')!);
const status = (el: SpaTechniqueCards) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
/** A card's labelled values, as a screen reader pairs them: `[quality, value]`. */
const terms = (card: Element) =>
  [...card.querySelectorAll('dt')].map((dt) => [plain(dt.textContent!), plain(dt.nextElementSibling!.textContent!)]);
/** Whether the visitor can see an element: rendered, not in a closed disclosure, with a box. */
/** The qualities both layouts compare, in order: a card shows its summary in place of the first. */
const QUALITIES = ['What it is', 'Pressure', 'Helps with', 'First massage?', 'Session', 'How it feels', 'Best for', 'Benefits'];
const seen = (element: Element) => element.checkVisibility() && element.getBoundingClientRect().height > 0;

/** Renders the element inside a box of the given width, as a blog column or landing page would. */
async function inWidth(width: number, template: ReturnType<typeof html>) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px; font-size: 16px">${template}</div>`);
  const el = wrapper.firstElementChild as SpaTechniqueCards;
  await el.updateComplete;
  return el;
}

const priced = (price: Technique['price']): Technique[] => builtIn.map((t) => ({ ...t, price }));

const assess = (technique: string, outcome = 'ok') =>
  document.dispatchEvent(
    new CustomEvent('spa-assessment-complete', {
      detail: { outcome, painLevel: 4, painBand: 'moderate', duration: 'acute', reasons: [], recommendation: { technique, alternative: 'swedish', pressure: 'medium', frequency: 'weekly' } },
      bubbles: true,
      composed: true,
    }),
  );

describe('<spa-technique-cards>', () => {
  describe('content', () => {
    it('a bare tag compares the three built-in techniques as headed cards', async () => {
      const el = await fixture<SpaTechniqueCards>(html`<spa-technique-cards></spa-technique-cards>`);
      expect(cardNames(el)).to.deep.equal(['Deep tissue massage', 'Swedish massage', 'Trigger point therapy']);
      expect($$(el, 'h3[part~="title"]')).to.have.length(3);
      const list = el.shadowRoot!.querySelector('ul.cards')!;
      expect(list.getAttribute('role')).to.equal('list');
      expect(list.getAttribute('aria-label')).to.equal('Massage techniques compared');
      const firstCard = $$(el, '[part~="card"]')[0];
      expect(firstCard.localName).to.equal('li');
      // Every value is a definition of its quality, so it is read with its label.
      expect(terms(firstCard).map(([term]) => term)).to.deep.equal(QUALITIES.slice(1));
      expect(terms(firstCard).slice(0, 4).map(([, value]) => value)).to.deep.equal([
        'Firm',
        'long-term pain, knots, stiffness',
        'Better after a massage or two',
        '60 min',
      ]);
      expect(firstCard.querySelector('dd [part~="pressure"]')!.textContent!.trim()).to.equal('Firm');
      const lists = [...firstCard.querySelectorAll('ul[part~="list"]')];
      // Each list is the definition of its label, which is read once (the list carries no second name).
      expect(lists.map((ul) => ul.closest('dd')!.previousElementSibling!.textContent)).to.deep.equal(['Best for', 'Benefits']);
      expect(lists.map((ul) => ul.hasAttribute('aria-labelledby') || ul.hasAttribute('aria-label'))).to.deep.equal([false, false]);
      expect(lists[0].querySelectorAll('li')).to.have.length(builtIn[0].bestFor.length);
    });

    it('a bare tag offers no action, so no button that does nothing', async () => {
      for (const layout of ['cards', 'table']) {
        const el = await inWidth(1000, html`<spa-technique-cards layout=${layout}></spa-technique-cards>`);
        expect($$(el, 'button, a, spa-booking-button, [part~="cta"]'), layout).to.have.length(0);
        expect($$(el, '.action, .actions'), `${layout}: no empty action row`).to.have.length(0);
      }
    });

    it('selectable, from the attribute or the JSON child, gives each technique a "Choose" button', async () => {
      const el = await fixture<SpaTechniqueCards>(html`<spa-technique-cards selectable></spa-technique-cards>`);
      expect($$(el, 'button[part~="cta"]').map((b) => plain(b.textContent!))).to.deep.equal([
        'Choose deep tissue massage',
        'Choose Swedish massage',
        'Choose trigger point therapy',
      ]);
      el.selectable = false;
      await el.updateComplete;
      expect($$(el, 'button[part~="cta"]')).to.have.length(0);
      const fromJson = await fixture<SpaTechniqueCards>(html`<spa-technique-cards>
        <script type="application/json">{ "selectable": true }</script>
      </spa-technique-cards>`);
      expect($$(fromJson, 'button[part~="cta"]')).to.have.length(3);
    });

    it('both layouts compare the same qualities under the same labels', async () => {
      const cards = await inWidth(1000, html`<spa-technique-cards></spa-technique-cards>`);
      const table = await inWidth(1000, html`<spa-technique-cards layout="table"></spa-technique-cards>`);
      const rows = [...table.shadowRoot!.querySelectorAll('tbody th')].map((th) => th.textContent);
      // The card opens with the summary itself; the table labels it.
      expect(rows).to.deep.equal(['What it is', ...terms($$(cards, '[part~="card"]')[0]).map(([term]) => term)]);
      expect(rows).to.include.members(['Helps with', 'Benefits']);
    });

    it('heading-level sets the level of every card heading', async () => {
      const el = await fixture<SpaTechniqueCards>(html`<spa-technique-cards heading-level="2"></spa-technique-cards>`);
      expect($$(el, 'h2')).to.have.length(3);
      el.headingLevel = 5;
      await el.updateComplete;
      expect($$(el, 'h5')).to.have.length(3);
      expect($$(el, 'h2')).to.have.length(0);
    });

    it('include picks and orders techniques', async () => {
      const el = await fixture<SpaTechniqueCards>(html`<spa-technique-cards include="swedish,deep-tissue"></spa-technique-cards>`);
      expect(cardNames(el)).to.deep.equal(['Swedish massage', 'Deep tissue massage']);
      el.include = 'trigger-point';
      await el.updateComplete;
      expect(cardNames(el)).to.deep.equal(['Trigger point therapy']);
    });

    it('the techniques property replaces the defaults and beats the JSON child', async () => {
      const el = await fixture<SpaTechniqueCards>(html`<spa-technique-cards>
        <script type="application/json">
          { "techniques": [{ "id": "from-json", "name": "From JSON", "summary": "S", "pressure": "medium", "bestFor": [], "benefits": [], "goodForFirstTimers": true, "painType": [] }] }
        </script>
      </spa-technique-cards>`);
      expect(cardNames(el)).to.deep.equal(['From JSON']);
      el.techniques = [{ ...builtIn[1], id: 'from-js', name: 'From JS' }];
      await el.updateComplete;
      expect(cardNames(el)).to.deep.equal(['From JS']);
    });

    it('a null techniques property means "not given": the JSON child, then the built-in three show', async () => {
      const errors = await captureSpaErrors(async () => {
        const el = await fixture<SpaTechniqueCards>(html`<spa-technique-cards .techniques=${null}>
          <script type="application/json">
            { "techniques": [{ "id": "from-json", "name": "From JSON", "summary": "S", "pressure": "medium", "bestFor": [], "benefits": [], "goodForFirstTimers": true, "painType": [] }] }
          </script>
        </spa-technique-cards>`);
        expect(cardNames(el)).to.deep.equal(['From JSON']);
        el.querySelector('script')!.remove();
        el.techniques = builtIn.slice(0, 1);
        await el.updateComplete;
        // As a framework passes "no value"; the property's type leaves null out.
        Object.assign(el, { techniques: null });
        await el.updateComplete;
        expect(cardNames(el)).to.deep.equal(['Deep tissue massage', 'Swedish massage', 'Trigger point therapy']);
      });
      expect(errors).to.deep.equal([]);
    });

    it('src fetches techniques and settings from a JSON file', async () => {
      const el = await fixture<SpaTechniqueCards>(
        html`<spa-technique-cards src=${new URL('/test/fixtures/techniques.json', location.href).href}></spa-technique-cards>`,
      );
      await waitUntil(() => cardNames(el)[0] === 'Hot stone massage', 'the fetched techniques replace the defaults');
      expect(cardNames(el)).to.have.length(1);
      expect($$(el, '[part~="badge"]')).to.have.length(1);
      expect(plain($$(el, '.facts')[0].textContent!)).to.contain('75 min').and.contain('$110');
    });

    it('prices and lengths follow the page language', async () => {
      const wrapper = await fixture(html`<div lang="de"><spa-technique-cards include="swedish"></spa-technique-cards></div>`);
      const el = wrapper.querySelector('spa-technique-cards')!;
      el.techniques = priced({ amount: 85.5, currency: 'EUR' });
      await el.updateComplete;
      const session = () => terms($$(el, '[part~="card"]')[0]).find(([term]) => term === 'Session')![1];
      expect(session()).to.equal('60 Min. · 85,50 €');
      wrapper.setAttribute('lang', 'en-US');
      el.requestUpdate();
      await el.updateComplete;
      expect(session()).to.equal('60 min · €85.50');
    });

    it('a length on a page in a language the kit has wording for comes from strings.minutes', async () => {
      const el = await fixture<SpaTechniqueCards>(html`<spa-technique-cards include="swedish"></spa-technique-cards>`);
      el.strings = { minutes: '{minutes} minutes' };
      await el.updateComplete;
      expect(terms($$(el, '[part~="card"]')[0]).find(([term]) => term === 'Session')![1]).to.equal('60 minutes');
    });

    it('follows lang for built-in strings, and strings overrides', async () => {
      const wrapper = await fixture(html`<div lang="es"><spa-technique-cards include="swedish" selectable></spa-technique-cards></div>`);
      const el = wrapper.querySelector('spa-technique-cards')!;
      await el.updateComplete;
      expect(cardNames(el)).to.deep.equal(['Masaje sueco']);
      expect(plain($$(el, '[part~="cta"]')[0].textContent!)).to.equal('Elegir masaje sueco');
      el.strings = { choose: 'Quiero el' };
      await el.updateComplete;
      expect(plain($$(el, '[part~="cta"]')[0].textContent!)).to.equal('Quiero el masaje sueco');
    });

    it('shows an image with its alt text', async () => {
      const el = await fixture<SpaTechniqueCards>(html`<spa-technique-cards></spa-technique-cards>`);
      el.techniques = [{ ...builtIn[0], image: { src: '/test/fixtures/none.jpg', alt: 'A therapist working on the lower back' } }];
      await el.updateComplete;
      const img = $$<HTMLImageElement>(el, 'img')[0];
      expect(img.alt).to.equal('A therapist working on the lower back');
      expect(img.getAttribute('loading')).to.equal('lazy');
    });
  });

  describe('highlight', () => {
    it('marks the highlighted technique with a badge that is part of its heading', async () => {
      const el = await fixture<SpaTechniqueCards>(html`<spa-technique-cards highlight="trigger-point"></spa-technique-cards>`);
      const badges = $$(el, '[part~="badge"]');
      expect(badges).to.have.length(1);
      expect(badges[0].textContent).to.equal('Recommended');
      expect(titles(el)[2]).to.equal('Trigger point therapy, Recommended');
      expect(badges[0].closest('[part~="card"]')!.getAttribute('part')).to.equal('card recommended');
      // Seen, not only coloured: the badge has its own box with text in it.
      expect(badges[0].getBoundingClientRect().width).to.be.greaterThan(20);
    });

    it('a highlight property beats a JSON child that names another technique', async () => {
      const el = await fixture<SpaTechniqueCards>(html`<spa-technique-cards>
        <script type="application/json">{ "highlight": "trigger-point" }</script>
      </spa-technique-cards>`);
      expect(recommendedName(el)).to.equal('Trigger point therapy');
      el.highlight = 'swedish';
      await el.updateComplete;
      expect($$(el, '[part~="badge"]')).to.have.length(1);
      expect(recommendedName(el)).to.equal('Swedish massage');
    });

    it('the recommended heading is named "Swedish massage, Recommended", no space before the comma', async () => {
      // Laid-out text, as a heading's name is computed from it: an element taken out of the line
      // (a visually hidden one) gets a space on each side, which a separator must not bring. The
      // badge's text-transform shows in it too, so case does not count.
      const read = (element: Element) => (element as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
      const cards = await inWidth(1000, html`<spa-technique-cards highlight="swedish"></spa-technique-cards>`);
      expect(read($$(cards, 'h3[part~="title"]')[1])).to.match(/^Swedish massage, Recommended$/i);
      expect(read($$(cards, 'h3[part~="title"]')[0])).to.equal('Deep tissue massage');
      const table = await inWidth(1000, html`<spa-technique-cards layout="table" highlight="swedish"></spa-technique-cards>`);
      expect(read($$(table, 'th[part~="title"]')[1])).to.match(/^Swedish massage, Recommended$/i);
    });

    it('follow-assessment highlights the recommended technique and announces it, without scrolling', async () => {
      const el = await fixture<SpaTechniqueCards>(html`<spa-technique-cards highlight="swedish" follow-assessment></spa-technique-cards>`);
      const scroll = [window.scrollX, window.scrollY];
      assess('deep-tissue');
      await el.updateComplete;
      expect(recommendedName(el)).to.equal('Deep tissue massage');
      await waitUntil(() => status(el) === 'Deep tissue massage is recommended for you.', 'the pick is announced');
      await aTimeout(50);
      expect([window.scrollX, window.scrollY]).to.deep.equal(scroll);
      assess('', 'see-doctor');
      await el.updateComplete;
      expect(recommendedName(el)).to.equal('Swedish massage');
      expect(status(el)).to.equal('');
    });

    it('announces the same pick again when the assessment is taken again', async () => {
      const el = await fixture<SpaTechniqueCards>(html`<spa-technique-cards follow-assessment></spa-technique-cards>`);
      assess('swedish');
      await waitUntil(() => status(el) === 'Swedish massage is recommended for you.', 'the pick is announced');
      const said: string[] = [];
      const region = el.shadowRoot!.querySelector('[role="status"]')!;
      const watcher = new MutationObserver(() => said.push(region.textContent!.trim()));
      watcher.observe(region, { childList: true, characterData: true, subtree: true });
      assess('swedish');
      // Screen readers read a live region when its text changes: it empties, then says it again.
      await waitUntil(() => said.at(-1) === 'Swedish massage is recommended for you.', 'the repeat is announced');
      watcher.disconnect();
      expect(said).to.include('');
      expect(recommendedName(el)).to.equal('Swedish massage');
    });

    it('scroll-to-recommended brings the pick into view when asked', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <div style="block-size: 3000px"></div>
        <spa-technique-cards follow-assessment scroll-to-recommended></spa-technique-cards>
      </div>`);
      const el = wrapper.querySelector('spa-technique-cards')!;
      await el.updateComplete;
      window.scrollTo(0, 0);
      assess('swedish');
      await el.updateComplete;
      await waitUntil(() => window.scrollY > 1000, 'the recommended card is scrolled into view');
      window.scrollTo(0, 0);
    });

    it('the JSON child can turn on follow-assessment and scroll-to-recommended', async () => {
      // A different spacer than the test above: Chromium skips a smooth scroll to where it last headed.
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <div style="block-size: 2500px"></div>
        <spa-technique-cards>
          <script type="application/json">{ "followAssessment": true, "scrollToRecommended": true }</script>
        </spa-technique-cards>
      </div>`);
      const el = wrapper.querySelector('spa-technique-cards')!;
      await el.updateComplete;
      window.scrollTo(0, 0);
      assess('trigger-point');
      await el.updateComplete;
      expect(recommendedName(el)).to.equal('Trigger point therapy');
      await waitUntil(() => window.scrollY > 1000, 'the recommended card is scrolled into view');
      window.scrollTo(0, 0);
    });

    it('in a narrow table layout, scrolls to the recommended card on show', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 336px">
        <div style="block-size: 2000px"></div>
        <spa-technique-cards layout="table" follow-assessment scroll-to-recommended></spa-technique-cards>
      </div>`);
      const el = wrapper.querySelector('spa-technique-cards')!;
      await el.updateComplete;
      window.scrollTo(0, 0);
      assess('swedish');
      await el.updateComplete;
      const card = $$(el, '[part~="card"][part~="recommended"]')[0];
      await waitUntil(() => {
        const box = card.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight + 1 && box.height > 0;
      }, 'the recommended card is scrolled into view');
      window.scrollTo(0, 0);
    });

    it('ignores assessments without follow-assessment', async () => {
      const el = await fixture<SpaTechniqueCards>(html`<spa-technique-cards></spa-technique-cards>`);
      assess('swedish');
      await el.updateComplete;
      expect($$(el, '[part~="badge"]')).to.have.length(0);
    });
  });

  describe('layout', () => {
    const boxes = (el: SpaTechniqueCards) => $$(el, '[part~="card"]').map((card) => card.getBoundingClientRect());

    it('stacks the cards in a 320 px column', async () => {
      const el = await inWidth(320, html`<spa-technique-cards></spa-technique-cards>`);
      const [a, b, c] = boxes(el);
      expect(b.top).to.be.at.least(a.bottom);
      expect(c.top).to.be.at.least(b.bottom);
      expect(a.left).to.equal(b.left);
      expect(a.width).to.be.at.most(320);
    });

    it('a narrow card keeps the key facts in view and folds the long ones into a native disclosure', async () => {
      const el = await inWidth(320, html`<spa-technique-cards></spa-technique-cards>`);
      const card = $$(el, '[part~="card"]')[0];
      const facts = card.querySelector('.about .facts')!;
      expect(seen(facts)).to.equal(true);
      const more = card.querySelector('details')!;
      expect(more.open).to.equal(false);
      const summary = more.querySelector('summary')!;
      expect(plain(summary.textContent!)).to.equal('How it feels · Best for · Benefits');
      expect(seen(summary)).to.equal(true);
      expect($$(el, '[part~="list"]').some(seen)).to.equal(false);
      summary.click();
      await aTimeout(0);
      expect(more.open).to.equal(true);
      expect([...card.querySelectorAll('[part~="list"]')].every(seen)).to.equal(true);
    });

    it('the cards are much shorter on a phone than they were (2,160 px at 348 px wide)', async () => {
      const bare = await inWidth(348, html`<spa-technique-cards></spa-technique-cards>`);
      expect(bare.getBoundingClientRect().height).to.be.below(1350);
      const booking = await inWidth(348, html`<spa-technique-cards booking-href="https://book.example/"></spa-technique-cards>`);
      expect(booking.getBoundingClientRect().height).to.be.below(1550);
    });

    it('a card wide enough shows everything, with no disclosure to open', async () => {
      for (const width of [600, 1100]) {
        const el = await inWidth(width, html`<spa-technique-cards></spa-technique-cards>`);
        const card = $$(el, '[part~="card"]')[0];
        expect(seen(card.querySelector('summary')!), `${width}: no toggle`).to.equal(false);
        expect([...card.querySelectorAll('[part~="list"]')].every(seen), `${width}: lists shown`).to.equal(true);
      }
    });

    it('puts the cards side by side, of equal height, in a wide widget', async () => {
      const el = await inWidth(1100, html`<spa-technique-cards booking-href="https://book.example/"></spa-technique-cards>`);
      const [a, b, c] = boxes(el);
      expect(a.top).to.equal(b.top);
      expect(b.top).to.equal(c.top);
      expect(a.right).to.be.at.most(b.left);
      expect(Math.abs(a.height - b.height)).to.be.below(1);
      expect(Math.abs(b.height - c.height)).to.be.below(1);
      // The calls to action line up along the bottom.
      const ctas = $$(el, '[part~="cta"]').map((cta) => cta.getBoundingClientRect().bottom);
      expect(Math.abs(ctas[0] - ctas[2])).to.be.below(1);
      // So do the "How it feels" texts and the lists under them, whatever the length of the summaries above.
      const lists = $$(el, '.more').map((details) => details.getBoundingClientRect().top);
      expect(Math.abs(lists[0] - lists[1])).to.be.below(1);
      expect(Math.abs(lists[1] - lists[2])).to.be.below(1);
    });

    it('follows its own width, not the viewport', async () => {
      const el = await inWidth(600, html`<spa-technique-cards></spa-technique-cards>`);
      const [a, b] = boxes(el);
      expect(b.top).to.be.at.least(a.bottom);
      const card = $$(el, '[part~="card"]')[0];
      const about = card.querySelector('.about')!.getBoundingClientRect();
      const details = card.querySelector('.more')!.getBoundingClientRect();
      expect(details.left).to.be.greaterThan(about.right - 1);
    });

    it('a wide widget in rtl runs the cards from the right', async () => {
      const el = await inWidth(1100, html`<spa-technique-cards dir="rtl"></spa-technique-cards>`);
      const [a, b] = boxes(el);
      expect(a.left).to.be.greaterThan(b.right - 1);
    });
  });

  describe('table layout', () => {
    it('is a real table: a name, column headers per technique, row headers per quality', async () => {
      const el = await inWidth(1000, html`<spa-technique-cards layout="table" highlight="swedish"></spa-technique-cards>`);
      const table = el.shadowRoot!.querySelector('table')!;
      expect(table.getAttribute('part')).to.equal('table');
      expect(table.getAttribute('aria-label')).to.equal('Massage techniques compared');
      const cols = [...table.querySelectorAll('thead th')];
      expect(cols.map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col']);
      expect(cols.map(nameOf)).to.deep.equal(['Deep tissue massage', 'Swedish massage', 'Trigger point therapy']);
      expect(cols[1].querySelector('[part~="badge"]')!.textContent).to.equal('Recommended');
      const rows = [...table.querySelectorAll('tbody th')];
      expect(rows.every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
      expect(rows.map((th) => th.textContent)).to.deep.equal(QUALITIES);
      const pressureCells = [...table.querySelectorAll('tbody tr:nth-child(2) td')];
      expect(pressureCells.map((td) => plain(td.querySelector('[part~="pressure"]')!.textContent!))).to.deep.equal([
        'Firm',
        'Gentle',
        'Medium',
      ]);
      // Wide: the techniques are side by side.
      const [a, b] = cols.map((th) => th.getBoundingClientRect());
      expect(a.top).to.equal(b.top);
      expect(a.right).to.be.at.most(b.left + 1);
    });

    it('with an action configured, ends in a row of them under the techniques', async () => {
      const el = await inWidth(1000, html`<spa-technique-cards layout="table" booking-href="https://book.example/"></spa-technique-cards>`);
      const actions = el.shadowRoot!.querySelector('table .actions')!;
      expect(await bookingLabels(actions)).to.deep.equal([
        'Book deep tissue massage',
        'Book Swedish massage',
        'Book trigger point therapy',
      ]);
    });

    it('in a narrow column becomes a compact comparison: one labelled block per technique, named once', async () => {
      // Was a 2,389 px list at this width, each technique named under each of seven qualities.
      const el = await inWidth(336, html`<spa-technique-cards layout="table" highlight="swedish"></spa-technique-cards>`);
      expect(seen(el.shadowRoot!.querySelector('table')!)).to.equal(false);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      const cards = $$(el, '[part~="card"]');
      expect(cards.every(seen)).to.equal(true);
      expect($$(el, '[part~="title"]').filter(seen).map(nameOf)).to.deep.equal([
        'Deep tissue massage',
        'Swedish massage',
        'Trigger point therapy',
      ]);
      expect(seen($$(el, '[part~="badge"]').find(seen)!.closest('[part~="card"]')!)).to.equal(true);
      expect(recommendedName(el)).to.equal('Swedish massage');
      // The same qualities and labels as the wide table, each value read with its quality.
      expect(terms(cards[0]).map(([term]) => term)).to.include.members(['Pressure', 'Helps with', 'Best for', 'Benefits']);
      expect(el.getBoundingClientRect().height).to.be.below(1500);
      // Given room, it is the table again.
      (el.parentElement as HTMLElement).style.inlineSize = '1000px';
      await waitUntil(() => seen(el.shadowRoot!.querySelector('table')!), 'the table shows in a wide column');
      expect(cards.some(seen)).to.equal(false);
    });

    it('shows the heading slot above the table', async () => {
      const el = await inWidth(900, html`<spa-technique-cards layout="table"><span slot="heading">Which massage?</span></spa-technique-cards>`);
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('.heading slot')!;
      expect(slot.assignedNodes().map((n) => n.textContent)).to.deep.equal(['Which massage?']);
      const heading = el.querySelector('[slot="heading"]')!.getBoundingClientRect();
      expect(heading.bottom).to.be.at.most(el.shadowRoot!.querySelector('table')!.getBoundingClientRect().top + 1);
    });
  });

  describe('calls to action', () => {
    it('without a booking page, a selectable "Choose" fires spa-technique-cards-select, by keyboard too', async () => {
      const el = await fixture<SpaTechniqueCards>(html`<spa-technique-cards selectable></spa-technique-cards>`);
      const buttons = $$<HTMLButtonElement>(el, 'button[part~="cta"]');
      expect(buttons).to.have.length(3);
      expect(plain(buttons[1].textContent!)).to.equal('Choose Swedish massage');
      buttons[1].focus();
      const fired = oneEvent(document, 'spa-technique-cards-select');
      await sendKeys({ press: 'Enter' });
      const event = (await fired) as CustomEvent<TechniqueSelectDetail>;
      expect(event.detail).to.deep.equal({ technique: 'swedish' });
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('until 0.3, "Choose" also fires spa-technique-select with { id }, warning once when its detail is read', async () => {
      const el = await fixture<SpaTechniqueCards>(html`<spa-technique-cards selectable></spa-technique-cards>`);
      const buttons = $$<HTMLButtonElement>(el, 'button[part~="cta"]');
      const details: unknown[] = [];
      const listener = (event: Event) => details.push((event as CustomEvent).detail);
      document.addEventListener('spa-technique-select', listener);
      const warned = await captureConsole('warn', () => {
        buttons[0].click();
        buttons[2].click();
      });
      document.removeEventListener('spa-technique-select', listener);
      expect(details).to.deep.equal([{ id: 'deep-tissue' }, { id: 'trigger-point' }]);
      expect(warned).to.deep.equal([
        '[spa-technique-cards] the spa-technique-select event is renamed spa-technique-cards-select; the old name stops working in 0.3.',
      ]);
    });

    it('with booking-href, each card books its own service through <spa-booking-button>', async () => {
      const el = await fixture<SpaTechniqueCards>(
        html`<spa-technique-cards booking-href="https://book.example/spa" booking-provider="generic" highlight="swedish"></spa-technique-cards>`,
      );
      el.techniques = builtIn.map((t) => ({ ...t, bookingService: `svc-${t.id}` }));
      await el.updateComplete;
      const buttons = $$(el, 'spa-booking-button');
      const links = await bookingLinks(el.shadowRoot!);
      expect(links.map((a) => new URL(a.href).searchParams.get('service'))).to.deep.equal(['svc-deep-tissue', 'svc-swedish', 'svc-trigger-point']);
      const filled = links.map((a) => getComputedStyle(a).backgroundColor !== 'rgba(0, 0, 0, 0)');
      expect(filled, 'only the recommended one is filled').to.deep.equal([false, true, false]);
      expect(buttons[0].querySelector('a')!.href).to.equal('https://book.example/spa');
      const button = buttons[1] as HTMLElement & { updateComplete: Promise<unknown> };
      await button.updateComplete;
      const link = button.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!;
      expect(link.href).to.equal('https://book.example/spa?service=svc-swedish');
      expect(plain(link.textContent!)).to.equal('Book Swedish massage');
      expect($$(el, 'button[part~="cta"]')).to.have.length(0);
    });

    it('the page can style the booking link itself through ::part(cta-button)', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <style>
          spa-technique-cards::part(cta-button) { background-color: rgb(1, 2, 3); }
        </style>
        <spa-technique-cards booking-href="https://book.example/spa"></spa-technique-cards>
      </div>`);
      const el = wrapper.querySelector('spa-technique-cards')!;
      await el.updateComplete;
      const button = $$(el, 'spa-booking-button')[0] as HTMLElement & { updateComplete: Promise<unknown> };
      await button.updateComplete;
      expect(button.getAttribute('part')).to.equal('cta');
      const link = button.shadowRoot!.querySelector('[part="button"]')!;
      expect(getComputedStyle(link).backgroundColor).to.equal('rgb(1, 2, 3)');
    });

    it('booking labels read as a sentence: "Book deep tissue massage", "Book Swedish massage"', async () => {
      const el = await fixture<SpaTechniqueCards>(html`<spa-technique-cards booking-href="https://book.example/spa"></spa-technique-cards>`);
      expect(await bookingLabels(el.shadowRoot!)).to.deep.equal(['Book deep tissue massage', 'Book Swedish massage', 'Book trigger point therapy']);
      el.techniques = [{ ...builtIn[0], id: 'hot-stone', name: 'Hot Stone Massage' }];
      await el.updateComplete;
      expect(await bookingLabels(el.shadowRoot!)).to.deep.equal(['Book Hot Stone Massage']);
    });
  });

  describe('parts', () => {
    const partsOf = (el: SpaTechniqueCards, selector: string) => $$(el, selector).map((e) => e.getAttribute('part'));

    it('name every piece a brand restyles, with the recommended state in the part list', async () => {
      const el = await inWidth(1000, html`<spa-technique-cards highlight="swedish" selectable></spa-technique-cards>`);
      el.techniques = builtIn.map((t) => ({ ...t, image: { src: '/test/fixtures/none.jpg', alt: '' } }));
      await el.updateComplete;
      expect(partsOf(el, '[part~="card"]')).to.deep.equal(['card', 'card recommended', 'card']);
      expect(partsOf(el, 'button')).to.deep.equal(['cta', 'cta recommended', 'cta']);
      const card = $$(el, 'li[part~="card"]')[1];
      expect(card.querySelector('[part="description"]')!.textContent).to.equal(builtIn[1].summary);
      expect(card.querySelector('img')!.getAttribute('part')).to.equal('image');
      expect([...card.querySelectorAll('dl')].map((dl) => dl.getAttribute('part'))).to.deep.equal(['facts', 'facts']);
      expect([...card.querySelectorAll('dt')].every((dt) => dt.getAttribute('part') === 'fact-label')).to.equal(true);
      expect(card.querySelector('details')!.getAttribute('part')).to.equal('more');
    });

    it('the table marks the recommended column header, and its call to action', async () => {
      const el = await inWidth(1000, html`<spa-technique-cards layout="table" highlight="deep-tissue" booking-href="https://book.example/"></spa-technique-cards>`);
      expect(partsOf(el, 'thead th')).to.deep.equal(['title recommended', 'title', 'title']);
      expect(partsOf(el, 'table spa-booking-button')).to.deep.equal(['cta recommended', 'cta', 'cta']);
    });

    it('a page styles the recommended card through ::part(), and the rounded pieces follow --spa-radius', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <style>
          spa-technique-cards::part(card recommended) { background-color: rgb(1, 2, 3); }
        </style>
        <spa-technique-cards highlight="swedish" style="--spa-radius: 3px"></spa-technique-cards>
      </div>`);
      const el = wrapper.querySelector('spa-technique-cards')!;
      await el.updateComplete;
      expect($$(el, '[part~="card"]').map((card) => getComputedStyle(card).backgroundColor)).to.deep.equal([
        'rgba(0, 0, 0, 0)',
        'rgb(1, 2, 3)',
        'rgba(0, 0, 0, 0)',
      ]);
      expect(getComputedStyle($$(el, '[part~="badge"]')[0]).borderTopLeftRadius).to.equal('3px');
      expect(getComputedStyle($$(el, '[part~="pressure"] .scale span')[0]).borderTopLeftRadius).to.equal('3px');
    });
  });

  describe('structured data', () => {
    const ownBlocks = () => document.head.querySelectorAll('script[type="application/ld+json"][data-spa-schema="spa-technique-cards"]');
    it('schema writes one JSON-LD block of Services, with Offers where priced, and removes it when unset', async () => {
      const el = await fixture<SpaTechniqueCards>(html`<spa-technique-cards schema include="swedish"></spa-technique-cards>`);
      el.techniques = priced({ amount: 90, currency: 'USD' });
      await el.updateComplete;
      const blocks = ownBlocks();
      expect(blocks).to.have.length(1);
      const data = JSON.parse(blocks[0].textContent!);
      expect(data['@context']).to.equal('https://schema.org');
      expect(data['@graph']).to.have.length(1);
      expect(data['@graph'][0]).to.include({ '@type': 'Service', name: 'Swedish massage' });
      expect(data['@graph'][0].offers).to.deep.equal({ '@type': 'Offer', price: 90, priceCurrency: 'USD' });
      el.schema = false;
      await el.updateComplete;
      expect(ownBlocks()).to.have.length(0);
    });

    it('keeps the block in <head>, not inside the element, while the element is in the page', async () => {
      const el = await fixture<SpaTechniqueCards>(html`<spa-technique-cards schema></spa-technique-cards>`);
      await el.updateComplete;
      expect(el.children).to.have.length(0);
      expect(ownBlocks()[0].parentNode).to.equal(document.head);
      const parent = el.parentNode!;
      el.remove();
      expect(ownBlocks()).to.have.length(0);
      parent.append(el);
      await el.updateComplete;
      expect(ownBlocks()).to.have.length(1);
    });

    for (const [markup, expected] of [
      ['<spa-technique-cards></spa-technique-cards>', 0],
      ['<spa-technique-cards schema></spa-technique-cards>', 1],
      ['<spa-technique-cards schema=""></spa-technique-cards>', 1],
      ['<spa-technique-cards schema="on"></spa-technique-cards>', 1],
      ['<spa-technique-cards schema="true"></spa-technique-cards>', 1],
      ['<spa-technique-cards schema="off"></spa-technique-cards>', 0],
      ['<spa-technique-cards schema="false"></spa-technique-cards>', 0],
      ['<spa-technique-cards><script type="application/json">{ "schema": "on" }</script></spa-technique-cards>', 1],
      ['<spa-technique-cards><script type="application/json">{ "schema": true }</script></spa-technique-cards>', 1],
      ['<spa-technique-cards schema><script type="application/json">{ "schema": "off" }</script></spa-technique-cards>', 0],
      ['<spa-technique-cards schema><script type="application/json">{ "schema": false }</script></spa-technique-cards>', 0],
    ] as const) {
      it(`${markup} writes ${expected} JSON-LD block(s)`, async () => {
        const el = await fixture<SpaTechniqueCards>(markup);
        await el.updateComplete;
        expect(ownBlocks()).to.have.length(expected);
      });
    }

    it('a schema value other than on or off (true or false) is reported, and no JSON-LD is written', async () => {
      const errors = await captureSpaErrors(async () => {
        const el = await fixture<SpaTechniqueCards>(html`<spa-technique-cards schema="yes"></spa-technique-cards>`);
        await el.updateComplete;
        expect(ownBlocks()).to.have.length(0);
      });
      expect(errors.map((e) => `${e.path}: ${e.message}`)).to.deep.equal([
        'schema: expected on or off (true or false) (from the attribute)',
      ]);
    });
  });

  describe('bad input', () => {
    async function problemsOf(run: () => Promise<SpaTechniqueCards>) {
      let el!: SpaTechniqueCards;
      let errors: { path: string; message: string }[] = [];
      const logged = await captureConsole('error', async () => {
        errors = await captureSpaErrors(async () => {
          el = await run();
          await el.updateComplete;
        });
      });
      return { el, errors: errors.map((e) => `${e.path}: ${e.message}`), logged };
    }

    it('an unknown id in include is reported; the known ones still show', async () => {
      const { el, errors, logged } = await problemsOf(() =>
        fixture(html`<spa-technique-cards include="swedish, hot-stone"></spa-technique-cards>`),
      );
      expect(errors).to.deep.equal(['include: "hot-stone" is not one of the techniques; use deep-tissue, swedish, trigger-point']);
      expect(logged).to.deep.equal([
        '[spa-technique-cards] include: "hot-stone" is not one of the techniques; use deep-tissue, swedish, trigger-point',
      ]);
      expect(cardNames(el)).to.deep.equal(['Swedish massage']);
    });

    it('blank include and highlight attributes mean "not set", not a mistake', async () => {
      const { el, errors } = await problemsOf(() => fixture(html`<spa-technique-cards include="" highlight=""></spa-technique-cards>`));
      expect(errors).to.deep.equal([]);
      expect(cardNames(el)).to.have.length(3);
    });

    it('an unknown highlight is reported; nothing is marked', async () => {
      const { el, errors } = await problemsOf(() => fixture(html`<spa-technique-cards highlight="reiki"></spa-technique-cards>`));
      expect(errors).to.deep.equal(['highlight: "reiki" is not one of the techniques shown; use deep-tissue, swedish, trigger-point']);
      expect(cardNames(el)).to.have.length(3);
      expect($$(el, '[part~="badge"]')).to.have.length(0);
    });

    it('a technique without a name is left out, the others show', async () => {
      const { el, errors } = await problemsOf(async () => {
        const el = await fixture<SpaTechniqueCards>(html`<spa-technique-cards></spa-technique-cards>`);
        el.techniques = [builtIn[0], { ...builtIn[1], name: '' }];
        return el;
      });
      expect(errors).to.deep.equal([
        'techniques[1].name: expected a non-empty string (from the JavaScript property); this technique is left out',
      ]);
      expect(cardNames(el)).to.deep.equal(['Deep tissue massage']);
    });

    it('a bad currency, an unsafe image and an image without alt cost only that field', async () => {
      const { el, errors } = await problemsOf(async () => {
        const el = await fixture<SpaTechniqueCards>(html`<spa-technique-cards></spa-technique-cards>`);
        el.techniques = [
          { ...builtIn[0], price: { amount: 80, currency: 'usd' } },
          { ...builtIn[1], image: { src: 'javascript:alert(1)', alt: 'x' } },
          { ...builtIn[2], image: { src: 'https://spa.example/tp.jpg' } as Technique['image'] },
        ];
        return el;
      });
      expect(errors).to.deep.equal([
        'techniques[0].price.currency: expected a three-letter ISO 4217 code such as "USD" or "EUR" (from the JavaScript property); shown without it',
        'techniques[1].image.src: "javascript:" links are not allowed; use an https:, http:, tel: or mailto: address (from the JavaScript property); shown without it',
        'techniques[2].image.alt: expected alt text ("" only for a decorative image) (from the JavaScript property); shown without it',
      ]);
      expect(cardNames(el)).to.deep.equal(['Deep tissue massage', 'Swedish massage', 'Trigger point therapy']);
      expect($$(el, 'img')).to.have.length(0);
      expect(plain($$(el, '.facts')[0].textContent!)).not.to.contain('80');
    });

    it('an unreadable JSON child is reported and the built-in content shows', async () => {
      const { el, errors } = await problemsOf(() =>
        fixture(html`<spa-technique-cards>
          <script type="application/json">
            { "techniques": [], }
          </script>
        </spa-technique-cards>`),
      );
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(/^config: the JSON config could not be read .*; check quotes and commas$/);
      expect(cardNames(el)).to.have.length(3);
    });

    it('a list with no good technique falls back to the built-in content', async () => {
      const { el, errors } = await problemsOf(() =>
        fixture(html`<spa-technique-cards>
          <script type="application/json">
            { "techniques": [{ "id": "x", "name": "X", "summary": "S", "pressure": "hard", "bestFor": [], "benefits": [], "goodForFirstTimers": true, "painType": [] }] }
          </script>
        </spa-technique-cards>`),
      );
      expect(errors).to.deep.equal([
        'techniques[0].pressure: "hard" is not allowed; use one of gentle, medium, firm (from the JSON config); this technique is left out',
      ]);
      expect(cardNames(el)).to.deep.equal(['Deep tissue massage', 'Swedish massage', 'Trigger point therapy']);
    });

    it('an unsafe booking-href is refused and selectable cards offer "Choose" instead', async () => {
      const { el, errors } = await problemsOf(() =>
        fixture(html`<spa-technique-cards booking-href="javascript:alert(1)" selectable></spa-technique-cards>`),
      );
      expect(errors).to.deep.equal([
        'bookingHref: "javascript:" links are not allowed; use an https:, http:, tel: or mailto: address (from the attribute)',
      ]);
      expect($$(el, 'spa-booking-button')).to.have.length(0);
      expect($$(el, 'button[part~="cta"]')).to.have.length(3);
    });

    it('a bad layout or heading level falls back to the defaults', async () => {
      const { el, errors } = await problemsOf(() =>
        fixture(html`<spa-technique-cards layout="grid" heading-level="9"></spa-technique-cards>`),
      );
      expect(errors).to.deep.equal([
        'layout: "grid" is not allowed; use one of cards, table (from the attribute)',
        'headingLevel: expected a heading level from 2 to 6 (from the attribute)',
      ]);
      expect($$(el, 'h3[part~="title"]')).to.have.length(3);
    });

    it('a src that cannot be fetched is reported and the defaults stay', async () => {
      const { el, errors, logged } = await problemsOf(async () => {
        const el = await fixture<SpaTechniqueCards>(
          html`<spa-technique-cards src="/test/fixtures/missing-techniques.json"></spa-technique-cards>`,
        );
        await waitUntil(() => el.shadowRoot!.querySelector('[aria-busy="false"]'), 'the request settles');
        return el;
      });
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(/^src: ".*\/test\/fixtures\/missing-techniques.json" answered 404; check the address$/);
      expect(logged).to.have.length(1);
      expect(cardNames(el)).to.have.length(3);
    });
  });

  describe('accessibility', () => {
    it('cards pass axe, with a recommendation and booking buttons', async () => {
      const el = await inWidth(1000, html`<spa-technique-cards highlight="swedish" booking-href="https://book.example/"></spa-technique-cards>`);
      await expect(el).to.be.accessible();
    });

    it('cards with "Choose" buttons pass axe in a narrow column, folded and opened', async () => {
      const el = await inWidth(320, html`<spa-technique-cards highlight="swedish" selectable></spa-technique-cards>`);
      await expect(el).to.be.accessible();
      $$(el, 'summary')[1].click();
      await expect(el).to.be.accessible();
    });

    it('a bare tag passes axe, wide and narrow, light and dark', async () => {
      await expect(await inWidth(1000, html`<spa-technique-cards></spa-technique-cards>`)).to.be.accessible();
      await expect(await inWidth(320, html`<spa-technique-cards></spa-technique-cards>`)).to.be.accessible();
      await expect(await inWidth(320, html`<spa-technique-cards theme="dark" highlight="swedish"></spa-technique-cards>`)).to.be.accessible();
    });

    it('the table passes axe, wide and stacked', async () => {
      const wide = await inWidth(1000, html`<spa-technique-cards layout="table" highlight="deep-tissue"></spa-technique-cards>`);
      await expect(wide).to.be.accessible();
      const narrow = await inWidth(300, html`<spa-technique-cards layout="table" booking-href="https://book.example/"></spa-technique-cards>`);
      await expect(narrow).to.be.accessible();
      const bare = await inWidth(300, html`<spa-technique-cards layout="table" highlight="swedish"></spa-technique-cards>`);
      await expect(bare).to.be.accessible();
    });
  });
});
