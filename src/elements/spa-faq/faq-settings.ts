import { given, resolveConfig, type Resolved } from '../../core/config.js';
import { flag, headingLevel, onOff, safeUrl } from '../../core/schema.js';

/**
 * Settings a JSON child or `src` file may carry besides `items`, keyed like the properties; the
 * attributes give the same.
 */
const configFields = {
  headingLevel: headingLevel(),
  single: flag(),
  search: flag(),
  showExpandAll: flag(),
  linkToItems: flag(),
  schema: onOff(),
  contactHref: safeUrl(),
};

export interface FaqSettings {
  headingLevel: number;
  single: boolean;
  search: boolean;
  showExpandAll: boolean;
  linkToItems: boolean;
  schema: 'on' | 'off';
  contactHref?: string;
}

/** The settings as the element's attributes (and properties) give them; false means "not given". */
export type FaqAttributes = Omit<FaqSettings, 'headingLevel' | 'schema'> & { headingLevel?: number; schema?: 'on' | 'off' };

/** The settings from the JSON child, then the `src` file, then the attributes, then the defaults. */
export function resolveSettings(
  json: Record<string, unknown> | undefined,
  remote: Record<string, unknown> | undefined,
  attributes: FaqAttributes,
): Resolved<FaqSettings> & { value: FaqSettings } {
  const { value, problems } = resolveConfig<FaqSettings>(configFields, [
    { source: 'json', values: json },
    { source: 'src', values: remote },
    {
      source: 'attribute',
      values: given({
        headingLevel: attributes.headingLevel,
        single: attributes.single || undefined,
        search: attributes.search || undefined,
        showExpandAll: attributes.showExpandAll || undefined,
        linkToItems: attributes.linkToItems || undefined,
        schema: attributes.schema,
        contactHref: attributes.contactHref,
      }),
    },
  ]);
  const defaults = { headingLevel: 3, single: false, search: false, showExpandAll: false, linkToItems: false, schema: 'on' } as const;
  return { value: { ...defaults, ...value }, problems };
}
