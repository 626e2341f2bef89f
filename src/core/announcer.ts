import { html, type TemplateResult } from 'lit';

/**
 * A polite live region for an element's shadow root: `announce()` what changed, and put
 * `render()` once in the template. The region is emptied before each message, so saying the same
 * thing twice is read twice; `clear()` empties it when the moment has passed. Messages are written
 * straight into the region, so announcing never re-renders the element (a long FAQ stays cheap).
 */
export class Announcer {
  readonly #host: { readonly renderRoot?: ParentNode };
  #frame = 0;

  constructor(host: { readonly renderRoot?: ParentNode }) {
    this.#host = host;
  }

  /** Found when needed rather than held by Lit's `ref` directive, which costs more than this. */
  get #region(): HTMLElement | null | undefined {
    return this.#host.renderRoot?.querySelector<HTMLElement>('.announcer');
  }

  announce(message: string): void {
    this.clear();
    // A frame later, so screen readers see a change even when the text is the same.
    this.#frame = requestAnimationFrame(() => {
      const region = this.#region;
      if (region) region.textContent = message;
    });
  }

  clear(): void {
    cancelAnimationFrame(this.#frame);
    const region = this.#region;
    if (region) region.textContent = '';
  }

  render(): TemplateResult {
    return html`<div class="visually-hidden announcer" role="status"></div>`;
  }
}
