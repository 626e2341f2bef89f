import type { FaqContentItem } from './faq.js';

/**
 * The built-in questions in Spanish (neutral, "tú"), by id: deep links stay the same in every
 * language. Wording only, with nothing imported, so this file stays apart from the script that
 * fetches it.
 */
export const faqWordingEs: Readonly<Record<string, Pick<FaqContentItem, 'question' | 'answer'>>> = {
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
