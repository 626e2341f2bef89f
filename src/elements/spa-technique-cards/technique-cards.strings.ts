import { addWording } from '../../content/content-catalog.js';
import { techniqueContent } from '../../content/techniques.js';
import type { Catalog, Translations } from '../../core/strings.js';
import { runningNames } from '../../content/technique-names.js';
import type { PainType, Pressure } from '../../content/technique.schema.js';

/** Every visible or spoken string of `<spa-technique-cards>`; override any of them with `strings`. */
export interface TechniqueCardsStrings {
  /** Names the comparison for screen readers: the table and the list of cards. */
  caption: string;
  /** The badge on the recommended technique. */
  recommended: string;
  /** Announced when an assessment on the page recommends a technique; `{technique}` is its name. */
  announce: string;
  /** Label of the pressure: its word and scale. */
  pressure: string;
  /** The three pressures, as words. */
  pressures: Readonly<Record<Pressure, string>>;
  /** Label of the "how it feels" text. */
  feelsLike: string;
  /** Label of the list of what a technique is best for. */
  bestFor: string;
  /** Label of the list of benefits. */
  benefits: string;
  /** Label of the pain types a technique helps with. */
  painTypes: string;
  /** The pain type tags, as words. */
  painTypeNames: Readonly<Record<PainType, string>>;
  /** Label of whether a technique suits a first massage. */
  firstTimers: string;
  /** Said of a technique that suits a first massage. */
  firstTimersYes: string;
  /** Said of a technique better kept for later. */
  firstTimersNo: string;
  /** Label of the "what it is" row of the table. */
  summary: string;
  /** Label of the session's length and price. */
  session: string;
  /**
   * A session's length; `{minutes}` is the number. Used on pages in a language the kit has wording
   * for; on others the browser writes the length in the page's language ("90 Min." in German).
   */
  minutes: string;
  /** The call to action of `selectable` cards without a booking page; screen readers hear the technique's running name after it. */
  choose: string;
  /** The booking call to action; `{technique}` is the technique's running name. */
  book: string;
  /**
   * Techniques' names as they read mid-sentence, keyed by technique id: `deep tissue massage`, but
   * `Swedish massage`. Used only where it differs from the name in case alone; any other
   * technique's name is used as given.
   */
  runningNames: Readonly<Record<string, string>>;
}

export const techniqueCardsStrings: Catalog<TechniqueCardsStrings> = {
  en: {
    caption: 'Massage techniques compared',
    recommended: 'Recommended',
    announce: '{technique} is recommended for you.',
    pressure: 'Pressure',
    pressures: { gentle: 'Gentle', medium: 'Medium', firm: 'Firm' },
    feelsLike: 'How it feels',
    bestFor: 'Best for',
    benefits: 'Benefits',
    painTypes: 'Helps with',
    painTypeNames: {
      chronic: 'long-term pain',
      acute: 'recent pain',
      stress: 'stress-related tension',
      knots: 'knots',
      pinpoint: 'pain you can point to',
      referred: 'pain felt elsewhere',
      stiffness: 'stiffness',
    },
    firstTimers: 'First massage?',
    firstTimersYes: 'Good for a first massage',
    firstTimersNo: 'Better after a massage or two',
    summary: 'What it is',
    session: 'Session',
    minutes: '{minutes} min',
    choose: 'Choose',
    book: 'Book {technique}',
    runningNames: runningNames.en,
  },
};

/** Its other languages, each a file of its own in the ES builds, fetched by a page in that language. */
export const techniqueCardsTranslations: Translations = {
  es: () =>
    Promise.all([import('./technique-cards.strings.es.js'), import('../../content/techniques.es.js')]).then(([{ es }, { techniqueWordingEs }]) => {
      addWording(techniqueContent, 'es', techniqueWordingEs);
      return { ...es, runningNames: runningNames.es };
    }),
};
