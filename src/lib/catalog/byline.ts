import type { Locale } from '../i18n/locales.ts';
import type { Localized } from './localized.ts';

/** One piece of a byline: a link to a place or producer, or the punctuation between them. */
export type BylinePart = { text: string } | { text: string; href: string; lang: Locale | undefined };

interface Place {
  slug: string;
  name: Localized;
}

/**
 * "Producer · village, region" under a product's name, as parts the page renders with no markup whitespace
 * between them (a space before the comma or inside a link showed as "Jeti-Oguz , Issyk-Kul"). A name that
 * fell back to another language carries that language, so a screen reader reads it right.
 */
export function productByline(
  producer: Place & { village: Place; region: Place },
  locale: Locale,
  href: (path: string) => string,
): BylinePart[] {
  const link = (path: string, name: Localized): BylinePart => ({
    text: name.text,
    href: href(path),
    lang: name.locale === locale ? undefined : name.locale,
  });
  return [
    link(`/producers/${producer.slug}`, producer.name),
    { text: ' · ' },
    link(`/villages/${producer.village.slug}`, producer.village.name),
    { text: ', ' },
    link(`/regions/${producer.region.slug}`, producer.region.name),
  ];
}
