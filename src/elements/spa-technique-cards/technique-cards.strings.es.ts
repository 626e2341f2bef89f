import type { TechniqueCardsStrings } from './technique-cards.strings.js';

/** In Spanish (neutral, "tú"); the running names of techniques are shared with the booking button. */
export const es: Omit<TechniqueCardsStrings, 'runningNames'> = {
  caption: 'Comparación de técnicas de masaje',
  recommended: 'Recomendado',
  announce: 'Te recomendamos {technique}.',
  pressure: 'Presión',
  pressures: { gentle: 'Suave', medium: 'Media', firm: 'Firme' },
  feelsLike: 'Cómo se siente',
  bestFor: 'Ideal para',
  benefits: 'Beneficios',
  painTypes: 'Ayuda con',
  painTypeNames: {
    chronic: 'dolor de larga duración',
    acute: 'dolor reciente',
    stress: 'tensión por estrés',
    knots: 'nudos',
    pinpoint: 'dolor localizado',
    referred: 'dolor reflejado',
    stiffness: 'rigidez',
  },
  firstTimers: '¿Primer masaje?',
  firstTimersYes: 'Bueno para un primer masaje',
  firstTimersNo: 'Mejor tras uno o dos masajes',
  summary: 'Qué es',
  session: 'Sesión',
  minutes: '{minutes} min',
  choose: 'Elegir',
  book: 'Reservar {technique}',
};
