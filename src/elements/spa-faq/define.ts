import { define } from '../../core/define.js';
import { SpaFaq } from './spa-faq.js';

define('spa-faq', SpaFaq);
