// <spa-faq> at scale: first render of 500 questions against 500 native <details> (the platform's
// floor) in the same run, one search keystroke over 500 questions, and one toggle.
import { RUNS, median } from './measure.mjs';

const COUNT = 500;

const topics = ['lower back', 'neck', 'shoulders', 'hips', 'glutes', 'hamstrings', 'sciatica', 'posture'];
const details = Array.from({ length: COUNT }, (_, i) => {
  const topic = topics[i % topics.length];
  return `<details id="q${i}"><summary>Question ${i}: can massage help my ${topic} after a long week?</summary>` +
    `<p>Often, yes. A therapist works the muscles around your ${topic} with <strong>slow, firm strokes</strong>, then gentler ones.</p>` +
    `<p>Drink water afterwards and stretch gently; café crème can wait. <a href="https://spa.example/${i}">Read more</a>.</p></details>`;
}).join('');

export default async function ({ page, baseUrl, print }) {
  const src = `${baseUrl}/dist/spa-widgets.js`;

  // Kit and floor alternate run by run, so a busy machine slows both alike and the ratio holds.
  const kitTimes = [];
  const nativeTimes = [];
  for (let run = 0; run < RUNS; run++) {
    // The kit, already loaded: from inserting <spa-faq> with 500 <details> to the accordion laid out.
    await page.goto(`${baseUrl}/bench/blank.html`);
    kitTimes.push(
      await page.evaluate(async ({ html, src }) => {
        await import(src);
        const start = performance.now();
        document.body.insertAdjacentHTML('beforeend', `<spa-faq>${html}</spa-faq>`);
        const faq = document.querySelector('spa-faq');
        await faq.updateComplete;
        // Any re-render the light-DOM observer asked for is part of the first render too.
        await null;
        await faq.updateComplete;
        document.body.getBoundingClientRect();
        if (faq.shadowRoot.querySelectorAll('[part~="question"]').length !== 500) throw new Error('not rendered');
        return performance.now() - start;
      }, { html: details, src }),
    );
    // The floor: the same 500 <details> parsed, styled and laid out by the browser alone.
    await page.goto(`${baseUrl}/bench/blank.html`);
    nativeTimes.push(
      await page.evaluate((html) => {
        const start = performance.now();
        document.body.insertAdjacentHTML('beforeend', `<div>${html}</div>`);
        document.body.getBoundingClientRect();
        return performance.now() - start;
      }, details),
    );
  }
  const kit = median(kitTimes);
  const native = median(nativeTimes);
  print(`500 questions in <spa-faq>: insert to layout (median of ${RUNS})`, kit, 'ms');
  print(`500 native <details>: insert to layout (median of ${RUNS})`, native, 'ms');
  print('ratio (goal ≤ 3)', kit / native, 'x');

  // Search: one keystroke = input event, filter, re-render, layout. Typed letter by letter.
  await page.goto(`${baseUrl}/bench/blank.html`);
  const { keystrokes, toggles } = await page.evaluate(async ({ html, src }) => {
    await import(src);
    document.body.insertAdjacentHTML('beforeend', `<spa-faq search>${html}</spa-faq>`);
    const faq = document.querySelector('spa-faq');
    await faq.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await faq.updateComplete;
    const input = faq.shadowRoot.querySelector('input');
    const keystrokes = [];
    for (const query of ['cafe creme', 'massage lower back', 'question 49', 'sciatica stretch']) {
      for (let i = 1; i <= query.length; i++) {
        const start = performance.now();
        input.value = query.slice(0, i);
        input.dispatchEvent(new Event('input'));
        await faq.updateComplete;
        document.body.getBoundingClientRect();
        keystrokes.push(performance.now() - start);
      }
      input.value = '';
      input.dispatchEvent(new Event('input'));
      await faq.updateComplete;
    }
    const toggles = [];
    const buttons = [...faq.shadowRoot.querySelectorAll('[part~="question"]')];
    for (let i = 0; i < 40; i++) {
      const start = performance.now();
      buttons[(i * 37) % buttons.length].click();
      await faq.updateComplete;
      document.body.getBoundingClientRect();
      toggles.push(performance.now() - start);
    }
    return { keystrokes, toggles };
  }, { html: details, src });
  print(`search keystroke over 500 questions (median of ${keystrokes.length}, goal ≤ 5)`, median(keystrokes), 'ms');
  print('search keystroke, slowest', Math.max(...keystrokes), 'ms');
  print(`toggle one answer among 500 (median of ${toggles.length})`, median(toggles), 'ms');
}
