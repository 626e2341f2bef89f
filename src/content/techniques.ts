import type { Technique } from './technique.schema.js';

/**
 * The spa's three techniques for lower back pain, in our own words from the facts on its page
 * (`shared/seed/`). Used when no techniques are configured.
 */
export const techniques: readonly Technique[] = [
  {
    id: 'deep-tissue',
    name: 'Deep tissue massage',
    summary:
      'Slow, firm strokes that work down into the deeper layers of muscle and the fascia around them, to loosen long-held tension.',
    feelsLike: 'Intense but never painful: your therapist checks in so the pressure stays firm yet comfortable.',
    pressure: 'firm',
    bestFor: ['Chronic aches that keep coming back', 'Stubborn knots and tight, contracted areas', 'Deep, lasting stiffness'],
    benefits: [
      'Reaches the deep layers of muscle',
      'Releases long-standing muscle tension',
      'Helps break down scar tissue and adhesions',
    ],
    goodForFirstTimers: false,
    painType: ['chronic', 'knots', 'stiffness'],
    duration: 60,
    bookingService: 'deep-tissue',
  },
  {
    id: 'swedish',
    name: 'Swedish massage',
    summary:
      'A gentler, whole-body massage of long gliding strokes, kneading and circular movements that relaxes you while it eases the back.',
    feelsLike: 'Soothing and rhythmic; it calms the nervous system as well as the muscles.',
    pressure: 'gentle',
    bestFor: ['Back pain that rises with stress', 'General muscle tension', 'Your first massage'],
    benefits: ['Relaxes the whole body', 'Lowers stress and anxiety', 'Boosts circulation', 'Eases general muscle tension'],
    goodForFirstTimers: true,
    painType: ['stress', 'acute'],
    duration: 60,
    bookingService: 'swedish',
  },
  {
    id: 'trigger-point',
    name: 'Trigger point therapy',
    summary:
      'Finds the tight, tender spots inside a muscle and holds direct pressure on them until they let go, easing the pain they cause locally and elsewhere.',
    feelsLike: 'Focused pressure on one spot at a time, a tender feeling that fades as the point releases.',
    pressure: 'medium',
    bestFor: ['Pain you can point to', 'Pain that travels from a knot to somewhere else', 'Both recent and long-term pain'],
    benefits: [
      'Pinpoints the exact sources of pain',
      'Releases tight muscle knots',
      'Eases referred pain',
      'Helps muscles work normally again',
    ],
    goodForFirstTimers: true,
    painType: ['knots', 'pinpoint', 'referred', 'acute', 'chronic'],
    duration: 60,
    bookingService: 'trigger-point',
  },
];
