import * as z from 'zod/mini';
import { MAX_TEXT_LENGTH, flag, list, oneOf, safeUrl, slug, text } from '../core/schema.js';

export const PRESSURES = ['gentle', 'medium', 'firm'] as const;
export const PAIN_TYPES = ['chronic', 'acute', 'stress', 'knots', 'pinpoint', 'referred', 'stiffness'] as const;

/** More phrases than this fill no card a visitor reads; a longer list is refused, not walked. */
export const MAX_PHRASES = 50;

/**
 * The schema of one massage technique, as `<spa-technique-cards>` shows it and `<spa-pain-check>`
 * recommends it (built by `schemaOf`). It validates config from outside and is the source of the
 * `Technique` type.
 */
export const techniqueSchema = () => z.object({
  /** Stable id, e.g. `deep-tissue`; used by `include`, `highlight`, events and booking. */
  id: slug(),
  name: text(MAX_TEXT_LENGTH),
  /** One or two sentences: what the technique is. */
  summary: text(MAX_TEXT_LENGTH),
  /** How it feels on the table. */
  feelsLike: z.optional(text(MAX_TEXT_LENGTH)),
  pressure: oneOf(PRESSURES),
  bestFor: list(text(MAX_TEXT_LENGTH), MAX_PHRASES, 'expected a list of short phrases'),
  benefits: list(text(MAX_TEXT_LENGTH), MAX_PHRASES, 'expected a list of short phrases'),
  goodForFirstTimers: flag(),
  painType: list(oneOf(PAIN_TYPES), MAX_PHRASES, `expected a list of: ${PAIN_TYPES.join(', ')}`),
  /** Session length in minutes. */
  duration: z.optional(z.number({ error: 'expected minutes as a number' }).check(z.positive('expected a positive number of minutes'))),
  price: z.optional(
    z.object({
      amount: z.number({ error: 'expected a number' }).check(z.nonnegative('expected zero or more')),
      currency: z.string({ error: 'expected an ISO 4217 code such as "USD"' }).check(
        z.regex(/^[A-Z]{3}$/, 'expected a three-letter ISO 4217 code such as "USD" or "EUR"'),
      ),
    }),
  ),
  image: z.optional(z.object({ src: safeUrl(), alt: z.string({ error: 'expected alt text ("" only for a decorative image)' }) })),
  /** The booking system's id for this service, passed to `<spa-booking-button service>`. */
  bookingService: z.optional(text()),
}, { error: 'expected a technique object such as { "id": "swedish", "name": "Swedish massage", … }' });

export type Technique = z.infer<ReturnType<typeof techniqueSchema>>;
export type Pressure = (typeof PRESSURES)[number];
export type PainType = (typeof PAIN_TYPES)[number];
