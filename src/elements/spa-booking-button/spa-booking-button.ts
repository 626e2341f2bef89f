import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import * as z from 'zod/mini';
import { AssessmentFollower } from '../../core/assessment.js';
import { given, resolveConfig, type Layer } from '../../core/config.js';
import { emit } from '../../core/events.js';
import { LightDomController, readJsonConfig } from '../../core/light-dom.js';
import { oneOf, phoneNumber, safeUrl, text } from '../../core/schema.js';
import { SpaElement } from '../../core/spa-element.js';
import { format } from '../../core/strings.js';
import { tokens } from '../../core/tokens.styles.js';
import { bookingButtonStrings, type BookingButtonStrings } from './booking-button.strings.js';
import { PROVIDERS, PROVIDER_RULES, bookingUrl, canEmbed, serviceIds, type Provider } from './booking-url.js';
import { telUrl } from '../../core/url.js';
import { styles } from './spa-booking-button.styles.js';

export const MODES = ['link', 'new-tab', 'popup'] as const;
export type BookingMode = (typeof MODES)[number];
export const SIZES = ['small', 'medium', 'large'] as const;
export const VARIANTS = ['primary', 'outline', 'text'] as const;

/** Config of `<spa-booking-button>`, as JSON child, `config` property or attributes. */
export const bookingConfigFields = {
  href: safeUrl(),
  label: text(),
  provider: oneOf(PROVIDERS),
  service: text(),
  services: z.string({ error: 'expected pairs such as "deep-tissue:123, swedish:456"' }).check(
    z.regex(/^\s*[\w-]+\s*:\s*[^,\s]+\s*(,\s*[\w-]+\s*:\s*[^,\s]+\s*)*$/, 'expected pairs of technique id and booking-system id, e.g. "deep-tissue:123, swedish:456"'),
  ),
  mode: oneOf(MODES),
  phone: phoneNumber(),
  utmSource: text(),
  utmMedium: text(),
  utmCampaign: text(),
  referral: text(),
  size: oneOf(SIZES),
  variant: oneOf(VARIANTS),
};

export interface BookingConfig {
  href: string;
  label: string;
  provider: Provider;
  service: string;
  /** Technique ids mapped to the booking system's own ids: `"deep-tissue:123, swedish:456"`. */
  services: string;
  mode: BookingMode;
  phone: string;
  utmSource: string;
  utmMedium: string;
  utmCampaign: string;
  referral: string;
  size: (typeof SIZES)[number];
  variant: (typeof VARIANTS)[number];
}

/** Detail of `spa-booking-click`. */
export interface BookingClickDetail {
  /** Where the visitor is being sent, with service and tracking parameters. */
  href: string;
  /** The technique or service id, if one was chosen. */
  service?: string;
  provider: Provider;
  /** How the booking page opens: `popup` falls back to `new-tab` for providers that refuse framing. */
  mode: BookingMode;
}

declare global {
  interface HTMLElementEventMap {
    'spa-booking-click': CustomEvent<BookingClickDetail>;
  }
  interface HTMLElementTagNameMap {
    'spa-booking-button': SpaBookingButton;
  }
  interface Window {
    dataLayer?: { push(entry: Record<string, unknown>): unknown };
  }
}

/**
 * A booking call to action that sends the visitor to the spa's booking system, with the chosen
 * service and tracking codes written into the URL the way that system expects.
 *
 * @tagname spa-booking-button
 * @summary Book a massage: a link, new tab or in-page dialog into the spa's booking system.
 *
 * @slot - A fallback link, e.g. `<a href="https://book.example/spa">Book a massage</a>`. It works
 *   before and without JavaScript; after upgrade its address and text configure the button.
 *
 * @fires spa-booking-click - Before the visitor leaves or the dialog opens. Cancelable: call
 *   `preventDefault()` to route to your own booking flow. Detail: `{ href, service, provider, mode }`.
 * @fires spa-error - Refused input, with `{ tag, path, message }`.
 *
 * @csspart button - The main call to action (a link, or a button in popup mode).
 * @csspart call - The secondary "call" link, shown when `phone` is set.
 * @csspart problem - The explanation shown when no safe booking link is configured.
 * @csspart dialog - The popup dialog (full screen on viewports narrower than 40em).
 * @csspart dialog-title - The dialog's visible title, the button's label; it also names the dialog.
 * @csspart close - The dialog's close button.
 * @csspart frame - The booking page's frame inside the dialog.
 * @csspart loading - "Loading the booking page…" with its spinner, shown until the frame has loaded.
 * @csspart new-tab-icon - The icon after the label of a link that opens a new tab.
 */
export class SpaBookingButton extends SpaElement {
  static override styles = [tokens, styles];

  /** The booking page. Only `https:`, `http:`, `tel:` and `mailto:` addresses are accepted. */
  @property() href?: string;

  /** The button's text. Defaults to the fallback link's text, then "Book a massage". */
  @property() label?: string;

  /** The booking system, which decides how the service and tracking are written into the URL. */
  @property() provider?: Provider;

  /** A technique or service id, e.g. `deep-tissue`, added to the URL the way the provider expects. */
  @property() service?: string;

  /**
   * Technique ids mapped to the booking system's own service ids, for systems that number their
   * services (Acuity, SimplyBook): `services="deep-tissue:123, swedish:456"`.
   */
  @property() services?: string;

  /** `link` (same tab, default), `new-tab`, or `popup` (an in-page dialog where the provider allows it). */
  @property() mode?: 'link' | 'new-tab' | 'popup';

  /** A phone number; adds a secondary "call" link for visitors who would rather phone. */
  @property() phone?: string;

  /** Written into the URL as `utm_source`. */
  @property({ attribute: 'utm-source' }) utmSource?: string;

  /** Written into the URL as `utm_medium`. */
  @property({ attribute: 'utm-medium' }) utmMedium?: string;

  /** Written into the URL as `utm_campaign`. */
  @property({ attribute: 'utm-campaign' }) utmCampaign?: string;

  /** A referral code for a partner blog, written where the provider keeps such codes. */
  @property() referral?: string;

  /** `small`, `medium` (default) or `large`. */
  @property({ reflect: true }) size?: 'small' | 'medium' | 'large';

  /** `primary` (filled, default), `outline` or `text`. */
  @property({ reflect: true }) variant?: 'primary' | 'outline' | 'text';

  /** Follow `spa-assessment-complete` events on the page and book the recommended technique. */
  @property({ type: Boolean, attribute: 'follow-assessment' }) followAssessment = false;

  /** Also push each booking click to `window.dataLayer` (Google Tag Manager), when it exists. */
  @property({ type: Boolean }) analytics = false;

  /** Config object; takes precedence over the JSON child and attributes. */
  @property({ attribute: false }) config?: Partial<BookingConfig>;

  /** Overrides for any built-in string. */
  @property({ attribute: false }) strings?: Partial<BookingButtonStrings>;

  /** The technique the last assessment on the page recommended, while `follow-assessment` is set. */
  private readonly assessment = new AssessmentFollower(this, () => this.followAssessment);

  private resolved: Partial<BookingConfig> = {};

  private get dialog() {
    return this.renderRoot.querySelector('dialog');
  }

  private get frame() {
    return this.renderRoot.querySelector('iframe');
  }
  private frameSrc?: string;
  /** The framed booking page is on its way: from the dialog's first opening to the frame's load. */
  @state() private loading = false;

  constructor() {
    super();
    // Re-read the fallback link and JSON child when a framework changes them after creation.
    // The author's fallback link.
    new LightDomController(this, { attributes: ['href'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('message', this.onFrameMessage);
  }

  protected override willUpdate(): void {
    const json = readJsonConfig(this);
    const link = this.querySelector('a[href]');
    const layers: Layer[] = [
      { source: 'property', values: this.config },
      { source: 'json', values: json.value },
      {
        source: 'attribute',
        values: given({
          href: this.href,
          label: this.label,
          provider: this.provider,
          service: this.service,
          services: this.services,
          mode: this.mode,
          phone: this.phone,
          utmSource: this.utmSource,
          utmMedium: this.utmMedium,
          utmCampaign: this.utmCampaign,
          referral: this.referral,
          size: this.size,
          variant: this.variant,
        }),
      },
      {
        source: 'light-dom',
        values: given({ href: link?.getAttribute('href'), label: link?.textContent?.trim() || undefined }),
      },
      { source: 'default', values: { provider: 'generic', mode: 'link' } },
    ];
    const { value, problems } = resolveConfig<BookingConfig>(bookingConfigFields, layers);
    if (json.problem) problems.unshift(json.problem);
    if (!value.href && !problems.some((p) => p.path === 'href')) {
      problems.push({
        path: 'href',
        message: 'no booking page is set; add href="https://…" or a link inside the element',
      });
    }
    this.resolved = value;
    this.report(problems);
  }

  private get text(): BookingButtonStrings {
    return this.localStrings(bookingButtonStrings, this.strings);
  }

  /** The technique or service being booked: an assessment's pick wins over the configured one. */
  private get chosenService(): string | undefined {
    return this.assessment.technique ?? this.resolved.service;
  }

  private get effectiveMode(): BookingMode {
    const { mode = 'link', provider = 'generic' } = this.resolved;
    return mode === 'popup' && !canEmbed(provider) ? 'new-tab' : mode;
  }

  private urlFor(embedded: boolean): string | undefined {
    const { href, provider = 'generic', services } = this.resolved;
    if (!href) return undefined;
    const service = this.chosenService;
    return bookingUrl({
      ...this.resolved,
      href,
      provider,
      service: service && (serviceIds(services).get(service) ?? service),
      embedHost: embedded ? location.hostname : undefined,
    });
  }

  protected override render() {
    const strings = this.text;
    const service = this.assessment.technique;
    // A technique the kit has no name for (a spa's own id) keeps the general label.
    const label =
      service && Object.hasOwn(strings.techniques, service)
        ? format(strings.bookTechnique, { technique: strings.techniques[service] })
        : (this.resolved.label ?? strings.book);
    const href = this.urlFor(false);
    const mode = this.effectiveMode;
    const phone = this.resolved.phone;
    // A link for link and new-tab modes (native navigation, middle-click, copy link); a button
    // when it opens the dialog, or when there is nowhere safe to go (focusable, explained).
    return html`<div class="actions">
        ${href && mode !== 'popup'
          ? html`<a
              class="cta"
              part="button"
              href=${href}
              target=${mode === 'new-tab' ? '_blank' : nothing}
              rel=${mode === 'new-tab' ? 'noopener' : nothing}
              @click=${this.onClick}
              >${label}${mode === 'new-tab'
                ? html`<svg part="new-tab-icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M7 3H3v10h10V9M9 2h5v5m0-5L7 9" /></svg
                    ><span class="visually-hidden"> ${strings.newTab}</span>`
                : nothing}</a
            >`
          : html`<button
                class="cta"
                part="button"
                type="button"
                aria-haspopup=${ifDefined(href ? 'dialog' : undefined)}
                aria-disabled=${ifDefined(href ? undefined : 'true')}
                aria-describedby=${ifDefined(href ? undefined : 'problem')}
                @click=${this.onClick}
              >
                ${label}
              </button>
              ${href ? nothing : html`<p class="problem" part="problem" id="problem">${strings.unavailable}</p><slot></slot>`}`}
        ${phone ? html`<a class="call" part="call" href=${telUrl(phone)}>${format(strings.call, { phone })}</a>` : nothing}
      </div>
      ${mode === 'popup' && href
        ? html`<dialog part="dialog" aria-labelledby="title" closedby="any" @close=${this.onDialogClose}>
            <div class="dialog-bar">
              <h2 part="dialog-title" id="title">${label}</h2>
              <button class="close" part="close" type="button" @click=${this.closeDialog}>${strings.close}</button>
            </div>
            <div class="stage" aria-busy=${this.loading ? 'true' : 'false'}>
              <iframe part="frame" title=${strings.frame} src=${ifDefined(this.frameSrc)} @load=${this.onFrameLoad}></iframe>
            </div>
            <p class="loading" part="loading" role="status">${this.loading ? strings.loading : nothing}</p>
          </dialog>`
        : nothing}`;
  }

  private onClick = (event: MouseEvent): void => {
    const href = this.urlFor(false);
    if (!href) return;
    const mode = this.effectiveMode;
    const detail: BookingClickDetail = {
      href,
      service: this.chosenService,
      provider: this.resolved.provider ?? 'generic',
      mode,
    };
    if (this.analytics) window.dataLayer?.push({ event: 'spa_booking_click', ...detail });
    const proceed = emit(this, 'spa-booking-click', detail, { cancelable: true });
    if (!proceed) {
      event.preventDefault();
      return;
    }
    // Links navigate natively (same tab or new tab), inside this very click: nothing to do.
    if (mode === 'popup') this.openDialog();
  };

  /** Opens the booking dialog; nothing from the provider loads before this moment. */
  private openDialog(): void {
    const src = this.urlFor(true);
    if (!this.dialog || !this.frame || !src) return;
    if (this.frameSrc !== src) {
      this.frameSrc = src;
      this.frame.src = src;
      this.loading = true;
    }
    if (PROVIDER_RULES[this.resolved.provider ?? 'generic'].heightOrigin) {
      window.addEventListener('message', this.onFrameMessage);
    }
    this.dialog.showModal();
  }

  private closeDialog = (): void => this.dialog?.close();

  /** The booking page has loaded; the load of the frame's first, empty document (no src yet) is not it. */
  private onFrameLoad = (): void => {
    if (this.frameSrc) this.loading = false;
  };

  private onDialogClose = (): void => {
    window.removeEventListener('message', this.onFrameMessage);
    this.renderRoot.querySelector<HTMLElement>('.cta')?.focus({ preventScroll: true });
  };

  /** Follows the framed page's reported height, so the dialog scrolls once, not twice. */
  private onFrameMessage = (event: MessageEvent): void => {
    const origin = PROVIDER_RULES[this.resolved.provider ?? 'generic'].heightOrigin;
    const data = event.data as { event?: string; payload?: { height?: unknown } } | null;
    if (event.origin !== origin || event.source !== this.frame?.contentWindow) return;
    if (data?.event !== 'calendly.page_height') return;
    const height = parseFloat(String(data.payload?.height));
    if (this.frame && height > 0) this.frame.style.blockSize = `${height}px`;
  };
}
