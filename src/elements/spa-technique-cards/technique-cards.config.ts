import * as v from 'valibot';
import type { ConfigOf, ListField } from '../../core/config.js';
import { srcField } from '../../core/remote-json.js';
import { headingLevel, oneOf, safeUrl, slug, text, toggle } from '../../core/schema.js';
import { sharedFields } from '../../core/spa-element.js';
import type { Technique } from '../../content/technique.schema.js';
import { PROVIDERS } from '../spa-booking-button/booking-url.js';
import { readTechniques } from './technique-input.js';

/** The techniques of one source, each checked; a bad one is reported and left out. */
const techniqueList: ListField<Technique> = {
  read(raw, source) {
    const { techniques, problems } = readTechniques(raw, source);
    return { value: techniques, problems };
  },
};

/**
 * Every setting of `<spa-technique-cards>`, each declared once: as an attribute (`bookingHref` is
 * `booking-href`), a property, a key of `config`, of the JSON child and of the `src` file.
 */
export const techniqueCardsFields = {
  ...sharedFields,
  /** The techniques to compare, replacing the built-in three; invalid ones are reported and left out. */
  techniques: techniqueList,
  /** A JSON file with `{ "techniques": [...] }` and any other setting, fetched once per page. */
  src: srcField,
  /** Which techniques to show, in this order: `include="swedish, deep-tissue"`. */
  include: text,
  /** The id of the technique to mark as recommended, e.g. `deep-tissue`. */
  highlight: slug,
  /** `cards`: one card per technique. `table`: a comparison table (cards again in a narrow widget). */
  layout: () => v.optional(oneOf(['cards', 'table']), 'cards'),
  /** Heading level of each technique's title, 2 to 6: one below the section it sits in. */
  headingLevel: () => headingLevel(3),
  /** The spa's booking page: each technique then books through `<spa-booking-button>`. */
  bookingHref: safeUrl,
  /** The booking system behind `booking-href`, as on `<spa-booking-button provider>`. */
  bookingProvider: () => v.optional(oneOf(PROVIDERS), 'generic'),
  /** Write schema.org `Service` entries (with an `Offer` where priced) as JSON-LD for search engines. */
  schema: () => toggle(false),
  /** Highlight whatever a `spa-assessment-complete` event on the page recommends, and announce it. */
  followAssessment: () => toggle(false),
  /** With `follow-assessment`, also scroll the recommended technique into view. */
  scrollToRecommended: () => toggle(false),
  /** Without `booking-href`: give each technique a "Choose" button that fires `spa-technique-cards-select`. */
  selectable: () => toggle(false),
};

export type TechniqueCardsConfig = ConfigOf<typeof techniqueCardsFields>;
