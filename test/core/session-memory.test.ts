import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import * as v from 'valibot';
import { sessionMemory } from '../../src/core/session-memory.js';

/** A host that keeps a count under `key` and shows it, so the test reads what a visitor would see. */
class MemoryHost extends LitElement {
  static override properties = { key: {}, count: { type: Number } };
  key?: string;
  count?: number;
  /** What each render showed. */
  readonly renders: string[] = [];
  readonly memory = sessionMemory(this, {
    schema: () => v.object({ count: v.number() }),
    key: () => this.key,
    value: () => (this.count === undefined ? undefined : { count: this.count }),
    restore: (kept) => (this.count = kept.count),
  });
  override render() {
    this.renders.push(String(this.count ?? 'none'));
    return html`${this.count ?? 'none'}`;
  }
}
customElements.define('test-memory-host', MemoryHost);

const KEY = 'test-memory';
const getItem = Storage.prototype.getItem;
/** What storage holds, read past any stand-in a test puts on `Storage.prototype`. */
const kept = (key = KEY) => getItem.call(sessionStorage, key);

/** Runs `run` with every Storage method `methods` names throwing, as a blocked storage does. */
async function withStorage(methods: Partial<Record<'getItem' | 'setItem' | 'removeItem', (...args: string[]) => unknown>>, run: () => Promise<void>) {
  const originals = { getItem: Storage.prototype.getItem, setItem: Storage.prototype.setItem, removeItem: Storage.prototype.removeItem };
  Object.assign(Storage.prototype, methods);
  try {
    await run();
  } finally {
    Object.assign(Storage.prototype, originals);
  }
}

const blocked = () => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

describe('sessionMemory', () => {
  afterEach(() => ['', ':a', ':b'].forEach((suffix) => sessionStorage.removeItem(KEY + suffix)));

  const rows: { name: string; stored: string | null; throws?: boolean; shown: string }[] = [
    { name: 'a valid value is restored before the first render', stored: '{"count":2}', shown: '2' },
    { name: 'nothing kept: the host starts afresh', stored: null, shown: 'none' },
    { name: 'text that is not JSON is ignored', stored: '{count', shown: 'none' },
    { name: 'JSON of the wrong shape is ignored', stored: '{"count":"2"}', shown: 'none' },
    { name: 'storage that throws on every call is ignored, and saving and erasing throw nothing', stored: '{"count":2}', throws: true, shown: 'none' },
  ];
  for (const { name, stored, throws, shown } of rows) {
    it(name, async () => {
      if (stored !== null) sessionStorage.setItem(KEY, stored);
      await withStorage(throws ? { getItem: blocked, setItem: blocked, removeItem: blocked } : {}, async () => {
        const el = await fixture<MemoryHost>(html`<test-memory-host .key=${KEY}></test-memory-host>`);
        expect(el.renders, 'one render, with what was kept').to.deep.equal([shown]);
        expect(el.shadowRoot!.textContent!.trim()).to.equal(shown);
        el.count = 5;
        el.memory.save();
        if (!throws) expect(JSON.parse(kept()!)).to.deep.equal({ count: 5 });
        el.memory.erase();
      });
      expect(kept(), throws ? 'a blocked storage is left as it was' : 'erased').to.equal(throws ? stored : null);
    });
  }

  it('touches no storage without a key, reads each key once, and writes a held value under a new key instead of reading it', async () => {
    sessionStorage.setItem(`${KEY}:a`, '{"count":1}');
    sessionStorage.setItem(`${KEY}:b`, '{"count":2}');
    const reads: string[] = [];
    await withStorage(
      {
        getItem(this: Storage, key: string) {
          reads.push(key);
          return getItem.call(this, key);
        },
      },
      async () => {
        const el = await fixture<MemoryHost>(html`<test-memory-host></test-memory-host>`);
        el.count = 9;
        el.memory.save();
        el.memory.erase();
        await el.updateComplete;
        expect(reads, 'no key, no storage').to.deep.equal([]);
        el.count = undefined;
        el.key = `${KEY}:a`;
        await el.updateComplete;
        expect(el.shadowRoot!.textContent!.trim()).to.equal('1');
        // The host holds a value now: a new key keeps it rather than read older state back.
        el.key = `${KEY}:b`;
        await el.updateComplete;
        expect(el.shadowRoot!.textContent!.trim()).to.equal('1');
        expect(JSON.parse(kept(`${KEY}:b`)!)).to.deep.equal({ count: 1 });
        // Off and on again under the same key: nothing read or written over the newer value.
        el.key = undefined;
        el.count = 7;
        await el.updateComplete;
        el.key = `${KEY}:b`;
        await el.updateComplete;
        expect(el.shadowRoot!.textContent!.trim()).to.equal('7');
        expect(JSON.parse(kept(`${KEY}:b`)!)).to.deep.equal({ count: 1 });
        expect(reads).to.deep.equal([`${KEY}:a`]);
      },
    );
  });
});
