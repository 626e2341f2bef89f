import type { Technique } from '../../content/technique.schema.js';

/**
 * schema.org `Service` entries for the techniques on show, each with an `Offer` where a price is
 * given, as one JSON-LD graph (core `writeJsonLd` adds the `@context`). Names and descriptions
 * are the visible ones, as search engines require of structured data.
 */
export function techniquesJsonLd(techniques: readonly Technique[], page: string): object {
  const base = page.split('#')[0];
  return {
    '@graph': techniques.map((t) => ({
      '@type': 'Service',
      '@id': `${base}#${t.id}`,
      name: t.name,
      description: t.summary,
      serviceType: 'Massage therapy',
      ...(t.image && { image: t.image.src }),
      ...(t.price && {
        offers: { '@type': 'Offer', price: t.price.amount, priceCurrency: t.price.currency },
      }),
    })),
  };
}
