import { html, type TemplateResult } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';

/**
 * A polite live region for an element's shadow root: `announce()` what changed, and put
 * `render()` once in the template. The region is emptied before each message, so saying the same
 * thing twice is read twice; `clear()` empties it when the moment has passed. Messages are written
 * straight into the region, so announcing never re-renders the element (a long FAQ stays cheap).
 */
export class Announcer {
  readonly #region = createRef<HTMLElement>();
  #frame = 0;

  announce(message: string): void {
    this.clear();
    // A frame later, so screen readers see a change even when the text is the same.
    this.#frame = requestAnimationFrame(() => {
      if (this.#region.value) this.#region.value.textContent = message;
    });
  }

  clear(): void {
    cancelAnimationFrame(this.#frame);
    if (this.#region.value) this.#region.value.textContent = '';
  }

  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" ${ref(this.#region)}></div>`;
  }
}
