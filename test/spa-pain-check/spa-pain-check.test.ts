import { bookingLinks } from '../helpers/kit.js';
import { aTimeout, expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AssessmentCompleteDetail } from '../../src/elements/spa-pain-check/assessment.js';
import '../../src/elements/spa-pain-check/define.js';
import '../../src/elements/spa-technique-cards/define.js';
import type { SpaPainCheck } from '../../src/elements/spa-pain-check/spa-pain-check.js';
import type { SpaBookingButton } from '../../src/elements/spa-booking-button/spa-booking-button.js';
import { DOCTOR_FLAGS, EMERGENCY_FLAGS, URGENT_FLAGS } from '../../src/elements/spa-pain-check/answers.js';
import { captureConsole, captureSpaErrors } from '../helpers/console.js';
import { painCheckLaterWording } from '../../src/elements/spa-pain-check/pain-check.strings.js';
import { translationFor, type LaterWording } from '../../src/core/strings.js';

/** Answers to give, step by step; an unnamed checklist is answered "None of these". */
interface Walk {
  emergency?: string[];
  urgent?: string[];
  doctor?: string[];
  pain?: number;
  duration?: string;
  feeling?: string;
  experience?: string;
  pressure?: string;
}

const OK: Walk = { pain: 5, duration: 'chronic', feeling: 'knots', experience: 'few', pressure: 'medium' };
const SEE_DOCTOR: Walk = { doctor: ['worse', 'pregnancy'] };
const URGENT: Walk = { urgent: ['fever'] };
const EMERGENCY: Walk = { emergency: ['bladder-bowel'] };

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
const atResult = (el: SpaPainCheck) => root(el).querySelector('.result-title') !== null;
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

async function choose(el: SpaPainCheck, name: string, value: string | number) {
  input(el, name, value).click();
  await el.updateComplete;
}

async function next(el: SpaPainCheck) {
  $(el, '.next').click();
  await el.updateComplete;
  await el.updateComplete;
}

/** Walks the check with these answers until a result shows; resolves to the event's detail. */
async function walk(el: SpaPainCheck, answers: Walk) {
  const done = oneEvent(el, 'spa-assessment-complete');
  const steps: (() => Promise<void>)[] = [
    ...(['emergency', 'urgent', 'doctor'] as const).map((list) => async () => {
      const flags = answers[list] ?? [];
      // Boxes already ticked (a restored or revisited step) stay ticked.
      if (!flags.length && !input(el, 'none', list).checked) await choose(el, 'none', list);
      for (const flag of flags) if (!input(el, 'safety', flag).checked) await choose(el, 'safety', flag);
    }),
    () => choose(el, 'painLevel', answers.pain ?? OK.pain!),
    () => choose(el, 'duration', answers.duration ?? OK.duration!),
    () => choose(el, 'feeling', answers.feeling ?? OK.feeling!),
    async () => {
      await choose(el, 'experience', answers.experience ?? OK.experience!);
      await choose(el, 'pressure', answers.pressure ?? OK.pressure!);
    },
  ];
  for (const step of steps) {
    await step();
    await next(el);
    if (atResult(el)) break;
  }
  return ((await done) as CustomEvent<AssessmentCompleteDetail>).detail;
}

/** Answers the three checklists "None of these" and stops on the pain scale. */
async function toPainStep(el: SpaPainCheck) {
  for (const list of ['emergency', 'urgent', 'doctor']) {
    await choose(el, 'none', list);
    await next(el);
  }
}

const legendText = (el: SpaPainCheck) => $(el, 'legend').textContent!.replace(/\s+/g, ' ').trim();

describe('<spa-pain-check>', () => {
  afterEach(() => sessionStorage.clear());

  describe('the questions', () => {
    it('starts with every emergency sign, nothing ticked, "None of these" after them', async () => {
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check></spa-pain-check>`);
      expect(legendText(el)).to.equal('Step 1 of 7 First, a safety check: do you have any of these now, along with your back pain?');
      expect($$<HTMLInputElement>(el, 'input').map((i) => i.value)).to.deep.equal([
        'saddle-numbness', 'bladder-bowel', 'sexual-function', 'both-legs', 'leg-weakness', 'accident', 'chest-pain', 'emergency-unsure', 'emergency',
      ]);
      expect($$<HTMLInputElement>(el, 'input').some((i) => i.checked)).to.equal(false);
      expect($$(el, '.choice').map(text)).to.include.members([
        'New numbness around the genitals, buttocks or inner thighs',
        'Chest pain',
        'I’m not sure about one of these',
        'None of these',
      ]);
      await expect(el).to.be.accessible();
    });

    it('asks the signs for a doctor soon, then before a massage, before anything about comfort', async () => {
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check></spa-pain-check>`);
      const legends: string[] = [legendText(el)];
      for (const list of ['emergency', 'urgent', 'doctor']) {
        await choose(el, 'none', list);
        await next(el);
        legends.push(legendText(el));
      }
      expect(legends).to.deep.equal([
        'Step 1 of 7 First, a safety check: do you have any of these now, along with your back pain?',
        'Step 2 of 7 Do any of these apply to you?',
        'Step 3 of 7 Before a massage: does any of this apply?',
        'Step 4 of 7 How strong is your back pain right now?',
      ]);
    });

    it('the pain scale: 11 unselected radios, each named by its number and band word; the ends labelled once', async () => {
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check></spa-pain-check>`);
      await toPainStep(el);
      const radios = $$<HTMLInputElement>(el, 'input[type="radio"][name="painLevel"]');
      expect(radios.map((r) => r.value)).to.deep.equal(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
      expect(radios.some((r) => r.checked)).to.equal(false);
      const names = radios.map((r) => r.closest('label')!.textContent!.trim());
      expect([names[0], names[2], names[5], names[7], names[10]]).to.deep.equal([
        '0 no pain', '2 mild', '5 moderate', '7 severe', '10 severe, worst imaginable',
      ]);
      expect($$(el, '.scale-ends span').map(text)).to.deep.equal(['No pain', 'Worst imaginable']);
      await expect(el).to.be.accessible();
    });

    it('the checklists’ and the scale’s hints describe their group, so forms mode reads them', async () => {
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check></spa-pain-check>`);
      const description = () => root(el).getElementById($(el, 'fieldset').getAttribute('aria-describedby')!)?.textContent;
      expect(description()).to.contain('Tick every box that applies');
      await toPainStep(el);
      expect(description()).to.equal('0 means no pain at all, 10 the worst pain you can imagine.');
    });

    it('names the chosen value in words', async () => {
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check></spa-pain-check>`);
      await toPainStep(el);
      await choose(el, 'painLevel', 6);
      expect($(el, '.chosen').textContent).to.equal('You chose 6: moderate.');
    });

    it('Next says why it did nothing only once it was pressed, and takes it back after an answer', async () => {
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check></spa-pain-check>`);
      const nextButton = () => $<HTMLButtonElement>(el, '.next');
      expect(nextButton().disabled).to.equal(false);
      expect(nextButton().hasAttribute('aria-disabled')).to.equal(false);
      expect(root(el).querySelector('.hint'), 'no hint before any attempt').to.equal(null);
      await next(el);
      await nextFrame();
      await el.updateComplete;
      expect(legendText(el)).to.contain('Step 1 of 7');
      const hint = $(el, `#${nextButton().getAttribute('aria-describedby')}`);
      expect(hint.textContent).to.equal('Tick every box that applies, or “None of these”, to go on.');
      expect(hint.getBoundingClientRect().height).to.be.greaterThan(0);
      expect($(el, '[role="status"]').textContent).to.equal('Tick every box that applies, or “None of these”, to go on.');
      await choose(el, 'none', 'emergency');
      expect(root(el).querySelector('.hint')).to.equal(null);
      expect(nextButton().hasAttribute('aria-describedby')).to.equal(false);
      await next(el);
      expect($(el, '[role="status"]').textContent!.trim(), 'the hint is taken back on the next step').to.equal('');
    });

    it('moves focus to each new step’s legend; Back keeps the answers', async () => {
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check></spa-pain-check>`);
      expect(focused(el), 'no focus stolen on load').to.equal('nothing');
      await toPainStep(el);
      expectFocusOn(el, $(el, 'legend .title'));
      await choose(el, 'painLevel', 4);
      await next(el);
      expect(legendText(el)).to.equal('Step 5 of 7 How long have you had this pain?');
      $(el, '.back').click();
      await el.updateComplete;
      expectFocusOn(el, $(el, 'legend .title'));
      expect(input(el, 'painLevel', 4).checked).to.equal(true);
      for (let i = 0; i < 3; i++) {
        $(el, '.back').click();
        await el.updateComplete;
      }
      expect(input(el, 'none', 'emergency').checked).to.equal(true);
      expect(root(el).querySelector('.back'), 'no Back on the first step').to.equal(null);
    });

    it('on each checklist, "None of these" and the boxes exclude each other', async () => {
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check></spa-pain-check>`);
      await choose(el, 'safety', 'chest-pain');
      await choose(el, 'none', 'emergency');
      expect(input(el, 'safety', 'chest-pain').checked).to.equal(false);
      expect(input(el, 'none', 'emergency').checked).to.equal(true);
      await choose(el, 'safety', 'accident');
      expect(input(el, 'none', 'emergency').checked).to.equal(false);
      await choose(el, 'none', 'emergency');
      await next(el);
      await next(el);
      expect(legendText(el), 'an unticked list is no all-clear').to.contain('Step 2 of 7');
      await expect(el).to.be.accessible();
    });

    for (const theme of ['light', 'dark']) {
      it(`every step passes axe, in the ${theme} theme`, async function () {
        // Fifteen axe runs: more than the default time on a loaded machine.
        this.timeout(40000);
        // No transitions, so axe reads the colours a step settles on, not a frame of a fade.
        const el = await fixture<SpaPainCheck>(html`<spa-pain-check theme=${theme} style="--spa-duration: 0s"></spa-pain-check>`);
        const answer: [string, string | number][][] = [
          [['none', 'emergency']],
          [['none', 'urgent']],
          [['none', 'doctor']],
          [['painLevel', 3]],
          [['duration', 'subacute']],
          [['feeling', 'spreads']],
          [['experience', 'regular'], ['pressure', 'not-sure']],
        ];
        for (const [index, choices] of answer.entries()) {
          expect(legendText(el)).to.contain(`Step ${index + 1} of 7`);
          await expect(el).to.be.accessible();
          for (const [name, value] of choices) await choose(el, name, value);
          await expect(el).to.be.accessible();
          await next(el);
        }
        expect($(el, '.result-title').textContent!.trim()).to.equal('Our suggestion: Trigger point therapy');
        await expect(el).to.be.accessible();
      });
    }

    it('completes by keyboard alone', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><button>before</button><spa-pain-check></spa-pain-check></div>`);
      const el = wrapper.querySelector('spa-pain-check')!;
      await el.updateComplete;
      wrapper.querySelector('button')!.focus();
      const tab = async (times = 1) => {
        for (let i = 0; i < times; i++) await sendKeys({ press: 'Tab' });
      };
      const enter = async () => {
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        await el.updateComplete;
      };
      // Step 1: eight boxes, then "None of these", then Next.
      await tab();
      expectFocusOn(el, input(el, 'safety', 'saddle-numbness'));
      await tab(8);
      expectFocusOn(el, input(el, 'none', 'emergency'));
      await sendKeys({ press: ' ' });
      await tab();
      expectFocusOn(el, $(el, '.next'));
      await enter();
      expect(legendText(el)).to.contain('Step 2 of 7');
      expectFocusOn(el, $(el, 'legend .title'));
      // Steps 2 and 3: the boxes, "None of these", then Back and Next.
      for (const [list, boxes] of [['urgent', 9], ['doctor', 11]] as const) {
        await tab(boxes + 1);
        expectFocusOn(el, input(el, 'none', list));
        await sendKeys({ press: ' ' });
        await tab(2);
        expectFocusOn(el, $(el, '.next'));
        await enter();
      }
      // The scale: arrow keys move and select within the radio group.
      expect(legendText(el)).to.contain('Step 4 of 7');
      await tab();
      expectFocusOn(el, input(el, 'painLevel', 0));
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(input(el, 'painLevel', 2).checked).to.equal(true);
      await tab(2);
      await enter();
      for (const step of [5, 6]) {
        expect(legendText(el)).to.contain(`Step ${step} of 7`);
        await tab();
        await sendKeys({ press: ' ' });
        await tab(2);
        await enter();
      }
      await tab();
      await sendKeys({ press: ' ' });
      await tab();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(input(el, 'experience', 'first').checked && input(el, 'pressure', 'gentle').checked).to.equal(true);
      const done = oneEvent(el, 'spa-assessment-complete');
      await tab(2);
      expectFocusOn(el, $(el, '.next'));
      await enter();
      const detail = ((await done) as CustomEvent<AssessmentCompleteDetail>).detail;
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
        technique: 'trigger-point',
        recommendation: { technique: 'trigger-point', alternative: 'deep-tissue', pressure: 'medium', frequency: 'every-1-4-weeks' },
        reasons: [
          'You said you have tender knots or a spot you can point to: trigger point therapy works on exactly those spots.',
          'You like medium pressure: tell your therapist on the day if it feels like too much or too little.',
          'You have had the pain for more than 12 weeks: regular visits a few weeks apart suit long-term pain.',
        ],
      });
      expect(text($(el, '.result-title'))).to.equal('Our suggestion: Trigger point therapy');
      expect($(el, '.result-title').getAttribute('role')).to.equal('heading');
      expect($$(el, 'dd').map((d) => d.textContent)).to.deep.equal(['Deep tissue massage', 'Medium', 'One session every one to four weeks']);
      expect($$(el, '.reasons li').map((li) => li.textContent)).to.deep.equal(detail.reasons);
      expect($(el, '.evidence').textContent).to.contain('No massage technique has been shown to work better than another');
      expect($(el, '.disclaimer').textContent).to.contain('not a diagnosis');
      expectFocusOn(el, $(el, '.result-title'));
      const booking = $<SpaBookingButton>(el, 'spa-booking-button');
      await booking.updateComplete;
      const cta = booking.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="button"]')!;
      expect(cta.href).to.equal('https://book.example/spa?service=trigger-point');
      expect(cta.textContent!.trim()).to.equal('Book trigger point therapy');
      expect(booking.querySelector('a')!.getAttribute('href'), 'fallback link inside').to.equal('https://book.example/spa');
      // Focus on the title reads the result out; the live region stays quiet so it is not said twice.
      await aTimeout(50);
      await el.updateComplete;
      expect($$(el, '[role="status"]').map((region) => region.textContent!.trim())).to.deep.equal(['']);
      await expect(el).to.be.accessible();
    });

    it('the page styles the booking link of a suggestion through ::part(cta-button), as on the technique cards', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <style>
          spa-pain-check::part(cta-button) { background-color: rgb(1, 2, 3); }
        </style>
        <spa-pain-check booking-href="https://book.example/spa"></spa-pain-check>
      </div>`);
      const el = wrapper.querySelector('spa-pain-check')!;
      await walk(el, OK);
      const booking = $<SpaBookingButton>(el, 'spa-booking-button');
      await booking.updateComplete;
      expect(booking.getAttribute('part')).to.equal('booking');
      const cta = booking.shadowRoot!.querySelector('[part~="button"]')!;
      expect(getComputedStyle(cta).backgroundColor).to.equal('rgb(1, 2, 3)');
    });

    it('part names carry state, and the 0.1 names stay beside the new ones', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <style>
          spa-pain-check::part(choice selected) { outline: 3px solid rgb(1, 2, 3); }
          spa-pain-check::part(question) { color: rgb(4, 5, 6); }
          spa-pain-check::part(title) { color: rgb(7, 8, 9); }
          spa-pain-check::part(result ok) { background-color: rgb(10, 11, 12); }
          spa-pain-check::part(fact-label) { color: rgb(13, 14, 15); }
        </style>
        <spa-pain-check booking-href="https://book.example/spa"></spa-pain-check>
      </div>`);
      const el = wrapper.querySelector('spa-pain-check')!;
      await el.updateComplete;
      const choiceOf = (name: string, value: string) => input(el, name, value).closest('label')!;
      const outlined = (node: Element) => getComputedStyle(node).outlineColor === 'rgb(1, 2, 3)';
      expect($(el, 'legend').getAttribute('part')).to.equal('question legend');
      expect(getComputedStyle($(el, 'legend')).color).to.equal('rgb(4, 5, 6)');
      expect(choiceOf('none', 'emergency').getAttribute('part')).to.equal('choice');
      expect(outlined(choiceOf('none', 'emergency'))).to.equal(false);
      await choose(el, 'none', 'emergency');
      expect(choiceOf('none', 'emergency').getAttribute('part')).to.equal('choice selected');
      expect(outlined(choiceOf('none', 'emergency'))).to.equal(true);
      // Ticking a sign unticks "None of these": the state follows.
      await choose(el, 'safety', 'accident');
      expect(choiceOf('none', 'emergency').getAttribute('part')).to.equal('choice');
      expect(choiceOf('safety', 'accident').getAttribute('part')).to.equal('choice selected');
      await choose(el, 'safety', 'accident');
      await walk(el, OK);
      expect($(el, '.result-title').getAttribute('part')).to.equal('title result-title');
      expect(getComputedStyle($(el, '.result-title')).color).to.equal('rgb(7, 8, 9)');
      expect($(el, '.result').getAttribute('part')).to.equal('result ok');
      expect(getComputedStyle($(el, '.result')).backgroundColor).to.equal('rgb(10, 11, 12)');
      expect($$(el, '[part~="facts"] [part~="fact-label"]').map(text)).to.deep.equal(['Second choice', 'Pressure to start with', 'How often']);
      expect(getComputedStyle($(el, '[part~="fact-label"]')).color).to.equal('rgb(13, 14, 15)');
      expect($$(el, '[part~="actions"] button').map((button) => button.getAttribute('part'))).to.deep.equal(['start-over', 'print', 'copy']);
      expect($(el, '[part~="actions"] [part~="copy-status"]')).to.not.equal(null);
      $(el, '[part~="start-over"]').click();
      await el.updateComplete;
      await walk(el, EMERGENCY);
      expect($(el, '.result').getAttribute('part')).to.equal('result emergency');
    });

    it('ok with other answers gives another technique, and every reason argues for it', async () => {
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check></spa-pain-check>`);
      const detail = await walk(el, { ...OK, pain: 3, feeling: 'knots', experience: 'regular', pressure: 'firm' });
      expect(detail.recommendation).to.deep.equal({ technique: 'deep-tissue', alternative: 'trigger-point', pressure: 'firm', frequency: 'every-1-4-weeks' });
      expect(text($(el, '.result-title'))).to.equal('Our suggestion: Deep tissue massage');
      expect(detail.reasons.filter((reason) => reason.includes('trigger point'))).to.deep.equal([]);
      expect(detail.reasons.filter((reason) => reason.startsWith('You like'))).to.have.length(1);
      expect(root(el).querySelector('spa-booking-button'), 'no booking-href, no button').to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('no pain: no frequency advice that assumes pain', async () => {
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check></spa-pain-check>`);
      const detail = await walk(el, { ...OK, pain: 0 });
      expect(detail.recommendation!.frequency).to.equal('no-pain');
      expect(text(root(el).querySelector('.facts')!)).to.contain('Whenever you like');
      expect(text(root(el).querySelector('.result')!)).to.not.match(/while the pain is recent|pain in check/);
    });

    it('emergency: a tick on step 1 ends the check at once, with a call link and nothing after the message but "Start over"', async () => {
      const el = await fixture<SpaPainCheck>(
        html`<spa-pain-check booking-href="https://book.example/spa" doctor-booking="on" emergency-number="112"></spa-pain-check>`,
      );
      const detail = await walk(el, EMERGENCY);
      expect(detail).to.deep.equal({ outcome: 'emergency', reasons: ['New trouble passing or controlling urine, or controlling your bowels'] });
      expect(text($(el, '.result-title'))).to.equal('Get emergency help now');
      expectFocusOn(el, $(el, '.result-title'));
      const call = $<HTMLAnchorElement>(el, '[part="emergency-call"]');
      expect(call.getAttribute('href')).to.equal('tel:112');
      expect(text(call)).to.equal('Call 112');
      expect(text($(el, '.urgent-action'))).to.equal('Call 112 now, or go to an emergency department.');
      expect(text($(el, '.result'))).to.contain('nerves at the base of the spine');
      expect(root(el).querySelector('spa-booking-button')).to.equal(null);
      for (const routine of ['.disclaimer', 'details', '.facts', '.evidence']) expect(root(el).querySelector(routine), routine).to.equal(null);
      expect($$(el, '.result button').map(text)).to.deep.equal(['Start over']);
      expect(getComputedStyle($(el, '.result')).borderTopWidth).to.not.equal('0px');
      await expect(el).to.be.accessible();
    });

    it('emergency without a number says to call the local emergency number; each sign gets its own explanation', async () => {
      const cases: [string, string, string][] = [
        ['accident', 'After a serious accident', 'nerves at the base of the spine'],
        ['chest-pain', 'Chest pain together with back pain', 'nerves at the base of the spine'],
        ['both-legs', 'nerves at the base of the spine', 'After a serious accident'],
      ];
      for (const [flag, says, doesNotSay] of cases) {
        const el = await fixture<SpaPainCheck>(html`<spa-pain-check></spa-pain-check>`);
        await walk(el, { emergency: [flag] });
        expect(text($(el, '.urgent-action'))).to.equal('Call your local emergency number, or go to an emergency department now.');
        expect(root(el).querySelector('[part="emergency-call"]')).to.equal(null);
        expect(text($(el, '.result')), flag).to.contain(says);
        expect(text($(el, '.result')), flag).to.not.contain(doesNotSay);
      }
    });

    it('"not sure" about an emergency sign is urgent: a doctor today, never a booking', async () => {
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check booking-href="https://book.example/spa" doctor-booking="on"></spa-pain-check>`);
      const detail = await walk(el, { emergency: ['emergency-unsure'] });
      expect(detail.outcome).to.equal('urgent');
      expect(text($(el, '.result-title'))).to.equal('See a doctor today or tomorrow');
      expect(text($(el, '.result'))).to.contain('You were not sure about one of the emergency signs');
      expect(root(el).querySelector('spa-booking-button')).to.equal(null);
    });

    it('urgent: a sign on step 2 ends the check with its own title, no booking, and a summary to take along', async () => {
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check booking-href="https://book.example/spa" doctor-booking="on"></spa-pain-check>`);
      const detail = await walk(el, URGENT);
      expect(detail).to.deep.equal({ outcome: 'urgent', reasons: ['A fever, or feeling very unwell'] });
      expect(text($(el, '.result-title'))).to.equal('See a doctor today or tomorrow');
      expect(root(el).querySelector('spa-booking-button')).to.equal(null);
      expect(root(el).querySelector('.facts')).to.equal(null);
      expect(text($(el, 'details summary'))).to.equal('Summary to show your therapist or doctor');
      await expect(el).to.be.accessible();
    });

    it('see a doctor first: a sign on step 3 ends the check; no booking unless the site allows it, and then a quiet link after the advice', async () => {
      const plain = await fixture<SpaPainCheck>(html`<spa-pain-check booking-href="https://book.example/spa"></spa-pain-check>`);
      const detail = await walk(plain, SEE_DOCTOR);
      expect(detail).to.deep.equal({ outcome: 'see-doctor', reasons: ['The pain is getting worse', 'You are pregnant'] });
      expect(text($(plain, '.result-title'))).to.equal('See a doctor before booking a massage');
      expect(root(plain).querySelector('spa-booking-button'), 'off by default').to.equal(null);

      const el = await fixture<SpaPainCheck>(html`<spa-pain-check booking-href="https://book.example/spa" doctor-booking="on"></spa-pain-check>`);
      await walk(el, SEE_DOCTOR);
      const booking = $<SpaBookingButton>(el, 'spa-booking-button');
      await booking.updateComplete;
      const cta = booking.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="button"]')!;
      expect(getComputedStyle(cta).textDecorationLine, 'a quiet text link').to.equal('underline');
      expect(cta.textContent!.trim()).to.equal('Book once your doctor agrees');
      expect(cta.href).to.equal('https://book.example/spa');
      expect(getComputedStyle(cta).backgroundColor, 'not a filled button').to.equal('rgba(0, 0, 0, 0)');
      const advice = $$(el, '.result > p').find((p) => p.textContent!.includes('a doctor should look at this first'))!;
      expect(advice.compareDocumentPosition(booking) & Node.DOCUMENT_POSITION_FOLLOWING, 'after the advice').to.not.equal(0);
      await expect(el).to.be.accessible();
    });

    it('pain from 7 up ends the check on the pain step: a doctor first, never a technique', async () => {
      for (const pain of [7, 10]) {
        const el = await fixture<SpaPainCheck>(html`<spa-pain-check booking-href="https://book.example/spa"></spa-pain-check>`);
        const detail = await walk(el, { ...OK, pain });
        expect(detail).to.deep.include({ outcome: 'see-doctor', painLevel: pain, painBand: 'severe' });
        expect(detail.reasons).to.deep.equal([`You rated your pain ${pain} out of 10 (severe): pain that strong should be seen by a doctor first.`]);
        expect(root(el).querySelector('spa-booking-button')).to.equal(null);
      }
    });

    // Every sign and threshold of the pure table in assess.test.ts, once through the clicks a visitor makes.
    const paths: [string, Walk, AssessmentCompleteDetail['outcome'], string][] = [
      ...EMERGENCY_FLAGS.map((flag): [string, Walk, AssessmentCompleteDetail['outcome'], string] =>
        flag === 'emergency-unsure'
          ? [flag, { emergency: [flag] }, 'urgent', 'See a doctor today or tomorrow']
          : [flag, { emergency: [flag] }, 'emergency', 'Get emergency help now'],
      ),
      ...URGENT_FLAGS.map((flag): [string, Walk, AssessmentCompleteDetail['outcome'], string] => [flag, { urgent: [flag] }, 'urgent', 'See a doctor today or tomorrow']),
      ...DOCTOR_FLAGS.map((flag): [string, Walk, AssessmentCompleteDetail['outcome'], string] => [flag, { doctor: [flag] }, 'see-doctor', 'See a doctor before booking a massage']),
      ['pain 7', { ...OK, pain: 7 }, 'see-doctor', 'See a doctor before booking a massage'],
      ['pain 6', { ...OK, pain: 6 }, 'ok', 'Our suggestion: Trigger point therapy'],
    ];
    it('every sign and threshold, clicked through: the outcome, its title, and a booking button only for a suggestion', async function () {
      // Thirty walks through the check.
      this.timeout(60000);
      for (const [name, answers, outcome, title] of paths) {
        const el = await fixture<SpaPainCheck>(html`<spa-pain-check booking-href="https://book.example/spa"></spa-pain-check>`);
        const detail = await walk(el, answers);
        expect(detail.outcome, name).to.equal(outcome);
        expect(text($(el, '.result-title')), name).to.equal(title);
        expect(root(el).querySelector('spa-booking-button') !== null, name).to.equal(outcome === 'ok');
      }
    });

    it('a booking button and technique cards elsewhere on the page follow the result; a warning result clears both', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <spa-booking-button href="https://book.example/" follow-assessment></spa-booking-button>
        <spa-technique-cards follow-assessment></spa-technique-cards>
        <spa-pain-check></spa-pain-check>
      </div>`);
      const el = wrapper.querySelector('spa-pain-check')!;
      const follower = wrapper.querySelector('spa-booking-button')!;
      const cards = wrapper.querySelector('spa-technique-cards')!;
      // Below the cards, more than a screen down, the check renders when needed: wait for it.
      await el.updateComplete;
      const recommendedCard = () =>
        cards.shadowRoot!.querySelector('[part~="badge"]')?.closest('[part~="card"]')?.querySelector('[part~="title"]')?.textContent?.replace(/\s+/g, ' ').trim();
      await walk(el, OK);
      await follower.updateComplete;
      await cards.updateComplete;
      const cta = () => follower.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="button"]')!;
      expect(cta().href).to.equal('https://book.example/?service=trigger-point');
      expect(recommendedCard()).to.match(/^Trigger point therapy/);
      const startOver = async () => {
        $(el, '[part~="start-over"]').click();
        await el.updateComplete;
      };
      for (const warning of [EMERGENCY, URGENT, SEE_DOCTOR]) {
        await startOver();
        await walk(el, OK);
        await startOver();
        await walk(el, warning);
        await follower.updateComplete;
        await cards.updateComplete;
        expect(cta().href).to.equal('https://book.example/');
        expect(recommendedCard()).to.equal(undefined);
      }
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
      $(el, '[part~="start-over"]').click();
      await el.updateComplete;
      expect(legendText(el)).to.contain('Step 1 of 7');
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
        $(el, '[part~="print"]').click();
      } finally {
        window.print = print;
      }
      expect(openWhenPrinted).to.equal(true);
      expect($(el, '.summary-text').textContent).to.contain('Result: See a doctor today or tomorrow');
    });

    it('copies a plain-text summary, and selects it when the clipboard is refused', async () => {
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check></spa-pain-check>`);
      await walk(el, OK);
      const clipboard = navigator.clipboard;
      const copiedTexts: string[] = [];
      const fake = { writeText: async (copied: string) => void copiedTexts.push(copied) };
      Object.defineProperty(navigator, 'clipboard', { value: fake, configurable: true });
      try {
        $(el, '[part~="copy"]').click();
        await aTimeout(20);
        expect(copiedTexts).to.have.length(1);
        const copied = copiedTexts[0];
        expect(copied).to.contain('How strong is your back pain right now? 5/10 (moderate)');
        expect(copied).to.contain('Result: Our suggestion: Trigger point therapy');
        expect(copied).to.contain('- You like medium pressure');
        expect(copied).to.contain('not a diagnosis');
        expect(copied).to.not.contain('<');
        expect($(el, '[part~="copy-status"]').textContent).to.equal('Summary copied.');
        await nextFrame();
        await el.updateComplete;
        expect($(el, '[role="status"]').textContent).to.equal('Summary copied.');
        fake.writeText = async () => {
          throw new Error('denied');
        };
        $(el, '[part~="copy"]').click();
        await aTimeout(20);
        await el.updateComplete;
        expect($<HTMLDetailsElement>(el, 'details').open).to.equal(true);
        expect(String(getSelection())).to.contain('Result: Our suggestion: Trigger point therapy');
        expect($(el, '[part~="copy-status"]').textContent).to.contain('press Ctrl+C');
      } finally {
        if (clipboard) Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
        else delete (navigator as { clipboard?: unknown }).clipboard;
      }
    });
    describe('followers that come later catch up with the result told', () => {
      const label = (button: SpaBookingButton) => button.shadowRoot!.querySelector('[part~="button"]')!.textContent!.trim();
      /** Renders `markup` after the check's result, as a drop-in registers widgets below the screen after the page's paint. */
      async function addedLater(wrapper: HTMLElement, markup: string, place: 'after' | 'before' = 'after') {
        const later = document.createElement('div');
        later.innerHTML = markup;
        wrapper[place === 'after' ? 'append' : 'prepend'](later);
        // Each catches up in its first update, once its settings say it follows, and renders again.
        const widgets = [...later.querySelectorAll<SpaBookingButton>('spa-booking-button, spa-technique-cards')];
        for (const widget of widgets) await waitUntil(async () => (await widget.updateComplete) && !widget.isUpdatePending);
        return widgets;
      }
      async function told() {
        const wrapper = await fixture<HTMLDivElement>(html`<div><spa-pain-check></spa-pain-check></div>`);
        const el = wrapper.querySelector('spa-pain-check')!;
        const detail = await walk(el, OK);
        expect(el.assessment, 'the result told').to.equal(detail);
        return { wrapper, el };
      }

      it('a booking button and the cards follow it; one without follow-assessment does not', async () => {
        const { wrapper } = await told();
        const [following, notFollowing, cards] = await addedLater(
          wrapper,
          `<spa-booking-button href="https://book.example/" follow-assessment></spa-booking-button>
          <spa-booking-button href="https://book.example/"></spa-booking-button>
          <spa-technique-cards follow-assessment></spa-technique-cards>`,
        );
        expect(label(following)).to.equal('Book trigger point therapy');
        expect(label(notFollowing)).to.equal('Book a massage');
        const picked = cards.shadowRoot!.querySelector('[part~="badge"]')?.closest('[part~="title"]')?.textContent;
        expect(picked).to.contain('Trigger point therapy');
      });

      it('the cards say their pick once, and a move does not hear it again', async () => {
        const { wrapper } = await told();
        const [cards] = await addedLater(wrapper, '<spa-technique-cards follow-assessment></spa-technique-cards>');
        const region = cards.shadowRoot!.querySelector('.announcer')!;
        await waitUntil(() => region.textContent!.includes('Trigger point therapy'), 'the pick is announced');
        const said: string[] = [];
        const listener = new MutationObserver(() => said.push(region.textContent!));
        listener.observe(region, { childList: true, characterData: true, subtree: true });
        wrapper.prepend(cards);
        await cards.updateComplete;
        await aTimeout(50);
        listener.disconnect();
        expect(said, 'not said again').to.deep.equal([]);
      });

      it('cards that scroll to their pick do not scroll to one caught up with: the reader was not waiting for it', async () => {
        const { wrapper } = await told();
        // WebKit keeps a focused element (the result's title) in view as content is added above it.
        (document.activeElement as HTMLElement | null)?.blur();
        scrollTo(0, 0);
        // Just below the screen: rendered at once, its pick not in view.
        const [cards] = await addedLater(
          wrapper,
          `<div style="block-size: ${1.2 * innerHeight}px"></div><spa-technique-cards follow-assessment scroll-to-recommended></spa-technique-cards>`,
          'before',
        );
        await aTimeout(100);
        expect(cards.shadowRoot!.querySelector('[part~="recommended"]'), 'the pick is shown').to.not.equal(null);
        expect(scrollY).to.equal(0);
      });

      it('following turned on later catches up; turned off and on again, it shows the pick again', async () => {
        const { wrapper } = await told();
        const [button] = await addedLater(wrapper, '<spa-booking-button href="https://book.example/"></spa-booking-button>');
        const turn = async (on: boolean) => {
          button.toggleAttribute('follow-assessment', on);
          await waitUntil(async () => (await button.updateComplete) && !button.isUpdatePending);
          return label(button);
        };
        expect(await turn(true)).to.equal('Book trigger point therapy');
        expect(await turn(false)).to.equal('Book a massage');
        expect(await turn(true)).to.equal('Book trigger point therapy');
      });

      it('after Start over, nothing is told: a follower that comes then shows the general label', async () => {
        const { wrapper, el } = await told();
        $(el, '[part~="start-over"]').click();
        await el.updateComplete;
        expect(el.assessment).to.equal(undefined);
        const [button] = await addedLater(wrapper, '<spa-booking-button href="https://book.example/" follow-assessment></spa-booking-button>');
        expect(label(button)).to.equal('Book a massage');
      });
    });
  });

  describe("the suggestion's long texts, which arrive at the visitor's first touch", () => {
    let copies = 0;
    /** A copy of the check whose suggestion texts come from `load`; records, at each render of a result, whether its note on evidence is there. */
    function withLaterWording(load: LaterWording) {
      const Base = customElements.get('spa-pain-check') as typeof SpaPainCheck;
      const tag = `spa-pain-check-later-${++copies}`;
      const { reasons } = Base.catalog.en as { reasons: Record<string, string> };
      const standIns = { frequencies: {}, evidence: '', reasons: { severe: reasons.severe }, feelingReasons: {} };
      const evidenceAtRender: boolean[] = [];
      customElements.define(
        tag,
        class extends Base {
          // An English of its own, as it is before the texts arrive (earlier tests brought them
          // to the real one): what `load` brings stays with this copy.
          static override catalog = { ...Base.catalog, en: { ...Base.catalog.en, ...(standIns as object) } };
          static override laterWording = load;
          protected override updated(changed: Map<PropertyKey, unknown>) {
            super.updated(changed);
            if (this.shadowRoot!.querySelector('.result.ok')) evidenceAtRender.push(this.shadowRoot!.querySelector('.evidence') !== null);
          }
        },
      );
      return { tag, evidenceAtRender };
    }
    const place = async (tag: string) => {
      const el = document.createElement(tag) as SpaPainCheck;
      el.dataset.later = '';
      document.body.append(el);
      await el.updateComplete;
      return el;
    };
    afterEach(() => {
      document.querySelectorAll('[data-later]').forEach((el) => el.remove());
      scrollTo(0, 0);
    });

    /** A loader held until `release()`; then it gives the real texts, the evidence marked. */
    function heldTexts() {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const load = async () => {
        await gate;
        const later = (await painCheckLaterWording()) as { evidence: string };
        return { ...later, evidence: `⟨late⟩ ${later.evidence}` };
      };
      return { load, release };
    }
    /** Answers every question, stopping before the last Next. */
    async function toLastNext(el: SpaPainCheck) {
      const walking = walk(el, OK);
      await waitUntil(() => $(el, '.next')?.textContent!.includes('See my result') && $<HTMLInputElement>(el, 'input[name="pressure"]:checked'));
      return walking;
    }

    it('a suggestion asked for before they are here waits for them, then shows them whole, in its first render', async () => {
      const { load, release } = heldTexts();
      const { tag, evidenceAtRender } = withLaterWording(load);
      const el = await place(tag);
      const walking = toLastNext(el);
      await aTimeout(150);
      expect(atResult(el), 'still on the last question while the texts are on their way').to.equal(false);
      release();
      const detail = await walking;
      expect(evidenceAtRender, 'never rendered without them').to.deep.equal([true]);
      expect($(el, '.evidence').textContent).to.contain('⟨late⟩ No massage technique');
      expect(detail.reasons).to.have.length(3);
      expect(detail.reasons.every((reason) => reason.length > 20)).to.equal(true);
      expectFocusOn(el, $(el, '.result-title'));
    });

    it('Next pressed twice while they come shows the result once, with nothing said about a missing answer', async () => {
      const { load, release } = heldTexts();
      const { tag } = withLaterWording(load);
      const el = await place(tag);
      const told: unknown[] = [];
      el.addEventListener('spa-assessment-complete', (event) => told.push((event as CustomEvent).detail));
      const walking = toLastNext(el);
      await aTimeout(100);
      $(el, '.next').click();
      await aTimeout(50);
      release();
      await walking;
      await aTimeout(100);
      expect(atResult(el)).to.equal(true);
      expect(told).to.have.length(1);
      expect(root(el).querySelector('.hint'), 'no "choose an answer" hint').to.equal(null);
      expect($(el, '[aria-live]')?.textContent ?? '').to.not.contain('Choose an answer');
      expectFocusOn(el, $(el, '.result-title'));
    });

    /**
     * A suggestion kept by a check walked to the end with `remember`, and a copy of the check, not
     * yet in the page, that restores it with its texts held until `release()`.
     */
    async function rememberedSuggestion() {
      const first = await fixture<SpaPainCheck>(html`<spa-pain-check remember></spa-pain-check>`);
      await walk(first, OK);
      first.remove();
      const { load, release } = heldTexts();
      const { tag, evidenceAtRender } = withLaterWording(load);
      const el = document.createElement(tag) as SpaPainCheck;
      el.dataset.later = '';
      el.setAttribute('remember', '');
      return { el, tag, evidenceAtRender, release };
    }

    for (const farBelow of [false, true]) {
      it(`a remembered suggestion restored before they are here holds its room, then renders once, whole${farBelow ? ', also when it was far below the screen' : ''}`, async () => {
        const { el, evidenceAtRender, release } = await rememberedSuggestion();
        const spacer = document.createElement('div');
        spacer.dataset.later = '';
        spacer.style.blockSize = farBelow ? '300vh' : '0';
        const told = oneEvent(el, 'spa-assessment-complete');
        document.body.append(spacer, el);
        await aTimeout(150);
        if (farBelow) {
          // Needed while the texts are still on their way: it keeps waiting for them.
          el.scrollIntoView();
          await aTimeout(150);
        }
        expect(atResult(el), 'nothing shown without them').to.equal(false);
        expect(el.getAttribute('aria-busy')).to.equal('true');
        expect(el.getBoundingClientRect().height, 'its room held').to.be.greaterThan(300);
        release();
        const detail = ((await told) as CustomEvent<AssessmentCompleteDetail>).detail;
        expect(evidenceAtRender, 'never rendered without them').to.deep.equal([true]);
        expect(el.hasAttribute('aria-busy')).to.equal(false);
        expect(detail.reasons.every((reason) => reason.length > 20)).to.equal(true);
        expect(focused(el), 'no focus stolen').to.equal('nothing');
      });
    }

    it('a remembered suggestion whose room the page takes away is drawn at once', async () => {
      const { el, tag, evidenceAtRender, release } = await rememberedSuggestion();
      const pageRule = document.createElement('style');
      pageRule.dataset.later = '';
      pageRule.textContent = `${tag}[aria-busy] { min-block-size: 0 }`;
      document.head.append(pageRule);
      document.body.append(el);
      await aTimeout(100);
      expect(atResult(el), 'growing later from nothing would move the text below').to.equal(true);
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      release();
      await waitUntil(() => evidenceAtRender.includes(true), 'the texts follow');
    });

    it('a remembered suggestion whose file hangs shows what it has after a few seconds', async () => {
      const { el, evidenceAtRender } = await rememberedSuggestion();
      document.body.append(el);
      await waitUntil(() => atResult(el), 'shown without them, not waiting again', { timeout: 5000 });
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      expect(evidenceAtRender).to.deep.equal([false]);
    });

    it('Back pressed while they come is where the visitor stays', async () => {
      const { load, release } = heldTexts();
      const { tag } = withLaterWording(load);
      const el = await place(tag);
      void toLastNext(el);
      await aTimeout(100);
      $(el, '.back').click();
      await el.updateComplete;
      release();
      await aTimeout(100);
      expect(atResult(el)).to.equal(false);
      expect(legendText(el)).to.contain('What does it feel like');
    });

    it('a file that hangs: after a few seconds the suggestion shows what it has, and the rest once it comes', async () => {
      const { load, release } = heldTexts();
      const { tag } = withLaterWording(load);
      const el = await place(tag);
      const walking = toLastNext(el);
      await waitUntil(() => atResult(el), 'shown without them', { timeout: 5000 });
      expect(root(el).querySelector('.evidence')).to.equal(null);
      expect($$(el, 'dd').map((d) => d.textContent)).to.deep.equal(['Deep tissue massage', 'Medium']);
      release();
      const detail = await walking;
      await el.updateComplete;
      expect($(el, '.evidence').textContent, 'and then with them').to.contain('⟨late⟩');
      expect(detail.reasons, 'told once whole').to.have.length(3);
    });

    it('a file that holds something else (a stale copy) counts as not loaded: one error, and the suggestion shows what it has', async () => {
      const { tag } = withLaterWording(async () => undefined as unknown as object);
      let el!: SpaPainCheck;
      const errors = await captureSpaErrors(async () => {
        el = await place(tag);
        await walk(el, OK);
        await el.updateComplete;
      });
      expect(errors.map((error) => error.path)).to.deep.equal(['strings']);
      expect(text($(el, '.result-title'))).to.equal('Our suggestion: Trigger point therapy');
    });

    it('a page in a language the kit ships needs none of them: its suggestion is whole without them', async () => {
      // The copy shares the check's languages: Spanish is loaded into the check's own catalog first.
      const Base = customElements.get('spa-pain-check') as typeof SpaPainCheck;
      await translationFor(Base.catalog, Base.translations, 'es');
      const { tag } = withLaterWording(() => Promise.reject(new TypeError('not to be fetched')));
      const wrapper = document.createElement('div');
      wrapper.lang = 'es';
      wrapper.dataset.later = '';
      document.body.append(wrapper);
      let el!: SpaPainCheck;
      const errors = await captureSpaErrors(async () => {
        el = document.createElement(tag) as SpaPainCheck;
        wrapper.append(el);
        await el.updateComplete;
        await walk(el, OK);
      });
      expect(errors).to.deep.equal([]);
      expect($(el, '.evidence').textContent).to.contain('ninguna técnica de masaje');
      expect($$(el, '.reasons li')).to.have.length(3);
    });

    it('the warning results never wait for them', async () => {
      const { tag } = withLaterWording(() => new Promise(() => {}));
      for (const answers of [EMERGENCY, URGENT, SEE_DOCTOR, { pain: 9 }]) {
        const el = await place(tag);
        const detail = await walk(el, answers);
        expect(detail.outcome).to.not.equal('ok');
        expect(detail.reasons.length, 'every reason read out').to.be.greaterThan(0);
        expect($$(el, '.reasons li').map((li) => li.textContent!.length > 10)).to.not.include(false);
        el.remove();
      }
    });

    it('when they cannot be loaded, the suggestion shows what it has and the page is told once how to fix it', async () => {
      const { tag } = withLaterWording(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
      let el!: SpaPainCheck;
      let detail!: AssessmentCompleteDetail;
      const errors = await captureSpaErrors(async () => {
        el = await place(tag);
        detail = await walk(el, OK);
        await el.updateComplete;
      });
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include({ tag, path: 'strings' });
      expect(errors[0].message).to.contain('the rest of the built-in wording could not be loaded ("Failed to fetch dynamically imported module"); serve the files built beside the script, or use its .iife.js form');
      expect(text($(el, '.result-title'))).to.equal('Our suggestion: Trigger point therapy');
      expect($$(el, 'dd').map((d) => d.textContent)).to.deep.equal(['Deep tissue massage', 'Medium']);
      expect(root(el).querySelector('.reasons, .why-label'), 'every reason of a suggestion is in the texts that did not arrive').to.equal(null);
      expect(root(el).querySelector('.evidence')).to.equal(null);
      const summary = $(el, '.summary-text').textContent!;
      expect(summary).to.contain('Pressure to start with: Medium');
      expect(summary, 'the summary names nothing it cannot say').to.not.match(/Why:|How often|undefined/);
      expect(detail.technique).to.equal('trigger-point');
      $(el, '.actions button').click();
      await el.updateComplete;
      expect(atResult(el), 'Start over still works').to.equal(false);
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
        $(el, '[part~="start-over"]').click();
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
      await choose(el, 'none', 'emergency');
      await next(el);
      await choose(el, 'none', 'urgent');
      const saved = JSON.parse(sessionStorage.getItem('spa-pain-check:back')!);
      expect(saved).to.deep.equal({ step: 2, draft: { cleared: ['emergency', 'urgent'] } });
      expect(localStorage.length).to.equal(localBefore);
      // A reload: a new element with the same id picks up where the visitor was.
      const again = await fixture<SpaPainCheck>(html`<spa-pain-check remember id="back"></spa-pain-check>`);
      expect(legendText(again)).to.contain('Step 2 of 7');
      expect(input(again, 'none', 'urgent').checked).to.equal(true);
      $(again, '.back').click();
      await again.updateComplete;
      expect(input(again, 'none', 'emergency').checked).to.equal(true);
      await walk(again, OK);
      $(again, '[part~="start-over"]').click();
      await again.updateComplete;
      expect(sessionStorage.getItem('spa-pain-check:back')).to.equal(null);
    });

    it('remember set from script after connecting restores the kept answers once, and keeps saving', async () => {
      sessionStorage.setItem('spa-pain-check:back', JSON.stringify({ step: 2, draft: { cleared: ['emergency'] } }));
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check id="back"></spa-pain-check>`);
      expect(legendText(el), 'nothing read without remember').to.contain('Step 1 of 7');
      el.remember = true;
      await el.updateComplete;
      expect(legendText(el)).to.contain('Step 2 of 7');
      expect(focused(el), 'a restore moves no focus').to.equal('nothing');
      await choose(el, 'none', 'urgent');
      expect(JSON.parse(sessionStorage.getItem('spa-pain-check:back')!)).to.deep.equal({ step: 2, draft: { cleared: ['emergency', 'urgent'] } });
      // Turning it off and on again does not read the storage a second time over newer answers.
      el.remember = false;
      await el.updateComplete;
      await choose(el, 'none', 'urgent');
      el.remember = true;
      await el.updateComplete;
      expect(input(el, 'none', 'urgent').checked).to.equal(false);
    });

    it('an id set after connecting restores what that id kept, and saving follows the new id', async () => {
      sessionStorage.setItem('spa-pain-check:later', JSON.stringify({ step: 3, draft: { cleared: ['emergency', 'urgent'] } }));
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check remember></spa-pain-check>`);
      expect(legendText(el)).to.contain('Step 1 of 7');
      el.id = 'later';
      await el.updateComplete;
      expect(legendText(el)).to.contain('Step 3 of 7');
      await choose(el, 'safety', 'surgery');
      expect(JSON.parse(sessionStorage.getItem('spa-pain-check:later')!).draft.safety).to.deep.equal(['surgery']);
      expect(sessionStorage.getItem('spa-pain-check'), 'nothing under the old key').to.equal(null);
    });

    it('answers given before remember is turned on are kept, not replaced by older ones', async () => {
      sessionStorage.setItem('spa-pain-check', JSON.stringify({ step: 2, draft: { safety: ['chest-pain'] } }));
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check></spa-pain-check>`);
      await choose(el, 'none', 'emergency');
      await next(el);
      el.remember = true;
      await el.updateComplete;
      $(el, '.back').click();
      await el.updateComplete;
      expect(input(el, 'none', 'emergency').checked).to.equal(true);
      expect(JSON.parse(sessionStorage.getItem('spa-pain-check')!).draft).to.deep.equal({ cleared: ['emergency'] });
    });

    it('a remembered result restored by setting remember later is told to the page', async () => {
      const first = await fixture<SpaPainCheck>(html`<spa-pain-check remember></spa-pain-check>`);
      await walk(first, SEE_DOCTOR);
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check></spa-pain-check>`);
      const told = oneEvent(el, 'spa-assessment-complete');
      el.remember = true;
      expect(((await told) as CustomEvent<AssessmentCompleteDetail>).detail.outcome).to.equal('see-doctor');
      expect(text($(el, '.result-title'))).to.equal('See a doctor before booking a massage');
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
        expect(text($(again, '.result-title'))).to.equal('Our suggestion: Trigger point therapy');
        await aTimeout(50);
        expect($(again, '[role="status"]').textContent!.trim(), 'the visitor did nothing: nothing announced').to.equal('');
        expect(focused(again), 'no focus stolen').to.equal('nothing');
      } finally {
        wrapper.remove();
      }
      sessionStorage.setItem('spa-pain-check', JSON.stringify({ step: 3, draft: { painLevel: 99 } }));
      const edited = await fixture<SpaPainCheck>(html`<spa-pain-check remember></spa-pain-check>`);
      expect(legendText(edited)).to.contain('Step 1 of 7');
      // A kept "result" whose answers no longer lead to one opens at the first open question.
      sessionStorage.setItem('spa-pain-check', JSON.stringify({ step: 8, draft: { cleared: ['emergency'] } }));
      const stale = await fixture<SpaPainCheck>(html`<spa-pain-check remember></spa-pain-check>`);
      expect(legendText(stale)).to.contain('Step 2 of 7');
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
      const [link] = await bookingLinks(el.shadowRoot!);
      expect(link.href).to.equal('https://json.example/book?service=trigger-point');
    });

    it('doctor-booking follows the one on/off rule: a bare attribute, "on" or "true" turn it on, "off" or "false" keep it off', async () => {
      const cases: [string, boolean][] = [['', true], ['on', true], ['true', true], ['off', false], ['false', false]];
      for (const [value, on] of cases) {
        const el = await fixture<SpaPainCheck>(html`<spa-pain-check booking-href="https://book.example/spa" doctor-booking=${value}></spa-pain-check>`);
        expect(el.doctorBooking, `doctor-booking="${value}"`).to.equal(on);
        await walk(el, SEE_DOCTOR);
        expect(root(el).querySelector('spa-booking-button') !== null, `doctor-booking="${value}"`).to.equal(on);
      }
    });

    it('el.doctorBooking = true beats the JSON child’s "doctorBooking": false, and clearing it gives the JSON child’s value back', async () => {
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check booking-href="https://book.example/spa">
        <script type="application/json">{ "doctorBooking": false }</script>
      </spa-pain-check>`);
      el.doctorBooking = true;
      await walk(el, SEE_DOCTOR);
      expect(text($(el, 'spa-booking-button'))).to.equal('Book once your doctor agrees');
      el.doctorBooking = undefined;
      await el.updateComplete;
      expect(root(el).querySelector('spa-booking-button')).to.equal(null);
    });

    it('the JSON child can turn on compact and remember; a property still wins over it', async () => {
      const plain = await fixture<SpaPainCheck>(html`<spa-pain-check></spa-pain-check>`);
      const el = await fixture<SpaPainCheck>(html`<spa-pain-check id="json">
        <script type="application/json">{ "compact": true, "remember": true }</script>
      </spa-pain-check>`);
      const padding = (check: SpaPainCheck) => parseFloat(getComputedStyle($(check, '[part~="panel"]')).paddingTop);
      const textSize = (check: SpaPainCheck) => parseFloat(getComputedStyle($(check, '[part~="choice"]')).fontSize);
      expect(padding(el)).to.be.lessThan(padding(plain));
      expect(textSize(el)).to.be.lessThan(textSize(plain));
      await choose(el, 'none', 'emergency');
      expect(JSON.parse(sessionStorage.getItem('spa-pain-check:json')!)).to.deep.equal({ step: 1, draft: { cleared: ['emergency'] } });
      el.compact = false;
      await el.updateComplete;
      expect(padding(el)).to.equal(padding(plain));
      // The compact attribute gives the same tighter layout.
      const attribute = await fixture<SpaPainCheck>(html`<spa-pain-check compact></spa-pain-check>`);
      expect(padding(attribute)).to.be.lessThan(padding(plain));
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

    it('lays the scale out in one row of 11 when there is room, and 6 + 5 in a narrow column, never a number alone', async () => {
      const rows = async (width: number) => {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px"><spa-pain-check></spa-pain-check></div>`);
        const el = wrapper.querySelector('spa-pain-check')!;
        await el.updateComplete;
        await toPainStep(el);
        const tops = $$(el, '.scale-choice').map((c) => Math.round(c.getBoundingClientRect().top));
        const counts = [...new Set(tops)].map((top) => tops.filter((t) => t === top).length);
        // Each tile stays a comfortable target, and its number is not broken.
        for (const tile of $$(el, '.scale-choice')) {
          expect(tile.getBoundingClientRect().width, `${width}px`).to.be.at.least(24);
          expect(tile.getBoundingClientRect().height, `${width}px`).to.be.at.least(40);
        }
        return counts;
      };
      expect(await rows(760)).to.deep.equal([11]);
      expect(await rows(1280)).to.deep.equal([11]);
      expect(await rows(280)).to.deep.equal([6, 5]);
      expect(await rows(400)).to.deep.equal([6, 5]);
    });

    it('refuses a bad emergency-number with one error naming the fix, and says to call the local number instead', async () => {
      let el!: SpaPainCheck;
      let errors: string[] = [];
      await captureSpaErrors(async () => {
        errors = await captureConsole('error', async () => {
          el = await fixture<SpaPainCheck>(html`<spa-pain-check emergency-number="call us"></spa-pain-check>`);
        });
      });
      expect(errors).to.deep.equal(['[spa-pain-check] emergencyNumber: expected a phone number such as "+1 555 010 0199" (from the attribute)']);
      await walk(el, EMERGENCY);
      expect(root(el).querySelector('[part="emergency-call"]')).to.equal(null);
      expect(text($(el, '.urgent-action'))).to.contain('local emergency number');
    });

    it('on a lang="es" page the whole check reads in Spanish', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"><spa-pain-check emergency-number="112"></spa-pain-check></div>`);
      const el = wrapper.querySelector('spa-pain-check')!;
      await el.updateComplete;
      expect(legendText(el)).to.equal('Paso 1 de 7 Primero, por seguridad: ¿tienes ahora alguno de estos síntomas junto con el dolor de espalda?');
      expect(text($(el, '.next'))).to.equal('Siguiente');
      const detail = await walk(el, OK);
      expect(detail.reasons[0]).to.equal('Dijiste que tienes nudos sensibles o un punto que puedes señalar: la terapia de puntos gatillo trabaja justo esos puntos.');
      const result = text($(el, '.result'));
      for (const english of ['Second choice', 'Pressure', 'How often', 'Why', 'Start over', 'not a diagnosis']) expect(result).to.not.contain(english);
      expect(result).to.contain('Segunda opción');
      $(el, '[part~="start-over"]').click();
      await el.updateComplete;
      await walk(el, EMERGENCY);
      expect(text($(el, '[part="emergency-call"]'))).to.equal('Llamar al 112');
      await expect(el).to.be.accessible();
    });
  });
});
