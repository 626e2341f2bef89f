/**
 * The one script: registers every spa-widgets element. Each element class is also importable
 * without registering it, from its own entry (e.g. `spa-widgets/booking-button.js`).
 */
import './elements/spa-booking-button/define.js';

export { VERSION } from './core/define.js';
export { SpaBookingButton } from './elements/spa-booking-button/spa-booking-button.js';
