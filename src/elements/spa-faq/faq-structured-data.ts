import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isOwnJsonLd, writeJsonLd } from '../../core/json-ld.js';
import { describesFaqPage, faqPage, type QuestionAndAnswer } from './faq-schema.js';

/**
 * Every connected `<spa-faq>` and the questions it contributes to structured data (`null`: none,
 * or `schema="off"`). Two FAQs on a page must not make two FAQPage blocks (search engines expect
 * one per page), so they are merged: the first FAQ in document order writes one FAQPage holding
 * every FAQ's questions, in page order.
 */
const registry = new Map<HTMLElement, QuestionAndAnswer[] | null>();

function write(): void {
  const faqs = [...registry.keys()].filter((faq) => faq.isConnected);
  faqs.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const writers = faqs.filter((faq) => registry.get(faq));
  // The site already describes an FAQPage (an SEO plugin, a theme): a second one would clash.
  const foreign = [...document.querySelectorAll('script[type="application/ld+json"]')].some(
    (script) => !isOwnJsonLd(script) && describesFaqPage(script.textContent ?? ''),
  );
  const data = foreign ? null : faqPage(writers.flatMap((faq) => registry.get(faq) ?? []));
  for (const faq of faqs) writeJsonLd(faq, faq === writers[0] ? data : null);
}

/**
 * Keeps one FAQ's questions in the page's FAQPage: joined on connect, left on disconnect, and
 * written again a task after an update that changed them (`invalidate`) or turned it on or off.
 */
export class FaqStructuredData implements ReactiveController {
  #changed = true;
  #on = false;
  #timer?: ReturnType<typeof setTimeout>;

  /**
   * @param enabled Whether the FAQ writes its questions (`schema`).
   * @param questions The FAQ's questions.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly enabled: () => boolean,
    private readonly questions: () => QuestionAndAnswer[],
  ) {
    host.addController(this);
  }

  /** The questions changed. */
  invalidate(): void {
    this.#changed = true;
  }

  hostConnected(): void {
    registry.set(this.host, null);
    // Moved to another place in the page: its structured data is written again from there.
    this.#changed = true;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    registry.delete(this.host);
    writeJsonLd(this.host, null);
    write();
  }

  hostUpdated(): void {
    if (this.#on !== this.enabled()) {
      this.#on = !this.#on;
      this.#changed = true;
    }
    if (!this.#changed || this.#timer) return;
    this.#changed = false;
    // A task later, so 500 questions show first; crawlers that run scripts wait for it. A
    // pending write is not pushed back: it reads the questions current when it runs.
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (!this.host.isConnected) return;
      registry.set(this.host, this.#on ? this.questions() : null);
      write();
    });
  }
}
