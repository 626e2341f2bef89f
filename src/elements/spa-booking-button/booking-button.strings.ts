import type { Catalog } from '../../core/strings.js';

/** Every visible or spoken string of `<spa-booking-button>`; override any of them with `strings`. */
export interface BookingButtonStrings {
  /** Label when neither the author nor an assessment names a technique. */
  book: string;
  /** Label after `follow-assessment` picked a technique; `{technique}` is its name. */
  bookTechnique: string;
  /** Names of the built-in techniques as they read inside `bookTechnique`. */
  techniques: Readonly<Record<string, string>>;
  /** Read by screen readers after the label of a link that opens a new tab. */
  newTab: string;
  /** The secondary action; `{phone}` is the number. */
  call: string;
  /** Accessible name of the booking dialog. */
  dialog: string;
  /** Title of the booking page's frame inside the dialog. */
  frame: string;
  /** The dialog's close button. */
  close: string;
  /** Shown and announced when no safe booking link is configured. */
  unavailable: string;
}

export const bookingButtonStrings: Catalog<BookingButtonStrings> = {
  en: {
    book: 'Book a massage',
    bookTechnique: 'Book a {technique} massage',
    techniques: { 'deep-tissue': 'deep tissue', swedish: 'Swedish', 'trigger-point': 'trigger point' },
    newTab: '(opens in a new tab)',
    call: 'Call {phone}',
    dialog: 'Book a massage online',
    frame: 'Booking page',
    close: 'Close',
    unavailable: 'Online booking is not available here right now.',
  },
  es: {
    book: 'Reservar un masaje',
    bookTechnique: 'Reservar un masaje {technique}',
    techniques: { 'deep-tissue': 'de tejido profundo', swedish: 'sueco', 'trigger-point': 'de puntos gatillo' },
    newTab: '(se abre en una pestaña nueva)',
    call: 'Llamar al {phone}',
    dialog: 'Reservar un masaje en línea',
    frame: 'Página de reservas',
    close: 'Cerrar',
    unavailable: 'La reserva en línea no está disponible aquí por ahora.',
  },
};
