import type * as v from 'valibot';
import { faqContent } from '../src/content/faq.js';
import { techniqueSchema } from '../src/content/technique.schema.js';
import { techniques } from '../src/content/techniques.js';
import { schemaOf } from '../src/core/schema.js';
import { faqItemSchema } from '../src/elements/spa-faq/faq-items.js';

/**
 * The lists of content the widgets take, by field: the schema of one entry (whose keys the forms
 * are made from), what an entry is called, the key that names it, and the built-in entries to
 * start from.
 */
export const LISTS: Readonly<Record<string, { entry: v.ObjectSchema<v.ObjectEntries, v.ErrorMessage<v.ObjectIssue> | undefined>; noun: string; titleKey: string; builtIn: readonly object[] }>> = {
  items: { entry: schemaOf(faqItemSchema), noun: 'question', titleKey: 'question', builtIn: faqContent.en },
  techniques: { entry: schemaOf(techniqueSchema), noun: 'technique', titleKey: 'name', builtIn: techniques },
};
