import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A polite live region for an element's shadow root: `announce()` what changed, and put
 * `render()` once in the template. The region is emptied before each message, so saying the same
 * thing twice is read twice; `clear()` empties it when the moment has passed.
 */
export class Announcer {
  private message = '';
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost) {}

  announce(message: string): void {
    this.clear();
    // A frame later, so screen readers see a change even when the text is the same.
    this.frame = requestAnimationFrame(() => {
      this.message = message;
      this.host.requestUpdate();
    });
  }

  clear(): void {
    cancelAnimationFrame(this.frame);
    if (!this.message) return;
    this.message = '';
    this.host.requestUpdate();
  }

  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status">${this.message}</div>`;
  }
}
