/** Marks the JSON-LD blocks the kit writes, so light-DOM observers and readers can skip them. */
export const JSON_LD_ATTRIBUTE = 'data-spa-schema';

/** True for a `<script type="application/ld+json">` this kit wrote. */
export const isOwnJsonLd = (node: Node): boolean =>
  node instanceof HTMLScriptElement && node.hasAttribute(JSON_LD_ATTRIBUTE);

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
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(JSON_LD_ATTRIBUTE, '');
    host.append(script);
  }
  if (script.textContent !== text) script.textContent = text;
}
