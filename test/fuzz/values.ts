// Hostile values a page can hand the kit: through attributes (text), the JSON child (JSON) and
// properties (any JavaScript value). Each generator shrinks towards a small, readable value, and
// values that cannot describe themselves safely (proxies, throwing getters) carry a label.
import fc from 'fast-check';
import { describeValue } from './describe.js';
import { LIMITS } from './settings.js';

/** Script a payload runs if the kit ever lets it: the canary the suite checks after each configuration. */
export const CANARY = 'window.__canary=true';

const labels = new WeakMap<object, string | (() => string)>();

/** Names `value` in counterexamples, where reading it might throw or loop; a function is called when needed. */
function labelled<T extends object>(value: T, label: string | (() => string)): T {
  labels.set(value, label);
  return value;
}

export const labelOf = (value: object): string | undefined => {
  const label = labels.get(value);
  return typeof label === 'function' ? label() : label;
};

/** Links no widget may render: the schemes that run script, with the tricks that hide them. */
export const UNSAFE_URLS: readonly string[] = [
  `javascript:${CANARY}`,
  ` JaVaScRiPt:${CANARY}`,
  `java\tscript:${CANARY}`,
  `java\nscript:${CANARY}`,
  `\u0000javascript:${CANARY}`,
  `\u00a0javascript:${CANARY}`,
  `\u2028javascript:${CANARY}`,
  `javascript://%0a${CANARY}`,
  `JAVASCRIPT:${CANARY}`,
  `&#106;avascript:${CANARY}`,
  `javascript&colon;${CANARY}`,
  `jav&#x09;ascript:${CANARY}`,
  `data:text/html,<script>parent.${CANARY}</script>`,
  `DATA:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19jYW5hcnk9dHJ1ZTwvc2NyaXB0Pg==`,
  ` data:image/svg+xml,<svg onload="parent.${CANARY}"/>`,
  `vbscript:msgbox(1)`,
  `VbScRiPt:msgbox(1)`,
  'blob:https://book.example/0c6b2a1e',
  'file:///etc/passwd',
  `javascript:/*https://book.example/*/${CANARY}`,
];

/** Markup and template tricks in text: harmless as text, script if the kit ever parsed it as HTML. */
const HTML_PAYLOADS: readonly string[] = [
  `<img src=x onerror="${CANARY}">`,
  `"><img src=x onerror=${CANARY}>`,
  `'><svg onload=${CANARY}>`,
  `<script>${CANARY}</script>`,
  `</script><script>${CANARY}</script>`,
  `<iframe srcdoc="<script>parent.${CANARY}</script>"></iframe>`,
  `<a href="javascript:${CANARY}">x</a>`,
  `<details open ontoggle=${CANARY}>`,
  `\${${CANARY}}`,
  `{{constructor.constructor('${CANARY}')()}}`,
  `[click](javascript:${CANARY})`,
  `[click](JaVaScRiPt:${CANARY})`,
  `[click](java%09script:${CANARY})`,
  `[click](data:text/html,<script>${CANARY}</script>)`,
  `[ok](https://ok.example/a) and [bad](vbscript:msgbox(1))`,
];

/** Short strings that break naive code: prototype names, lone surrogates, placeholders, bidi. */
const TRICKY: readonly string[] = [
  '', ' ', '\t\n\r', '\n\n', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype',
  '\uD800', '\uDFFF', 'a\uD800b', '\uDC00\uD800', 'Book \uD83D', '\u202Eevil', '\u0000', '\uFEFF', 'e\u0301',
  '{technique}', '{phone}', '{number}', '{__proto__}', '{constructor}', '{toString}', '{shown} of {total} {query}',
  'NaN', 'undefined', 'null', '-0', '1e400', '0x10', ' 4 ', '9', 'on ', 'OFF', 'maybe',
  '[', '](', '[x](', '[x](https://ok.example/)', '-', 'deep--tissue', 'Deep-Tissue',
];

/** Pieces a huge string repeats: the shapes that make scanners and regular expressions slow. */
const PIECES: readonly string[] = [
  'a', ' ', '[', '[a](', '](', '[a](b', '\uD800', '\uDC00', '\n\n', '\n', '<', 'javascript:', '-', 'é', 'e\u0301',
  '[x](https://ok.example/) ', '{technique}', '\u0000', 'deep-tissue ', '\t',
];

/** One UTF-16 unit or code point, biased to the characters config parsing treats specially. */
const char = fc.oneof(
  fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF', '[', ']', '(', ')', '\n', ' ', '<', '>', '"', "'", '&', '{', '}', ':', '-', '#', '\u0000'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);

/** A string of up to `LIMITS.maxString` units: one piece repeated. */
export const hugeString: fc.Arbitrary<string> = fc
  .record({ piece: fc.constantFrom(...PIECES), length: fc.integer({ min: 1, max: LIMITS.maxString }) })
  .map(({ piece, length }) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length));

const hostileNumber = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1, 2, 3, 6, 7, 1.5, -1, 1e21, 2 ** 53 + 2, Number.MIN_VALUE, Number.MAX_VALUE),
  fc.double(),
);

const trapFails = (trap: PropertyKey) => {
  throw new Error(`fuzz: the ${String(trap)} trap of a hostile Proxy`);
};

/**
 * A handler whose every trap throws: the Proxy it guards cannot be read, listed or even tested.
 * One question is answered: fast-check asks each value it generates whether it has a clone
 * method (`fc.cloneMethod in value`), once, before the kit ever sees it.
 */
const THROW_ON_EVERY_TRAP = new Proxy(
  {},
  {
    get: (_target, trap) =>
      trap === 'has' ? (_: object, key: PropertyKey) => (key === fc.cloneMethod ? false : trapFails(trap)) : () => trapFails(trap),
  },
);

/** Proxies to revoke once fast-check is done inspecting them (see `revokePending`). */
const pendingRevokes: (() => void)[] = [];

/**
 * Revokes the Proxies generated so far. A revoked Proxy cannot even be asked whether it has a
 * clone method, so it is generated live and revoked just before its plan is applied.
 */
const revokePending = (): void => pendingRevokes.splice(0).forEach((revoke) => revoke());

const throwing = (what: string) => () => {
  throw new Error(`fuzz: ${what}`);
};

/** Objects a page may pass anywhere: exotic, broken or booby-trapped. Fresh on each call. */
const EXOTIC: Readonly<Record<string, () => unknown>> = {
  'a function that sets the canary': () => () => {
    window.__canary = true;
  },
  'an invalid Date': () => new Date(NaN),
  'a RegExp': () => /javascript:/gi,
  'a Map': () => new Map([['href', `javascript:${CANARY}`]]),
  'a Set': () => new Set(['a']),
  'a Uint8Array': () => new Uint8Array(8),
  'a pending Promise': () => new Promise(() => {}),
  'an Error': () => new Error('fuzz: an Error as a value'),
  'a link element with a javascript: href': () => Object.assign(document.createElement('a'), { href: `javascript:${CANARY}`, textContent: 'x' }),
  window: () => window,
  document: () => document,
  'Object.prototype': () => Object.prototype,
  'Array.prototype': () => Array.prototype,
  'a null-prototype object': () => Object.create(null),
  'a frozen object': () => Object.freeze({ a: 1 }),
  'an object whose toString throws': () => ({ toString: throwing('toString') }),
  'an object whose valueOf and Symbol.toPrimitive throw': () => ({ valueOf: throwing('valueOf'), [Symbol.toPrimitive]: throwing('Symbol.toPrimitive') }),
  'an object whose toJSON throws': () => ({ toJSON: throwing('toJSON') }),
  'an object whose then throws': () => Object.defineProperty({}, 'then', { get: throwing('then getter'), enumerable: true }),
  'a revoked Proxy': () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    pendingRevokes.push(revoke);
    return proxy;
  },
  'a Proxy throwing on every trap': () => new Proxy({}, THROW_ON_EVERY_TRAP),
  'an array Proxy throwing on every trap': () => new Proxy([], THROW_ON_EVERY_TRAP),
  'a sparse array': () => new Array(5),
  [`a sparse array of ${LIMITS.hugeLength} holes`]: () => new Array(LIMITS.hugeLength),
  'an array whose first entry is a throwing getter': () => Object.defineProperty([1, 2], 0, { get: throwing('array index getter') }),
  [`an array Proxy of one entry claiming ${LIMITS.hugeLength}`]: () =>
    new Proxy(['a'], { get: (t, k) => (k === 'length' ? LIMITS.hugeLength : Reflect.get(t, k)) }),
  'a circular object': () => {
    const o: Record<string, unknown> = { a: 1 };
    o.self = o;
    o.list = [o];
    return o;
  },
  'a circular array': () => {
    const a: unknown[] = ['a'];
    a.push(a);
    return a;
  },
};

/** An exotic value, labelled with its name (primitives and functions are labelled by identity too). */
const exotic: fc.Arbitrary<unknown> = fc.constantFrom(...Object.keys(EXOTIC)).map((name) => {
  const value = EXOTIC[name]();
  return Object(value) === value ? labelled(value as object, name) : value;
});

/** `{ [key]: value }` as an own property, even for `__proto__`. */
export function own(key: string, value: unknown, into: object = {}): object {
  return Object.defineProperty(into, key, { value, enumerable: true, configurable: true, writable: true });
}

/** An object with a getter under `key` that throws whenever it is read. */
export const throwingGetter = (key: string, into: object = {}): object =>
  Object.defineProperty(into, key, { get: throwing(`the ${key} getter`), enumerable: true, configurable: true });

/** Objects or arrays nested up to `LIMITS.maxDepth` deep, built without recursion. */
const deeplyNested: fc.Arbitrary<unknown> = fc
  .record({
    depth: fc.integer({ min: 1, max: LIMITS.maxDepth }),
    kind: fc.constantFrom('object', 'array'),
    key: fc.constantFrom('a', 'items', 'href', 'question', '__proto__'),
  })
  .map(({ depth, kind, key }) => {
    let value: unknown = 'bottom';
    for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : own(key, value);
    return labelled(value as object, `${kind === 'array' ? 'arrays' : `objects (key ${key})`} nested ${depth} deep`);
  });

/** Objects keyed by names a prototype lookup would find: `__proto__`, `constructor`, `toString`. */
const prototypeKeyed = (value: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc
    .tuple(fc.constantFrom('__proto__', 'constructor', 'toString', 'prototype', 'hasOwnProperty', 'valueOf'), value)
    .map(([key, inner]) => own(key, inner));

/** Scalars of every wrong type: numbers at the edges, BigInt, Symbol, booleans, null, undefined. */
export const wrongScalar: fc.Arbitrary<unknown> = fc.oneof(
  hostileNumber,
  fc.bigInt(),
  fc.string({ maxLength: 6 }).map((description) => Symbol(description)),
  fc.boolean(),
  fc.constantFrom(null, undefined),
);

/**
 * Hostile text, values and JSON values. Big ones may hold a huge string or deep nesting; the
 * entries of a long list are small ones, since 10,000 entries of 1 MB each is no page's content.
 */
function hostile(big: boolean) {
  const text: fc.Arbitrary<string> = fc.oneof(
    { arbitrary: fc.constantFrom(...UNSAFE_URLS), weight: 3 },
    { arbitrary: fc.constantFrom(...HTML_PAYLOADS), weight: 3 },
    { arbitrary: fc.constantFrom(...TRICKY), weight: 3 },
    { arbitrary: fc.string({ unit: char, maxLength: 40 }), weight: 2 },
    ...(big ? [{ arbitrary: hugeString, weight: 1 }] : []),
  );
  const keys = fc.constantFrom('a', 'href', 'question', 'answer', 'id', 'name', '__proto__', 'constructor');
  const value = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { arbitrary: text, weight: 4 },
      { arbitrary: wrongScalar, weight: 3 },
      { arbitrary: exotic, weight: 3 },
      ...(big ? [{ arbitrary: deeplyNested, weight: 1 }] : []),
      { arbitrary: prototypeKeyed(tie('value')), weight: 1 },
      { arbitrary: fc.array(tie('value'), { maxLength: 4 }), weight: 1 },
      { arbitrary: fc.dictionary(keys, tie('value'), { maxKeys: 3 }), weight: 1 },
    ),
  })).value;
  // What JSON can carry: hostile text, edge numbers (as JSON writes them), nesting.
  const json = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { arbitrary: text, weight: 4 },
      { arbitrary: fc.oneof(hostileNumber, fc.boolean(), fc.constant(null)), weight: 3 },
      { arbitrary: fc.array(tie('value'), { maxLength: 4 }), weight: 1 },
      { arbitrary: fc.dictionary(keys, tie('value'), { maxKeys: 3 }), weight: 1 },
    ),
  })).value;
  return { text, value, json };
}

export type Hostile = ReturnType<typeof hostile>;

/** Any hostile text, JavaScript value or JSON value, huge strings and deep nesting included. */
export const BIG: Hostile = hostile(true);

/** The same without huge strings and deep nesting: for each entry of a long list. */
export const SMALL: Hostile = hostile(false);

/**
 * Reads after which a flip-flopping Proxy keeps to its real values. A widget that re-reads its
 * config on every update, and updates again because the answer changed, would otherwise loop
 * forever in microtasks: the page would hang, and no finding could be reported.
 */
export const FLIP_LIMIT = 1000;
let flipLimitReached = false;

/**
 * The configuration being run. While shrinking, fast-check hands the same generated value to
 * several runs: a flip-flop counts its reads afresh in each.
 */
let run = 0;

/** Starts a new configuration: proxies generated so far are revoked, flip-flops start over. */
export function startRun(): void {
  run++;
  flipLimitReached = false;
  revokePending();
}

/** A Proxy over `target` that answers every other read of one of its keys with a javascript: link. */
export function flipFlop(target: object): object {
  let reads = 0;
  let readsIn = run;
  const proxy = new Proxy(target, {
    get(t, key, receiver) {
      const value: unknown = Reflect.get(t, key, receiver);
      if (typeof key !== 'string' || !Object.hasOwn(t, key)) return value;
      if (readsIn !== run) [reads, readsIn] = [0, run];
      if (++reads === FLIP_LIMIT) flipLimitReached = true;
      return reads < FLIP_LIMIT && reads % 2 === 0 ? `javascript:${CANARY}` : value;
    },
  });
  return labelled(proxy, () => `a Proxy that answers every other read with a javascript: link, over ${describeValue(target)}`);
}

/** Whether a flip-flopping Proxy was read `FLIP_LIMIT` times since the last call. */
export function takeFlipLimitReached(): boolean {
  const reached = flipLimitReached;
  flipLimitReached = false;
  return reached;
}
