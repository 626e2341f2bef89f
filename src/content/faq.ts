/** One built-in question: plain text; a blank line in `answer` starts a new paragraph. */
export interface FaqContentItem {
  id: string;
  question: string;
  answer: string;
  category?: string;
}

/**
 * The five questions at the end of the spa's page on massage for lower back pain, in our own
 * words from its facts (`shared/seed/`). Shown by a bare `<spa-faq>`.
 */
export const faqItems: readonly FaqContentItem[] = [
  {
    id: 'is-massage-safe',
    question: 'Is massage safe for everyone who has lower back pain?',
    answer:
      'For most people it is, but not for all. Skip massage if you have an infection, a fracture that has not healed yet or certain skin conditions.\n\nIf you live with a serious medical condition, talk to your doctor before your first session.',
  },
  {
    id: 'how-often',
    question: 'How often should I book a massage for my lower back?',
    answer:
      'It depends on how strong the pain is and how long you have had it. Recent, acute pain often responds well to one or two sessions a week. For long-standing pain, many people come every one to four weeks.\n\nYour therapist will help you plan a rhythm that suits you.',
  },
  {
    id: 'other-treatments',
    question: 'Can massage be combined with other treatments?',
    answer:
      'Yes. Massage sits well alongside physiotherapy, chiropractic care and regular exercise, and using them together often brings quicker, better results.\n\nKeep each of your practitioners informed about everything you are doing for your back.',
  },
  {
    id: 'self-massage',
    question: 'Can I massage my own lower back at home?',
    answer:
      'Some self-massage can bring short-term relief: lean into a foam roller or a tennis ball to press on tight spots in the lower back and buttocks.\n\nIt helps between visits, but it does not give you what a session with a professional does.',
  },
  {
    id: 'after-your-massage',
    question: 'What should I do after a massage to make the benefits last?',
    answer:
      'Drink plenty of water afterwards, stretch gently to keep the flexibility you gained, and leave hard physical effort for another day so your body can settle into the work that was done.',
  },
];
