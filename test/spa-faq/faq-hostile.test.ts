import { aTimeout, expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import '../../src/elements/spa-faq/define.js';
import { parseAnswer } from '../../src/elements/spa-faq/faq-answer.js';
import { MAX_ANSWER_LENGTH } from '../../src/elements/spa-faq/faq-items.js';
import { MAX_TEXT_LENGTH } from '../../src/core/schema.js';
import { captureSpaErrors } from '../helpers/console.js';
import type { FaqItem, FaqToggleDetail, SpaFaq } from '../../src/elements/spa-faq/spa-faq.js';

// "Unbreakable on hostile pages": one bad CMS field, a huge list or a malformed id must never
// freeze the visitor's tab or throw out of the element. Bounds are generous; the point is that
// the work finishes, in time linear in the input.

const MB = 1_000_000;

const root = (el: SpaFaq) => el.shadowRoot!;
const questions = (el: SpaFaq) => [...root(el).querySelectorAll<HTMLButtonElement>('[part~="question"]')];
const isOpen = (button: HTMLElement) => button.getAttribute('aria-expanded') === 'true';
const answerOf = (el: SpaFaq, index: number) => root(el).getElementById(questions(el)[index].getAttribute('aria-controls')!)!;

/** How long `work` takes, in milliseconds, with its result. */
async function timed<T>(work: () => T | Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await work();
  return { result, ms: performance.now() - start };
}

/** Waits for something asynchronous (a fetch) to show in the DOM. */
async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 250; i++) {
    if (check()) return;
    await aTimeout(20);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Types a whole query at once, as a paste would, and waits for it to show. */
async function search(el: SpaFaq, query: string) {
  const input = root(el).querySelector('input')!;
  input.value = query;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  el.getBoundingClientRect();
}

describe('parseAnswer on hostile 1 MB answers finishes, in linear time', () => {
  // A benign megabyte, timed before each case: on a machine busy enough to slow it, the bound
  // grows with it. A backtracking parse of these inputs takes minutes, or never ends.
  const benign = 'Drink water, then [stretch](https://spa.example/stretch) gently.\n\n'.repeat(15_000);
  const closing = '[ok](https://spa.example/ok)';
  const cases: { name: string; source: string; text: string; links: string[] }[] = [
    { name: "1 MB of '['", source: '['.repeat(MB), text: '['.repeat(MB), links: [] },
    { name: "'[a](' × 250,000", source: '[a]('.repeat(250_000), text: '[a]('.repeat(250_000), links: [] },
    { name: "'[a](https://x' never closed, 1 MB", source: '[a](https://x'.repeat(76_924), text: '[a](https://x'.repeat(76_924), links: [] },
    {
      name: 'nested brackets, 500,000 deep',
      source: `${'['.repeat(MB / 2)}a${']'.repeat(MB / 2)}`,
      text: `${'['.repeat(MB / 2)}a${']'.repeat(MB / 2)}`,
      links: [],
    },
    {
      name: "500,000 '[' then 250,000 ']('",
      source: `${'['.repeat(MB / 2)}${']('.repeat(MB / 4)}`,
      text: `${'['.repeat(MB / 2)}${']('.repeat(MB / 4)}`,
      links: [],
    },
    {
      name: 'a real link after 200,000 that never close still works',
      source: `${'[a]( '.repeat(200_000)}${closing}`,
      text: `${'[a]( '.repeat(200_000)}ok`,
      links: ['https://spa.example/ok'],
    },
    { name: '1 MB of blank lines is no paragraph at all', source: '\n \t\n'.repeat(250_000), text: '', links: [] },
    { name: '500,000 single line breaks are spaces', source: 'a\n'.repeat(500_000), text: 'a '.repeat(500_000).trim(), links: [] },
  ];
  for (const { name, source, text, links } of cases) {
    it(name, async () => {
      const baseline = await timed(() => parseAnswer(benign, 'https://spa.example/'));
      const { result, ms } = await timed(() => parseAnswer(source, 'https://spa.example/'));
      expect(ms, 'milliseconds').to.be.below(Math.max(500, 3 * baseline.ms));
      expect(result.text).to.equal(text);
      const hrefs = result.paragraphs.flat().flatMap((inline) => (typeof inline === 'string' ? [] : [inline.href]));
      expect(hrefs).to.deep.equal(links);
      expect(result.problems).to.deep.equal([]);
    });
  }
});

describe('<spa-faq> on hostile pages', function () {
  this.timeout(30_000);

  describe('a 1 MB answer of "[" is refused at once, through every source, and the other questions show', () => {
    const hostile = { items: [{ question: 'Hostile?', answer: '['.repeat(MB) }, { question: 'Fine?', answer: 'Yes.' }] };
    const sources: Record<string, (el: SpaFaq) => void> = {
      'the items property': (el) => {
        el.items = hostile.items;
      },
      'the JSON child': (el) => {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify(hostile);
        el.append(script);
      },
      'a src file': (el) => el.setAttribute('src', 'https://cms.example/hostile-faq.json'),
    };
    const realFetch = window.fetch;
    before(() => {
      // The CMS's answer, without a server: only this address is answered here.
      window.fetch = (input, init) =>
        String(input) === 'https://cms.example/hostile-faq.json'
          ? Promise.resolve(new Response(JSON.stringify(hostile), { headers: { 'content-type': 'application/json' } }))
          : realFetch(input, init);
    });
    after(() => {
      window.fetch = realFetch;
    });

    for (const [name, give] of Object.entries(sources)) {
      it(`from ${name}`, async () => {
        let el!: SpaFaq;
        let ms = 0;
        const reports = await captureSpaErrors(async () => {
          ({ result: el, ms } = await timed(async () => {
            const faq = document.createElement('spa-faq');
            give(faq);
            const shown = await fixture<SpaFaq>(html`${faq}`);
            await until(() => questions(shown)[0]?.textContent?.trim() === 'Fine?', 'the question');
            return shown;
          }));
        });
        expect(ms, 'milliseconds').to.be.below(5_000);
        expect(questions(el)).to.have.length(1);
        questions(el)[0].click();
        await el.updateComplete;
        expect(answerOf(el, 0).textContent!.trim()).to.equal('Yes.');
        expect(reports.map((r) => r.path)).to.include('items[0].answer');
        expect(reports.find((r) => r.path === 'items[0].answer')!.message).to.contain(`expected at most ${MAX_ANSWER_LENGTH} characters`);
      });
    }
  });

  it('9,999 items with the same question (and one more: the most a list may hold) render about as fast as 10,000 different ones, each with its own id, an author’s "same-question-2" kept', async () => {
    const el = await fixture<SpaFaq>(html`<spa-faq single></spa-faq>`);
    /** Milliseconds from assigning `items` to the questions shown. */
    const render = async (items: FaqItem[]) => {
      const { ms } = await timed(() => {
        el.items = items;
        return el.updateComplete;
      });
      return ms;
    };
    const distinct = await render(Array.from({ length: 10_000 }, (_, i) => ({ question: `Question ${i}?`, answer: 'Same answer.' })));
    const items: FaqItem[] = Array.from({ length: 9_999 }, () => ({ question: 'Same question?', answer: 'Same answer.' }));
    items.push({ id: 'same-question-2', question: 'The author’s own?', answer: 'Yes.' });
    // Generous, and it grows on a busy machine; numbering the clashes one by one took 6.4 s.
    expect(await render(items), 'milliseconds').to.be.below(Math.max(4000, 3 * distinct));
    const ids: string[] = [];
    el.addEventListener('spa-faq-toggle', (event: CustomEvent<FaqToggleDetail>) => ids.push(event.detail.id));
    for (const question of questions(el)) question.click();
    await el.updateComplete;
    expect(ids).to.have.length(10_000);
    expect(new Set(ids).size).to.equal(10_000);
    expect(ids.slice(0, 3)).to.deep.equal(['same-question', 'same-question-3', 'same-question-4']);
    expect(ids.at(-2)).to.equal('same-question-10000');
    expect(ids.at(-1)).to.equal('same-question-2');
  });

  describe('search stays linear per keystroke', () => {
    it('over the longest question and answer allowed, of "a b a b …": bounded time, at most 1,000 marks in one text', async () => {
      const question = 'a b '.repeat(MAX_TEXT_LENGTH / 4).trim();
      const answer = 'a b '.repeat(MAX_ANSWER_LENGTH / 4).trim();
      const el = await fixture<SpaFaq>(html`<spa-faq search .items=${[{ question, answer }, { question: 'Other?', answer: 'Yes.' }]}></spa-faq>`);
      for (const query of ['a', 'a b', 'b a', 'zzz', 'a']) {
        const { ms } = await timed(() => search(el, query));
        expect(ms, `milliseconds for "${query}"`).to.be.below(5000);
      }
      const button = questions(el)[0];
      const marks = button.querySelectorAll('mark');
      expect(marks).to.have.length(MAX_TEXT_LENGTH / 4);
      expect(marks[0].textContent).to.equal('a');
      // Every character of the question is still there, marked or not.
      expect(button.textContent!.trim()).to.equal(question);
      expect(isOpen(button)).to.equal(true);
      // 5,000 matches in the answer, 1,000 of them marked.
      expect(answerOf(el, 0).querySelectorAll('mark')).to.have.length(1000);
    });

    it('over 10,000 questions: bounded time per keystroke, finding the one asked for', async function () {
      // WebKitGTK under load re-renders 10,000 questions in seconds; quadratic work would take minutes.
      this.timeout(90_000);
      const items = Array.from({ length: 10_000 }, (_, i) => ({ question: `Question ${i}?`, answer: `Answer ${i}.` }));
      const { result: el, ms: first } = await timed(() => fixture<SpaFaq>(html`<spa-faq search .items=${items}></spa-faq>`));
      for (const query of ['q', 'que', 'question 1234']) {
        const { ms } = await timed(() => search(el, query));
        // At most a few first renders, which take longer on a busy machine and in WebKit.
        expect(ms, `milliseconds for "${query}"`).to.be.below(Math.max(10_000, 3 * first));
      }
      expect(root(el).querySelector('[part~="count"]')!.textContent!.trim()).to.equal('1 of 10000 questions');
    });
  });

  describe('an id with a lone surrogate', () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
    const clipboard = navigator.clipboard ?? {};
    const writeText = Object.getOwnPropertyDescriptor(clipboard, 'writeText');
    const copied: string[] = [];

    beforeEach(() => {
      errors.length = 0;
      copied.length = 0;
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      if (!navigator.clipboard) Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
      Object.defineProperty(clipboard, 'writeText', { value: async (text: string) => void copied.push(text), configurable: true });
    });
    afterEach(() => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      if (writeText) Object.defineProperty(clipboard, 'writeText', writeText);
      else delete (clipboard as { writeText?: unknown }).writeText;
      history.replaceState(null, '', location.pathname + location.search);
    });

    /** The author's `<details id>` holding half an emoji, which HTML source cannot even write. */
    async function faqWithBrokenId() {
      const el = document.createElement('spa-faq');
      el.setAttribute('link-to-items', '');
      const details = document.createElement('details');
      details.id = '\uD800';
      details.innerHTML = '<summary>Half an emoji?</summary><p>Still a question.</p>';
      el.append(details);
      const shown = await fixture<SpaFaq>(html`${el}`);
      await aTimeout(0);
      await shown.updateComplete;
      return shown;
    }

    it('renders, opens and copies its link (as U+FFFD) without an error', async () => {
      const el = await faqWithBrokenId();
      const toggled: string[] = [];
      el.addEventListener('spa-faq-toggle', (event) => toggled.push(event.detail.id));
      expect(questions(el).map((q) => q.textContent!.trim())).to.deep.equal(['Half an emoji?']);
      questions(el)[0].click();
      await el.updateComplete;
      expect(isOpen(questions(el)[0])).to.equal(true);
      expect(toggled).to.deep.equal(['\uD800']);
      expect(location.hash).to.equal('#%EF%BF%BD');
      answerOf(el, 0).querySelector<HTMLButtonElement>('[part~="copy-link"]')!.click();
      await aTimeout(0);
      await nextFrame();
      await el.updateComplete;
      expect(copied).to.have.length(1);
      expect(new URL(copied[0]).hash).to.equal('#%EF%BF%BD');
      expect(root(el).querySelector('[part~="copy-status"]')!.textContent!.trim()).to.equal('Link copied');
      questions(el)[0].click();
      await el.updateComplete;
      expect(location.hash).to.equal('');
      expect(errors).to.deep.equal([]);
    });

    it('the link it gave opens it; a malformed hash is let go', async () => {
      const el = await faqWithBrokenId();
      location.hash = '#%EF%BF%BD';
      await oneEvent(window, 'hashchange');
      await el.updateComplete;
      expect(isOpen(questions(el)[0])).to.equal(true);
      // An encoded lone surrogate: decodeURIComponent throws on it.
      location.hash = '#%ED%A0%80';
      await oneEvent(window, 'hashchange');
      await el.updateComplete;
      expect(isOpen(questions(el)[0])).to.equal(true);
      expect(errors).to.deep.equal([]);
    });
  });
});
