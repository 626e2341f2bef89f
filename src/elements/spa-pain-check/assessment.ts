import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SLUG_PATTERN } from '../../core/schema.js';

/**
 * The outcomes of `<spa-pain-check>`, most serious first: emergency care now, a doctor today or
 * tomorrow, a doctor before booking, or a suggestion.
 */
export type AssessmentOutcome = 'emergency' | 'urgent' | 'see-doctor' | 'ok';

/** The pain band the 0–10 rating falls in; wording, never a diagnosis. */
export type PainBand = 'none' | 'mild' | 'moderate' | 'severe';

/** How long the pain has lasted: under 6 weeks, 6–12 weeks, over 12 weeks. */
export type PainDuration = 'acute' | 'subacute' | 'chronic';

/** What `<spa-pain-check>` suggests when no safety answer stands in the way. */
export interface AssessmentRecommendation {
  /** Technique id, e.g. `swedish`: the same as the detail's `technique`. */
  technique: string;
  /** A second choice, a different technique id. */
  alternative: string;
  /** Pressure to start with. */
  pressure: 'gentle' | 'medium' | 'firm';
  /** How often to come, as an id: `weekly-1-2`, `weekly`, `every-1-4-weeks`. */
  frequency: string;
}

/**
 * Detail of `spa-assessment-complete`. It carries health information: it stays on the page, and
 * the README tells site owners not to forward it to analytics without the visitor's consent.
 */
export interface AssessmentCompleteDetail {
  outcome: AssessmentOutcome;
  /** The recommended technique's id, e.g. `swedish`; present only when `outcome` is `ok`. */
  technique?: string;
  /** The 0–10 rating; absent when a warning sign ended the check before it was asked. */
  painLevel?: number;
  painBand?: PainBand;
  /** Present only when `outcome` is `ok`. */
  duration?: PainDuration;
  /** Present only when `outcome` is `ok`. */
  recommendation?: AssessmentRecommendation;
  /** Why, one short sentence per answer that shaped the outcome. */
  reasons: string[];
}

declare global {
  interface HTMLElementEventMap {
    'spa-assessment-complete': CustomEvent<AssessmentCompleteDetail>;
  }
  // It bubbles and is composed, so followers listen for it on the document.
  interface DocumentEventMap {
    'spa-assessment-complete': CustomEvent<AssessmentCompleteDetail>;
  }
}

/**
 * Lets an element follow `spa-assessment-complete` on its document while `enabled()` says so:
 * `technique` is the recommended technique of the latest `ok` outcome, and is cleared by any
 * other outcome; `heard` counts the assessments. The listener is added on connect and removed on
 * disconnect, so a single-page app that removes the element leaves nothing behind.
 *
 * A follower that has heard nothing yet catches up with a result told before it listened: it came
 * to the page later (a drop-in registers a widget below the screen after the page's paint, an app
 * adds it), or started following then. It takes the result of the last pain check in the document
 * that holds one (`<spa-pain-check>.assessment`; one inside another shadow root is not found).
 */
export class AssessmentFollower implements ReactiveController {
  /** The technique id the latest assessment recommended, if it recommended one. */
  technique?: string;
  /**
   * How many assessments this follower has heard; it grows on each one, so an element can tell a
   * repeated pick (the visitor took the check again) from no news.
   */
  heard = 0;
  /** Whether the latest was caught up with rather than heard as it was told: not the moment to scroll to it. */
  caughtUp = false;
  #listening?: Document;
  /** Whether a result was heard, or caught up with, since following began. */
  #hasHeard = false;
  /** A result was caught up with during an update, which had settled what it shows already. */
  #updateAfter = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly enabled: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#sync();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostUpdated(): void {
    if (!this.#updateAfter) return;
    this.#updateAfter = false;
    if (this.host.isConnected) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#listening?.removeEventListener('spa-assessment-complete', this.#onAssessment);
    this.#listening = undefined;
  }

  #sync(): void {
    const want = this.enabled() && this.host.isConnected ? this.host.ownerDocument : undefined;
    if (want === this.#listening) return;
    this.hostDisconnected();
    if (want) {
      want.addEventListener('spa-assessment-complete', this.#onAssessment);
      this.#listening = want;
      if (!this.#hasHeard) this.#catchUp(want);
    } else {
      // Following was turned off.
      this.technique = undefined;
      this.#hasHeard = false;
    }
  }

  #catchUp(document: Document): void {
    const checks = document.getElementsByTagName('spa-pain-check');
    for (let i = checks.length - 1; i >= 0; i--) {
      const told = (checks[i] as Partial<{ assessment: AssessmentCompleteDetail }>).assessment;
      if (told === undefined) continue;
      this.#hear(told, true);
      this.#updateAfter = true;
      this.host.requestUpdate();
      return;
    }
  }

  #onAssessment = (event: CustomEvent<AssessmentCompleteDetail>): void => {
    this.#hear(event.detail, false);
    this.host.requestUpdate();
  };

  #hear(told: unknown, caughtUp: boolean): void {
    this.#hasHeard = true;
    this.caughtUp = caughtUp;
    // Any script on the page can fire this event: take only a well-formed technique id.
    const detail = told as Partial<AssessmentCompleteDetail> | null;
    // A 0.1 detail named the technique only inside `recommendation`.
    const technique: unknown = detail?.outcome === 'ok' ? (detail.technique ?? detail.recommendation?.technique) : undefined;
    this.technique = typeof technique === 'string' && SLUG_PATTERN.test(technique) ? technique : undefined;
    this.heard++;
  }
}
