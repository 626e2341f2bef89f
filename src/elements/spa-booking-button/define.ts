import { define } from '../../core/define.js';
import { SpaBookingButton } from './spa-booking-button.js';

define('spa-booking-button', SpaBookingButton);
