import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { AssessmentFollower } from '../spa-pain-check/assessment.js';
import { emit } from '../../core/events.js';
import { LightDomController } from '../../core/light-dom.js';
import type { Problem } from '../../core/report.js';
import { SOURCE_NAMES, type FieldProperties } from '../../core/config.js';
import { SpaElement } from '../../core/spa-element.js';
import { format } from '../../core/strings.js';
import { controls } from '../../core/controls.styles.js';
import { tokens } from '../../core/tokens.styles.js';
import { bookingButtonStrings, type BookingButtonStrings } from './booking-button.strings.js';
import { bookingButtonFields, type BookingMode } from './booking-button.config.js';
import { PROVIDER_RULES, bookingUrl, canEmbed, idProblem, serviceIds, type Provider } from './booking-url.js';
import { checkUrl, telUrl } from '../../core/url.js';
import { styles } from './spa-booking-button.styles.js';
import { record } from '../../core/own.js';

/**
 * The author's links whose refused address an element removed, with the problem that says so: an
 * inactive link still names the button, and stays reported, on every later update.
 */
const inactiveLinks = new WeakMap<Element, string>();

/** The shared button class for each variant: text is the outline look without its border. */
const LOOKS = { primary: 'primary', outline: 'accent', text: 'accent text' } as const;

/** Detail of `spa-booking-button-click`. */
export interface BookingClickDetail {
  /** Where the visitor is being sent, with service and tracking parameters. */
  href: string;
  /** The technique or service id being booked, if one was chosen. */
  technique?: string;
  provider: Provider;
  /** How the booking page opens: `popup` falls back to `new-tab` for providers that refuse framing. */
  mode: BookingMode;
}

declare global {
  interface HTMLElementEventMap {
    'spa-booking-button-click': CustomEvent<BookingClickDetail>;
  }
  interface DocumentEventMap {
    'spa-booking-button-click': CustomEvent<BookingClickDetail>;
  }
  interface HTMLElementTagNameMap {
    'spa-booking-button': SpaBookingButton;
  }
  interface Window {
    dataLayer?: { push(entry: Record<string, unknown>): unknown };
  }
}

// Each field is also a property of the element, typed from its schema.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface SpaBookingButton extends FieldProperties<typeof bookingButtonFields> {}

/**
 * A booking call to action that sends the visitor to the spa's booking system, with the chosen
 * service and tracking codes written into the URL the way that system expects.
 *
 * @tagname spa-booking-button
 * @summary Book a massage: a link, new tab or in-page dialog into the spa's booking system.
 *
 * @slot - A fallback link, e.g. `<a href="https://book.example/spa">Book a massage</a>`. It works
 *   before and without JavaScript; after upgrade its address and text configure the button. A link
 *   whose address the kit refuses (`javascript:`, `data:`…) loses its `href`: its text stays, inactive.
 *
 * @fires spa-booking-button-click - Before the visitor leaves or the dialog opens. Cancelable: call
 *   `preventDefault()` to route to your own booking flow. Detail: `{ href, technique, provider, mode }`.
 *   Until 0.3 it is also fired under its 0.1 name, `spa-booking-click`, with `service` for `technique`.
 * @fires spa-error - Refused input, with `{ tag, path, message }`.
 *
 * @csspart button - The main call to action (a link, or a button in popup mode); also named
 *   `disabled` while no safe booking page is configured.
 * @csspart call - The secondary "call" link, shown when `phone` is set.
 * @csspart problem - The explanation shown when no safe booking link is configured.
 * @csspart dialog - The popup dialog (full screen on viewports narrower than 40em).
 * @csspart dialog-title - The dialog's visible title, the button's label; it also names the dialog.
 * @csspart close - The dialog's close button.
 * @csspart frame - The booking page's frame inside the dialog.
 * @csspart loading - "Loading the booking page…" with its spinner, shown until the frame has loaded.
 * @csspart new-tab-icon - The icon after the label of a link that opens a new tab.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class SpaBookingButton extends SpaElement<typeof bookingButtonFields, BookingButtonStrings> {
  static override styles = [tokens, controls, styles];
  static override fields = bookingButtonFields;
  // Internal state that re-renders: declared here, not with decorators, which would add Lit's
  // decorator module (~0.4 kB gzip) to every file.
  static override properties: PropertyDeclarations = {
    loading: { state: true, attribute: false },
  };
  static override catalog = bookingButtonStrings;
  static override renamedStrings = { techniques: 'runningNames' };

  /** The technique the last assessment on the page recommended, while `follow-assessment` is set. */
  readonly #assessment = new AssessmentFollower(this, () => this.settings.followAssessment);

  get #dialog() {
    return this.renderRoot.querySelector('dialog');
  }

  get #frame() {
    return this.renderRoot.querySelector('iframe');
  }
  #frameSrc?: string;
  /** The framed booking page is on its way: from the dialog's first opening to the frame's load. */
  private loading = false;

  constructor() {
    super();
    // Re-read the fallback link and JSON child when a framework changes them after creation.
    new LightDomController(this, { attributes: ['href'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('message', this.#onFrameMessage);
  }

  /** Why the author's link is inactive, while it is. */
  #inactiveLink?: string;

  protected override lightDomConfig() {
    const link = [...this.querySelectorAll('a')].find((a) => a.hasAttribute('href') || inactiveLinks.has(a));
    const check = link?.hasAttribute('href') && checkUrl(link.getAttribute('href')!);
    // The link shows, and would stay clickable, in the "no booking page" state: a refused address goes.
    if (link && check && !check.ok) {
      link.removeAttribute('href');
      inactiveLinks.set(link, `${check.message} (from ${SOURCE_NAMES['light-dom']}); the link inside was made inactive`);
    }
    this.#inactiveLink = link && !link.hasAttribute('href') ? inactiveLinks.get(link) : undefined;
    return { href: link?.getAttribute('href'), label: link?.textContent?.trim() || undefined };
  }

  protected override settled(problems: Problem[]): void {
    if (this.#inactiveLink) problems.push({ path: 'href', message: this.#inactiveLink });
    if (!this.settings.href && !problems.some((p) => p.path === 'href')) {
      problems.push({ path: 'href', message: 'no booking page is set; add href="https://…" or a link inside the element' });
    }
    // A refused id is left out of the URL, which then opens the booking page as configured.
    const refuse = (path: string, id = '') => {
      const message = idProblem(id);
      if (message) problems.push({ path, message });
    };
    refuse('service', this.settings.service);
    for (const id of serviceIds(this.settings.services).values()) refuse('services', id);
  }

  /** The technique or service being booked: an assessment's pick wins over the configured one. */
  get #chosenService(): string | undefined {
    return this.#assessment.technique ?? this.settings.service;
  }

  get #effectiveMode(): BookingMode {
    const { mode, provider } = this.settings;
    return mode === 'popup' && !canEmbed(provider) ? 'new-tab' : mode;
  }

  #urlFor(embedded: boolean): string | undefined {
    const { href, services } = this.settings;
    if (!href) return undefined;
    const service = this.#chosenService;
    return bookingUrl(
      record({
        ...this.settings,
        href,
        service: service && (serviceIds(services).get(service) ?? service),
        embedHost: embedded ? location.hostname : undefined,
      }),
    );
  }

  protected override render(): TemplateResult {
    const strings = this.text;
    const { size, variant } = this.settings;
    const service = this.#assessment.technique;
    // A technique the kit has no name for (a spa's own id) keeps the general label.
    const label =
      service && Object.hasOwn(strings.runningNames, service)
        ? format(strings.bookTechnique, { technique: strings.runningNames[service] })
        : (this.settings.label ?? strings.book);
    const href = this.#urlFor(false);
    const mode = this.#effectiveMode;
    const phone = this.settings.phone;
    // Without a booking page the button only explains itself: the quiet look, whatever the variant.
    const look = `cta button ${size} ${href ? LOOKS[variant] : ''}`;
    // A link for link and new-tab modes (native navigation, middle-click, copy link); a button
    // when it opens the dialog, or when there is nowhere safe to go (focusable, explained).
    return html`<div class="actions">
        ${href && mode !== 'popup'
          ? html`<a
              class=${look}
              part="button"
              href=${href}
              target=${mode === 'new-tab' ? '_blank' : nothing}
              rel=${mode === 'new-tab' ? 'noopener' : nothing}
              @click=${this.#onClick}
              >${label}${mode === 'new-tab'
                ? html`<svg part="new-tab-icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M7 3H3v10h10V9M9 2h5v5m0-5L7 9" /></svg
                    ><span class="visually-hidden"> ${strings.newTab}</span>`
                : nothing}</a
            >`
          : html`<button
                class=${look}
                part=${href ? 'button' : 'button disabled'}
                type="button"
                aria-haspopup=${ifDefined(href ? 'dialog' : undefined)}
                aria-disabled=${ifDefined(href ? undefined : 'true')}
                aria-describedby=${ifDefined(href ? undefined : 'problem')}
                @click=${this.#onClick}
              >
                ${label}
              </button>
              ${href ? nothing : html`<p class="problem" part="problem" id="problem">${strings.unavailable}</p><slot></slot>`}`}
        ${phone ? html`<a class="call" part="call" href=${telUrl(phone)}>${format(strings.call, { phone })}</a>` : nothing}
      </div>
      ${mode === 'popup' && href
        ? html`<dialog part="dialog" aria-labelledby="title" closedby="any" @close=${this.#onDialogClose}>
            <div class="dialog-bar">
              <h2 part="dialog-title" id="title">${label}</h2>
              <button class="button small" part="close" type="button" @click=${this.#closeDialog}>${strings.close}</button>
            </div>
            <div class="stage" aria-busy=${this.loading ? 'true' : 'false'}>
              <iframe part="frame" title=${strings.frame} src=${ifDefined(this.#frameSrc)} @load=${this.#onFrameLoad}></iframe>
            </div>
            <p class="loading" part="loading" role="status">${this.loading ? strings.loading : nothing}</p>
          </dialog>`
        : nothing}`;
  }

  #onClick = (event: MouseEvent): void => {
    const href = this.#urlFor(false);
    if (!href) return;
    const mode = this.#effectiveMode;
    const detail: BookingClickDetail = {
      href,
      technique: this.#chosenService,
      provider: this.settings.provider,
      mode,
    };
    if (this.settings.analytics) window.dataLayer?.push({ event: 'spa_booking_click', ...detail });
    const { technique: service, ...rest } = detail;
    const proceed = emit(this, 'spa-booking-button-click', detail, {
      cancelable: true,
      formerly: { name: 'spa-booking-click', detail: { ...rest, service } },
    });
    if (!proceed) {
      event.preventDefault();
      return;
    }
    // Links navigate natively (same tab or new tab), inside this very click: nothing to do.
    if (mode === 'popup') this.#openDialog();
  };

  /** Opens the booking dialog; nothing from the provider loads before this moment. */
  #openDialog(): void {
    const src = this.#urlFor(true);
    if (!this.#dialog || !this.#frame || !src) return;
    if (this.#frameSrc !== src) {
      this.#frameSrc = src;
      this.#frame.src = src;
      this.loading = true;
    }
    if (PROVIDER_RULES[this.settings.provider].heightOrigin) {
      window.addEventListener('message', this.#onFrameMessage);
    }
    this.#dialog.showModal();
  }

  #closeDialog = (): void => this.#dialog?.close();

  /** The booking page has loaded; the load of the frame's first, empty document (no src yet) is not it. */
  #onFrameLoad = (): void => {
    if (this.#frameSrc) this.loading = false;
  };

  #onDialogClose = (): void => {
    window.removeEventListener('message', this.#onFrameMessage);
    this.renderRoot.querySelector<HTMLElement>('.cta')?.focus({ preventScroll: true });
  };

  /** Follows the framed page's reported height, so the dialog scrolls once, not twice. */
  #onFrameMessage = (event: MessageEvent): void => {
    const origin = PROVIDER_RULES[this.settings.provider].heightOrigin;
    const data = event.data as { event?: string; payload?: { height?: unknown } } | null;
    if (event.origin !== origin || event.source !== this.#frame?.contentWindow) return;
    if (data?.event !== 'calendly.page_height') return;
    const height = parseFloat(String(data.payload?.height));
    if (this.#frame && height > 0) this.#frame.style.blockSize = `${height}px`;
  };
}
