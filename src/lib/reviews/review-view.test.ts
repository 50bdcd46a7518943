import { describe, expect, it } from 'vitest';
import en from '../i18n/locales/en.json' with { type: 'json' };
import ky from '../i18n/locales/ky.json' with { type: 'json' };
import { reviewListView } from './review-view.ts';
import { firstName, reviewableItems, type InviteLine } from './reviews.ts';

const review = (id: number, locale: 'ky' | 'ru' | 'en', answer: string | null = null) => ({
  id,
  rating: 4,
  body: `text ${id}`,
  locale,
  author: 'Anna',
  createdAt: Date.UTC(2026, 10, 4),
  answer,
  answeredAt: answer ? Date.UTC(2026, 10, 5) : null,
});

describe('reviewListView', () => {
  it('is null without reviews, so the page shows no section and no aggregateRating', () => {
    expect(reviewListView({ count: 0, average: 0, reviews: [] }, 'en')).toBeNull();
  });

  it('marks a review written in another language and keeps its text as written', () => {
    const view = reviewListView(
      { count: 2, average: 4.5, reviews: [review(1, 'ru'), review(2, 'en', 'Thanks')] },
      'en',
    )!;
    expect(view.average).toBe('4.5');
    expect(view.countText).toBe(en['review.count_other'].replace('{{count}}', '2'));
    expect(view.items[0]).toMatchObject({ lang: 'ru', body: 'text 1', marker: 'Written in Russian', answer: null });
    expect(view.items[1]).toMatchObject({ lang: 'en', marker: null, answer: 'Thanks' });
  });

  it('names the language in Kyrgyz and formats the average with a comma', () => {
    const view = reviewListView({ count: 3, average: 4.7, reviews: [review(1, 'ru')] }, 'ky')!;
    expect(view.average).toBe('4,7');
    expect(view.items[0]!.marker).toBe(ky['review.writtenIn'].replace('{{language}}', 'орусча'));
  });
});

describe('reviewableItems', () => {
  const line = (over: Partial<InviteLine>): InviteLine => ({
    lineId: 1,
    productId: 10,
    productName: 'Honey',
    productSlug: 'honey',
    variantLabel: '250 g',
    kept: 1,
    rating: null,
    body: '',
    status: null,
    ...over,
  });

  it('offers each product once, and not a product whose every unit came back', () => {
    const { items, notReviewable } = reviewableItems([
      line({ lineId: 1 }),
      line({ lineId: 2, variantLabel: '500 g' }),
      line({ lineId: 3, productId: 11, productName: 'Felt slippers', kept: 0 }),
      line({ lineId: 4, productId: null, productName: 'Gone' }),
    ]);
    expect(items.map((i) => [i.lineId, i.state])).toEqual([[1, 'open']]);
    expect(notReviewable).toEqual(['Felt slippers', 'Gone']);
  });

  it('shows the line already reviewed, pending (editable) or decided', () => {
    const { items } = reviewableItems([
      line({ lineId: 1 }),
      line({ lineId: 2, rating: 5, body: 'Good', status: 'pending' }),
      line({ lineId: 3, productId: 11, productName: 'Jam', status: 'approved', rating: 4 }),
    ]);
    expect(items.map((i) => [i.lineId, i.state, i.rating])).toEqual([
      [2, 'pending', 5],
      [3, 'done', 4],
    ]);
  });
});

describe('firstName', () => {
  it('shows only the first word of the buyer’s name', () => {
    expect(firstName('  Ольга  Смирнова ')).toBe('Ольга');
  });
});
