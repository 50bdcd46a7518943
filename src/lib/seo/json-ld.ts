/** schema.org structured data for products, producers and villages (JSON-LD). */
import type { ProductPage, ProducerPage } from '../catalog/queries.ts';
import { convertFromKgs, MINOR_DIGITS, type Rate } from '../money/money.ts';
import type { ReviewSummary } from '../reviews/reviews.ts';

type Json = Record<string, unknown>;

/** Serialises JSON-LD so it can sit inside a <script> element safely. */
export function jsonLdScript(data: Json | Json[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function placeJsonLd(p: {
  name: string;
  lat: number;
  lng: number;
  region: string;
  url: string;
  description?: string;
}): Json {
  return {
    '@type': 'Place',
    name: p.name,
    url: p.url,
    ...(p.description ? { description: p.description } : {}),
    geo: { '@type': 'GeoCoordinates', latitude: p.lat, longitude: p.lng },
    address: { '@type': 'PostalAddress', addressLocality: p.name, addressRegion: p.region, addressCountry: 'KG' },
  };
}

export function producerJsonLd(
  p: Pick<ProducerPage, 'kind' | 'name' | 'story' | 'village' | 'region'>,
  url: string,
  villageUrl: string,
): Json {
  return {
    '@context': 'https://schema.org',
    '@type': p.kind === 'family' ? 'Person' : 'Organization',
    name: p.name.text,
    description: p.story.text,
    url,
    ...(p.kind === 'family'
      ? {
          homeLocation: placeJsonLd({
            name: p.village.name.text,
            lat: p.village.lat,
            lng: p.village.lng,
            region: p.region.name.text,
            url: villageUrl,
          }),
        }
      : {
          location: placeJsonLd({
            name: p.village.name.text,
            lat: p.village.lat,
            lng: p.village.lng,
            region: p.region.name.text,
            url: villageUrl,
          }),
        }),
  };
}

/**
 * The rating of approved reviews: average and count, and nothing when there are none (an empty
 * aggregateRating is an error for search engines). The reviews' texts stay on the page, not here: each
 * would weigh on the product page twice (decision 52).
 */
export function reviewsJsonLd(reviews: ReviewSummary | undefined): Json {
  if (!reviews || reviews.count === 0) return {};
  return {
    aggregateRating: { '@type': 'AggregateRating', ratingValue: reviews.average, reviewCount: reviews.count },
  };
}

/** Product with an offer per variant in the visitor's currency, and its reviews when it has any. */
export function productJsonLd(
  p: ProductPage,
  opts: { url: string; image: string; producerUrl: string; rate: Rate | undefined; reviews?: ReviewSummary },
): Json {
  const rate = opts.rate ?? { currency: 'KGS' as const, kgsPerUnitMicros: 1_000_000, setOn: '' };
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: p.name.text,
    description: p.description.text,
    image: opts.image,
    url: opts.url,
    sku: p.variants[0]?.sku,
    ...(p.variants[0]?.barcode ? { gtin13: p.variants[0].barcode } : {}),
    category: p.category.name.text,
    brand: { '@type': 'Brand', name: 'Made in Kyrgyzstan' },
    countryOfOrigin: { '@type': 'Country', name: 'Kyrgyzstan' },
    manufacturer: {
      '@type': p.producer.kind === 'family' ? 'Person' : 'Organization',
      name: p.producer.name.text,
      url: opts.producerUrl,
    },
    offers: p.variants.map((v) => {
      const money = convertFromKgs(v.priceTiyin, rate);
      return {
        '@type': 'Offer',
        name: v.label.text,
        sku: v.sku,
        price: (money.amount / 10 ** MINOR_DIGITS[money.currency]).toFixed(MINOR_DIGITS[money.currency]),
        priceCurrency: money.currency,
        availability: v.available > 0 ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
        url: opts.url,
        seller: { '@type': 'Organization', name: 'Made in Kyrgyzstan — Karakol shop' },
      };
    }),
    ...reviewsJsonLd(opts.reviews),
  };
}
