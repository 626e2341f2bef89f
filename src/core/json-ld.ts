/** Marks the JSON-LD blocks the kit writes, so light-DOM observers and readers can skip them. */
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

/**
 * Keeps one schema.org JSON-LD block as a light-DOM child of `host` (search engines do not read
 * shadow roots), or removes it when `data` is null. The block is rewritten only when its text
 * changes, and `<` is escaped so no string in it can close the script when the page is saved or
 * server-rendered.
 */
export function writeJsonLd(host: HTMLElement, data: object | null): void {
  let script = host.querySelector<HTMLScriptElement>(`:scope > script[${JSON_LD_ATTRIBUTE}]`);
  if (!data) {
    script?.remove();
    return;
  }
  const text = JSON.stringify({ '@context': 'https://schema.org', ...data }).replace(/</g, '\\u003c');
  const trusted = scriptPolicy();
  if (!trusted) {
    warnOnce(host);
    return;
  }
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(JSON_LD_ATTRIBUTE, '');
    host.append(script);
  }
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
