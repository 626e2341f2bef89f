import * as v from 'valibot';
import { MAX_TEXT_LENGTH, flag, list, objectOf, oneOf, safeUrl, slug, text } from '../core/schema.js';

export const PRESSURES = ['gentle', 'medium', 'firm'] as const;
export const PAIN_TYPES = ['chronic', 'acute', 'stress', 'knots', 'pinpoint', 'referred', 'stiffness'] as const;

/** More phrases than this fill no card a visitor reads; a longer list is refused, not walked. */
export const MAX_PHRASES = 50;

/**
 * The schema of one massage technique, as `<spa-technique-cards>` shows it and `<spa-pain-check>`
 * recommends it (built by `schemaOf`). It validates config from outside and is the source of the
 * `Technique` type.
 */
export const techniqueSchema = () => objectOf({
  /** Stable id, e.g. `deep-tissue`; used by `include`, `highlight`, events and booking. */
  id: slug(),
  name: text(MAX_TEXT_LENGTH),
  /** One or two sentences: what the technique is. */
  summary: text(MAX_TEXT_LENGTH),
  /** How it feels on the table. */
  feelsLike: v.optional(text(MAX_TEXT_LENGTH)),
  pressure: oneOf(PRESSURES),
  bestFor: list(text(MAX_TEXT_LENGTH), MAX_PHRASES, 'expected a list of short phrases'),
  benefits: list(text(MAX_TEXT_LENGTH), MAX_PHRASES, 'expected a list of short phrases'),
  goodForFirstTimers: flag(),
  painType: list(oneOf(PAIN_TYPES), MAX_PHRASES, `expected a list of: ${PAIN_TYPES.join(', ')}`),
  /** Session length in minutes. */
  duration: v.optional(
    v.pipe(v.number('expected minutes as a number'), v.finite('expected minutes as a number'), v.gtValue(0, 'expected a positive number of minutes')),
  ),
  price: v.optional(
    objectOf(
      {
        amount: v.pipe(v.number('expected a number'), v.finite('expected a number'), v.minValue(0, 'expected zero or more')),
        currency: v.pipe(
          v.string('expected an ISO 4217 code such as "USD"'),
          v.regex(/^[A-Z]{3}$/, 'expected a three-letter ISO 4217 code such as "USD" or "EUR"'),
        ),
      },
      'expected a price such as { "amount": 95, "currency": "EUR" }',
    ),
  ),
  image: v.optional(
    objectOf(
      { src: safeUrl(), alt: v.string('expected alt text ("" only for a decorative image)') },
      'expected an image such as { "src": "https://…", "alt": "…" }',
    ),
  ),
  /** The booking system's id for this service, passed to `<spa-booking-button service>`. */
  bookingService: v.optional(text()),
}, 'expected a technique object such as { "id": "swedish", "name": "Swedish massage", … }');

export type Technique = v.InferOutput<ReturnType<typeof techniqueSchema>>;
export type Pressure = (typeof PRESSURES)[number];
export type PainType = (typeof PAIN_TYPES)[number];
