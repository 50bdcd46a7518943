/**
 * Demo reviews: a few delivered orders of earlier buyers, each line reviewed in the buyer's own language,
 * so a fresh `npm start` shows reviews, stars and `aggregateRating` on some product and producer pages,
 * one review waiting for staff, and one the demo producer can answer. Every review has its delivered
 * order line (the database refuses any other); the orders are dated weeks back and paid by bank transfer.
 */
import type { Db } from '../client.ts';
import { newAccessToken } from '../../src/lib/orders/codes.ts';

interface DemoReview {
  buyer: string;
  email: string;
  locale: 'ky' | 'ru' | 'en';
  country: string;
  rating: number;
  body: string;
  status: 'approved' | 'pending';
  answer?: string;
}

const DAY = 86_400_000;

/** Reviews per product: the first product of the demo producer gets three, two other products one each. */
const REVIEWS: DemoReview[][] = [
  [
    {
      buyer: 'Anna Müller',
      email: 'anna.demo@example.com',
      locale: 'en',
      country: 'DE',
      rating: 5,
      body: 'Thick, fragrant mountain honey — it tastes of the flowers on the jar. Arrived in Berlin well packed, not a drop lost.',
      status: 'approved',
      answer: 'Thank you, Anna! The bees worked the high pastures above Jeti-Ögüz this summer.',
    },
    {
      buyer: 'Айгерим Садыкова',
      email: 'aigerim.demo@example.com',
      locale: 'ky',
      country: 'KG',
      rating: 5,
      body: 'Балы абдан жыттуу жана таза экен. Балдарым ушул балды гана жешет, дагы буйрутма берем.',
      status: 'approved',
    },
    {
      buyer: 'Ольга Петрова',
      email: 'olga.demo@example.com',
      locale: 'ru',
      country: 'KZ',
      rating: 4,
      body: 'Мёд очень вкусный, густой. Доставка в Алматы заняла восемь дней — немного долго, но упаковано надёжно.',
      status: 'approved',
    },
  ],
  [
    {
      buyer: 'Дмитрий Ким',
      email: 'dmitry.demo@example.com',
      locale: 'ru',
      country: 'RU',
      rating: 5,
      body: 'Отличное качество, всё как на фотографии. Видно, что сделано руками и с душой.',
      status: 'approved',
    },
  ],
  [
    {
      buyer: 'James Carter',
      email: 'james.demo@example.com',
      locale: 'en',
      country: 'GB',
      rating: 4,
      body: 'Lovely, and a story behind it I could tell my friends. Took two weeks to reach London.',
      status: 'approved',
    },
    {
      buyer: 'Нургүл Абдыраева',
      email: 'nurgul.demo@example.com',
      locale: 'ky',
      country: 'KG',
      rating: 5,
      body: 'Сапаты жакшы, баасы да ылайыктуу. Айылдагы өндүрүүчүлөргө ийгилик каалайм!',
      status: 'pending',
    },
  ],
];

/** Seeds the demo reviews and the delivered orders behind them; does nothing when reviews exist. */
export async function seedDemoReviews(db: Db, now = Date.now()): Promise<void> {
  const existing = await db.$client.execute('SELECT count(*) AS n FROM reviews');
  if (Number(existing.rows[0]!.n) > 0) return;
  // The demo producer's first product, then featured products of two other producers.
  const products = await db.$client.execute(
    `SELECT p.id, p.producer_id, v.id AS variant_id, v.sku, v.price_tiyin FROM products p
       JOIN producers pr ON pr.id = p.producer_id
       JOIN variants v ON v.id = (SELECT id FROM variants WHERE product_id = p.id AND active = 1 ORDER BY sort, id LIMIT 1)
     WHERE p.status = 'published' AND p.id IN (SELECT min(id) FROM products WHERE status = 'published' GROUP BY producer_id)
     ORDER BY pr.slug = 'toktogulov-family-apiary' DESC, p.featured DESC, p.id LIMIT ${REVIEWS.length}`,
  );
  const producerUser = await db.$client.execute(
    `SELECT id FROM users WHERE producer_id = (SELECT id FROM producers WHERE slug = 'toktogulov-family-apiary') LIMIT 1`,
  );
  let n = 0;
  for (const [i, product] of products.rows.entries()) {
    for (const review of REVIEWS[i] ?? []) {
      n++;
      const at = now - (45 - n * 4) * DAY;
      const day = new Date(at + 6 * 3_600_000).toISOString();
      const number = `OVP-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-9${String(n).padStart(4, '0')}`;
      const price = Number(product.price_tiyin);
      const statements = [
        {
          sql: `INSERT INTO orders (number, access_token, email, name, country, locale, status, channel, payment_method,
                  shipping_method, subtotal_tiyin, total_tiyin, total_charged_minor, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, 'delivered', 'online', 'bank_transfer', ?, ?, ?, ?, ?, ?)`,
          args: [
            number,
            newAccessToken(),
            review.email,
            review.buyer,
            review.country,
            review.locale,
            review.country === 'KG' ? 'pickup' : 'international',
            price,
            price,
            price,
            at,
            at + 10 * DAY,
          ],
        },
        {
          sql: `INSERT INTO order_lines (order_id, variant_id, product_id, producer_id, product_name, variant_label,
                  producer_name, sku, unit_price_tiyin, quantity, line_total_tiyin, created_at, updated_at)
                SELECT (SELECT id FROM orders WHERE number = ?), ?, ?, ?,
                  coalesce((SELECT name FROM product_translations WHERE product_id = ? AND locale = ?), ''),
                  coalesce((SELECT label FROM variant_translations WHERE variant_id = ? AND locale = ?), ''),
                  coalesce((SELECT name FROM producer_translations WHERE producer_id = ? AND locale = ?), ''),
                  ?, ?, 1, ?, ?, ?`,
          args: [
            number,
            Number(product.variant_id),
            Number(product.id),
            Number(product.producer_id),
            Number(product.id),
            review.locale,
            Number(product.variant_id),
            review.locale,
            Number(product.producer_id),
            review.locale,
            String(product.sku),
            price,
            price,
            at,
            at,
          ],
        },
        {
          sql: `INSERT INTO reviews (order_line_id, product_id, producer_id, rating, body, author_name, locale, status,
                  answer, answered_at, answered_by, created_at, updated_at)
                SELECT ol.id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
                FROM order_lines ol JOIN orders o ON o.id = ol.order_id WHERE o.number = ? AND o.status = 'delivered'`,
          args: [
            Number(product.id),
            Number(product.producer_id),
            review.rating,
            review.body,
            review.buyer,
            review.locale,
            review.status,
            review.answer ?? null,
            review.answer ? at + 12 * DAY : null,
            review.answer ? (producerUser.rows[0]?.id ?? null) : null,
            at + 11 * DAY,
            at + 11 * DAY,
            number,
          ],
        },
      ];
      await db.$client.batch(statements, 'write');
    }
  }
}
