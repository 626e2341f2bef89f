import type { ContentCatalog } from './content-catalog.js';
import type { Technique } from './technique.schema.js';

/**
 * The spa's three techniques for lower back pain, in our own words from the facts on its page
 * (`shared/seed/`). Claims stay within what the sources support (`shared/PAIN-CHECK-SOURCES.md`):
 * short-term relief, comfort and relaxation, and no technique shown to work better than another,
 * so the lists describe what each one is and who tends to choose it. Used when no techniques are
 * configured.
 */
export const techniques: readonly Technique[] = [
  {
    id: 'deep-tissue',
    name: 'Deep tissue massage',
    summary:
      'Slow strokes with firm pressure that work into the deeper layers of muscle and the fascia around them, for tension that has built up over time.',
    feelsLike:
      'Firm and at times intense; say so if it is too much and your therapist will ease off. You may feel sore for a day or two afterwards.',
    pressure: 'firm',
    bestFor: ['Aches that keep coming back', 'Knotted, tight or stiff areas', 'People who like firm pressure'],
    benefits: ['Works into the deeper layers of muscle', 'Short-term relief from tight, stiff muscles'],
    goodForFirstTimers: false,
    painType: ['chronic', 'knots', 'stiffness'],
    duration: 60,
    bookingService: 'deep-tissue',
  },
  {
    id: 'swedish',
    name: 'Swedish massage',
    summary:
      'A gentler, whole-body massage of long gliding strokes, kneading and circular movements, meant to help you relax as well as ease your back.',
    feelsLike: 'Soothing and rhythmic, with gentle pressure throughout.',
    pressure: 'gentle',
    bestFor: ['Back pain that comes with stress', 'General muscle tension', 'A first massage'],
    benefits: ['Helps the whole body relax', 'Can leave you feeling less stressed', 'Short-term relief from general muscle tension'],
    goodForFirstTimers: true,
    painType: ['stress', 'acute'],
    duration: 60,
    bookingService: 'swedish',
  },
  {
    id: 'trigger-point',
    name: 'Trigger point therapy',
    summary:
      'Steady, direct pressure on tight, tender spots in a muscle, known as trigger points, one at a time, to ease the tension held there.',
    feelsLike: 'Focused pressure on one spot at a time: tender while it lasts, and the spot may stay sore for a day or two.',
    pressure: 'medium',
    bestFor: ['A sore spot you can point to', 'Tight knots in a muscle', 'Recent or long-standing pain'],
    benefits: ['Works on one tender spot at a time', 'Short-term relief from tight knots'],
    goodForFirstTimers: true,
    painType: ['knots', 'pinpoint', 'acute', 'chronic'],
    duration: 60,
    bookingService: 'trigger-point',
  },
];

/** The built-in techniques by language, for `contentFor`; other languages than English arrive with the wording of the widget that shows them. */
export const techniqueContent: ContentCatalog<readonly Technique[]> = { en: techniques };
