// Languages on demand, as every element promises them: a page in a language whose wording has to be
// fetched first renders in it from the first paint (never English, then a swap), and a language that
// cannot be fetched leaves the widget working in English, with one error naming the fix.
import { aTimeout, expect } from '@open-wc/testing';
import { captureSpaErrors } from '../helpers/console.js';
import { KIT, type Widget, type WidgetClass } from '../helpers/kit.js';

type Translatable = WidgetClass & { catalog: { en: object }; translations: Record<string, () => Promise<object>> };

/** The English wording with every text marked, so a reader can tell which language a render used. */
function marked(value: unknown): unknown {
  if (typeof value === 'string') return `⟨xx⟩${value}`;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, marked(v)]));
  return value;
}

let defined = 0;

/**
 * A copy of the element that ships the language `lang`, whose wording `load` gives or refuses;
 * records what its first render holds (text and attributes such as labels). A language once loaded
 * stays for every copy, so each test names its own.
 */
function withLanguage(row: (typeof KIT)[number], lang: string, load: (en: object) => Promise<object>) {
  const Base = customElements.get(row.tag) as Translatable;
  const tag = `${row.tag}-lang-${++defined}`;
  const firstRender: string[] = [];
  customElements.define(
    tag,
    class extends (Base as unknown as new () => HTMLElement & { firstUpdated(changed: unknown): void }) {
      static translations = { ...Base.translations, [lang]: () => load(Base.catalog.en) };
      override firstUpdated(changed: unknown) {
        super.firstUpdated(changed);
        firstRender.push(this.shadowRoot!.innerHTML);
      }
    },
  );
  return { tag, firstRender };
}

/** The element on a page in `lang`; `waiting` sees it before its first render. */
async function render(row: (typeof KIT)[number], tag: string, lang: string, waiting: (el: Widget) => Promise<void> = async () => {}): Promise<Widget> {
  const wrapper = document.createElement('div');
  wrapper.lang = `${lang}-yy`;
  wrapper.className = 'languages-test';
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries({ ...row.required, ...row.wording })) el.setAttribute(name, value);
  wrapper.append(el);
  document.body.append(wrapper);
  await waiting(el);
  await el.updateComplete;
  return el;
}

for (const row of KIT) {
  describe(`<${row.tag}> languages on demand`, () => {
    afterEach(() => document.querySelectorAll('.languages-test').forEach((wrapper) => wrapper.remove()));

    it('a page in a language that loads slowly ("xa-yy" → "xa") gets it in the first render, not English first', async () => {
      const { tag, firstRender } = withLanguage(row, 'xa', async (en) => {
        await aTimeout(50);
        return marked(en) as object;
      });
      let busy: string | null = null;
      const errors = await captureSpaErrors(async () => {
        const el = await render(row, tag, 'xa', async (el) => {
          await aTimeout(10);
          busy = el.getAttribute('aria-busy');
        });
        expect(el.hasAttribute('aria-busy'), 'not busy once rendered').to.equal(false);
      });
      expect(errors).to.deep.equal([]);
      expect(busy, 'busy while its wording is on the way (the reserve stylesheet holds its room)').to.equal('true');
      expect(firstRender).to.have.length(1);
      expect(firstRender[0]).to.include('⟨xx⟩');
    });

    it('a language that cannot be fetched: the widget works in English, with one error naming the fix', async () => {
      const { tag, firstRender } = withLanguage(row, 'xb', () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
      let el!: Widget;
      const errors = await captureSpaErrors(async () => {
        el = await render(row, tag, 'xb');
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(firstRender[0]).to.not.include('⟨xx⟩');
      expect(el.shadowRoot!.textContent!.trim()).to.not.equal('');
      expect(errors.map((e) => `${e.path}: ${e.message}`)).to.deep.equal([
        'lang: the "xb" wording could not be loaded ("Failed to fetch dynamically imported module"); serve the files built beside the script, or use its .iife.js form',
      ]);
    });
  });
}
