/** What product and producer pages show of approved reviews: the plain object the ReviewList renders. */
import { formatDate, formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { languageName } from '../i18n/names.ts';
import { getTranslator } from '../i18n/translate.ts';
import type { ReviewSummary } from './reviews.ts';

export interface ReviewItemView {
  id: number;
  rating: number;
  author: string;
  date: string;
  body: string;
  /** The language the buyer wrote in: the text is shown as written, with its `lang`. */
  lang: Locale;
  /** "Written in Russian" when that is not the page's language; null when it is. */
  marker: string | null;
  answer: string | null;
  product: { name: string; slug: string } | null;
}

export interface ReviewListView {
  count: number;
  /** "4.7" in the page's number format. */
  average: string;
  averageValue: number;
  /** "3 reviews", plural-aware. */
  countText: string;
  items: ReviewItemView[];
}

/** The review list of a page in `locale`, or null when there is no approved review to show. */
export function reviewListView(summary: ReviewSummary, locale: Locale): ReviewListView | null {
  if (summary.count === 0) return null;
  const t = getTranslator(locale);
  return {
    count: summary.count,
    average: formatNumber(locale, summary.average, 1),
    averageValue: summary.average,
    countText: t('review.count', { count: summary.count }),
    items: summary.reviews.map((r) => ({
      id: r.id,
      rating: r.rating,
      author: r.author,
      date: formatDate(locale, r.createdAt),
      body: r.body,
      lang: r.locale,
      marker: r.locale === locale ? null : t('review.writtenIn', { language: languageName(locale, r.locale) }),
      answer: r.answer,
      product: r.productSlug ? { name: r.productName ?? '', slug: r.productSlug } : null,
    })),
  };
}
