import type { ContentCatalog } from './content-catalog.js';

/** One built-in question: plain text; a blank line in `answer` starts a new paragraph. */
export interface FaqContentItem {
  id: string;
  question: string;
  answer: string;
  category?: string;
}

/**
 * The five questions at the end of the spa's page on massage for lower back pain, in our own
 * words from its facts (`shared/seed/`), with no promise beyond the sources
 * (`shared/PAIN-CHECK-SOURCES.md`): relief that is usually short-term, soreness that can follow,
 * and when to see a doctor instead. Shown by a bare `<spa-faq>`.
 */
const en: readonly FaqContentItem[] = [
  {
    id: 'is-massage-safe',
    question: 'Is massage safe for everyone who has lower back pain?',
    answer:
      'For most people it is, but not for everyone. Skip massage if you have an infection, a fracture that has not healed yet or certain skin conditions.\n\nIf you are pregnant, have had recent surgery, take blood thinners or live with a serious medical condition, talk to your doctor first. If the pain is very bad, getting worse, or comes with fever, numbness or weakness, see a doctor before you book.',
  },
  {
    id: 'how-often',
    question: 'How often should I book a massage for my lower back?',
    answer:
      'It depends on how strong the pain is and how long you have had it. For recent (acute) pain, one or two sessions a week is common; for long-standing (chronic) pain, one every one to four weeks.\n\nMost new back pain gets better within a few weeks, and staying active helps. If yours has not improved after about four weeks, see a doctor. Your therapist will help you find a rhythm that suits you.',
  },
  {
    id: 'other-treatments',
    question: 'Can massage be combined with other treatments?',
    answer:
      'Yes. Massage can go alongside physiotherapy, chiropractic care and exercise. The relief it brings is usually short-term, so treat it as one part of a plan that keeps you moving, not as the whole plan.\n\nTell each of your practitioners about everything you are doing for your back.',
  },
  {
    id: 'self-massage',
    question: 'Can I massage my own lower back at home?',
    answer:
      'Self-massage can bring some short-term relief: lean into a foam roller or a tennis ball to press on tight spots in the lower back and buttocks.\n\nIt can help between visits. Go gently, and stop if the pain gets worse.',
  },
  {
    id: 'after-your-massage',
    question: 'What should I do after a massage?',
    answer:
      'Drink some water, stretch gently and keep moving, but leave hard physical effort for the next day.\n\nAfter firm or deep work you may feel sore for a day or two; this usually passes by itself. If the pain gets worse or does not ease, tell your therapist or see a doctor.',
  },
];

/** The same questions in Spanish (neutral, "tú"), by id: deep links stay the same in every language. */
const es: Readonly<Record<string, Pick<FaqContentItem, 'question' | 'answer'>>> = {
  'is-massage-safe': {
    question: '¿Es seguro el masaje para cualquier persona con dolor lumbar?',
    answer:
      'Para la mayoría de las personas sí, pero no para todas. Evita el masaje si tienes una infección, una fractura que aún no ha sanado o ciertas afecciones de la piel.\n\nSi estás embarazada, te han operado hace poco, tomas anticoagulantes o tienes una enfermedad grave, consulta antes con tu médico. Si el dolor es muy fuerte, va a peor o viene con fiebre, entumecimiento o debilidad, acude a un médico antes de reservar.',
  },
  'how-often': {
    question: '¿Cada cuánto debería reservar un masaje para la zona lumbar?',
    answer:
      'Depende de lo fuerte que sea el dolor y de cuánto tiempo hace que lo tienes. Para un dolor reciente (agudo) es habitual venir una o dos veces por semana; para un dolor de larga duración (crónico), una vez cada una a cuatro semanas.\n\nLa mayoría de los dolores de espalda nuevos mejoran en pocas semanas, y mantenerse activo ayuda. Si el tuyo no ha mejorado al cabo de unas cuatro semanas, consulta a un médico. Tu terapeuta te ayudará a encontrar el ritmo que te convenga.',
  },
  'other-treatments': {
    question: '¿Se puede combinar el masaje con otros tratamientos?',
    answer:
      'Sí. El masaje puede acompañar a la fisioterapia, la quiropráctica y el ejercicio. El alivio que aporta suele ser de corta duración, así que tómalo como una parte de un plan que te mantenga en movimiento, no como el plan entero.\n\nCuéntale a cada profesional que te atiende todo lo que haces por tu espalda.',
  },
  'self-massage': {
    question: '¿Puedo masajearme la zona lumbar en casa?',
    answer:
      'El automasaje puede dar algo de alivio a corto plazo: apóyate sobre un rodillo de espuma o una pelota de tenis para presionar los puntos tensos de la zona lumbar y los glúteos.\n\nPuede ayudarte entre sesiones. Hazlo con suavidad y detente si el dolor aumenta.',
  },
  'after-your-massage': {
    question: '¿Qué debo hacer después de un masaje?',
    answer:
      'Bebe algo de agua, estira con suavidad y sigue moviéndote, pero deja el esfuerzo físico intenso para el día siguiente.\n\nTras un trabajo firme o profundo puedes notar molestias durante uno o dos días; suelen pasar solas. Si el dolor empeora o no cede, díselo a tu terapeuta o consulta a un médico.',
  },
};

/** The built-in questions by language, for `contentFor`. */
export const faqContent: ContentCatalog<readonly FaqContentItem[]> = {
  en,
  es: en.map((item) => ({ ...item, ...es[item.id] })),
};
