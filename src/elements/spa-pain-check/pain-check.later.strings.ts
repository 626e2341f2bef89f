import type { PainCheckStrings } from './pain-check.strings.js';

/**
 * The long English texts of a suggestion, which only a visitor who has answered every question
 * sees: fetched at their first touch of the check (`painCheckLaterWording`). Imports nothing, so
 * the bundler keeps it one small file beside the script.
 */
export const later: Pick<PainCheckStrings, 'frequencies' | 'evidence' | 'feelingReasons'> & {
  reasons: Omit<PainCheckStrings['reasons'], 'severe'>;
} = {
  frequencies: {
    'weekly-1-2': 'One or two sessions a week while the pain is recent',
    weekly: 'About once a week, spacing visits out as the pain eases',
    'every-1-4-weeks': 'One session every one to four weeks',
    'no-pain': 'Whenever you like: with no pain now, there is nothing to space visits by',
  },
  evidence:
    'No massage technique has been shown to work better than another for back pain. This suggestion rests on your answers, on comfort, and on what each technique is meant for. Massage can ease pain for a while; it is not a cure, and staying active helps too.',
  reasons: {
    'first-time': 'You said this would be your first massage: we suggest a technique that suits a first visit, with no firm pressure.',
    'pressure-swap': 'You like {preference} pressure, which is how {technique} is usually done.',
    'pressure-preference': 'You like {preference} pressure: tell your therapist on the day if it feels like too much or too little.',
    'pressure-limited': 'You like {preference} pressure: we suggest starting with {pressure} pressure, and your therapist will adjust it to how you respond.',
    'pressure-unsure': 'You were not sure about pressure, so we suggest starting with {pressure} pressure; your therapist will check in and adjust.',
    'duration-acute': 'You have had the pain for less than 6 weeks: while pain is recent, visits closer together are usual.',
    'duration-subacute': 'You have had the pain for 6 to 12 weeks: about once a week, with longer gaps as it eases.',
    'duration-chronic': 'You have had the pain for more than 12 weeks: regular visits a few weeks apart suit long-term pain.',
    'no-pain': 'You have no pain right now, so come whenever you like; a massage can still help you relax.',
  },
  feelingReasons: {
    knots: {
      'trigger-point': 'You said you have tender knots or a spot you can point to: trigger point therapy works on exactly those spots.',
      'deep-tissue': 'You said you have tender knots: deep tissue massage also works on knots, in the deeper layers of muscle.',
      swedish: 'You said you have tender knots: Swedish massage eases the muscles around them gently, a calm start before more focused work.',
    },
    spreads: {
      'trigger-point': 'You said a sore spot sends pain around it: trigger point therapy works on the tight spots that do that.',
      'deep-tissue': 'You said a sore spot sends pain around it: deep tissue massage works on the tight muscle around it.',
      swedish: 'You said a sore spot sends pain around it: Swedish massage eases the whole area gently, a calm start before more focused work.',
    },
    leg: {
      swedish:
        'You said the pain runs down a leg: that often comes from a nerve (sciatica) rather than a knot, so we suggest gentle Swedish massage with no firm pressure along the leg. Tell your therapist, and see a doctor if it has not eased within a few weeks.',
      'trigger-point':
        'You said the pain runs down a leg: that often comes from a nerve (sciatica), so any focused work stays gentle and away from the leg. Tell your therapist, and see a doctor if it has not eased within a few weeks.',
      'deep-tissue':
        'You said the pain runs down a leg: that often comes from a nerve (sciatica), so any deep work stays away from the leg. Tell your therapist, and see a doctor if it has not eased within a few weeks.',
    },
    stiffness: {
      'deep-tissue': 'You said you have lasting stiffness: deep tissue massage works slowly into the deeper layers of muscle.',
      swedish: 'You said you feel stiff: Swedish massage loosens the muscles without deep pressure.',
      'trigger-point': 'You said you feel stiff: trigger point therapy works on the tight spots inside stiff muscles, at moderate pressure.',
    },
    stress: {
      swedish: 'You said the pain rises with stress: Swedish massage relaxes the whole body as well as the back.',
      'trigger-point': 'You said the pain rises with stress: trigger point therapy eases the tight spots that tension leaves behind.',
      'deep-tissue': 'You said the pain rises with stress: deep tissue massage works on the tension held deep in the muscles.',
    },
    ache: {
      swedish: 'You said it is a general ache: Swedish massage eases tension across the whole back.',
      'deep-tissue': 'You said it is a long-lasting general ache: deep tissue massage works into the deeper layers where it sits.',
      'trigger-point': 'You said it is a general ache: trigger point therapy finds the tight spots that often sit behind one.',
    },
  },
};
