import type { ManifestDeclaration } from './field-controls.js';

/**
 * The theming controls of an element: one per `--spa-*` custom property its manifest documents
 * (`@cssprop`), each fitted to the property's syntax: a colour picker beside the text for colours,
 * text for lengths, fonts and the rest.
 */

export interface TokenControl {
  /** The custom property, e.g. `--spa-color-primary`. */
  name: string;
  kind: 'color' | 'text';
  /** Values to offer for the property's syntax (a length, a font stack), beside free text. */
  suggestions: readonly string[];
  /** The documented default, e.g. `#2b6a5c`, or `inherit / #1d2725 / #edf3f1` (unthemed / light / dark). */
  initial: string;
  description: string;
}

export interface CssPropertyDoc {
  name: string;
  type?: { text?: string };
  default?: string;
  description?: string;
}

/** Typical values per CSS syntax, offered as a designer types; any other value is still taken. */
const SUGGESTIONS: Readonly<Record<string, readonly string[]>> = {
  '<length>': ['0', '0.25em', '0.5em', '0.75em', '1em', '1.5em', '2em'],
  '<font-family>': ['inherit', 'system-ui, sans-serif', 'Georgia, serif', '"Helvetica Neue", Arial, sans-serif', '"Trebuchet MS", sans-serif', '"Palatino Linotype", Palatino, serif'],
  '<time>': ['0s', '120ms', '180ms', '300ms'],
  '<shadow>': ['none', '0 1px 3px rgb(0 0 0 / 0.2)', '0 4px 16px rgb(0 0 0 / 0.15)'],
};

export function tokenControls(declaration: ManifestDeclaration & { cssProperties?: readonly CssPropertyDoc[] }): TokenControl[] {
  return (declaration.cssProperties ?? [])
    .filter((property) => property.name.startsWith('--spa-'))
    .map((property) => ({
      name: property.name,
      kind: property.type?.text === '<color>' ? 'color' : 'text',
      suggestions: SUGGESTIONS[property.type?.text ?? ''] ?? [],
      initial: property.default ?? '',
      description: property.description ?? '',
    }));
}

/** A colour picker can only show `#rrggbb`: the value itself where it is one, else the default's first such colour. */
export function pickerColour(value: string, initial: string): string {
  const hex = /#[0-9a-f]{6}\b/i;
  return (hex.exec(value) ?? hex.exec(initial))?.[0].toLowerCase() ?? '#000000';
}
