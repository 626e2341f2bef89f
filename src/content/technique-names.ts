/**
 * The built-in techniques' names as they read mid-sentence, by language and id: "Book deep tissue
 * massage", but "Book Swedish massage". One list for the cards' and the booking button's labels,
 * so every widget names a technique the same way; the display names in `techniques.ts` differ
 * from these in case alone.
 */
export const runningNames = {
  en: { 'deep-tissue': 'deep tissue massage', swedish: 'Swedish massage', 'trigger-point': 'trigger point therapy' },
  es: { 'deep-tissue': 'masaje de tejido profundo', swedish: 'masaje sueco', 'trigger-point': 'terapia de puntos gatillo' },
} as const;
