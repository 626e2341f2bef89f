import type { ReactiveControllerHost } from 'lit';
import * as v from 'valibot';
import { schemaOf, type Schema } from './schema.js';

/** What `sessionMemory` keeps, where, and how it gives it back. */
export interface SessionMemoryOptions<T> {
  /**
   * Builds the schema that checks what storage holds: the visitor, an extension or another script
   * may have edited it. Built on first read (`schemaOf`).
   */
  schema: () => Schema<T>;
  /** The storage key, or `undefined` while nothing may be kept: storage is then never touched. */
  key: () => string | undefined;
  /** What to keep now, or `undefined` while there is nothing yet (a new key then restores instead). */
  value: () => T | undefined;
  /** Takes back what a new key held, before the host renders. */
  restore: (kept: T) => void;
}

/** The host's handle on its memory. */
export interface SessionMemory {
  /** Writes the host's value under the current key, when there is both. */
  save(): void;
  /** Erases what the current key holds. */
  erase(): void;
}

/**
 * Keeps a host's state in the tab's session storage, so a reload does not lose it: a reactive
 * controller whose `hostUpdate` reads each key once, before the first render that uses it, however
 * often the key comes and goes. A host that already holds something keeps it, written under the
 * new key, rather than take older state back. Storage that is blocked or holds anything the schema
 * refuses is ignored: the host works on in memory.
 */
export function sessionMemory<T>(host: ReactiveControllerHost, { schema, key, value, restore }: SessionMemoryOptions<T>): SessionMemory {
  let keyRead: string | undefined;
  const save = () => {
    const at = key();
    const kept = value();
    if (at && kept !== undefined) attempt(() => sessionStorage.setItem(at, JSON.stringify(kept)));
  };
  host.addController({
    hostUpdate() {
      const at = key();
      if (!at || at === keyRead) return;
      keyRead = at;
      if (value() !== undefined) return save();
      const kept = attempt(() => v.safeParse(schemaOf(schema), JSON.parse(sessionStorage.getItem(at) ?? 'null')));
      if (kept?.success) restore(kept.output);
    },
  });
  return {
    save,
    erase() {
      const at = key();
      if (at) attempt(() => sessionStorage.removeItem(at));
    },
  };
}

/** Private modes and sandboxed frames may refuse storage, and kept text may not be JSON. */
function attempt<R>(run: () => R): R | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}
