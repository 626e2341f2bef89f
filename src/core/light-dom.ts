import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Problem } from './report.js';

const parsed = new WeakMap<HTMLScriptElement, { text: string; result: JsonConfig }>();

/** Both keys are always present: a missing one would be looked up on a polluted Object.prototype. */
export interface JsonConfig {
  value: Record<string, unknown> | undefined;
  problem: Problem | undefined;
}

/**
 * Reads the element's child `<script type="application/json">`. Parsing is cached per script
 * text, so re-renders do not parse (or report) the same block again.
 */
export function readJsonConfig(host: Element): JsonConfig {
  const script = host.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]');
  if (!script) return { value: undefined, problem: undefined };
  const text = script.textContent ?? '';
  const cached = parsed.get(script);
  if (cached?.text === text) return cached.result;
  let result: JsonConfig;
  try {
    const value: unknown = JSON.parse(text);
    result =
      value && typeof value === 'object' && !Array.isArray(value)
        ? { value: value as Record<string, unknown>, problem: undefined }
        : { value: undefined, problem: { path: 'config', message: 'the JSON config must be an object, e.g. { "items": [...] }' } };
  } catch (error) {
    result = {
      value: undefined,
      problem: {
        path: 'config',
        message: `the JSON config could not be read (${(error as Error).message}); check quotes and commas`,
      },
    };
  }
  parsed.set(script, { text, result });
  return result;
}

/** What a host reads from its light DOM, beyond children and text. */
export interface LightDomOptions {
  /** Nodes the element writes itself (e.g. a JSON-LD block), whose changes are not the author's. */
  ignore?: (node: Node) => boolean;
  /** Attributes of the author's nodes that the element reads, e.g. a link's `href`. */
  attributes?: readonly string[];
}

/**
 * Re-renders the host when the author's light DOM changes, so frameworks that add children after
 * creating the element (React, Vue, jQuery `innerHTML`) are picked up. Changes to the attributes
 * the element names count, as does the `type` of its JSON child; other attribute changes do not.
 */
export class LightDomController implements ReactiveController {
  /** Bumped on every relevant change; a cheap key for caching what was read from the light DOM. */
  version = 0;
  #observer?: MutationObserver;

  readonly #ignore: (node: Node) => boolean;
  readonly #attributes: string[];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    { ignore = () => false, attributes = [] }: LightDomOptions = {},
  ) {
    this.#ignore = ignore;
    this.#attributes = ['type', ...attributes];
    host.addController(this);
  }

  hostConnected(): void {
    // Whatever changed while the element was out of the document is unseen: read it afresh.
    this.version++;
    this.#observer = new MutationObserver((records) => {
      if (records.every((r) => this.#isOwn(r))) return;
      this.version++;
      this.host.requestUpdate();
    });
    this.#observer.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: this.#attributes,
    });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  #isOwn(record: MutationRecord): boolean {
    // A child added to or removed from the host itself is judged by that child alone: the host
    // is the target of every such record and is never "own". Deeper down, the target decides: a
    // removed node is detached and no longer leads up to the block it left (rewriting the
    // JSON-LD text removes its old text node), which made the element's own write look like the
    // author's and, with a config that changes on every read, update forever.
    const nodes =
      record.type === 'childList' && record.target === this.host ? [...record.addedNodes, ...record.removedNodes] : [record.target];
    return nodes.every((node) => {
      for (let n: Node | null = node; n && n !== this.host; n = n.parentNode) {
        if (this.#ignore(n)) return true;
      }
      return false;
    });
  }
}
