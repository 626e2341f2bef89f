import { addWording } from '../../content/content-catalog.js';
import { techniqueContent } from '../../content/techniques.js';
import type { PainBand, PainDuration } from './assessment.js';
import type { Pressure } from '../../content/technique.schema.js';
import type { Catalog, LaterWording, Translations } from '../../core/strings.js';
import type { Experience, Feeling, PressurePreference, SafetyFlag } from './answers.js';
import type { Frequency, ReasonId, TechniqueId } from './assess.js';

/**
 * Every visible or spoken string of `<spa-pain-check>`; override any of them with `strings`.
 * Groups (`bands`, `flags`, `reasons` …) merge key by key: an override may name just the texts it changes.
 */
export interface PainCheckStrings {
  /** Above each question; `{step}` and `{total}`. */
  progress: string;
  /** The Back button. */
  back: string;
  /** The Next button. */
  next: string;
  /** Next on the last step, which shows the result. */
  finish: string;
  /** Why Next does nothing yet. */
  answerFirst: string;
  /** Why Next does nothing yet on a checklist. */
  tickFirst: string;
  /** Step 1: the emergency signs. */
  emergencyLegend: string;
  /** Step 2: the signs that need a doctor today or tomorrow. */
  urgentLegend: string;
  /** Step 3: the reasons to see a doctor before a massage. */
  doctorLegend: string;
  /** Under each checklist: tick all that apply; answers stay on the page. */
  checklistHint: string;
  /** Each box, by id; also read back as the reason behind a result that is not a suggestion. */
  flags: Record<SafetyFlag, string>;
  /** The explicit "none of these" box of each checklist. */
  none: string;
  /** Step 4: how strong the pain is now. */
  painLegend: string;
  /** Under step 4: what 0 and 10 mean. */
  painHint: string;
  /** The band words, said with each number, by band. */
  bands: Record<PainBand, string>;
  /** Said with 10, after its band word. */
  painWorst: string;
  /** Under the scale's first number. */
  painLow: string;
  /** Under the scale's last number. */
  painHigh: string;
  /** Names the chosen value; `{level}` and `{band}`. */
  painChosen: string;
  /** Step 5: how long the pain has lasted. */
  durationLegend: string;
  /** The answers to step 5, in weeks, by duration. */
  durations: Record<PainDuration, string>;
  /** Beside each duration: the plain word and the clinical one. */
  durationHints: Record<PainDuration, string>;
  /** Step 6: what the pain feels like most. */
  feelingLegend: string;
  /** The answers to step 6, by feeling. */
  feelings: Record<Feeling, string>;
  /** Step 7, which asks two things: its heading. */
  massageLegend: string;
  /** Step 7a: massage before? */
  experienceLegend: string;
  /** The answers to step 7a, by experience. */
  experiences: Record<Experience, string>;
  /** Step 7b: the pressure the visitor likes. */
  pressureLegend: string;
  /** The answers to step 7b, by preference. */
  pressures: Record<PressurePreference, string>;
  /** Title of the emergency result. */
  emergencyTitle: string;
  /** Emergency result: what to do, when the page gives no emergency number. */
  emergencyAction: string;
  /** Emergency result: what to do, beside the call link; `{number}`. */
  emergencyActionCall: string;
  /** The emergency call link; `{number}`. */
  emergencyCall: string;
  /** Emergency result, after a nerve sign: why it cannot wait. */
  emergencyNerves: string;
  /** Emergency result, after a serious accident. */
  emergencyAccident: string;
  /** Emergency result, after chest pain. */
  emergencyChest: string;
  /** Title of the result that needs a doctor today or tomorrow. */
  urgentTitle: string;
  /** That result: what to do. */
  urgentText: string;
  /** That result when the visitor was not sure about an emergency sign. */
  urgentUnsureText: string;
  /** Title of the see-a-doctor-first result. */
  doctorTitle: string;
  /** That result: what to do. */
  doctorText: string;
  /** The booking link after a see-a-doctor-first result, when the site allows it. */
  bookAfterDoctor: string;
  /** Lead-in of the answers behind a result that is not a suggestion. */
  because: string;
  /** Title of a suggestion; `{technique}`. */
  okTitle: string;
  /** Label of the second-choice technique. */
  alternativeLabel: string;
  /** Label of the pressure to start with. */
  pressureLabel: string;
  /** Label of how often to come. */
  frequencyLabel: string;
  /** Lead-in of the reasons behind a suggestion. */
  whyLabel: string;
  /** How each pressure reads in the result; the same words as the technique cards. */
  pressureNames: Record<Pressure, string>;
  /** How often to come, by frequency. */
  frequencies: Record<Frequency, string>;
  /** The honest note: no technique has been shown to beat another. */
  evidence: string;
  /**
   * "Because you said …" sentences; placeholders `{level}`, `{band}`, `{technique}`, `{pressure}`,
   * `{preference}`. A sign reads as its box, and the feeling as `feelingReasons`.
   */
  reasons: Record<Exclude<ReasonId, 'sign' | 'feeling'>, string>;
  /** Why the feeling points to the technique suggested, by feeling and technique. */
  feelingReasons: Record<Feeling, Record<TechniqueId, string>>;
  /** Label of the booking button after a suggestion; `{technique}` is its name in running text. */
  bookTechnique: string;
  /** The "not a diagnosis" note under every result but the emergency one. */
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
  /** The summary's disclosure, and the label of its text. */
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
  emergencyLegend: 'First, a safety check: do you have any of these now, along with your back pain?',
  urgentLegend: 'Do any of these apply to you?',
  doctorLegend: 'Before a massage: does any of this apply?',
  checklistHint: 'Tick every box that applies, or “None of these”. Your answers stay on this page.',
  flags: {
    'saddle-numbness': 'New numbness around the genitals, buttocks or inner thighs',
    'bladder-bowel': 'New trouble passing or controlling urine, or controlling your bowels',
    'sexual-function': 'A new change in sexual function, such as loss of feeling',
    'both-legs': 'Pain, tingling, numbness or weakness in both legs',
    'leg-weakness': 'A leg that is getting weaker or more numb',
    accident: 'Back pain after a serious accident, such as a car crash or a fall from a height',
    'chest-pain': 'Chest pain',
    'emergency-unsure': 'I’m not sure about one of these',
    fever: 'A fever, or feeling very unwell',
    'weight-loss': 'Losing weight without trying',
    cancer: 'Cancer, now or in the past',
    lump: 'A lump, swelling or change in the shape of your back',
    'night-pain': 'Pain that is worse at night, or not eased by rest or lying down',
    'minor-fall': 'Pain after a minor fall or lift, and you have osteoporosis or take steroid tablets long term',
    immune: 'A weakened immune system, or injecting drugs',
    'between-shoulders': 'Pain mainly between your shoulder blades',
    'cough-strain': 'Pain that gets much worse when you cough, sneeze or strain',
    worse: 'The pain is getting worse',
    'daily-life': 'The pain stops you doing your usual daily activities',
    'no-improvement': 'About four weeks or more without getting better, and no doctor has looked at it',
    'leg-nerve': 'Pain down one leg with numbness, tingling or weakness in that leg',
    'new-over-50': 'You are over 50 and this back pain is new',
    fracture: 'A broken bone that has not healed yet',
    skin: 'An infection, rash, burn or open wound on your back',
    clot: 'A blood clot (DVT), a bleeding disorder, or medicine that thins your blood',
    surgery: 'Surgery in the last few months',
    pregnancy: 'You are pregnant',
    condition: 'A serious medical condition you are being treated for',
  },
  none: 'None of these',
  painLegend: 'How strong is your back pain right now?',
  painHint: '0 means no pain at all, 10 the worst pain you can imagine.',
  bands: { none: 'no pain', mild: 'mild', moderate: 'moderate', severe: 'severe' },
  painWorst: 'worst imaginable',
  painLow: 'No pain',
  painHigh: 'Worst imaginable',
  painChosen: 'You chose {level}: {band}.',
  durationLegend: 'How long have you had this pain?',
  durations: { acute: 'Less than 6 weeks', subacute: '6 to 12 weeks', chronic: 'More than 12 weeks' },
  durationHints: { acute: 'recent (acute)', subacute: 'lasting a while (subacute)', chronic: 'long-term (chronic)' },
  feelingLegend: 'What does it feel like most of the time?',
  feelings: {
    knots: 'Tender knots, or a sore spot I can point to',
    spreads: 'A sore spot that sends pain to the area around it',
    leg: 'Pain that runs from the back down into a leg',
    stiffness: 'Deep tightness and stiffness that stays',
    stress: 'Tension that gets worse when I’m stressed',
    ache: 'A general ache across the lower back',
  },
  massageLegend: 'Massage and pressure',
  experienceLegend: 'Have you had a massage before?',
  experiences: { first: 'No, this would be my first', few: 'Yes, a few times', regular: 'Yes, regularly' },
  pressureLegend: 'What pressure do you like?',
  pressures: { gentle: 'Gentle', medium: 'Medium', firm: 'Firm', 'not-sure': 'Not sure' },
  emergencyTitle: 'Get emergency help now',
  emergencyAction: 'Call your local emergency number, or go to an emergency department now.',
  emergencyActionCall: 'Call {number} now, or go to an emergency department.',
  emergencyCall: 'Call {number}',
  emergencyNerves:
    'With back pain, these signs can mean the nerves at the base of the spine are being squeezed. That needs checking in hospital straight away: waiting can cause lasting harm. Please do not book a massage.',
  emergencyAccident:
    'After a serious accident, back pain needs checking in hospital straight away, even if you can move: the spine may be hurt. Please do not book a massage.',
  emergencyChest: 'Chest pain together with back pain needs checking straight away. Please do not book a massage.',
  urgentTitle: 'See a doctor today or tomorrow',
  urgentText:
    'Together with back pain, this needs a doctor’s look within a day or so: call your doctor’s practice or a medical helpline today. Please wait with massage until a doctor has seen you.',
  urgentUnsureText:
    'You were not sure about one of the emergency signs. Call your doctor’s practice or a medical helpline today and describe it; if it turns out to be one of them, go to an emergency department.',
  doctorTitle: 'See a doctor before booking a massage',
  doctorText:
    'Massage may still be right for you, but a doctor should look at this first, and can tell your therapist what to avoid.',
  bookAfterDoctor: 'Book once your doctor agrees',
  because: 'What you told us:',
  okTitle: 'Our suggestion: {technique}',
  alternativeLabel: 'Second choice',
  pressureLabel: 'Pressure to start with',
  frequencyLabel: 'How often',
  whyLabel: 'Why',
  pressureNames: { gentle: 'Gentle', medium: 'Medium', firm: 'Firm' },
  // The suggestion's long texts arrive with `painCheckLaterWording`, at the visitor's first touch:
  // empty until then. The reason a see-a-doctor result gives is here, as it must never wait.
  frequencies: {} as PainCheckStrings['frequencies'],
  evidence: '',
  reasons: {
    severe: 'You rated your pain {level} out of 10 ({band}): pain that strong should be seen by a doctor first.',
  } as PainCheckStrings['reasons'],
  feelingReasons: {} as PainCheckStrings['feelingReasons'],
  bookTechnique: 'Book {technique}',
  disclaimer:
    'This check gives general information, not a diagnosis. If you are worried, if the pain gets worse, or if it has not improved after about four weeks, see a doctor.',
  startOver: 'Start over',
  print: 'Print summary',
  copy: 'Copy summary',
  copied: 'Summary copied.',
  copyFallback: 'Copying is not available here: the summary is selected, press Ctrl+C or ⌘+C to copy it.',
  summaryTitle: 'Summary to show your therapist or doctor',
  summaryHeading: 'Back pain self-check',
  summaryAnswers: 'My answers',
  summaryResult: 'Result',
};

export const painCheckStrings: Catalog<PainCheckStrings> = { en };

/** The suggestion's long English texts: a file of its own in the ES builds (see `LaterWording`). */
export const painCheckLaterWording: LaterWording = () => import('./pain-check.later.strings.js').then(({ later }) => later);

/** The pain check's other languages: its longest wording, so fetched only by a page in that language. */
export const painCheckTranslations: Translations = {
  es: () =>
    Promise.all([import('./pain-check.strings.es.js'), import('../../content/techniques.es.js')]).then(([{ es }, { techniqueWordingEs }]) => {
      // The result names and describes the techniques it suggests.
      addWording(techniqueContent, 'es', techniqueWordingEs);
      return es;
    }),
};
