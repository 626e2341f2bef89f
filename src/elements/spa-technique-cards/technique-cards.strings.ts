import type { Catalog } from '../../core/strings.js';
import type { PainType, Pressure } from '../../content/technique.schema.js';

/** Every visible or spoken string of `<spa-technique-cards>`; override any of them with `strings`. */
export interface TechniqueCardsStrings {
  /** Names the comparison: the table's caption and the list of cards, unless a `heading` slot is given. */
  caption: string;
  /** The badge on the recommended technique. */
  recommended: string;
  /** Announced when an assessment on the page recommends a technique; `{technique}` is its name. */
  announce: string;
  /** Label of the pressure scale. */
  pressure: string;
  /** The three pressures, as words. */
  pressures: Readonly<Record<Pressure, string>>;
  /** Label of the "how it feels" text. */
  feelsLike: string;
  /** Label of the list of what a technique is best for. */
  bestFor: string;
  /** Label of the list of benefits. */
  benefits: string;
  /** Label of the pain types row of the table. */
  painTypes: string;
  /** The pain type tags, as words. */
  painTypeNames: Readonly<Record<PainType, string>>;
  /** Label of the first-timers row of the table. */
  firstTimers: string;
  /** Said of a technique that suits a first massage. */
  firstTimersYes: string;
  /** Said of a technique better kept for later. */
  firstTimersNo: string;
  /** Label of the "what it is" row of the table. */
  summary: string;
  /** Label of the session row of the table (length and price). */
  session: string;
  /** The call to action without a booking page; the technique's running name is read after it by screen readers. */
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
    firstTimersNo: 'Better once you know massage',
    summary: 'What it is',
    session: 'Session',
    choose: 'Choose',
    book: 'Book {technique}',
    runningNames: {
      'deep-tissue': 'deep tissue massage',
      swedish: 'Swedish massage',
      'trigger-point': 'trigger point therapy',
    },
  },
  es: {
    caption: 'Comparación de técnicas de masaje',
    recommended: 'Recomendado',
    announce: 'Te recomendamos {technique}.',
    pressure: 'Presión',
    pressures: { gentle: 'Suave', medium: 'Media', firm: 'Firme' },
    feelsLike: 'Qué se siente',
    bestFor: 'Ideal para',
    benefits: 'Beneficios',
    painTypes: 'Ayuda con',
    painTypeNames: {
      chronic: 'dolor de larga duración',
      acute: 'dolor reciente',
      stress: 'tensión por estrés',
      knots: 'nudos',
      pinpoint: 'dolor localizado',
      referred: 'dolor reflejado',
      stiffness: 'rigidez',
    },
    firstTimers: '¿Primer masaje?',
    firstTimersYes: 'Bueno para un primer masaje',
    firstTimersNo: 'Mejor con algo de experiencia',
    summary: 'Qué es',
    session: 'Sesión',
    choose: 'Elegir',
    book: 'Reservar: {technique}',
  },
};
