import { define } from '../../core/define.js';
// Cards book through the booking button when `booking-href` is set, so it must be registered too.
import '../spa-booking-button/define.js';
import { SpaTechniqueCards } from './spa-technique-cards.js';

define('spa-technique-cards', SpaTechniqueCards);
