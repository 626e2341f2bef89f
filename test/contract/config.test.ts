// The one config mechanism, as every element promises it (DESIGN.md "Content and configuration"):
// for every field of every element, a JavaScript property beats the JSON child, which beats the
// attribute; a bad value is reported once, naming its source, and the next source is used.
//
// Which source was consulted is observable from outside: sources are read in order and the first
// valid value ends the search, so a bad value below a good one is never reported, and a bad
// value above a good one is reported, by its source.
import { aTimeout, expect } from '@open-wc/testing';
import { attributeName, isListField, type Field } from '../../src/core/config.js';
import { captureConsole, captureSpaErrors } from '../helpers/console.js';
import { KIT, jsonChild, widget, type Widget, type WidgetClass } from '../helpers/kit.js';

const URL_ = 'https://book.example/spa';
const NOT_A_URL = 'javascript:alert(1)';
const TEXT: Sample = ['Some words', ' '];
const SWITCH: Sample = [true, 'maybe'];

/** A valid value, and an invalid attribute text, for a field. */
type Sample = [valid: string | number | boolean, badText: string];

/**
 * A sample per field name, shared by the elements that have the field. A field without a sample
 * fails the suite, so a new field joins it.
 */
const SAMPLES: Readonly<Record<string, Sample>> = {
  theme: ['dark', 'purple'],
  href: [URL_, NOT_A_URL],
  bookingHref: [URL_, NOT_A_URL],
  contactHref: [URL_, NOT_A_URL],
  label: TEXT,
  provider: ['acuity', 'nope'],
  bookingProvider: ['acuity', 'nope'],
  service: TEXT,
  services: ['swedish:1, deep-tissue:2', 'swedish'],
  mode: ['new-tab', 'nope'],
  phone: ['+1 555 010 0199', 'call us'],
  emergencyNumber: ['112', 'call us'],
  utmSource: TEXT,
  utmMedium: TEXT,
  utmCampaign: TEXT,
  referral: TEXT,
  size: ['large', 'huge'],
  variant: ['outline', 'nope'],
  include: ['swedish', ' '],
  highlight: ['swedish', 'Not an id'],
  layout: ['table', 'nope'],
  headingLevel: [4, '9'],
  followAssessment: SWITCH,
  scrollToRecommended: SWITCH,
  selectable: SWITCH,
  analytics: SWITCH,
  schema: SWITCH,
  single: SWITCH,
  search: SWITCH,
  showExpandAll: SWITCH,
  linkToItems: SWITCH,
  doctorBooking: SWITCH,
  compact: SWITCH,
  remember: SWITCH,
};

/** A value no field takes from JSON or a property: every field expects a scalar. */
const BAD_VALUE = { not: 'a scalar' };

/** Fields the generic table does not cover, and where they are tested instead. */
const COVERED_ELSEWHERE: Readonly<Record<string, string>> = {
  src: 'fetching: test/core/remote-json.test.ts and each element',
};

type Place = 'property' | 'config' | 'json' | 'attribute';
const SOURCE_NAME: Record<Place, string> = {
  property: 'the JavaScript property',
  config: 'the JavaScript property',
  json: 'the JSON config',
  attribute: 'the attribute',
};

/** Puts `value` for `key` into one source of `el`, before it is connected. */
function put(el: Widget, place: Place, key: string, value: unknown): void {
  if (place === 'property') el[key] = value;
  else if (place === 'config') el.config = { ...(el.config as object), [key]: value };
  else if (place === 'json') el.append(jsonChild(JSON.stringify({ [key]: value })));
  else el.setAttribute(attributeName(key), String(value));
}

const PAIRS: [higher: Place, lower: Place][] = [
  ['property', 'json'],
  ['config', 'json'],
  ['json', 'attribute'],
];

for (const row of KIT) {
  const fields = Object.entries((customElements.get(row.tag) as WidgetClass).fields).filter(
    ([key, field]: [string, Field]) => !isListField(field) && !(key in COVERED_ELSEWHERE),
  );

  describe(`<${row.tag}> config precedence, field by field`, () => {
    it('has a sample for every field', () => {
      expect(fields.map(([key]) => key).filter((key) => !SAMPLES[key])).to.deep.equal([]);
    });

    for (const [key] of fields) {
      const [valid, badText] = SAMPLES[key] ?? [];
      const bad = (place: Place) => (place === 'attribute' ? badText : BAD_VALUE);

      for (const [higher, lower] of PAIRS) {
        it(`${key}: a valid ${higher} value wins, the ${lower} value is not consulted`, async () => {
          const errors = await captureSpaErrors(() =>
            widget(row, (el) => {
              put(el, higher, key, valid);
              put(el, lower, key, bad(lower));
            }),
          );
          expect(errors.filter((e) => e.path === key)).to.deep.equal([]);
        });

        it(`${key}: a bad ${higher} value is reported, naming its source, and the ${lower} value is taken`, async () => {
          const errors = await captureSpaErrors(() =>
            widget(row, (el) => {
              put(el, higher, key, bad(higher));
              put(el, lower, key, valid);
            }),
          );
          const mine = errors.filter((e) => e.path === key);
          expect(mine, JSON.stringify(errors)).to.have.length(1);
          expect(mine[0].tag).to.equal(row.tag);
          expect(mine[0].message).to.contain(`(from ${SOURCE_NAME[higher]})`);
        });
      }

      it(`${key}: the field's own property beats the same key in config`, async () => {
        const errors = await captureSpaErrors(() =>
          widget(row, (el) => {
            put(el, 'property', key, valid);
            put(el, 'config', key, BAD_VALUE);
          }),
        );
        expect(errors.filter((e) => e.path === key)).to.deep.equal([]);
      });

      it(`${key}: reads back as its property, from the attribute or as set`, async () => {
        const el = await widget(row, (el) => el.setAttribute(attributeName(key), String(valid)));
        expect(el[key]).to.equal(valid);
        el[key] = null;
        expect(el[key], 'null clears the property; the attribute shows through').to.equal(valid);
        el.removeAttribute(attributeName(key));
        expect(el[key]).to.equal(undefined);
      });
    }
  });

  describe(`<${row.tag}> config sources`, () => {
    it('a JSON child that does not parse: one console.error and one spa-error, and the attributes still apply', async () => {
      let el!: Widget;
      let errors: { tag: string; path: string; message: string }[] = [];
      const logged = await captureConsole('error', async () => {
        errors = await captureSpaErrors(async () => {
          el = await widget(row, (el) => {
            el.setAttribute(row.visible.attribute, row.visible.value);
            el.append(jsonChild('{ "theme": "dark", }'));
          });
          el.requestUpdate();
          await el.updateComplete;
        });
      });
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include({ tag: row.tag, path: 'config' });
      expect(errors[0].message).to.contain('could not be read');
      expect(logged).to.have.length(1);
      expect(logged[0]).to.contain(`[${row.tag}] config:`);
      expect(row.visible.seen(el), `${row.visible.attribute} applied`).to.equal(true);
    });

    it('the JSON child sets what the attribute would', async () => {
      const el = await widget(row, (el) => {
        const value = row.visible.value === '' ? true : row.visible.value;
        el.append(jsonChild(JSON.stringify({ [row.visible.attribute.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())]: value })));
      });
      expect(row.visible.seen(el)).to.equal(true);
    });

    it('a property set before the element is defined counts as the property', async () => {
      const el = document.createElement(`${row.tag}-early`) as Widget;
      el.theme = 'dark';
      const early = class extends (customElements.get(row.tag) as WidgetClass) {};
      customElements.define(`${row.tag}-early`, early);
      customElements.upgrade(el);
      for (const [name, value] of Object.entries(row.required ?? {})) el.setAttribute(name, value);
      document.body.append(el);
      await el.updateComplete;
      expect(el.getAttribute('theme'), 'the property styled the host').to.equal('dark');
      el.remove();
    });

    it('an object a framework turned into "[object Object]" before the kit loaded: one error per field naming the fix, the widget still renders', async () => {
      const list = Object.entries((customElements.get(row.tag) as WidgetClass).fields).find(([, field]) => isListField(field))?.[0];
      const keys = [...(list ? [list] : []), 'config'];
      let el!: Widget;
      const errors = await captureSpaErrors(async () => {
        el = await widget(row, (el) => keys.forEach((key) => el.setAttribute(attributeName(key), '[object Object],[object Object]')));
        // Said once the page has settled (a second after load) and a framework had its chance to set the property.
        await aTimeout(1100);
        await el.updateComplete;
      });
      expect(errors.map((e) => e.path)).to.deep.equal(keys);
      for (const error of errors) expect(error.message).to.match(/reads "\[object Object\]".*load the kit before your app renders, or bind \w+ as a property/);
      expect(el.shadowRoot!.textContent!.trim()).to.not.equal('');
    });

    it('"[object Object]" from a server-rendering framework (SvelteKit) is not reported once hydration sets the property', async () => {
      let el!: Widget;
      const errors = await captureSpaErrors(async () => {
        el = await widget(row, (el) => el.setAttribute('config', '[object Object]'));
        // Hydration: the framework sets the property after the kit upgraded the tag.
        el.config = { theme: 'dark' };
        await aTimeout(1100);
        await el.updateComplete;
      });
      expect(errors).to.deep.equal([]);
      expect(el.getAttribute('theme'), 'the property came through').to.equal('dark');
    });

    it('a string override of the wrong shape is reported once and left out; the widget still renders', async () => {
      const catalog = (customElements.get(row.tag) as WidgetClass & { catalog: { en: Record<string, unknown> } }).catalog.en;
      const key = Object.keys(catalog).find((k) => typeof catalog[k] === 'string')!;
      let el!: Widget;
      const errors = await captureSpaErrors(async () => {
        el = await widget(row, (el) => (el.strings = { [key]: 42 }));
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(errors).to.deep.equal([{ tag: row.tag, path: `strings.${key}`, message: 'expected text' }]);
      expect(el.shadowRoot!.textContent!.trim()).to.not.equal('');
    });
  });
}
