import { SpaListEditor } from './spa-list-editor.js';
import { SpaSnippetBuilder } from './spa-snippet-builder.js';

/**
 * Registers the builder's elements. A function, not a module's side effect: the package's
 * `sideEffects` list names only the kit's entries, so a bundler would drop a bare import.
 */
export function defineBuilder(): void {
  if (!customElements.get('spa-list-editor')) customElements.define('spa-list-editor', SpaListEditor);
  if (!customElements.get('spa-snippet-builder')) customElements.define('spa-snippet-builder', SpaSnippetBuilder);
}
