import { define } from '../../core/define.js';
import { SpaPainCheck } from './spa-pain-check.js';
// Results show a booking button: register it too, so this entry works on its own.
import '../spa-booking-button/define.js';

define('spa-pain-check', SpaPainCheck);
