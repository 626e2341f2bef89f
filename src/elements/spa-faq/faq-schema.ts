/** One question with its answer as plain text, as schema.org wants it. */
export interface QuestionAndAnswer {
  question: string;
  answer: string;
}

/**
 * The schema.org `FAQPage` for the questions on a page, or null when there are none (an empty
 * FAQPage is invalid markup). `writeJsonLd` adds the `@context`.
 */
export function faqPage(entries: readonly QuestionAndAnswer[]): object | null {
  if (!entries.length) return null;
  return {
    '@type': 'FAQPage',
    mainEntity: entries.map(({ question, answer }) => ({
      '@type': 'Question',
      name: question,
      acceptedAnswer: { '@type': 'Answer', text: answer },
    })),
  };
}

/** True when a JSON-LD text, not written by the kit, already describes an FAQPage (e.g. an SEO plugin's). */
export function describesFaqPage(jsonLd: string): boolean {
  const found = (value: unknown): boolean => {
    if (Array.isArray(value)) return value.some(found);
    if (!value || typeof value !== 'object') return false;
    const node = value as Record<string, unknown>;
    const type = node['@type'];
    return type === 'FAQPage' || (Array.isArray(type) && type.includes('FAQPage')) || found(node['@graph']);
  };
  try {
    return found(JSON.parse(jsonLd));
  } catch {
    return false;
  }
}
