// The kit's elements as the contract suite sees them: one row per element. A new element joins
// every contract test by adding its row here (and samples for its fields).
import '../../src/index.js';
import type { Fields } from '../../src/core/config.js';

export type Widget = HTMLElement & { updateComplete: Promise<boolean>; requestUpdate(): void } & Record<string, unknown>;
export type WidgetClass = CustomElementConstructor & { fields: Fields };

export interface KitElement {
  tag: string;
  /** Attributes a working instance needs (e.g. a booking page). */
  required?: Readonly<Record<string, string>>;
  /** An attribute whose effect can be seen, and how: the config mechanism's smoke test. */
  visible: { attribute: string; value: string; seen: (el: Widget) => boolean };
  /** Attributes under which its first render shows built-in wording, where the bare tag shows none. */
  wording?: Readonly<Record<string, string>>;
  /** Makes the element fire its own event, and names it. */
  event: { name: string; fire: (el: Widget) => void | Promise<void> };
}

export const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const partText = (el: Element, name: string) => part(el, name)?.textContent?.trim();

export const KIT: readonly KitElement[] = [
  {
    tag: 'spa-booking-button',
    required: { href: 'https://book.example/spa' },
    visible: { attribute: 'label', value: 'Reserve a table', seen: (el) => partText(el, 'button') === 'Reserve a table' },
    event: {
      name: 'spa-booking-button-click',
      fire: (el) => {
        // The page routes the booking itself, so the test page stays where it is.
        el.addEventListener('spa-booking-button-click', (e) => e.preventDefault(), { once: true });
        part(el, 'button')!.click();
      },
    },
  },
  {
    tag: 'spa-faq',
    // Its questions are content; the search box is the wording.
    wording: { search: '' },
    visible: { attribute: 'search', value: '', seen: (el) => Boolean(part(el, 'search-input')) },
    event: { name: 'spa-faq-toggle', fire: (el) => part(el, 'question')!.click() },
  },
  {
    tag: 'spa-technique-cards',
    visible: { attribute: 'layout', value: 'table', seen: (el) => Boolean(part(el, 'table')) },
    event: {
      name: 'spa-technique-cards-select',
      fire: async (el) => {
        el.setAttribute('selectable', '');
        await el.updateComplete;
        part(el, 'cta')!.click();
      },
    },
  },
  {
    tag: 'spa-pain-check',
    visible: {
      attribute: 'compact',
      value: '',
      seen: (el) => parseFloat(getComputedStyle(part(el, 'form')!).fontSize) < parseFloat(getComputedStyle(el).fontSize),
    },
    event: { name: 'spa-assessment-complete', fire: (el) => answerEmergency(el) },
  },
];

/** Ticks the first warning sign of the pain check and goes on: the result comes at once. */
async function answerEmergency(el: Widget): Promise<void> {
  el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
  await el.updateComplete;
  part(el, 'next')!.click();
  await el.updateComplete;
}

/** Creates `tag` with its required attributes, lets `prepare` add more, connects it and waits. */
export async function widget(row: KitElement, prepare: (el: Widget) => void = () => {}, container: HTMLElement = document.body): Promise<Widget> {
  const el = document.createElement(row.tag) as Widget;
  for (const [name, value] of Object.entries(row.required ?? {})) el.setAttribute(name, value);
  prepare(el);
  container.append(el);
  await el.updateComplete;
  return el;
}

/** A `<script type="application/json">` child with `text`. */
export function jsonChild(text: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  return script;
}

/** The booking links of the `<spa-booking-button>`s inside `root`, once each has rendered. */
export async function bookingLinks(root: ParentNode): Promise<HTMLAnchorElement[]> {
  const buttons = [...root.querySelectorAll<Widget>('spa-booking-button')];
  await Promise.all(buttons.map((b) => b.updateComplete));
  return buttons.map((b) => part(b, 'button') as HTMLAnchorElement);
}

/** What the visitor reads on each of those links. */
export const bookingLabels = async (root: ParentNode) => (await bookingLinks(root)).map((a) => a.textContent!.trim());
