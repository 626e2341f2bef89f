import type { Technique } from './technique.schema.js';

/** What a language changes of a technique; ids, pressure and booking stay shared. */
export type TechniqueWording = Pick<Technique, 'name' | 'summary' | 'feelsLike' | 'bestFor' | 'benefits'>;

/** The same techniques in Spanish (neutral, "tú"), by id; ids, pressure and booking stay shared. */
export const techniqueWordingEs: Readonly<Record<string, TechniqueWording>> = {
  'deep-tissue': {
    name: 'Masaje de tejido profundo',
    summary:
      'Movimientos lentos con presión firme que trabajan las capas profundas del músculo y la fascia que lo rodea, para la tensión acumulada con el tiempo.',
    feelsLike:
      'Firme y a veces intenso; avisa si es demasiado y tu terapeuta bajará la presión. Puedes notar molestias durante uno o dos días.',
    bestFor: ['Molestias que vuelven una y otra vez', 'Zonas con nudos, tensas o rígidas', 'Quien prefiere presión firme'],
    benefits: ['Trabaja las capas profundas del músculo', 'Alivio a corto plazo de músculos tensos y rígidos'],
  },
  swedish: {
    name: 'Masaje sueco',
    summary:
      'Un masaje más suave, de todo el cuerpo, con movimientos largos y deslizantes, amasamiento y movimientos circulares, pensado para ayudarte a relajarte y aliviar la espalda.',
    feelsLike: 'Relajante y rítmico, con presión suave de principio a fin.',
    bestFor: ['Dolor de espalda que aumenta con el estrés', 'Tensión muscular general', 'Un primer masaje'],
    benefits: ['Ayuda a relajar todo el cuerpo', 'Puede ayudarte a sentir menos estrés', 'Alivio a corto plazo de la tensión muscular general'],
  },
  'trigger-point': {
    name: 'Terapia de puntos gatillo',
    summary:
      'Presión directa y sostenida sobre puntos tensos y sensibles del músculo, llamados puntos gatillo, uno a uno, para aliviar la tensión que acumulan.',
    feelsLike: 'Presión concentrada en un punto cada vez: molesta mientras dura, y la zona puede quedar sensible uno o dos días.',
    bestFor: ['Un punto doloroso que puedes señalar', 'Nudos tensos en un músculo', 'Dolor reciente o de larga duración'],
    benefits: ['Trabaja un punto sensible cada vez', 'Alivio a corto plazo de los nudos tensos'],
  },
};
