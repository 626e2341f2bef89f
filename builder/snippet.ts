import { attributeName } from '../src/core/config.js';
import { readJsonConfig } from '../src/core/light-dom.js';

/**
 * A designer's widget as the builder holds it, and the snippet that reproduces it: the smallest
 * markup (attributes that differ from the defaults, a JSON child only for what attributes cannot
 * carry, theme tokens in `style`), and the script tag of the drop-in that fits.
 */

export const TAGS = ['spa-booking-button', 'spa-faq', 'spa-technique-cards', 'spa-pain-check'] as const;
export type Tag = (typeof TAGS)[number];

export interface Design {
  tag: Tag;
  /** Attribute text per field, as the designer typed it (`"on"` / `"off"` for toggles). */
  attributes: Record<string, string>;
  /** Values only JSON can carry (lists of content), per field. */
  json: Record<string, unknown>;
  /** `--spa-*` custom properties and their values. */
  tokens: Record<string, string>;
}

/** Where the snippet is pasted: it decides the script's form and the wrapping. */
export type Flavour = 'html' | 'wordpress' | 'page-builder';

export interface SnippetOptions {
  flavour: Flavour;
  /** The folder the designer uploads `dist/` to, ending in `/`. */
  base: string;
}

export const PLACEHOLDER_BASE = 'https://YOUR-SITE/spa-widgets/';

/** What a field's attribute holds when nothing is set: its default as attribute text. */
export type Defaults = Readonly<Record<string, unknown>>;

/** Text safe inside a double-quoted attribute. */
export const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** JSON inside `<script>`: `<` written as `\u003c`, so no text in it can end the script or open a comment. */
export const scriptSafeJson = (value: unknown) => JSON.stringify(value, null, 2).replace(/</g, '\\u003c');

/**
 * JSON for a WordPress block: on one line, and each `[` inside text written `\u005b`, so WordPress
 * takes no link label such as `[video](…)` for a shortcode (the README's WordPress recipe).
 */
const wordPressJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/"(?:[^"\\]|\\.)*"/g, (text) => text.replace(/\[/g, '\\u005b'))
    .replace(/</g, '\\u003c');

/** Whether `text` is what the element would take anyway, so the attribute can be left out. */
function isDefault(text: string, initial: unknown): boolean {
  if (initial === undefined) return text.trim() === '';
  if (typeof initial === 'boolean') return (text === 'on') === initial;
  return text.trim() === String(initial);
}

/** The element's tag with its settings: what the preview shows and the snippet holds. */
export function widgetMarkup(design: Design, defaults: Defaults, flavour: Flavour = 'html'): string {
  const wordPress = flavour === 'wordpress';
  // WordPress would read "[" in an attribute as the start of a shortcode too.
  const attributeText = (value: string) => (wordPress ? escapeAttribute(value).replace(/\[/g, '&#91;') : escapeAttribute(value));
  const attributes: string[] = [];
  for (const [field, text] of Object.entries(design.attributes)) {
    if (isDefault(text, defaults[field])) continue;
    const name = attributeName(field);
    if (typeof defaults[field] === 'boolean') attributes.push(text === 'on' ? name : `${name}="off"`);
    else attributes.push(`${name}="${attributeText(text)}"`);
  }
  const style = Object.entries(design.tokens)
    .filter(([, value]) => value.trim() !== '')
    .map(([name, value]) => `${name}: ${value.trim()}`)
    .join('; ');
  if (style) attributes.push(`style="${attributeText(style)}"`);
  const open = `<${design.tag}${attributes.map((attribute) => ` ${attribute}`).join('')}>`;
  const json = Object.fromEntries(Object.entries(design.json).filter(([, value]) => value !== undefined));
  let child = '';
  if (Object.keys(json).length && wordPress) child = `<script type="application/json">${wordPressJson(json)}</script>`;
  else if (Object.keys(json).length) child = `\n  <script type="application/json">\n${indent(scriptSafeJson(json))}\n  </script>\n`;
  return `${open}${child}</${design.tag}>`;
}

const indent = (text: string) => text.replace(/^/gm, '  ');

/** The drop-in for one widget: its one-widget file, ES or classic by where it goes. */
export function scriptFile(tag: Tag, flavour: Flavour): string {
  return `standalone/${tag}${flavour === 'page-builder' ? '.iife.js' : '.js'}`;
}

export function scriptTag(tag: Tag, options: SnippetOptions): string {
  const src = escapeAttribute(options.base + scriptFile(tag, options.flavour));
  return options.flavour === 'page-builder' ? `<script src="${src}" defer></script>` : `<script type="module" src="${src}"></script>`;
}

/** The snippet to copy: the script and the widget, wrapped as the flavour needs. */
export function toSnippet(design: Design, defaults: Defaults, options: SnippetOptions): string {
  let markup = widgetMarkup(design, defaults, options.flavour);
  // A block theme leaves an inline element at the page's edge: the README's WordPress advice.
  if (options.flavour === 'wordpress' && design.tag === 'spa-booking-button') markup = `<p>${markup}</p>`;
  return `${scriptTag(design.tag, options)}\n${markup}\n`;
}

export interface ParsedSnippet {
  design: Design;
  flavour: Flavour;
  /** What the builder could not take in, each said plainly. */
  problems: string[];
}

/**
 * A pasted snippet read back into a design: the first kit element in it, its attributes (0.1
 * names too), its `--spa-*` tokens and its JSON child. Nothing runs: the text is parsed as an
 * inert document. `fieldsOf` gives a tag's field names and its renamed attributes.
 */
export function parseSnippet(
  snippet: string,
  fieldsOf: (tag: Tag) => { fields: readonly string[]; renamedAttributes: Readonly<Record<string, string>> },
): ParsedSnippet | { problem: string } {
  const doc = new DOMParser().parseFromString(snippet, 'text/html');
  const element = doc.querySelector(TAGS.join(','));
  if (!element) return { problem: `no widget found: the snippet needs one of ${TAGS.map((tag) => `<${tag}>`).join(', ')}` };
  const tag = element.localName as Tag;
  const { fields, renamedAttributes } = fieldsOf(tag);
  const byAttribute = new Map(fields.map((field) => [attributeName(field), field]));
  const design: Design = { tag, attributes: {}, json: {}, tokens: {} };
  const problems: string[] = [];
  for (const { name, value } of element.attributes) {
    const field = byAttribute.get(renamedAttributes[name] ?? name);
    if (name === 'style') Object.assign(design.tokens, tokensOf(value));
    else if (field) design.attributes[field] = value;
    else problems.push(`the ${name} attribute is not a setting of <${tag}>, and was left out`);
  }
  // A bare on/off attribute means on.
  for (const [field, value] of Object.entries(design.attributes)) if (value === '') design.attributes[field] = 'on';
  // The JSON child, read as the elements read it.
  const json = readJsonConfig(element);
  if (json.problem) problems.push(`the JSON inside <${tag}> could not be read (${json.problem.message})`);
  for (const [key, value] of Object.entries(json.value ?? {})) {
    if (!fields.includes(key)) problems.push(`"${key}" in the JSON is not a setting of <${tag}>, and was left out`);
    else if (typeof value === 'object' && value !== null) design.json[key] = value;
    else design.attributes[key] = typeof value === 'boolean' ? (value ? 'on' : 'off') : String(value);
  }
  const src = doc.querySelector('script[src]');
  const flavour: Flavour = src && src.getAttribute('type') !== 'module' ? 'page-builder' : 'html';
  return { design, flavour, problems };
}

/** The `--spa-*` declarations of a `style` attribute. */
function tokensOf(style: string): Record<string, string> {
  const tokens: Record<string, string> = {};
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    const name = declaration.slice(0, colon).trim();
    if (colon > 0 && name.startsWith('--spa-')) tokens[name] = declaration.slice(colon + 1).trim();
  }
  return tokens;
}
