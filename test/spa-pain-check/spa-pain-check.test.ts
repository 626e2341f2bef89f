import { aTimeout, expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AssessmentCompleteDetail } from '../../src/core/assessment.js';
import '../../src/elements/spa-pain-check/define.js';
import '../../src/elements/spa-technique-cards/define.js';
import type { SpaPainCheck } from '../../src/elements/spa-pain-check/spa-pain-check.js';
import type { SpaBookingButton } from '../../src/elements/spa-booking-button/spa-booking-button.js';
import { captureConsole, captureSpaErrors } from '../helpers/console.js';

interface Walk {
  pain: number;
  duration: string;
  feeling: string;
  experience: string;
  pressure: string;
  safety: string[];
}

const OK: Walk = { pain: 5, duration: 'chronic', feeling: 'knots', experience: 'few', pressure: 'medium', safety: ['none'] };
const SEE_DOCTOR: Walk = { ...OK, safety: ['fever', 'pregnancy'] };
const URGENT: Walk = { ...OK, safety: ['fever', 'bladder-bowel'] };

const root = (el: SpaPainCheck) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: SpaPainCheck, selector: string) => root(el).querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: SpaPainCheck, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const input = (el: SpaPainCheck, name: string, value: string | number) =>
  $<HTMLInputElement>(el, `input[name="${name}"][value="${value}"]`);
/** What a screen reader or the focus ring is on inside the widget, as a short readable tag. */
const tagOf = (node: Element | null | undefined) =>
  node ? `<${node.localName}${[...node.attributes].map((a) => ` ${a.name}="${a.value}"`).join('')}>` : 'nothing';
const focused = (el: SpaPainCheck) => tagOf(root(el).activeElement);
const expectFocusOn = (el: SpaPainCheck, target: Element) => expect(focused(el)).to.equal(tagOf(target));

async function choose(el: SpaPainCheck, name: string, value: string | number) {
  input(el, name, value).click();
  await el.updateComplete;
}

async function next(el: SpaPainCheck) {
  $(el, '.next').click();
  await el.updateComplete;
  await el.updateComplete;
}

async function walk(el: SpaPainCheck, answers: Walk) {
  await choose(el, 'painLevel', answers.pain);
  await next(el);
  await choose(el, 'duration', answers.duration);
  await next(el);
  await choose(el, 'feeling', answers.feeling);
  await next(el);
  await choose(el, 'experience', answers.experience);
  await choose(el, 'pressure', answers.pressure);
  await next(el);
  for (const flag of answers.safety) await choose(el, flag === 'none' ? 'none' : 'safety', flag);
  const done = oneEvent(el, 'spa-assessment-complete');
  await next(el);
  return ((await done) as CustomEvent<AssessmentCompleteDetail>).detail;
}

const legendText = (el: SpaPainCheck) => $(el, 'legend').textContent!.replace(/\s+/g, ' ').trim();

describe('<spa-pain-check>', () => {
  afterEach(() => sessionStorage.clear());

  describe('the questions', () => {
    it('starts with 11 unselected radios, each named by its number and band word, ends labelled', async () => {
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check></spa-pain-check>`);
      expect(legendText(el)).to.equal('Step 1 of 5 How strong is your back pain right now?');
      const radios = $$<HTMLInputElement>(el, 'input[type="radio"][name="painLevel"]');
      expect(radios.map((r) => r.value)).to.deep.equal(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
      expect(radios.some((r) => r.checked)).to.equal(false);
      const labels = radios.map((r) => r.closest('label')!.textContent!.replace(/\s+/g, ' ').trim());
      expect(labels[0]).to.equal('0 no pain');
      expect(labels[2]).to.equal('2 mild');
      expect(labels[5]).to.equal('5 moderate');
      expect(labels[7]).to.equal('7 severe');
      expect(labels[10]).to.equal('10 severe worst imaginable');
      await expect(el).to.be.accessible();
    });

    it('the scale’s and the safety step’s hints describe their group, so forms mode reads them', async () => {
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check></spa-pain-check>`);
      const description = () => root(el).getElementById($(el, 'fieldset').getAttribute('aria-describedby')!)?.textContent;
      expect(description()).to.equal('0 means no pain at all, 10 the worst pain you can imagine.');
      for (const [name, value] of [['painLevel', 5], ['duration', 'chronic'], ['feeling', 'knots']] as const) {
        await choose(el, name, value);
        await next(el);
      }
      await choose(el, 'experience', 'few');
      await choose(el, 'pressure', 'medium');
      await next(el);
      expect(description()).to.contain('Tick every box that applies');
    });

    it('names the chosen value in words', async () => {
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check></spa-pain-check>`);
      await choose(el, 'painLevel', 6);
      expect($(el, '.chosen').textContent).to.equal('You chose 6: moderate.');
    });

    it('Next explains why it does nothing until the step is answered, and stays focusable', async () => {
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check></spa-pain-check>`);
      const nextButton = $<HTMLButtonElement>(el, '.next');
      expect(nextButton.disabled).to.equal(false);
      expect(nextButton.getAttribute('aria-disabled')).to.equal('true');
      const hint = $(el, `#${nextButton.getAttribute('aria-describedby')}`);
      expect(hint.textContent).to.equal('Choose an answer to go on.');
      expect(hint.getBoundingClientRect().height).to.be.greaterThan(0);
      await next(el);
      await nextFrame();
      await el.updateComplete;
      expect(legendText(el)).to.contain('Step 1 of 5');
      expect($(el, '[role="status"]').textContent).to.equal('Choose an answer to go on.');
      await choose(el, 'painLevel', 3);
      expect(nextButton.getAttribute('aria-disabled')).to.equal('false');
      expect(nextButton.hasAttribute('aria-describedby')).to.equal(false);
      expect(root(el).querySelector('#why-not')).to.equal(null);
      await next(el);
      expect($(el, '[role="status"]').textContent!.trim(), 'the hint is taken back on the next step').to.equal('');
    });

    it('moves focus to each new step’s legend; Back keeps the answers', async () => {
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check></spa-pain-check>`);
      expect(focused(el), 'no focus stolen on load').to.equal('nothing');
      await choose(el, 'painLevel', 4);
      await next(el);
      expectFocusOn(el, $(el, 'legend .title'));
      expect(legendText(el)).to.equal('Step 2 of 5 How long have you had this pain?');
      await choose(el, 'duration', 'subacute');
      await next(el);
      expect(legendText(el)).to.contain('Step 3 of 5');
      $(el, '.back').click();
      await el.updateComplete;
      expectFocusOn(el, $(el, 'legend .title'));
      expect(input(el, 'duration', 'subacute').checked).to.equal(true);
      $(el, '.back').click();
      await el.updateComplete;
      expect(input(el, 'painLevel', 4).checked).to.equal(true);
      expect(root(el).querySelector('.back'), 'no Back on the first step').to.equal(null);
    });

    it('the safety step: "None of these" and the boxes exclude each other', async () => {
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check></spa-pain-check>`);
      await walk(el, OK);
      $$(el, '.actions button')[0].click();
      await el.updateComplete;
      for (const [name, value] of [['painLevel', 2], ['duration', 'acute'], ['feeling', 'ache']] as const) {
        await choose(el, name, value);
        await next(el);
      }
      await choose(el, 'experience', 'first');
      await choose(el, 'pressure', 'gentle');
      await next(el);
      expect($$(el, 'fieldset fieldset legend').map((l) => l.textContent)).to.deep.equal([
        'Signs that need help straight away',
        'Reasons to see a doctor before a massage',
      ]);
      expect($(el, '.hint').textContent).to.equal('Tick every box that applies, or “None of these”, to go on.');
      await choose(el, 'safety', 'fever');
      await choose(el, 'none', 'none');
      expect(input(el, 'safety', 'fever').checked).to.equal(false);
      expect(input(el, 'none', 'none').checked).to.equal(true);
      await choose(el, 'safety', 'surgery');
      expect(input(el, 'none', 'none').checked).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('every step passes axe, in the light and dark themes', async () => {
      for (const theme of ['light', 'dark']) {
        // No transitions, so axe reads the colours a step settles on, not a frame of a fade.
        const el = await fixture<SpaPainCheck>(html`<spa-pain-check theme=${theme} style="--spa-duration: 0s"></spa-pain-check>`);
        const answer: [string, string | number][][] = [
          [['painLevel', 8]],
          [['duration', 'subacute']],
          [['feeling', 'travels']],
          [['experience', 'regular'], ['pressure', 'not-sure']],
          [['safety', 'skin']],
        ];
        for (const [index, choices] of answer.entries()) {
          expect(legendText(el)).to.contain(`Step ${index + 1} of 5`);
          await expect(el).to.be.accessible();
          for (const [name, value] of choices) await choose(el, name, value);
          await expect(el).to.be.accessible();
          await next(el);
        }
        expect($(el, '.result-title').textContent).to.equal('Please see a doctor before booking');
        await expect(el).to.be.accessible();
      }
    });

    it('completes by keyboard alone', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><button>before</button><spa-pain-check></spa-pain-check></div>`);
      const el = wrapper.querySelector('spa-pain-check')!;
      await el.updateComplete;
      wrapper.querySelector('button')!.focus();
      const tab = () => sendKeys({ press: 'Tab' });
      await tab();
      expectFocusOn(el, input(el, 'painLevel', 0));
      // Arrow keys move and select within the radio group.
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(input(el, 'painLevel', 2).checked).to.equal(true);
      expectFocusOn(el, input(el, 'painLevel', 2));
      await tab();
      expectFocusOn(el, $(el, '.next'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(legendText(el)).to.contain('Step 2 of 5');
      expectFocusOn(el, $(el, 'legend .title'));
      // Then: Tab into each group, Space picks its first answer, Tab past Back to Next, Enter.
      const submit = async () => {
        await tab();
        expectFocusOn(el, $(el, '.back'));
        await tab();
        expectFocusOn(el, $(el, '.next'));
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
      };
      for (const step of [3, 4]) {
        await tab();
        await sendKeys({ press: ' ' });
        await el.updateComplete;
        await submit();
        expect(legendText(el)).to.contain(`Step ${step} of 5`);
      }
      await tab();
      await sendKeys({ press: ' ' });
      await tab();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(input(el, 'experience', 'first').checked && input(el, 'pressure', 'gentle').checked).to.equal(true);
      await submit();
      expect(legendText(el)).to.contain('Step 5 of 5');
      // Seventeen boxes, then "None of these".
      for (let i = 0; i < 18; i++) await tab();
      expectFocusOn(el, input(el, 'none', 'none'));
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      const done = oneEvent(el, 'spa-assessment-complete');
      await submit();
      const detail = ((await done) as CustomEvent<AssessmentCompleteDetail>).detail;
      await el.updateComplete;
      expect(detail.outcome).to.equal('ok');
      expect(detail.painLevel).to.equal(2);
      expectFocusOn(el, $(el, '.result-title'));
    });
  });

  describe('results', () => {
    it('ok: technique, second choice, pressure, frequency, reasons; event detail; booking prefilled', async () => {
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check booking-href="https://book.example/spa"></spa-pain-check>`);
      const detail = await walk(el, OK);
      expect(detail).to.deep.equal({
        outcome: 'ok',
        painLevel: 5,
        painBand: 'moderate',
        duration: 'chronic',
        recommendation: { technique: 'trigger-point', alternative: 'deep-tissue', pressure: 'medium', frequency: 'every-1-4-weeks' },
        reasons: [
          'You said you have tender knots or a spot you can point to: trigger point therapy works on exactly those points.',
          'You prefer medium pressure; tell your therapist on the day if it feels like too much or too little.',
          'You have had the pain for more than 12 weeks: regular visits help keep long-term pain in check.',
        ],
      });
      expect($(el, '.result-title').textContent).to.equal('Our suggestion: Trigger point therapy');
      expect($(el, '.result-title').getAttribute('role')).to.equal('heading');
      expect($$(el, 'dd').map((d) => d.textContent)).to.deep.equal([
        'Deep tissue massage',
        'Medium',
        'One session every one to four weeks, to keep the pain in check',
      ]);
      expect($$(el, '.reasons li').map((li) => li.textContent)).to.deep.equal(detail.reasons);
      expect($(el, '.evidence').textContent).to.contain('No massage technique has been shown to work better than another');
      expect($(el, '.disclaimer').textContent).to.contain('not a diagnosis');
      expectFocusOn(el, $(el, '.result-title'));
      const booking = $<SpaBookingButton>(el, 'spa-booking-button');
      await booking.updateComplete;
      const cta = booking.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!;
      expect(cta.href).to.equal('https://book.example/spa?service=trigger-point');
      expect(cta.textContent!.trim()).to.equal('Book trigger point therapy');
      expect(booking.querySelector('a')!.getAttribute('href'), 'fallback link inside').to.equal('https://book.example/spa');
      // Focus on the title reads the result out; the live region stays quiet so it is not said twice.
      await aTimeout(50);
      await el.updateComplete;
      expect($$(el, '[role="status"]').map((region) => region.textContent!.trim())).to.deep.equal(['']);
      await expect(el).to.be.accessible();
    });

    it('ok with other answers gives another technique', async () => {
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check></spa-pain-check>`);
      const detail = await walk(el, { ...OK, pain: 3, feeling: 'stiffness', experience: 'regular', pressure: 'firm' });
      expect(detail.recommendation).to.deep.equal({ technique: 'deep-tissue', alternative: 'trigger-point', pressure: 'firm', frequency: 'every-1-4-weeks' });
      expect($(el, '.result-title').textContent).to.equal('Our suggestion: Deep tissue massage');
      expect(root(el).querySelector('spa-booking-button'), 'no booking-href, no button').to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('see-doctor: names the answers, books only "once your doctor agrees"', async () => {
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check booking-href="https://book.example/spa"></spa-pain-check>`);
      const detail = await walk(el, SEE_DOCTOR);
      expect(detail.outcome).to.equal('see-doctor');
      expect(detail.recommendation).to.equal(undefined);
      expect($(el, '.result-title').textContent).to.equal('Please see a doctor before booking');
      expect($$(el, '.reasons li').map((li) => li.textContent)).to.deep.equal([
        'A fever, or feeling unwell, along with the back pain',
        'Pregnancy',
      ]);
      const booking = $<SpaBookingButton>(el, 'spa-booking-button');
      await booking.updateComplete;
      const cta = booking.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!;
      expect(cta.textContent!.trim()).to.equal('Book once your doctor agrees');
      expect(cta.href).to.equal('https://book.example/spa');
      await expect(el).to.be.accessible();
    });

    it('see-doctor with doctor-booking="off" shows no booking button', async () => {
      const el = await fixture<SpaPainCheck>(
        html`<spa-pain-check booking-href="https://book.example/spa" doctor-booking="off"></spa-pain-check>`,
      );
      await walk(el, SEE_DOCTOR);
      expect(root(el).querySelector('spa-booking-button')).to.equal(null);
    });

    it('"not sure" about an emergency sign sends the visitor to a doctor soon', async () => {
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check></spa-pain-check>`);
      const detail = await walk(el, { ...OK, safety: ['urgent-unsure'] });
      expect(detail.outcome).to.equal('see-doctor');
      expect(root(el).textContent).to.contain('today or tomorrow');
    });

    it('the safety step lists both legs and a serious accident as emergencies, a minor fall as a reason to see a doctor', async () => {
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check booking-href="https://book.example/spa"></spa-pain-check>`);
      await walk(el, { ...OK, safety: ['injury'] });
      expect(root(el).textContent).to.contain('today or tomorrow');
      $$(el, '.actions button')[0].click();
      await el.updateComplete;
      for (const [name, value] of [['painLevel', 4], ['duration', 'acute'], ['feeling', 'ache']] as const) {
        await choose(el, name, value);
        await next(el);
      }
      await choose(el, 'experience', 'few');
      await choose(el, 'pressure', 'medium');
      await next(el);
      const urgentBoxes = $$(el, '.urgent-group .label').map((label) => label.textContent);
      expect(urgentBoxes).to.include('Numbness, tingling or weakness in both legs');
      expect(urgentBoxes).to.include('Back pain after a serious accident, such as a car crash or a fall from a height');
      expect(input(el, 'safety', 'injury').closest('label')!.textContent!.trim()).to.equal('A recent minor fall or injury');
      await choose(el, 'safety', 'accident');
      const done = oneEvent(el, 'spa-assessment-complete');
      await next(el);
      expect(((await done) as CustomEvent<AssessmentCompleteDetail>).detail.outcome).to.equal('urgent');
      expect($(el, '.result-title').textContent).to.equal('Get medical help now');
      expect(root(el).textContent).to.contain('After a serious accident');
      expect(root(el).textContent, 'no nerve explanation for an accident alone').to.not.contain('nerves at the base of the spine');
      expect(root(el).querySelector('spa-booking-button')).to.equal(null);
      $$(el, '.actions button')[0].click();
      await el.updateComplete;
      const detail = await walk(el, { ...OK, safety: ['both-legs'] });
      expect(detail.outcome).to.equal('urgent');
      expect(root(el).textContent).to.contain('nerves at the base of the spine');
      expect(root(el).textContent).to.not.contain('After a serious accident');
    });

    it('urgent: only "get medical help now", no technique, no booking button', async () => {
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check booking-href="https://book.example/spa"></spa-pain-check>`);
      const detail = await walk(el, URGENT);
      expect(detail).to.deep.equal({
        outcome: 'urgent',
        painLevel: 5,
        painBand: 'moderate',
        duration: 'chronic',
        reasons: ['New trouble controlling your bladder or bowels'],
      });
      expect($(el, '.result-title').textContent).to.equal('Get medical help now');
      expect(root(el).querySelector('spa-booking-button')).to.equal(null);
      expect(root(el).querySelector('.facts')).to.equal(null);
      expect($(el, '.urgent-action').textContent).to.contain('emergency');
      await expect(el).to.be.accessible();
    });

    it('a booking button and technique cards elsewhere on the page follow the result; a danger result clears both', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <spa-booking-button href="https://book.example/" follow-assessment></spa-booking-button>
        <spa-technique-cards follow-assessment></spa-technique-cards>
        <spa-pain-check></spa-pain-check>
      </div>`);
      const el = wrapper.querySelector('spa-pain-check')!;
      const follower = wrapper.querySelector('spa-booking-button')!;
      const cards = wrapper.querySelector('spa-technique-cards')!;
      const recommendedCard = () =>
        cards.shadowRoot!.querySelector('[part~="badge"]')?.closest('[part~="card"]')?.querySelector('[part~="title"]')?.textContent?.replace(/\s+/g, ' ').trim();
      await walk(el, OK);
      await follower.updateComplete;
      await cards.updateComplete;
      const cta = () => follower.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!;
      expect(cta().textContent!.trim()).to.equal('Book a trigger point massage');
      expect(cta().href).to.equal('https://book.example/?service=trigger-point');
      expect(recommendedCard()).to.match(/^Trigger point therapy/);
      $$(el, '.actions button')[0].click();
      await el.updateComplete;
      await walk(el, URGENT);
      await follower.updateComplete;
      await cards.updateComplete;
      expect(cta().textContent!.trim()).to.equal('Book a massage');
      expect(recommendedCard()).to.equal(undefined);
    });

    it('two checks on a page showing the same outcome add no duplicate landmarks', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><spa-pain-check></spa-pain-check><spa-pain-check></spa-pain-check></div>`);
      const [first, second] = [...wrapper.querySelectorAll('spa-pain-check')];
      await walk(first, OK);
      await walk(second, OK);
      await expect(wrapper).to.be.accessible();
    });

    it('start over clears the answers and returns to step 1 with focus on its legend', async () => {
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check></spa-pain-check>`);
      await walk(el, OK);
      $$(el, '.actions button')[0].click();
      await el.updateComplete;
      expect(legendText(el)).to.contain('Step 1 of 5');
      expectFocusOn(el, $(el, 'legend .title'));
      expect($$<HTMLInputElement>(el, 'input').some((i) => i.checked)).to.equal(false);
    });

    it('print opens the summary, then asks the browser to print', async () => {
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check></spa-pain-check>`);
      await walk(el, URGENT);
      const print = window.print;
      let openWhenPrinted: boolean | undefined;
      window.print = () => void (openWhenPrinted = $<HTMLDetailsElement>(el, 'details').open);
      try {
        $$(el, '.actions button')[1].click();
      } finally {
        window.print = print;
      }
      expect(openWhenPrinted).to.equal(true);
      expect($<HTMLTextAreaElement>(el, 'textarea').value).to.contain('Result: Get medical help now');
    });

    it('copies a plain-text summary, and selects it when the clipboard is refused', async () => {
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check></spa-pain-check>`);
      await walk(el, OK);
      const clipboard = navigator.clipboard;
      const copiedTexts: string[] = [];
      const fake = { writeText: async (text: string) => void copiedTexts.push(text) };
      Object.defineProperty(navigator, 'clipboard', { value: fake, configurable: true });
      try {
        $$(el, '.actions button')[2].click();
        await aTimeout(20);
        expect(copiedTexts).to.have.length(1);
        const text = copiedTexts[0];
        expect(text).to.contain('How strong is your back pain right now? 5/10 (moderate)');
        expect(text).to.contain('Result: Our suggestion: Trigger point therapy');
        expect(text).to.contain('- You prefer medium pressure');
        expect(text).to.contain('not a diagnosis');
        expect(text).to.not.contain('<');
        expect($(el, '.copy-status').textContent).to.equal('Summary copied.');
        await nextFrame();
        await el.updateComplete;
        expect($(el, '[role="status"]').textContent).to.equal('Summary copied.');
        fake.writeText = async () => {
          throw new Error('denied');
        };
        $$(el, '.actions button')[2].click();
        await aTimeout(20);
        await el.updateComplete;
        const area = $<HTMLTextAreaElement>(el, 'textarea');
        expect($<HTMLDetailsElement>(el, 'details').open).to.equal(true);
        expectFocusOn(el, area);
        expect(area.selectionEnd - area.selectionStart).to.equal(area.value.length);
        expect($(el, '.copy-status').textContent).to.contain('press Ctrl+C');
      } finally {
        if (clipboard) Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
        else delete (navigator as { clipboard?: unknown }).clipboard;
      }
    });
  });

  describe('privacy', () => {
    it('a full run makes no network request and touches no cookie or storage', async () => {
      const calls: string[] = [];
      const originals = {
        fetch: window.fetch,
        open: XMLHttpRequest.prototype.open,
        beacon: navigator.sendBeacon,
        setItem: Storage.prototype.setItem,
        getItem: Storage.prototype.getItem,
        cookie: Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!,
      };
      window.fetch = (...args: Parameters<typeof fetch>) => {
        calls.push(`fetch ${String(args[0])}`);
        return originals.fetch(...args);
      };
      XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
        calls.push('xhr');
        return (originals.open as (...a: unknown[]) => void).apply(this, args);
      };
      navigator.sendBeacon = () => {
        calls.push('beacon');
        return true;
      };
      Storage.prototype.setItem = function (key: string) {
        calls.push(`setItem ${key}`);
      };
      Storage.prototype.getItem = function (key: string) {
        calls.push(`getItem ${key}`);
        return null;
      };
      Object.defineProperty(document, 'cookie', {
        configurable: true,
        get: () => (calls.push('cookie read'), ''),
        set: () => calls.push('cookie write'),
      });
      const resourcesBefore = performance.getEntriesByType('resource').length;
      try {
        const el = await fixture<SpaPainCheck>(html`<spa-pain-check></spa-pain-check>`);
        await walk(el, OK);
        $$(el, '.actions button')[0].click();
        await el.updateComplete;
        await walk(el, SEE_DOCTOR);
        await aTimeout(50);
      } finally {
        window.fetch = originals.fetch;
        XMLHttpRequest.prototype.open = originals.open;
        navigator.sendBeacon = originals.beacon;
        Storage.prototype.setItem = originals.setItem;
        Storage.prototype.getItem = originals.getItem;
        delete (document as { cookie?: string }).cookie;
      }
      expect(calls).to.deep.equal([]);
      expect(performance.getEntriesByType('resource').length).to.equal(resourcesBefore);
    });

    it('remember keeps the answers in session storage only; a reload restores them; start over erases them', async () => {
      const localBefore = localStorage.length;
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check remember id="back"></spa-pain-check>`);
      await choose(el, 'painLevel', 7);
      await next(el);
      await choose(el, 'duration', 'acute');
      const saved = JSON.parse(sessionStorage.getItem('spa-pain-check:back')!);
      expect(saved).to.deep.equal({ step: 2, draft: { painLevel: 7, duration: 'acute' } });
      expect(localStorage.length).to.equal(localBefore);
      // A reload: a new element with the same id picks up where the visitor was.
      const again = await fixture<SpaPainCheck>(html`<spa-pain-check remember id="back"></spa-pain-check>`);
      expect(legendText(again)).to.contain('Step 2 of 5');
      expect(input(again, 'duration', 'acute').checked).to.equal(true);
      $(again, '.back').click();
      await again.updateComplete;
      expect(input(again, 'painLevel', 7).checked).to.equal(true);
      await walk(again, { ...OK, pain: 7 });
      $$(again, '.actions button')[0].click();
      await again.updateComplete;
      expect(sessionStorage.getItem('spa-pain-check:back')).to.equal(null);
    });

    it('remember set from script after connecting restores the kept answers once, and keeps saving', async () => {
      sessionStorage.setItem('spa-pain-check:back', JSON.stringify({ step: 2, draft: { painLevel: 7 } }));
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check id="back"></spa-pain-check>`);
      expect(legendText(el), 'nothing read without remember').to.contain('Step 1 of 5');
      el.remember = true;
      await el.updateComplete;
      expect(legendText(el)).to.contain('Step 2 of 5');
      expect(focused(el), 'a restore moves no focus').to.equal('nothing');
      await choose(el, 'duration', 'chronic');
      expect(JSON.parse(sessionStorage.getItem('spa-pain-check:back')!)).to.deep.equal({ step: 2, draft: { painLevel: 7, duration: 'chronic' } });
      // Turning it off and on again does not read the storage a second time over newer answers.
      el.remember = false;
      await el.updateComplete;
      await choose(el, 'duration', 'acute');
      el.remember = true;
      await el.updateComplete;
      expect(input(el, 'duration', 'acute').checked).to.equal(true);
    });

    it('an id set after connecting restores what that id kept, and saving follows the new id', async () => {
      sessionStorage.setItem('spa-pain-check:later', JSON.stringify({ step: 3, draft: { painLevel: 2, duration: 'acute' } }));
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check remember></spa-pain-check>`);
      expect(legendText(el)).to.contain('Step 1 of 5');
      el.id = 'later';
      await el.updateComplete;
      expect(legendText(el)).to.contain('Step 3 of 5');
      await choose(el, 'feeling', 'ache');
      expect(JSON.parse(sessionStorage.getItem('spa-pain-check:later')!).draft.feeling).to.equal('ache');
      expect(sessionStorage.getItem('spa-pain-check'), 'nothing under the old key').to.equal(null);
    });

    it('answers given before remember is turned on are kept, not replaced by older ones', async () => {
      sessionStorage.setItem('spa-pain-check', JSON.stringify({ step: 2, draft: { painLevel: 9 } }));
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check></spa-pain-check>`);
      await choose(el, 'painLevel', 1);
      await next(el);
      el.remember = true;
      await el.updateComplete;
      $(el, '.back').click();
      await el.updateComplete;
      expect(input(el, 'painLevel', 1).checked).to.equal(true);
      expect(JSON.parse(sessionStorage.getItem('spa-pain-check')!).draft).to.deep.equal({ painLevel: 1 });
    });

    it('a remembered result restored by setting remember later is told to the page', async () => {
      const first = await fixture<SpaPainCheck>(html`<spa-pain-check remember></spa-pain-check>`);
      await walk(first, SEE_DOCTOR);
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check></spa-pain-check>`);
      const told = oneEvent(el, 'spa-assessment-complete');
      el.remember = true;
      expect(((await told) as CustomEvent<AssessmentCompleteDetail>).detail.outcome).to.equal('see-doctor');
      expect($(el, '.result-title').textContent).to.equal('Please see a doctor before booking');
    });

    it('a remembered result is shown and told to the page again after a reload; edited storage is ignored', async () => {
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check remember></spa-pain-check>`);
      await walk(el, OK);
      const wrapper = document.createElement('div');
      const again = document.createElement('spa-pain-check');
      again.setAttribute('remember', '');
      const told = oneEvent(wrapper, 'spa-assessment-complete');
      wrapper.append(again);
      document.body.append(wrapper);
      try {
        expect(((await told) as CustomEvent<AssessmentCompleteDetail>).detail.outcome).to.equal('ok');
        expect($(again, '.result-title').textContent).to.equal('Our suggestion: Trigger point therapy');
        await aTimeout(50);
        expect($(again, '[role="status"]').textContent!.trim(), 'the visitor did nothing: nothing announced').to.equal('');
        expect(focused(again), 'no focus stolen').to.equal('nothing');
      } finally {
        wrapper.remove();
      }
      sessionStorage.setItem('spa-pain-check', JSON.stringify({ step: 3, draft: { painLevel: 99 } }));
      const edited = await fixture<SpaPainCheck>(html`<spa-pain-check remember></spa-pain-check>`);
      expect(legendText(edited)).to.contain('Step 1 of 5');
    });
  });

  describe('configuration and layout', () => {
    it('refuses an unsafe booking-href: one error, no booking button', async () => {
      let el!: SpaPainCheck;
      let errors: string[] = [];
      const events = await captureSpaErrors(async () => {
        errors = await captureConsole('error', async () => {
          el = await fixture<SpaPainCheck>(html`<spa-pain-check booking-href="javascript:alert(1)"></spa-pain-check>`);
        });
      });
      expect(errors).to.deep.equal([
        '[spa-pain-check] bookingHref: "javascript:" links are not allowed; use an https:, http:, tel: or mailto: address (from the attribute)',
      ]);
      expect(events).to.have.length(1);
      await walk(el, OK);
      expect(root(el).querySelector('spa-booking-button')).to.equal(null);
    });

    it('refuses a bad heading-level with one error and falls back to level 3', async () => {
      for (const bad of ['abc', '9']) {
        let el!: SpaPainCheck;
        let errors: string[] = [];
        const events = await captureSpaErrors(async () => {
          errors = await captureConsole('error', async () => {
            el = await fixture<SpaPainCheck>(html`<spa-pain-check heading-level=${bad}></spa-pain-check>`);
          });
        });
        expect(errors, bad).to.deep.equal(['[spa-pain-check] headingLevel: expected a heading level from 2 to 6 (from the attribute)']);
        expect(events, bad).to.have.length(1);
        await walk(el, OK);
        expect($(el, '.result-title').getAttribute('aria-level'), bad).to.equal('3');
      }
    });

    it('takes the heading level from the attribute, the JSON child and the config property, in that rising order', async () => {
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check heading-level="4">
        <script type="application/json">{ "headingLevel": 5 }</script>
      </spa-pain-check>`);
      await walk(el, OK);
      expect($(el, '.result-title').getAttribute('aria-level')).to.equal('5');
      el.config = { headingLevel: 2 };
      await el.updateComplete;
      expect($(el, '.result-title').getAttribute('aria-level')).to.equal('2');
      const plain = await fixture<SpaPainCheck>(html`<spa-pain-check heading-level="4"></spa-pain-check>`);
      await walk(plain, OK);
      expect($(plain, '.result-title').getAttribute('aria-level')).to.equal('4');
    });

    it('takes strings and config from its JSON child; the strings property wins', async () => {
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check>
        <script type="application/json">
          { "bookingHref": "https://json.example/book", "strings": { "next": "Continue", "back": "Previous" } }
        </script>
      </spa-pain-check>`);
      expect($(el, '.next').textContent!.trim()).to.equal('Continue');
      el.strings = { next: 'Onward' };
      await el.updateComplete;
      expect($(el, '.next').textContent!.trim()).to.equal('Onward');
      await walk(el, OK);
      expect($<SpaBookingButton>(el, 'spa-booking-button').getAttribute('href')).to.equal('https://json.example/book');
    });

    it('fits a 280 px column without sideways scrolling, in compact mode too, at the host’s 62.5 % root size', async () => {
      document.documentElement.style.fontSize = '62.5%';
      try {
        for (const compact of [false, true]) {
          const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 280px; font-size: 16px">
            <spa-pain-check ?compact=${compact}></spa-pain-check>
          </div>`);
          const el = wrapper.querySelector('spa-pain-check')!;
          await el.updateComplete;
          const frame = $(el, '.frame');
          expect(frame.scrollWidth, `compact=${compact}`).to.be.at.most(frame.clientWidth);
          expect(el.getBoundingClientRect().width).to.be.at.most(280);
          // Targets stay at least 24 × 24 CSS px (WCAG 2.5.8); 44 px tall preferred.
          const choice = $(el, '.choice').getBoundingClientRect();
          expect(choice.height).to.be.at.least(compact ? 40 : 44);
          expect(choice.width).to.be.at.least(44);
        }
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });

    it('lays the scale out in one row of 11 when there is room', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 760px"><spa-pain-check></spa-pain-check></div>`);
      const el = wrapper.querySelector('spa-pain-check')!;
      await el.updateComplete;
      const tops = new Set($$(el, '.scale-choice').map((c) => Math.round(c.getBoundingClientRect().top)));
      expect(tops.size).to.equal(1);
    });
  });
});
