// The snippet a designer copies: the smallest markup that reproduces the design, with nothing they
// typed able to become markup or script, read back into the same design when pasted.
import { expect } from '@open-wc/testing';
import { PLACEHOLDER_BASE, parseSnippet, toSnippet, widgetMarkup, type Design } from '../../builder/snippet.js';
import { KIT, type WidgetClass } from '../helpers/kit.js';

const fieldsOf = (tag: string) => {
  const widget = customElements.get(tag) as WidgetClass & { renamedAttributes: Record<string, string> };
  return { fields: Object.keys(widget.fields), renamedAttributes: widget.renamedAttributes };
};

const faqDefaults = { headingLevel: 3, single: false, search: false, schema: true };
const design = (partial: Partial<Design>): Design => ({ tag: 'spa-faq', attributes: {}, json: {}, tokens: {}, ...partial });

/** The first kit element of `markup`, parsed as inert HTML. */
const parsed = (markup: string) => new DOMParser().parseFromString(markup, 'text/html').querySelector('spa-faq, spa-booking-button')!;

describe('builder: the snippet', () => {
  const rows: [name: string, design: Design, markup: string][] = [
    ['nothing set: the bare tag', design({}), '<spa-faq></spa-faq>'],
    ['defaults are left out', design({ attributes: { headingLevel: '3', single: 'off', schema: 'on' } }), '<spa-faq></spa-faq>'],
    ['a toggle turned on is a bare attribute; one turned off says off', design({ attributes: { search: 'on', schema: 'off' } }), '<spa-faq search schema="off"></spa-faq>'],
    ['a number other than the default', design({ attributes: { headingLevel: '2' } }), '<spa-faq heading-level="2"></spa-faq>'],
    ['tokens go in style', design({ tokens: { '--spa-color-primary': '#7a3e9d', '--spa-radius': ' ' } }), '<spa-faq style="--spa-color-primary: #7a3e9d"></spa-faq>'],
  ];
  for (const [name, input, markup] of rows) {
    it(name, () => expect(widgetMarkup(input, faqDefaults)).to.equal(markup));
  }

  it('text that looks like markup stays text in an attribute', () => {
    const label = '"><script>window.hacked = 1</script><img src=x onerror="window.hacked = 2">';
    const markup = widgetMarkup({ tag: 'spa-booking-button', attributes: { label }, json: {}, tokens: {} }, {});
    const element = parsed(markup);
    expect(element.getAttribute('label')).to.equal(label);
    expect(element.children.length).to.equal(0);
  });

  it('HTML in a question stays text in the JSON child, even "</script>"', () => {
    const items = [{ question: '</script><script>window.hacked = 1</script><!--', answer: '<img src=x onerror="window.hacked = 2">' }];
    const markup = widgetMarkup(design({ json: { items } }), faqDefaults);
    const element = parsed(markup);
    expect(element.querySelectorAll('script').length).to.equal(1);
    expect(element.querySelector('img')).to.equal(null);
    expect(JSON.parse(element.querySelector('script')!.textContent!)).to.deep.equal({ items });
  });

  it('the script fits the widget and the flavour', () => {
    const booking: Design = { tag: 'spa-booking-button', attributes: { href: 'https://calendly.com/serene-spa' }, json: {}, tokens: {} };
    const base = PLACEHOLDER_BASE;
    expect(toSnippet(booking, {}, { flavour: 'html', base })).to.equal(
      `<script type="module" src="${base}standalone/spa-booking-button.js"></script>\n<spa-booking-button href="https://calendly.com/serene-spa"></spa-booking-button>\n`,
    );
    expect(toSnippet(booking, {}, { flavour: 'page-builder', base })).to.contain(`<script src="${base}standalone/spa-booking-button.iife.js" defer></script>`);
    expect(toSnippet(booking, {}, { flavour: 'wordpress', base })).to.contain('<p><spa-booking-button href="https://calendly.com/serene-spa"></spa-booking-button></p>');
  });
});

describe('builder: a pasted snippet', () => {
  for (const { tag } of KIT) {
    it(`<${tag}>: every attribute, token and JSON value comes back as it was`, () => {
      const { fields } = fieldsOf(tag);
      const attributes = Object.fromEntries(fields.filter((field) => !['items', 'techniques'].includes(field)).map((field, i) => [field, `value ${i} "&<>`]));
      const json = tag === 'spa-faq' ? { items: [{ question: 'Q?', answer: 'A.' }] } : tag === 'spa-technique-cards' ? { techniques: [{ id: 'x', name: 'X' }] } : {};
      const original: Design = { tag: tag as Design['tag'], attributes, json, tokens: { '--spa-color-primary': '#7a3e9d', '--spa-font-family': '"Lora", serif' } };
      const back = parseSnippet(toSnippet(original, {}, { flavour: 'page-builder', base: PLACEHOLDER_BASE }), fieldsOf);
      expect(back).to.deep.equal({ design: original, flavour: 'page-builder', problems: [] });
    });
  }

  it('reads a 0.1 attribute name, on/off values in JSON, and says what it left out', () => {
    const back = parseSnippet(
      '<spa-faq expand-all data-x="1"><script type="application/json">{"search": true, "single": false, "colour": "red"}</script></spa-faq>',
      fieldsOf,
    );
    expect(back).to.deep.equal({
      design: design({ attributes: { showExpandAll: 'on', search: 'on', single: 'off' } }),
      flavour: 'html',
      problems: ['the data-x attribute is not a setting of <spa-faq>, and was left out', '"colour" in the JSON is not a setting of <spa-faq>, and was left out'],
    });
  });

  it('says so when there is no widget, and when the JSON cannot be read', () => {
    expect(parseSnippet('<p>hello</p>', fieldsOf)).to.have.property('problem').that.contains('no widget found');
    const broken = parseSnippet('<spa-faq><script type="application/json">{ nope</script></spa-faq>', fieldsOf);
    expect(broken).to.have.nested.property('problems[0]').that.contains('the JSON inside <spa-faq> could not be read');
  });
});

describe('builder: the WordPress snippet', () => {
  it('writes its JSON on one line and every "[" in text as \\u005b (no shortcode), and reads back the same', () => {
    const items = [{ question: 'Can I see it?', answer: 'Watch [video](https://spa.example/v) or [gallery]' }];
    const original: Design = { tag: 'spa-faq', attributes: {}, json: { items }, tokens: {} };
    const snippet = toSnippet(original, faqDefaults, { flavour: 'wordpress', base: PLACEHOLDER_BASE });
    const json = snippet.slice(snippet.indexOf('<script type="application/json">'));
    expect(json).to.not.contain('[video]').and.not.contain('[gallery]').and.not.match(/\n(?!$)/);
    expect(json).to.contain('"items":[{');
    expect(parseSnippet(snippet, fieldsOf)).to.deep.equal({ design: original, flavour: 'html', problems: [] });
  });

  it('writes "[" in an attribute as &#91;', () => {
    const booking: Design = { tag: 'spa-booking-button', attributes: { label: '[book] now' }, json: {}, tokens: {} };
    const snippet = toSnippet(booking, {}, { flavour: 'wordpress', base: PLACEHOLDER_BASE });
    expect(snippet).to.contain('label="&#91;book] now"');
    expect(parsed(snippet).getAttribute('label')).to.equal('[book] now');
  });
});
