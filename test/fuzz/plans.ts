// A configuration plan for one element, generated from what the element itself declares: its
// `fields` (each an attribute, a property, a key of `config` and of the JSON child), its renamed
// attributes, and the keys of its English strings. Values are hostile most of the time and valid
// now and then, so that the code behind a valid value runs too.
import fc from 'fast-check';
import * as v from 'valibot';
import { attributeName, isListField, type Field, type Fields } from '../../src/core/config.js';
import { schemaOf, type Schema } from '../../src/core/schema.js';
import { LIMITS } from './settings.js';
import {
  BIG, CANARY, SMALL, UNSAFE_URLS, flipFlop, hugeString, own, throwingGetter, wrongScalar, type Hostile,
} from './values.js';

/** What the page does to the element before connecting it, in this order. */
export interface Plan {
  attributes: [name: string, value: string][];
  /** The text of a `<script type="application/json">` child. */
  json?: string;
  /** Properties set one after the other: fields, `config`, `strings`. */
  properties: [key: string, value: unknown][];
}

type ElementClass = CustomElementConstructor & {
  fields: Fields;
  catalog: { en: Record<string, unknown> };
  renamedAttributes?: Readonly<Record<string, string>>;
};

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'toString'];

/** Values that some field or other accepts; each field keeps those its schema parses. */
const POOL: readonly unknown[] = [
  'https://book.example/spa', 'http://book.example/a?b=c#d', 'tel:+15550100199', 'mailto:spa@example.com', '/book',
  'book?x=1#top', 'deep-tissue', 'swedish', 'hot-stone', 'sports', 'Swedish massage', 'deep-tissue, swedish',
  'deep-tissue:123, swedish:456', '+1 (555) 010-0199', '112', 'on', 'off', '', 'true', 'false', true, false, 2, 3, 4, 6,
  '5', 'blog', 'spring-offer',
];

/** Files `src` may name: found, broken, missing. Nothing off this origin is ever fetched. */
const SRC_FILES = ['/test/fixtures/faq.json', '/test/fixtures/techniques.json', '/test/fixtures/remote-config.json', '/test/fixtures/faq-broken.json', '/test/fixtures/missing.json'];

/** The valid values of a schema field: its choices, or the pool values it parses. */
function domainOf(key: string, field: Schema): readonly unknown[] {
  if (key === 'src') return SRC_FILES;
  const { options } = (field as { wrapped?: { options?: readonly string[] } }).wrapped ?? (field as { options?: readonly string[] });
  if (options?.length) return options;
  return POOL.filter((value) => v.safeParse(field, value).success);
}

/**
 * A `src` the kit would fetch is one of `SRC_FILES`: nothing off this origin is requested, and
 * the test server is not asked for hundreds of made-up paths. Text the kit refuses stays as is.
 */
function keepLocal(value: unknown): unknown {
  if (typeof value !== 'string' || !value.trim() || SRC_FILES.includes(value)) return value;
  try {
    return new URL(value.trim(), document.baseURI).protocol.startsWith('http') ? SRC_FILES[SRC_FILES.length - 1] : value;
  } catch {
    return value;
  }
}

/** An object built from generated key/value pairs; `__proto__` becomes an own key. */
function objectFrom(entries: [string, unknown][]): object {
  const object = {};
  for (const [key, value] of entries) own(key, value, object);
  return object;
}

/** Pairs of one of `keys` and a value for that key. */
const pairs = (keys: readonly string[], valueFor: (key: string) => fc.Arbitrary<unknown>, maxLength = 6) =>
  fc.array(fc.oneof(...keys.map((key) => fc.tuple(fc.constant(key), valueFor(key)))), { maxLength }) as fc.Arbitrary<[string, unknown][]>;

/** Objects that try to slip unsafe links and markup in through a prototype key. */
const pollution = fc
  .constantFrom(...UNSAFE_URLS)
  .map((url) => ({ href: url, bookingHref: url, contactHref: url, label: `<img src=x onerror="${CANARY}">`, src: '/test/fixtures/missing.json' }));

const word = fc.constantFrom('How', 'often', 'should', 'I', 'come', 'massage', 'oil', 'safe', 'pregnant', 'Can', 'we', 'book', 'é', '😀', 'deep');
const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
const safeLink = fc.constantFrom('https://ok.example/a', '/contact', 'mailto:a@b.example', 'tel:+1555', '#top');

/** A Markdown-style link as FAQ answers write them, to a safe or an unsafe address. */
const answerLink = fc
  .tuple(sentence, fc.oneof(safeLink, fc.constantFrom(...UNSAFE_URLS)))
  .map(([label, href]) => `[${label}](${href})`);

/** An FAQ answer of sentences, links and paragraph breaks, with hostile text in it now and then. */
const answer = (hostile: Hostile) =>
  fc
    .array(
      fc.oneof(
        { arbitrary: sentence, weight: 4 },
        { arbitrary: answerLink, weight: 2 },
        { arbitrary: fc.constant('\n\n'), weight: 1 },
        { arbitrary: hostile.text, weight: 1 },
        // Answers are parsed for links and paragraphs: long runs of brackets and breaks are their worst case.
        ...(hostile === BIG ? [{ arbitrary: hugeString, weight: 1 }] : []),
      ),
      { minLength: 1, maxLength: 6 },
    )
    .map((parts) => parts.join(' '));

/** A valid FAQ item, its text now and then hostile. */
const faqItem = (hostile: Hostile) =>
  fc.record(
    {
      id: fc.constantFrom('how-often', 'safe', 'a', 'x-1'),
      question: fc.oneof({ arbitrary: sentence, weight: 3 }, { arbitrary: hostile.text, weight: 1 }),
      answer: answer(hostile),
      category: fc.constantFrom('Booking', 'Health', 'Booking ', '__proto__', 'constructor'),
      open: fc.boolean(),
    },
    { requiredKeys: ['question', 'answer'] },
  );

const PAIN_TYPES = ['chronic', 'acute', 'stress', 'knots', 'pinpoint', 'referred', 'stiffness'];

/** A valid technique, its name now and then hostile, its image now and then unsafe. */
const technique = (hostile: Hostile) =>
  fc.record(
    {
      id: fc.constantFrom('swedish', 'deep-tissue', 'hot-stone', 'sports', 'custom-1', 'x'),
      name: fc.oneof({ arbitrary: sentence, weight: 3 }, { arbitrary: hostile.text, weight: 1 }),
      summary: sentence,
      feelsLike: sentence,
      pressure: fc.constantFrom('gentle', 'medium', 'firm'),
      bestFor: fc.array(sentence, { maxLength: 3 }),
      benefits: fc.array(sentence, { maxLength: 3 }),
      goodForFirstTimers: fc.boolean(),
      painType: fc.subarray(PAIN_TYPES),
      duration: fc.integer({ min: 1, max: 180 }),
      price: fc.record({ amount: fc.nat(500), currency: fc.constantFrom('USD', 'EUR') }),
      image: fc.record({ src: fc.oneof(fc.constantFrom('https://img.example/a.jpg', '/a.jpg'), fc.constantFrom(...UNSAFE_URLS)), alt: sentence }),
      bookingService: sentence,
    },
    { requiredKeys: ['id', 'name', 'summary', 'pressure', 'bestFor', 'benefits', 'goodForFirstTimers', 'painType'] },
  );

/** Makes the `index`th copy of a valid list entry distinct, so a long list is not one duplicate. */
const distinct: Record<string, (entry: Record<string, unknown>, index: number) => object> = {
  items: (entry, index) => ({ ...entry, id: undefined, question: `${String(entry.question)} ${index}` }),
  techniques: (entry, index) => ({ ...entry, id: `${String(entry.id)}-${index}` }),
};

/** A list entry: valid, valid but for one hostile key, booby-trapped, or not an entry at all. */
function listEntry(key: string, hostile: Hostile, json: boolean): fc.Arbitrary<unknown> {
  const valid = (key === 'items' ? faqItem(hostile) : technique(hostile)) as fc.Arbitrary<Record<string, unknown>>;
  const keys = ['id', 'question', 'answer', 'name', 'summary', 'pressure', 'painType', 'image', 'price', 'duration', 'category', 'open', ...PROTOTYPE_KEYS];
  const bad = json ? hostile.json : hostile.value;
  const spoiled = fc.tuple(valid, fc.constantFrom(...keys), bad).map(([entry, k, value]) => own(k, value, { ...entry }));
  const trapped = fc.tuple(valid, fc.constantFrom(...keys)).map(([entry, k]) => throwingGetter(k, { ...entry }));
  return fc.oneof(
    { arbitrary: valid, weight: 4 },
    { arbitrary: spoiled, weight: 2 },
    ...(json ? [] : [{ arbitrary: trapped, weight: 1 }]),
    { arbitrary: bad, weight: 1 },
  );
}

/**
 * A value for a list field: a short mixed list, a long one (up to `LIMITS.maxList` entries, each
 * small, all valid and distinct or one entry repeated), or no list at all.
 */
function listValue(key: string, json: boolean): fc.Arbitrary<unknown> {
  const length = fc.integer({ min: 0, max: LIMITS.maxList });
  const valid = (key === 'items' ? faqItem(SMALL) : technique(SMALL)) as fc.Arbitrary<Record<string, unknown>>;
  const longValid = fc
    .record({ entry: valid, length, same: fc.boolean() })
    .map(({ entry, length: n, same }) => Array.from({ length: n }, (_, i) => (same ? entry : distinct[key](entry, i))));
  const longAny = fc.record({ entry: listEntry(key, SMALL, json), length }).map(({ entry, length: n }) => new Array<unknown>(n).fill(entry));
  return fc.oneof(
    { arbitrary: fc.array(listEntry(key, BIG, json), { maxLength: 8 }), weight: 6 },
    { arbitrary: longValid, weight: 1 },
    { arbitrary: longAny, weight: 1 },
    { arbitrary: json ? BIG.json : BIG.value, weight: 1 },
  );
}

/** An object that holds itself under `key`. */
const circular = (object: object, key: string): object => own(key, object, object);

/** A container for config (`config`, `strings`): usually an object, sometimes something that fights back. */
function containerValue(object: fc.Arbitrary<object>, keys: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: object, weight: 6 },
    { arbitrary: BIG.value, weight: 1 },
    { arbitrary: object.map(flipFlop), weight: 1 },
    { arbitrary: fc.tuple(object, fc.constantFrom(...keys)).map(([o, key]) => throwingGetter(key, o)), weight: 1 },
    { arbitrary: fc.tuple(object, fc.constantFrom(...keys)).map(([o, key]) => circular(o, key)), weight: 1 },
  );
}

/** Everything the plans of one element are built from. */
function parts(tag: string) {
  const element = customElements.get(tag) as ElementClass;
  const { fields, catalog } = element;
  const fieldKeys = Object.keys(fields);

  /** A field's value from script (`json`: from the JSON child). */
  const fieldValue = (key: string, json: boolean): fc.Arbitrary<unknown> => {
    const field: Field = fields[key];
    if (isListField(field)) return listValue(key, json);
    const valid = fc.constantFrom(...domainOf(key, schemaOf(field)));
    const value = fc.oneof({ arbitrary: valid, weight: 3 }, { arbitrary: json ? BIG.json : BIG.value, weight: 2 });
    return key === 'src' ? value.map(keepLocal) : value;
  };

  const strings = catalog.en;
  const stringKeys = [...Object.keys(strings), ...PROTOTYPE_KEYS, 'notAString'];
  const stringValue = (key: string, json: boolean): fc.Arbitrary<unknown> => {
    const text = fc.oneof({ arbitrary: sentence, weight: 1 }, { arbitrary: BIG.text, weight: 3 }, { arbitrary: json ? BIG.json : wrongScalar, weight: 1 });
    const builtIn = Object.hasOwn(strings, key) ? strings[key] : undefined;
    if (!builtIn || typeof builtIn !== 'object') return text;
    // A group of texts (technique names, pain-check answers): its own keys and a few others.
    const group = pairs([...Object.keys(builtIn), ...PROTOTYPE_KEYS], () => text, 4).map(objectFrom);
    return fc.oneof({ arbitrary: group, weight: 3 }, { arbitrary: text, weight: 1 });
  };
  const stringsObject = (json: boolean) => pairs(stringKeys, (key) => stringValue(key, json)).map(objectFrom);

  const configKey = (key: string, json: boolean): fc.Arbitrary<unknown> => {
    if (PROTOTYPE_KEYS.includes(key)) return fc.oneof(pollution, json ? BIG.json : BIG.value);
    if (key === 'strings') return stringsObject(json);
    return fieldValue(key, json);
  };
  const configKeys = [...fieldKeys, ...PROTOTYPE_KEYS, 'strings'];
  const configObject = pairs(configKeys, (key) => configKey(key, false)).map(objectFrom);

  const propertyValue = (key: string): fc.Arbitrary<unknown> => {
    if (key === 'config') return containerValue(configObject, fieldKeys);
    if (key === 'strings') return containerValue(stringsObject(false), Object.keys(strings));
    return fieldValue(key, false);
  };

  return { element, configKey, configKeys, propertyValue };
}

/** A value as JSON, or `null` when its text would be longer than a string can be. */
function jsonOf(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'null';
  } catch {
    return 'null';
  }
}

/** `{ "key": value, … }` as JSON text, keys in generated order (duplicates and `__proto__` kept). */
const jsonObjectText = (entries: [string, unknown][]) => `{${entries.map(([key, value]) => `${JSON.stringify(key)}: ${jsonOf(value)}`).join(', ')}}`;

/** JSON child text: an object of generated keys, broken JSON, nesting up to `LIMITS.maxDepth`, or a huge string. */
function jsonText(configKeys: readonly string[], configKey: (key: string, json: boolean) => fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  const broken = fc.constantFrom('', '{', 'null', '[]', '"text"', '42', '{"items": [1, 2', 'undefined', "{'href': 'x'}", '{"a":1}{"b":2}', '\uFEFF{}', '{"__proto__": {"href": "javascript:window.__canary=true"}}');
  const deep = fc
    .record({ depth: fc.integer({ min: 1, max: LIMITS.maxDepth }), key: fc.constantFrom('items', 'techniques', 'config', 'strings', 'href') })
    .map(({ depth, key }) => `{"${key}": ${'['.repeat(depth)}${']'.repeat(depth)}}`);
  return fc.oneof(
    { arbitrary: pairs(configKeys, (key) => configKey(key, true)).map(jsonObjectText), weight: 8 },
    { arbitrary: broken, weight: 1 },
    { arbitrary: deep, weight: 1 },
    { arbitrary: hugeString, weight: 1 },
  );
}

/** Attribute text for field `key`: a valid value of its domain, or hostile text. */
function attributeText(key: string, domain: readonly unknown[]): fc.Arbitrary<string> {
  const text = fc.oneof({ arbitrary: fc.constantFrom(...domain).map((v) => String(v)), weight: 3 }, { arbitrary: BIG.text, weight: 2 });
  return key === 'src' ? text.map((v) => keepLocal(v) as string) : text;
}

/** The plans of the element named `tag`. */
export function planFor(tag: string): fc.Arbitrary<Plan> {
  const { element, configKey, configKeys, propertyValue } = parts(tag);
  const { fields } = element;
  const schemas = Object.entries(fields).flatMap(([key, field]) => (isListField(field) ? [] : [[key, schemaOf(field)] as const]));
  const attribute = (name: string, key: string, domain: readonly unknown[]) => fc.tuple(fc.constant(name), attributeText(key, domain));
  const attributeArbitraries = schemas.map(([key, schema]) => attribute(attributeName(key), key, domainOf(key, schema)));
  // A 0.1 attribute name the element still reads.
  for (const [old, current] of Object.entries(element.renamedAttributes ?? {})) {
    const [key, schema] = schemas.find(([k]) => attributeName(k) === current)!;
    attributeArbitraries.push(attribute(old, key, domainOf(key, schema)));
  }
  // The language the strings are picked in.
  attributeArbitraries.push(attribute('lang', 'lang', ['es', 'es-MX', 'pt-BR', 'EN', '__proto__', 'constructor', 'toString', '']));

  return fc.record({
    attributes: fc.array(fc.oneof(...attributeArbitraries), { maxLength: 6 }),
    json: fc.option(jsonText(configKeys, configKey), { nil: undefined, freq: 2 }),
    // `config` twice: the container every field can come through is tried more often.
    properties: pairs([...Object.keys(fields), 'config', 'config', 'strings'], propertyValue, 5),
  });
}
