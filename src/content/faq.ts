import type { ContentCatalog } from './content-catalog.js';

/** One built-in question: plain text; a blank line in `answer` starts a new paragraph. */
export interface FaqContentItem {
  id: string;
  question: string;
  answer: string;
  category?: string;
}

/**
 * The five questions at the end of the spa's page on massage for lower back pain, in our own
 * words from its facts (`shared/seed/`), with no promise beyond the sources
 * (`shared/PAIN-CHECK-SOURCES.md`): relief that is usually short-term, soreness that can follow,
 * and when to see a doctor instead. Shown by a bare `<spa-faq>`.
 */
const en: readonly FaqContentItem[] = [
  {
    id: 'is-massage-safe',
    question: 'Is massage safe for everyone who has lower back pain?',
    answer:
      'For most people it is, but not for everyone. Skip massage if you have an infection, a fracture that has not healed yet or certain skin conditions.\n\nIf you are pregnant, have had recent surgery, take blood thinners or live with a serious medical condition, talk to your doctor first. If the pain is very bad, getting worse, or comes with fever, numbness or weakness, see a doctor before you book.',
  },
  {
    id: 'how-often',
    question: 'How often should I book a massage for my lower back?',
    answer:
      'It depends on how strong the pain is and how long you have had it. For recent (acute) pain, one or two sessions a week is common; for long-standing (chronic) pain, one every one to four weeks.\n\nMost new back pain gets better within a few weeks, and staying active helps. If yours has not improved after about four weeks, see a doctor. Your therapist will help you find a rhythm that suits you.',
  },
  {
    id: 'other-treatments',
    question: 'Can massage be combined with other treatments?',
    answer:
      'Yes. Massage can go alongside physiotherapy, chiropractic care and exercise. The relief it brings is usually short-term, so treat it as one part of a plan that keeps you moving, not as the whole plan.\n\nTell each of your practitioners about everything you are doing for your back.',
  },
  {
    id: 'self-massage',
    question: 'Can I massage my own lower back at home?',
    answer:
      'Self-massage can bring some short-term relief: lean into a foam roller or a tennis ball to press on tight spots in the lower back and buttocks.\n\nIt can help between visits. Go gently, and stop if the pain gets worse.',
  },
  {
    id: 'after-your-massage',
    question: 'What should I do after a massage?',
    answer:
      'Drink some water, stretch gently and keep moving, but leave hard physical effort for the next day.\n\nAfter firm or deep work you may feel sore for a day or two; this usually passes by itself. If the pain gets worse or does not ease, tell your therapist or see a doctor.',
  },
];

/** The built-in questions by language, for `contentFor`; other languages than English arrive with the FAQ's wording. */
export const faqContent: ContentCatalog<readonly FaqContentItem[]> = { en };
