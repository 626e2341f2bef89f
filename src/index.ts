/**
 * The one script: registers every spa-widgets element and exports nothing, so the classic build
 * adds no global beyond `window.SpaWidgets`. Element classes are importable without registering
 * them from their own entries (e.g. `spa-widgets/booking-button.js`).
 */
import './elements/spa-booking-button/define.js';
import './elements/spa-technique-cards/define.js';
import './elements/spa-faq/define.js';
import './elements/spa-pain-check/define.js';

// Types only, erased from the bundle. Re-exporting from the element modules also puts their
// global declarations (tags on HTMLElementTagNameMap, events on HTMLElementEventMap and
// DocumentEventMap) into this entry's .d.ts, so `import 'spa-widgets'` alone types the DOM.
export type { SpaErrorDetail } from './core/events.js';
export type { Theme } from './core/spa-element.js';
export type { SpaBookingButton, BookingClickDetail } from './elements/spa-booking-button/spa-booking-button.js';
export type { BookingButtonConfig, BookingMode } from './elements/spa-booking-button/booking-button.config.js';
export type { BookingButtonStrings } from './elements/spa-booking-button/booking-button.strings.js';
export type { Provider } from './elements/spa-booking-button/booking-url.js';
export type { SpaFaq, FaqItem, FaqToggleDetail } from './elements/spa-faq/spa-faq.js';
export type { FaqConfig } from './elements/spa-faq/faq.config.js';
export type { FaqStrings } from './elements/spa-faq/faq.strings.js';
export type { SpaTechniqueCards, TechniqueSelectDetail } from './elements/spa-technique-cards/spa-technique-cards.js';
export type { TechniqueCardsConfig } from './elements/spa-technique-cards/technique-cards.config.js';
export type { TechniqueCardsStrings } from './elements/spa-technique-cards/technique-cards.strings.js';
export type { Technique, Pressure, PainType } from './content/technique.schema.js';
export type { SpaPainCheck, PainCheckConfig } from './elements/spa-pain-check/spa-pain-check.js';
export type {
  AssessmentCompleteDetail,
  AssessmentOutcome,
  AssessmentRecommendation,
  PainBand,
  PainDuration,
} from './elements/spa-pain-check/assessment.js';
export type { PainCheckStrings } from './elements/spa-pain-check/pain-check.strings.js';
