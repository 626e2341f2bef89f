// The builder's forms come from the elements' own fields and the manifest: every documented
// attribute and setting has a control, every control sets a real field, and each field's control
// fits its schema.
import { expect } from '@open-wc/testing';
import { controlOfField, entryControls, fieldControls, type Control, type ManifestDeclaration } from '../../builder/field-controls.js';
import { LISTS } from '../../builder/list-content.js';
import { pickerColour, tokenControls, type CssPropertyDoc } from '../../builder/token-controls.js';
import { PROVIDERS } from '../../src/elements/spa-booking-button/booking-url.js';
import { KIT, type WidgetClass } from '../helpers/kit.js';

// The manifest is fetched: the test server does not import JSON.
const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: unknown[] }[] };

const declarationOf = (tag: string) =>
  manifest.modules.flatMap((module) => (module.declarations ?? []) as ManifestDeclaration[]).find((declaration) => declaration.tagName === tag)!;

const fieldsOf = (tag: string) => (customElements.get(tag) as WidgetClass).fields;

/** What each element documents as a setting: its attributes, and its public fields that are config (lists such as `items`). */
function documentedSettings(tag: string): string[] {
  const declaration = declarationOf(tag) as Omit<ManifestDeclaration, 'members'> & {
    members?: { name: string; kind?: string; privacy?: string; static?: boolean; readonly?: boolean }[];
  };
  // `id` is the page's own global attribute (the pain check observes it for its storage key).
  const attributes = (declaration.attributes ?? []).map((attribute) => attribute.fieldName ?? attribute.name).filter((name) => name !== 'id');
  // `config` and `strings` are other ways in to the same fields and wording, not settings of their
  // own; a read-only property (the pain check's `assessment`) is state to read.
  const properties = (declaration.members ?? [])
    .filter((member) => member.kind === 'field' && !member.static && !member.privacy && !member.readonly && !member.name.startsWith('#'))
    .map((member) => member.name)
    .filter((name) => !['config', 'strings'].includes(name));
  return [...new Set([...attributes, ...properties])].sort();
}

describe('builder: a control for every setting', () => {
  for (const { tag } of KIT) {
    it(`<${tag}>: every documented attribute and setting has a control, and every control a documented field`, () => {
      const controls = fieldControls(fieldsOf(tag), declarationOf(tag));
      expect(controls.map((control) => control.field).sort()).to.deep.equal(documentedSettings(tag));
      for (const control of controls) {
        expect(control.description, `${tag} ${control.field} is described`).to.not.equal('');
        if (control.attribute) expect((declarationOf(tag).attributes ?? []).some((a) => a.name === control.attribute), `${control.attribute} is an attribute`).to.equal(true);
      }
    });
  }
});

describe('builder: the control fits the field', () => {
  const rows: [tag: string, field: string, control: Control, initial?: unknown][] = [
    ['spa-booking-button', 'href', { kind: 'url' }],
    ['spa-booking-button', 'label', { kind: 'text', maxLength: 2000 }],
    ['spa-booking-button', 'service', { kind: 'text', maxLength: undefined }],
    ['spa-booking-button', 'provider', { kind: 'choice', options: PROVIDERS }, 'generic'],
    ['spa-booking-button', 'mode', { kind: 'choice', options: ['link', 'new-tab', 'popup'] }, 'link'],
    ['spa-booking-button', 'theme', { kind: 'choice', options: ['light', 'dark', 'auto'] }],
    ['spa-booking-button', 'analytics', { kind: 'toggle' }, false],
    ['spa-faq', 'schema', { kind: 'toggle' }, true],
    ['spa-faq', 'headingLevel', { kind: 'number', min: 2, max: 6 }, 3],
    ['spa-faq', 'items', { kind: 'list' }],
    ['spa-faq', 'contactHref', { kind: 'url' }],
    ['spa-technique-cards', 'techniques', { kind: 'list' }],
    ['spa-technique-cards', 'layout', { kind: 'choice', options: ['cards', 'table'] }, 'cards'],
    ['spa-pain-check', 'bookingHref', { kind: 'url' }],
    ['spa-pain-check', 'emergencyNumber', { kind: 'text', maxLength: undefined }],
  ];
  for (const [tag, field, control, initial] of rows) {
    it(`<${tag}> ${field}: ${control.kind}`, () => {
      const found = controlOfField(fieldsOf(tag)[field]);
      expect(found.control).to.deep.equal(control);
      expect(found.initial).to.deep.equal(initial);
    });
  }
});

describe('builder: a control for every theme token', () => {
  for (const { tag } of KIT) {
    it(`<${tag}>: every --spa-* custom property the manifest documents, colours with a picker`, () => {
      const declaration = declarationOf(tag) as ManifestDeclaration & { cssProperties: CssPropertyDoc[] };
      const controls = tokenControls(declaration);
      expect(controls.map((control) => control.name)).to.deep.equal(declaration.cssProperties.map((property) => property.name));
      expect(controls.find((control) => control.name === '--spa-color-primary')).to.include({ kind: 'color', initial: '#2b6a5c' });
      expect(controls.find((control) => control.name === '--spa-radius')).to.include({ kind: 'text', initial: '0.5em' });
      expect(controls.find((control) => control.name === '--spa-radius')!.suggestions).to.include('1em');
      expect(controls.find((control) => control.name === '--spa-font-family')!.suggestions).to.include('Georgia, serif');
    });
  }

  const rows: [value: string, initial: string, shown: string][] = [
    ['#7A3E9D', '#2b6a5c', '#7a3e9d'],
    ['', '#2b6a5c', '#2b6a5c'],
    ['rebeccapurple', 'transparent / #ffffff / #1b2321', '#ffffff'],
    ['', 'inherit', '#000000'],
  ];
  for (const [value, initial, shown] of rows) {
    it(`the colour picker shows ${shown} for "${value}" (default "${initial}")`, () => expect(pickerColour(value, initial)).to.equal(shown));
  }
});

describe('builder: forms for lists of content', () => {
  for (const { tag } of KIT) {
    it(`<${tag}>: every list of content has an entry form`, () => {
      const lists = Object.entries(fieldsOf(tag)).filter(([, field]) => controlOfField(field).control.kind === 'list');
      for (const [field] of lists) expect(LISTS, `${tag} ${field}`).to.have.property(field);
    });
  }

  it('a technique: phrases one per line, pain types as choices, a price and an image as groups', () => {
    const controls = entryControls(LISTS.techniques.entry.entries);
    const kind = (key: string) => controls.find((control) => control.key === key)!;
    expect(kind('bestFor')).to.deep.equal({ key: 'bestFor', optional: false, control: { kind: 'lines' } });
    expect(kind('painType').control).to.have.property('kind', 'choices');
    expect(kind('pressure').control).to.deep.equal({ kind: 'choice', options: ['gentle', 'medium', 'firm'] });
    expect(kind('goodForFirstTimers').control).to.deep.equal({ kind: 'toggle' });
    expect(kind('duration')).to.deep.include({ optional: true, control: { kind: 'number', min: 0, max: undefined } });
    expect(kind('price')).to.deep.equal({
      key: 'price',
      optional: true,
      control: { kind: 'group', entries: [{ key: 'amount', optional: false, control: { kind: 'number', min: 0, max: undefined } }, { key: 'currency', optional: false, control: { kind: 'text', maxLength: undefined } }] },
    });
    expect(kind('image').control).to.deep.equal({ kind: 'group', entries: [{ key: 'src', optional: false, control: { kind: 'url' } }, { key: 'alt', optional: false, control: { kind: 'text', maxLength: undefined } }] });
  });

  it('an FAQ question: its answer in paragraphs, the rest short text and a switch', () => {
    const controls = entryControls(LISTS.items.entry.entries);
    expect(controls.map(({ key, optional, control }) => `${key}${optional ? '?' : ''}: ${control.kind}`)).to.deep.equal(['id?: text', 'question: text', 'answer: paragraphs', 'category?: text', 'open?: toggle']);
  });
});
