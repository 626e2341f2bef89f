// The pain check against the platform's floor: a static HTML form with the same seven fieldsets
// (3 checklists of 8 + 9 + 11 boxes, each with "none of these"; 11 + 3 + 6 + 7 radios). First render,
// then a whole walk-through by clicks.
import { RUNS, kitFirstRender, median, staticRender } from './measure.mjs';

const radios = (name, values) =>
  values.map((v) => `<label><input type="radio" name="${name}" value="${v}"> ${v}</label>`).join('');
const boxes = (list, values) =>
  [...values.map((v) => `<label><input type="checkbox" name="safety" value="${v}"> ${v}</label>`), `<label><input type="checkbox" name="none" value="${list}"> none</label>`].join('');
const STATIC_FORM = `<form id="static">
  <fieldset><legend>Emergency signs</legend>${boxes('emergency', ['saddle-numbness', 'bladder-bowel', 'sexual-function', 'both-legs', 'leg-weakness', 'accident', 'chest-pain', 'emergency-unsure'])}</fieldset>
  <fieldset><legend>Signs for a doctor soon</legend>${boxes('urgent', ['fever', 'weight-loss', 'cancer', 'lump', 'night-pain', 'minor-fall', 'immune', 'between-shoulders', 'cough-strain'])}</fieldset>
  <fieldset><legend>Before a massage</legend>${boxes('doctor', ['worse', 'daily-life', 'no-improvement', 'leg-nerve', 'new-over-50', 'fracture', 'skin', 'clot', 'surgery', 'pregnancy', 'condition'])}</fieldset>
  <fieldset><legend>How strong is your back pain right now?</legend>${radios('painLevel', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])}</fieldset>
  <fieldset><legend>How long have you had this pain?</legend>${radios('duration', ['acute', 'subacute', 'chronic'])}</fieldset>
  <fieldset><legend>What does it feel like most of the time?</legend>${radios('feeling', ['knots', 'spreads', 'leg', 'stiffness', 'stress', 'ache'])}</fieldset>
  <fieldset><legend>Massage and pressure</legend>${radios('experience', ['first', 'few', 'regular'])}${radios('pressure', ['gentle', 'medium', 'firm', 'not-sure'])}</fieldset>
  <button>See my result</button>
</form>`;

/** Answers clicked in order; null means "press Next". */
const ANSWERS = [
  ['none', 'emergency'], null, ['none', 'urgent'], null, ['none', 'doctor'], null,
  ['painLevel', '5'], null, ['duration', 'chronic'], null, ['feeling', 'knots'], null,
  ['experience', 'few'], ['pressure', 'medium'], null,
];

export default async function ({ page, baseUrl, print }) {
  const src = `${baseUrl}/dist/spa-widgets.js`;

  // First render: from script evaluation to the first question laid out.
  const tag = '<spa-pain-check></spa-pain-check>';
  const kitFirst = await kitFirstRender(page, baseUrl, { html: tag, selector: 'spa-pain-check' });
  const staticFirst = await staticRender(page, baseUrl, STATIC_FORM);

  // A walk-through: every answer clicked, each step laid out, until the result is on screen. The
  // suggestion's texts are fetched at the first touch and the result waits for them: one walk
  // before the timed ones brings them, so the timed walks measure the element, not the network.
  await page.goto(`${baseUrl}/bench/blank.html`);
  await page.evaluate(async (src) => import(src), src);
  const walk = (answers) =>
    page.evaluate(async (answers) => {
      document.body.replaceChildren(document.createElement('spa-pain-check'));
      const el = document.body.firstElementChild;
      await el.updateComplete;
      const start = performance.now();
      for (const answer of answers) {
        const target = answer
          ? el.shadowRoot.querySelector(`input[name="${answer[0]}"][value="${answer[1]}"]`)
          : el.shadowRoot.querySelector('.next');
        target.click();
        await el.updateComplete;
        document.body.getBoundingClientRect();
      }
      for (let frame = 0; !el.shadowRoot.querySelector('.result'); frame++) {
        if (frame > 300) throw new Error('no result');
        await new Promise(requestAnimationFrame);
        await el.updateComplete;
      }
      document.body.getBoundingClientRect();
      return performance.now() - start;
    }, answers);
  await walk(ANSWERS);
  const kitWalk = [];
  for (let run = 0; run < RUNS; run++) kitWalk.push(await walk(ANSWERS));
  const staticWalk = [];
  for (let run = 0; run < RUNS; run++) {
    staticWalk.push(
      await page.evaluate(({ html, answers }) => {
        document.body.replaceChildren();
        document.body.insertAdjacentHTML('beforeend', html);
        const form = document.getElementById('static');
        form.addEventListener('submit', (event) => event.preventDefault());
        const start = performance.now();
        for (const answer of answers) {
          if (!answer) continue;
          form.querySelector(`input[name="${answer[0]}"][value="${answer[1]}"]`).click();
          document.body.getBoundingClientRect();
        }
        form.requestSubmit();
        document.body.getBoundingClientRect();
        return performance.now() - start;
      }, { html: STATIC_FORM, answers: ANSWERS }),
    );
  }

  print(`pain check: script evaluation to first question (median of ${RUNS})`, kitFirst, 'ms');
  print(`static form, same fieldsets: insert to layout (median of ${RUNS})`, staticFirst, 'ms');
  print('ratio', kitFirst / staticFirst, 'x');
  // The element's own cost, once the kit is loaded: what a second pain check on a page pays.
  const loadedFirst = [];
  for (let run = 0; run < RUNS; run++) {
    loadedFirst.push(
      await page.evaluate(async () => {
        const start = performance.now();
        document.body.replaceChildren(document.createElement('spa-pain-check'));
        await document.body.firstElementChild.updateComplete;
        document.body.getBoundingClientRect();
        return performance.now() - start;
      }),
    );
  }
  print(`pain check, kit already loaded: insert to first question (median of ${RUNS})`, median(loadedFirst), 'ms');
  print('ratio to the static form', median(loadedFirst) / staticFirst, 'x');
  print(`pain check: full walk-through to result (median of ${RUNS})`, median(kitWalk), 'ms');
  print(`static form: same clicks and submit (median of ${RUNS})`, median(staticWalk), 'ms');
  print('ratio', median(kitWalk) / median(staticWalk), 'x');
}
