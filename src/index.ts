/**
 * The one script: registers every spa-widgets element and exports nothing, so the classic build
 * adds no global beyond `window.SpaWidgets`. Element classes are importable without registering
 * them from their own entries (e.g. `spa-widgets/booking-button.js`).
 */
import './elements/spa-booking-button/define.js';
import './elements/spa-technique-cards/define.js';
import './elements/spa-faq/define.js';
import './elements/spa-pain-check/define.js';
