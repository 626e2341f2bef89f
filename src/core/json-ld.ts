import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Marks the JSON-LD blocks the kit writes (its value: the element's tag), so readers can tell them from the page's own. */
export const JSON_LD_ATTRIBUTE = 'data-spa-schema';

/** True for a `<script type="application/ld+json">` this kit wrote. */
export const isOwnJsonLd = (node: Node): boolean =>
  node instanceof HTMLScriptElement && node.hasAttribute(JSON_LD_ATTRIBUTE);

/**
 * The Trusted Types policy the kit writes structured data through. A page that enforces Trusted
 * Types (`require-trusted-types-for 'script'`) and names its policies lists it, beside Lit's:
 * `trusted-types lit-html spa-widgets`.
 */
export const TRUSTED_TYPES_POLICY = 'spa-widgets';

interface ScriptPolicy {
  createScript(text: string): string;
}

/** The policy once made; null where the page does not allow it. Made on first use, not at load. */
let policy: ScriptPolicy | null | undefined;

function scriptPolicy(): ScriptPolicy | null {
  if (policy !== undefined) return policy;
  const trustedTypes = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy } }).trustedTypes;
  try {
    // Only the kit's own JSON, with `<` escaped, ever goes through it: the module keeps it private.
    policy = trustedTypes ? trustedTypes.createPolicy(TRUSTED_TYPES_POLICY, { createScript: (text) => text }) : { createScript: (text) => text };
  } catch {
    policy = null;
  }
  return policy;
}

/** The block each element wrote, in its document's `<head>`. */
const blocks = new WeakMap<HTMLElement, HTMLScriptElement>();
const written = new WeakSet<Element>();

/**
 * Keeps one schema.org JSON-LD block for `owner` in its document's `<head>` (search engines do not
 * read shadow roots), or removes it when `data` is null. Not inside the element: a framework that
 * server-renders the tag (React, Vue) fails to hydrate a child it did not write, while `<head>` may
 * hold extra nodes. The block is rewritten only when its text changes, and `<` is escaped so no
 * string in it can close the script when the page is saved or server-rendered.
 */
export function writeJsonLd(owner: HTMLElement, data: object | null): void {
  let script = blocks.get(owner);
  if (!data) {
    script?.remove();
    blocks.delete(owner);
    return;
  }
  const text = JSON.stringify({ '@context': 'https://schema.org', ...data }).replace(/</g, '\\u003c');
  const trusted = scriptPolicy();
  if (!trusted) {
    warnOnce(owner);
    return;
  }
  if (!script) {
    const document = owner.ownerDocument;
    // A page saved or prerendered with the widgets running holds their blocks already: one each.
    // One copy of the kit defines each tag, so every live block for this tag is in this copy's map.
    for (const stale of document.querySelectorAll(`script[${JSON_LD_ATTRIBUTE}="${owner.localName}"]`)) {
      if (!written.has(stale)) stale.remove();
    }
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(JSON_LD_ATTRIBUTE, owner.localName);
    blocks.set(owner, script);
    written.add(script);
  }
  // New, taken out by a page's script, or the element moved to another document.
  if (!script.isConnected || script.ownerDocument !== owner.ownerDocument) (owner.ownerDocument.head ?? owner.ownerDocument.documentElement).append(script);
  // A TrustedScript where the page enforces Trusted Types, the text itself elsewhere.
  if (script.textContent !== text) script.textContent = trusted.createScript(text);
}

let warned = false;

/** Says once per page why structured data is missing, and the fix. */
function warnOnce(host: HTMLElement): void {
  if (warned) return;
  warned = true;
  console.warn(
    `[${host.localName}] structured data (JSON-LD) is not written: this page's Trusted Types rules do not allow the policy "${TRUSTED_TYPES_POLICY}"; add it to the page's trusted-types directive to have it written`,
  );
}

/**
 * Keeps an element's structured data written while it is in a page: after each update, and again
 * when it comes back; removed when it leaves, since the block lives in `<head>`, not in the element.
 */
export class StructuredData implements ReactiveController {
  /** @param data The element's schema.org data now; `null` for none. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly data: () => object | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    // An update can run after the element left (one that waited to be needed, released at idle):
    // it must not put back the block its leaving removed.
    if (this.host.isConnected) writeJsonLd(this.host, this.data());
  }

  hostDisconnected(): void {
    writeJsonLd(this.host, null);
  }
}
