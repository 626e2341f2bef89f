import type { Catalog } from '../../core/strings.js';
import { runningNames } from '../../content/technique-names.js';

/** Every visible or spoken string of `<spa-booking-button>`; override any of them with `strings`. */
export interface BookingButtonStrings {
  /** Label when neither the author nor an assessment names a technique. */
  book: string;
  /** Label after `follow-assessment` picked a technique; `{technique}` is its name. */
  bookTechnique: string;
  /**
   * Names of the built-in techniques as they read inside `bookTechnique`, keyed by id: the same
   * running names the technique cards use, so a page names each technique one way.
   */
  runningNames: Readonly<Record<string, string>>;
  /** Read by screen readers after the label of a link that opens a new tab. */
  newTab: string;
  /** The secondary action; `{phone}` is the number. */
  call: string;
  /** Title of the booking page's frame inside the dialog. */
  frame: string;
  /** Shown, with a spinner, until the booking page inside the dialog has loaded. */
  loading: string;
  /** The dialog's close button. */
  close: string;
  /** Shown and announced when no safe booking link is configured. */
  unavailable: string;
}

export const bookingButtonStrings: Catalog<BookingButtonStrings> = {
  en: {
    book: 'Book a massage',
    bookTechnique: 'Book {technique}',
    runningNames: runningNames.en,
    newTab: '(opens in a new tab)',
    call: 'Call {phone}',
    frame: 'Booking page',
    loading: 'Loading the booking page…',
    close: 'Close',
    unavailable: 'Online booking is not available here right now.',
  },
  es: {
    book: 'Reservar un masaje',
    bookTechnique: 'Reservar {technique}',
    runningNames: runningNames.es,
    newTab: '(se abre en una pestaña nueva)',
    call: 'Llamar al {phone}',
    frame: 'Página de reservas',
    loading: 'Cargando la página de reservas…',
    close: 'Cerrar',
    unavailable: 'La reserva en línea no está disponible aquí por ahora.',
  },
};
