// `import 'spa-widgets'` alone types every tag, property and event on the DOM, and the root entry
// exports every public data type.
import 'spa-widgets';
import type {
  AssessmentCompleteDetail,
  BookingButtonConfig,
  BookingClickDetail,
  FaqConfig,
  FaqItem,
  FaqToggleDetail,
  PainCheckConfig,
  SpaErrorDetail,
  Technique,
  TechniqueCardsConfig,
  TechniqueSelectDetail,
} from 'spa-widgets';

const faq = document.querySelector('spa-faq')!;
const items: FaqItem[] = [{ question: 'Is it safe?', answer: 'Yes.', category: 'Safety' }];
faq.items = items;
faq.single = true;
faq.expandAll();
// @ts-expect-error -- items is FaqItem[], not a number
faq.items = 42;
// @ts-expect-error -- an item needs its answer
faq.items = [{ question: 'No answer?' }];

const button = document.createElement('spa-booking-button');
button.mode = 'popup';
button.provider = 'calendly';
// @ts-expect-error -- mode is one of link, new-tab, popup
button.mode = 'modal';
// @ts-expect-error -- provider is a fixed list of booking systems
button.provider = 'unknown-system';
const config: Partial<BookingButtonConfig> = { href: 'https://example.com/book', mode: 'new-tab' };
button.config = config;

const cards = document.querySelector('spa-technique-cards')!;
// Unset, or null to fall back to the next source (JSON child, attributes, built-in content).
const techniques: Technique[] = cards.techniques ?? [];
cards.techniques = techniques;
cards.layout = 'table';
// @ts-expect-error -- layout is cards or table
cards.layout = 'grid';

const check = document.querySelector('spa-pain-check')!;
check.headingLevel = 2;
// @ts-expect-error -- heading-level is a number
check.headingLevel = 'two';

faq.addEventListener('spa-faq-toggle', (event) => {
  const detail: FaqToggleDetail = event.detail;
  const open: boolean = detail.open;
  // @ts-expect-error -- the toggle detail has id, question and open only
  console.log(event.detail.answer, open);
});
button.addEventListener('spa-booking-button-click', (event) => {
  const detail: BookingClickDetail = event.detail;
  if (detail.mode === 'popup') event.preventDefault();
});
cards.addEventListener('spa-technique-cards-select', (event) => {
  const detail: TechniqueSelectDetail = event.detail;
  console.log(detail.technique);
});
document.addEventListener('spa-assessment-complete', (event) => {
  const detail: AssessmentCompleteDetail = event.detail;
  // @ts-expect-error -- outcome is emergency, urgent, see-doctor or ok
  if (detail.outcome === 'fine') console.log(detail.reasons);
});
document.addEventListener('spa-error', (event) => {
  const detail: SpaErrorDetail = event.detail;
  console.log(detail.tag, detail.path, detail.message);
  // @ts-expect-error -- the error detail has tag, path and message only
  console.log(event.detail.code);
});
check.addEventListener('spa-error', (event) => console.log(event.detail.message));

// The *Config types are the complete settings; a `config` object gives any of them.
const faqConfig: Partial<FaqConfig> = { items, search: true };
const cardsConfig: Partial<TechniqueCardsConfig> = { layout: 'cards' };
const checkConfig: Partial<PainCheckConfig> = { compact: true };
faq.config = faqConfig;
cards.config = cardsConfig;
check.config = checkConfig;
