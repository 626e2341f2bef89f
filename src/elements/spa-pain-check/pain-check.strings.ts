import type { PainBand, PainDuration } from '../../core/assessment.js';
import type { Pressure } from '../../content/technique.schema.js';
import type { Catalog } from '../../core/strings.js';
import type { Experience, Feeling, PressurePreference, SafetyFlag } from './answers.js';
import type { Frequency, ReasonId } from './assess.js';

/**
 * Every visible or spoken string of `<spa-pain-check>`; override any of them with `strings`.
 * Groups (`bands`, `flags`, `reasons` …) merge key by key: an override may name just the texts it changes.
 */
export interface PainCheckStrings {
  /** Above each question; `{step}` and `{total}`. */
  progress: string;
  /** The Back button. */
  back: string;
  /** The Next button on steps 1–4. */
  next: string;
  /** The last step's Next, which shows the result. */
  finish: string;
  /** Why Next does nothing yet. */
  answerFirst: string;
  /** Why Next does nothing yet on the safety step. */
  tickFirst: string;
  /** Question 1: how strong the pain is now. */
  painLegend: string;
  /** Under question 1: what 0 and 10 mean. */
  painHint: string;
  /** The band words shown beside each number, by band. */
  bands: Record<PainBand, string>;
  /** Beside 10, the top of the scale (0 reads "no pain" from `bands`). */
  painWorst: string;
  /** Names the chosen value; `{level}` and `{band}`. */
  painChosen: string;
  /** Question 2: how long the pain has lasted. */
  durationLegend: string;
  /** The answers to question 2, in weeks, by duration. */
  durations: Record<PainDuration, string>;
  /** Beside each duration: the plain word and the clinical one. */
  durationHints: Record<PainDuration, string>;
  /** Question 3: what the pain feels like most. */
  feelingLegend: string;
  /** The answers to question 3, by feeling. */
  feelings: Record<Feeling, string>;
  /** Question 4, which asks two things: its heading. */
  experienceStepLegend: string;
  /** Question 4a: massage before? */
  experienceLegend: string;
  /** The answers to question 4a, by experience. */
  experiences: Record<Experience, string>;
  /** Question 4b: the pressure the visitor likes. */
  pressureLegend: string;
  /** The answers to question 4b, by preference. */
  pressures: Record<PressurePreference, string>;
  /** Question 5: the safety check. */
  safetyLegend: string;
  /** Under question 5: tick every box that applies; answers stay on the page. */
  safetyHint: string;
  /** Heading of the emergency signs. */
  urgentGroup: string;
  /** Heading of the reasons to see a doctor first. */
  doctorGroup: string;
  /** Each safety box, by id; also read back as the reason behind an urgent or see-doctor result. */
  flags: Record<SafetyFlag, string>;
  /** The explicit "none of these" box. */
  none: string;
  /** Title of the urgent result. */
  urgentTitle: string;
  /** Urgent result, after a nerve sign: why it cannot wait. */
  urgentText: string;
  /** Urgent result, after a serious accident: why it cannot wait. */
  urgentAccidentText: string;
  /** Urgent result: what to do now. */
  urgentAction: string;
  /** Title of the see-a-doctor result. */
  doctorTitle: string;
  /** Lead-in of the list of safety answers behind an urgent or see-doctor result. */
  because: string;
  /** See-a-doctor result when a box needs a doctor within a day or so. */
  doctorSoon: string;
  /** See-a-doctor result when the doctor's word is needed before booking. */
  doctorBefore: string;
  /** Label of the booking button after a see-doctor outcome. */
  bookAfterDoctor: string;
  /** Start of the suggestion's title, before the technique. */
  okTitle: string;
  /** The technique in the suggestion's title; `{technique}`. */
  okTechnique: string;
  /** Label of the second-choice technique. */
  alternativeLabel: string;
  /** Label of the pressure to start with. */
  pressureLabel: string;
  /** Label of how often to come. */
  frequencyLabel: string;
  /** Lead-in of the reasons behind a suggestion. */
  whyLabel: string;
  /** How each pressure reads in the result. */
  pressureNames: Record<Pressure, string>;
  /** How often to come, by frequency. */
  frequencies: Record<Frequency, string>;
  /** The honest note: no technique has been shown to beat another. */
  evidence: string;
  /** "Because you said …" sentences; placeholders `{level}`, `{band}`, `{flag}`, `{technique}`, `{alternative}`, `{pressure}`, `{preference}`. */
  reasons: Record<ReasonId, string>;
  /** Label of the booking button after an ok outcome; `{technique}` is its name in running text. */
  bookTechnique: string;
  /** Technique names as they read inside a sentence, by technique id. */
  techniqueNames: Readonly<Record<string, string>>;
  /** The "not a diagnosis" note under every result. */
  disclaimer: string;
  /** The button that erases the answers and goes back to step 1. */
  startOver: string;
  /** The button that prints the result and summary. */
  print: string;
  /** The button that copies the plain-text summary. */
  copy: string;
  /** Shown and announced once the summary is copied. */
  copied: string;
  /** When the clipboard is not available: the summary is selected instead. */
  copyFallback: string;
  /** The summary's disclosure, and the label of its text box. */
  summaryTitle: string;
  /** First line of the plain-text summary. */
  summaryHeading: string;
  /** Summary: heading of the answers. */
  summaryAnswers: string;
  /** Summary: label of the result. */
  summaryResult: string;
}

const en: PainCheckStrings = {
  progress: 'Step {step} of {total}',
  back: 'Back',
  next: 'Next',
  finish: 'See my result',
  answerFirst: 'Choose an answer to go on.',
  tickFirst: 'Tick every box that applies, or “None of these”, to go on.',
  painLegend: 'How strong is your back pain right now?',
  painHint: '0 means no pain at all, 10 the worst pain you can imagine.',
  bands: { none: 'no pain', mild: 'mild', moderate: 'moderate', severe: 'severe' },
  painWorst: 'worst imaginable',
  painChosen: 'You chose {level}: {band}.',
  durationLegend: 'How long have you had this pain?',
  durations: { acute: 'Less than 6 weeks', subacute: '6 to 12 weeks', chronic: 'More than 12 weeks' },
  durationHints: { acute: 'recent (acute)', subacute: 'settling in (subacute)', chronic: 'long-lasting (chronic)' },
  feelingLegend: 'What does it feel like most of the time?',
  feelings: {
    knots: 'Tender knots, or a sore spot I can point to',
    travels: 'Pain that starts in one spot and spreads somewhere else',
    stiffness: 'Deep tightness and stiffness that stays',
    stress: 'Tension that gets worse when I’m stressed',
    ache: 'A general ache across the lower back',
  },
  experienceStepLegend: 'Massage and pressure',
  experienceLegend: 'Have you had a massage before?',
  experiences: { first: 'No, this would be my first', few: 'Yes, a few times', regular: 'Yes, regularly' },
  pressureLegend: 'What pressure do you like?',
  pressures: { gentle: 'Gentle', medium: 'Medium', firm: 'Firm', 'not-sure': 'Not sure' },
  safetyLegend: 'Safety check: does any of this apply to you now?',
  safetyHint: 'Tick every box that applies. Your answers stay on this page.',
  urgentGroup: 'Signs that need help straight away',
  doctorGroup: 'Reasons to see a doctor before a massage',
  flags: {
    'saddle-numbness': 'New numbness around the genitals, buttocks or inner thighs',
    'bladder-bowel': 'New trouble controlling your bladder or bowels',
    'sexual-function': 'A new change in sexual function, such as loss of feeling',
    'leg-weakness': 'Weakness or numbness in a leg that is getting worse',
    'both-legs': 'Numbness, tingling or weakness in both legs',
    accident: 'Back pain after a serious accident, such as a car crash or a fall from a height',
    'urgent-unsure': 'I’m not sure about one of the signs above',
    fever: 'A fever, or feeling unwell, along with the back pain',
    injury: 'A recent minor fall or injury',
    cancer: 'Cancer now or in the past, or weight loss you cannot explain',
    'night-pain': 'Pain that is constant at night and not eased by rest or changing position',
    fracture: 'A fracture that has not healed, or osteoporosis',
    skin: 'An infection, rash, burn or open wound on your back',
    clot: 'A blood clot (DVT), or medicine that thins your blood',
    surgery: 'Surgery in the last few months',
    pregnancy: 'Pregnancy',
    condition: 'A serious medical condition you are being treated for',
  },
  none: 'None of these',
  urgentTitle: 'Get medical help now',
  urgentText:
    'Together with back pain, this can mean the nerves at the base of the spine are being squeezed. That needs checking in hospital straight away: waiting can cause lasting harm. Please do not book a massage.',
  urgentAccidentText:
    'After a serious accident, back pain needs checking in hospital straight away, even if you can move: the spine may be hurt. Please do not book a massage.',
  urgentAction: 'Call your local emergency number, or go to an emergency department now.',
  doctorTitle: 'Please see a doctor before booking',
  because: 'You told us about:',
  doctorSoon: 'Some of these are worth a doctor’s look today or tomorrow, whether or not you book a massage.',
  doctorBefore: 'Massage may still be fine for you, but a doctor should say so first, and tell your therapist what to avoid.',
  bookAfterDoctor: 'Book once your doctor agrees',
  okTitle: 'Our suggestion',
  okTechnique: '{technique}',
  alternativeLabel: 'Second choice',
  pressureLabel: 'Pressure to start with',
  frequencyLabel: 'How often',
  whyLabel: 'Why',
  pressureNames: { gentle: 'Gentle', medium: 'Medium', firm: 'Firm but comfortable' },
  frequencies: {
    'weekly-1-2': 'One or two sessions a week while the pain is recent',
    weekly: 'About once a week, spacing visits out as the pain settles',
    'every-1-4-weeks': 'One session every one to four weeks, to keep the pain in check',
  },
  evidence:
    'No massage technique has been shown to work better than another for back pain. This suggestion rests on your answers, on comfort, and on what each of our techniques is meant for. Massage can ease pain for a while; it is not a cure, and staying active helps too.',
  reasons: {
    'urgent-sign': '{flag}',
    'doctor-sign': '{flag}',
    'feeling-knots': 'You said you have tender knots or a spot you can point to: {technique} works on exactly those points.',
    'feeling-travels': 'You said the pain spreads from one spot to another: {technique} targets the knots that send pain elsewhere.',
    'feeling-stiffness-chronic': 'You said you have lasting stiffness, for more than 12 weeks: {technique} works slowly into the deeper layers of muscle.',
    'feeling-stiffness': 'You said you feel stiff, but the pain is fairly recent: {technique} loosens muscles without deep pressure.',
    'feeling-stress': 'You said the pain rises with stress: {technique} relaxes the whole body as well as the back.',
    'feeling-ache': 'You said it is a general ache: {technique} eases overall muscle tension.',
    severe: 'You rated your pain {level} ({band}): with strong pain we start with {technique} at gentle pressure.',
    'first-time': 'You said this would be your first massage, so we suggest a technique that suits first-timers, starting gently.',
    'pressure-swap': 'You prefer {preference} pressure, which suits {technique} best of the two.',
    'pressure-preference': 'You prefer {preference} pressure; tell your therapist on the day if it feels like too much or too little.',
    'pressure-limited': 'You prefer {preference} pressure; we suggest {pressure} to start, and your therapist can adjust once they see how you respond.',
    'pressure-unsure': 'You were not sure about pressure, so we suggest {pressure}; your therapist will check in and adjust.',
    'duration-acute': 'You have had the pain for less than 6 weeks: while it is recent, shorter gaps between visits help.',
    'duration-subacute': 'You have had the pain for 6 to 12 weeks: weekly visits, spaced out as it settles.',
    'duration-chronic': 'You have had the pain for more than 12 weeks: regular visits help keep long-term pain in check.',
  },
  bookTechnique: 'Book {technique}',
  techniqueNames: { 'deep-tissue': 'deep tissue massage', swedish: 'Swedish massage', 'trigger-point': 'trigger point therapy' },
  disclaimer:
    'This check gives general information, not a diagnosis. If you are worried, if the pain is getting worse, or if it has not improved after about four weeks, see a doctor.',
  startOver: 'Start over',
  print: 'Print summary',
  copy: 'Copy summary',
  copied: 'Summary copied.',
  copyFallback: 'Copying is not available here: the summary is selected, press Ctrl+C or ⌘+C to copy it.',
  summaryTitle: 'Summary for your therapist',
  summaryHeading: 'Back pain self-check',
  summaryAnswers: 'My answers',
  summaryResult: 'Result',
};

export const painCheckStrings: Catalog<PainCheckStrings> = { en };
