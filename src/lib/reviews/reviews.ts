/**
 * Reviews from buyers. When an order is delivered or handed over, the same batch stores a review invite
 * (the SHA-256 of a long random token) and queues a mail with the private link `/<locale>/reviews/<token>`.
 * On that page the buyer rates each product that reached them (1–5) and writes a few lines; the review
 * waits for staff, who approve or reject it; the producer may answer an approved review once.
 *
 * Every write is one guarded statement (or one batch) so no check can be raced: a review is inserted by
 * an INSERT … SELECT that finds its order line only through a live invite of a delivered order, and only
 * while some of the line's units were not returned; edits apply only while the review is pending; an
 * answer only while there is none.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { InStatement, InValue } from '@libsql/client';
import { z } from 'zod';
import { readRows, type Db } from '../../../db/client.ts';
import type { OrderActor } from '../orders/workflows.ts';
import { auditStatement } from '../audit/audit.ts';
import { reviewInviteMail } from '../checkout/notify.ts';
import { localizedColumnSql } from '../catalog/localized.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { localePath } from '../i18n/paths.ts';
import { queueMailStatement } from '../mail/outbox.ts';
import type { OrderView } from '../orders/queries.ts';
import type { ShopSettings } from '../settings/shop.ts';

/** How long a review link works. */
export const REVIEW_LINK_DAYS = 60;
const TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;

export type ReviewStatus = 'pending' | 'approved' | 'rejected';

/** The stored form of a review token: its SHA-256, so the database never holds a working link. */
export function hashReviewToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new review token: 32 random bytes, base64url (43 characters). */
export function newReviewToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Units of a line that were not given back (returns that failed do not count). */
const KEPT_UNITS_SQL = `ol.quantity - coalesce((SELECT sum(rl.quantity) FROM order_return_lines rl
    JOIN order_returns rr ON rr.id = rl.return_id WHERE rl.order_line_id = ol.id AND rr.status != 'failed'), 0)`;

/**
 * The statements that invite the buyer to review a delivered order, for the batch that delivers it. Both
 * apply only while `guard` holds (the order still in the status the delivering step read) and the order
 * has no invite yet: the mail first (it checks for the invite the next statement writes), then the invite.
 * Counter sales and orders without lines that name a product get none.
 */
export function reviewInviteStatements(
  order: Pick<OrderView, 'id' | 'locale' | 'name' | 'email' | 'number' | 'lines'> & { channel?: string },
  guard: { sql: string; args: InValue[] },
  origin: string,
  shop: ShopSettings,
  now = Date.now(),
): InStatement[] {
  if (order.channel === 'counter' || !order.email) return [];
  if (!order.lines.some((l) => l.productId !== null)) return [];
  const token = newReviewToken();
  const expiresAt = now + REVIEW_LINK_DAYS * 86_400_000;
  const link = `${origin}${localePath(order.locale, `/reviews/${token}`)}`;
  const when = {
    sql: `${guard.sql} AND NOT EXISTS (SELECT 1 FROM review_invites WHERE order_id = ?)`,
    args: [...guard.args, order.id],
  };
  return [
    queueMailStatement(reviewInviteMail(order, link, expiresAt, shop), { id: order.id }, when),
    {
      sql: `INSERT INTO review_invites (order_id, token_hash, expires_at) SELECT ?, ?, ? WHERE ${when.sql}`,
      args: [order.id, hashReviewToken(token), expiresAt, ...when.args],
    },
  ];
}

export interface ReviewableItem {
  lineId: number;
  productName: string;
  productSlug: string | null;
  variantLabel: string;
  /** open: may be written; pending: written, may still be edited; done: approved or rejected. */
  state: 'open' | 'pending' | 'done';
  rating: number | null;
  body: string;
}

export interface ReviewInvite {
  orderNumber: string;
  name: string;
  expiresAt: number;
  items: ReviewableItem[];
  /** Products of the order that cannot be reviewed: every unit returned, or the product is gone. */
  notReviewable: string[];
}

/**
 * What a review link shows: each product delivered and kept, once (the first line of it), with the
 * buyer's review if there is one. Null for a malformed, unknown or expired token or an order that is not
 * (or no longer) delivered.
 */
export async function getReviewInvite(db: Db, token: string, now = Date.now()): Promise<ReviewInvite | null> {
  if (!TOKEN_RE.test(token)) return null;
  const rs = await db.$client.execute({
    sql: `SELECT o.number, o.name, ri.expires_at, ol.id AS line_id, ol.product_id, ol.product_name, ol.variant_label,
            p.slug, ${KEPT_UNITS_SQL} AS kept, r.rating, r.body, r.status
          FROM review_invites ri
          JOIN orders o ON o.id = ri.order_id AND o.status = 'delivered'
          JOIN order_lines ol ON ol.order_id = o.id
          LEFT JOIN products p ON p.id = ol.product_id
          LEFT JOIN reviews r ON r.order_line_id = ol.id
          WHERE ri.token_hash = ? AND ri.expires_at > ?
          ORDER BY ol.id`,
    args: [hashReviewToken(token), now],
  });
  const first = rs.rows[0];
  if (!first) return null;
  return {
    orderNumber: String(first.number),
    name: String(first.name),
    expiresAt: Number(first.expires_at),
    ...reviewableItems(
      rs.rows.map((r) => ({
        lineId: Number(r.line_id),
        productId: r.product_id === null ? null : Number(r.product_id),
        productName: String(r.product_name),
        productSlug: (r.slug as string | null) ?? null,
        variantLabel: String(r.variant_label),
        kept: Number(r.kept),
        rating: r.rating === null ? null : Number(r.rating),
        body: String(r.body ?? ''),
        status: (r.status as ReviewStatus | null) ?? null,
      })),
    ),
  };
}

export interface InviteLine {
  lineId: number;
  productId: number | null;
  productName: string;
  productSlug: string | null;
  variantLabel: string;
  kept: number;
  rating: number | null;
  body: string;
  status: ReviewStatus | null;
}

/**
 * One item per product: the line already reviewed if there is one, else the first line with units
 * kept. A product whose every unit came back (or that no longer exists) is listed as not reviewable.
 */
export function reviewableItems(lines: InviteLine[]): Pick<ReviewInvite, 'items' | 'notReviewable'> {
  const byProduct = new Map<number, InviteLine>();
  const notReviewable: string[] = [];
  for (const line of lines) {
    if (line.productId === null || (line.kept <= 0 && line.status === null)) continue;
    const seen = byProduct.get(line.productId);
    if (!seen || (seen.status === null && line.status !== null)) byProduct.set(line.productId, line);
  }
  const shown = new Set([...byProduct.values()].map((l) => l.productName));
  for (const line of lines) if (!shown.has(line.productName)) notReviewable.push(line.productName);
  return {
    items: [...byProduct.values()]
      .sort((a, b) => a.lineId - b.lineId)
      .map((l) => ({
        lineId: l.lineId,
        productName: l.productName,
        productSlug: l.productSlug,
        variantLabel: l.variantLabel,
        state: l.status === null ? 'open' : l.status === 'pending' ? 'pending' : 'done',
        rating: l.rating,
        body: l.body,
      })),
    notReviewable: [...new Set(notReviewable)],
  };
}

/** The review form of one product on the link's page; messages are `review.error.*` keys. */
export const ReviewForm = z.object({
  line: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  rating: z.coerce
    .number({ error: 'review.error.rating' })
    .int({ error: 'review.error.rating' })
    .min(1, { error: 'review.error.rating' })
    .max(5, { error: 'review.error.rating' }),
  body: z.string().trim().min(10, { error: 'review.error.body_short' }).max(1000, { error: 'review.error.body_long' }),
});
export type ReviewForm = z.infer<typeof ReviewForm>;

export type SubmitResult = 'saved' | 'already' | 'not_reviewable';

/**
 * Saves a buyer's review written in `locale`: a new one, or an edit while it is still pending. One
 * guarded INSERT … SELECT that reaches the order line only through a live invite of a delivered order,
 * a line with units kept, and no review of the same product on another line of the order.
 */
export async function submitReview(
  db: Db,
  token: string,
  form: ReviewForm,
  locale: Locale,
  now = Date.now(),
): Promise<SubmitResult> {
  if (!TOKEN_RE.test(token)) return 'not_reviewable';
  const hash = hashReviewToken(token);
  const rs = await db.$client.execute({
    sql: `INSERT INTO reviews (order_line_id, product_id, producer_id, rating, body, author_name, locale)
          SELECT ol.id, p.id, p.producer_id, ?, ?, o.name, ?
          FROM review_invites ri
          JOIN orders o ON o.id = ri.order_id
          JOIN order_lines ol ON ol.order_id = o.id
          JOIN products p ON p.id = ol.product_id
          WHERE ri.token_hash = ? AND ri.expires_at > ? AND ol.id = ? AND o.status = 'delivered'
            AND ${KEPT_UNITS_SQL} > 0
            AND NOT EXISTS (SELECT 1 FROM reviews r2 JOIN order_lines ol2 ON ol2.id = r2.order_line_id
                            WHERE ol2.order_id = o.id AND r2.product_id = p.id AND r2.order_line_id != ol.id)
          ON CONFLICT (order_line_id) DO UPDATE SET rating = excluded.rating, body = excluded.body,
            locale = excluded.locale, updated_at = unixepoch('subsec') * 1000
          WHERE reviews.status = 'pending'`,
    args: [form.rating, form.body, locale, hash, now, form.line],
  });
  if (rs.rowsAffected > 0) return 'saved';
  const existing = await db.$client.execute({
    sql: `SELECT 1 FROM reviews r JOIN order_lines ol ON ol.id = r.order_line_id
          JOIN review_invites ri ON ri.order_id = ol.order_id
          WHERE r.order_line_id = ? AND ri.token_hash = ? AND ri.expires_at > ? AND r.status != 'pending'`,
    args: [form.line, hash, now],
  });
  return existing.rows.length > 0 ? 'already' : 'not_reviewable';
}

export interface StaffReviewRow {
  id: number;
  rating: number;
  body: string;
  locale: Locale;
  authorName: string;
  status: ReviewStatus;
  productName: string;
  productSlug: string;
  producerName: string;
  orderNumber: string;
  createdAt: number;
}

export const REVIEW_STATUSES = ['pending', 'approved', 'rejected'] as const;

/** Reviews in one status for staff, oldest pending first (newest first otherwise), at most 200. */
export async function listReviewsForStaff(db: Db, locale: Locale, status: ReviewStatus): Promise<StaffReviewRow[]> {
  const rs = await db.$client.execute({
    sql: `SELECT r.id, r.rating, r.body, r.locale, r.author_name, r.status, r.created_at, p.slug,
            ${localizedColumnSql('product_translations', 'product_id', 'p.id', 'name', locale)} AS product_name,
            ${localizedColumnSql('producer_translations', 'producer_id', 'r.producer_id', 'name', locale)} AS producer_name,
            o.number
          FROM reviews r JOIN products p ON p.id = r.product_id
          JOIN order_lines ol ON ol.id = r.order_line_id JOIN orders o ON o.id = ol.order_id
          WHERE ${status === 'pending' ? PENDING_REVIEWS_SQL : 'r.status = ?'}
          ORDER BY r.created_at ${status === 'pending' ? 'ASC' : 'DESC'}, r.id LIMIT 200`,
    args: status === 'pending' ? [] : [status],
  });
  return rs.rows.map((r) => ({
    id: Number(r.id),
    rating: Number(r.rating),
    body: String(r.body),
    locale: r.locale as Locale,
    authorName: String(r.author_name),
    status: r.status as ReviewStatus,
    productName: String(r.product_name ?? ''),
    productSlug: String(r.slug),
    producerName: String(r.producer_name ?? ''),
    orderNumber: String(r.number),
    createdAt: Number(r.created_at),
  }));
}

export const ModerationForm = z.object({
  id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  decision: z.enum(['approve', 'reject']),
});
export type ModerationForm = z.infer<typeof ModerationForm>;

/**
 * Staff approve or reject a review (an approved one may be withdrawn, a rejected one approved later):
 * the guarded UPDATE and its audit entry in one batch, so a repeated click records nothing. Approving
 * changes what product pages show; the trigger on `reviews` bumps the catalogue version.
 */
export async function moderateReview(db: Db, actor: OrderActor, form: ModerationForm): Promise<boolean> {
  const to: ReviewStatus = form.decision === 'approve' ? 'approved' : 'rejected';
  const rs = await db.$client.execute({ sql: 'SELECT status FROM reviews WHERE id = ?', args: [form.id] });
  const from = rs.rows[0]?.status as ReviewStatus | undefined;
  if (!from || from === to) return false;
  const guard = { sql: 'EXISTS (SELECT 1 FROM reviews WHERE id = ? AND status = ?)', args: [form.id, from] };
  const results = await db.$client.batch(
    [
      auditStatement(
        {
          userId: actor.userId,
          ip: actor.ip ?? null,
          action: to === 'approved' ? 'review_approved' : 'review_rejected',
          entity: 'review',
          entityId: form.id,
          before: { status: from },
          after: { status: to },
        },
        Date.now(),
        guard,
      ),
      {
        sql: `UPDATE reviews SET status = ?, moderated_by = ?, moderated_at = ?, updated_at = unixepoch('subsec') * 1000
              WHERE id = ? AND status = ?`,
        args: [to, actor.userId, Date.now(), form.id, from],
      },
    ],
    'write',
  );
  return (results.at(-1)?.rowsAffected ?? 0) > 0;
}

export const AnswerForm = z.object({
  id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  answer: z.string().trim().min(2, { error: 'review.error.answer' }).max(1000, { error: 'review.error.answer_long' }),
});
export type AnswerForm = z.infer<typeof AnswerForm>;

/**
 * The producer answers an approved review of one of their products, once: a guarded UPDATE (`answer IS
 * NULL`, the producer's own review) with its audit entry in one batch. False when it was not theirs,
 * not approved, or already answered.
 */
export async function answerReview(
  db: Db,
  actor: { userId: number; producerId: number; ip?: string | null },
  form: AnswerForm,
  now = Date.now(),
): Promise<boolean> {
  const guard = {
    sql: `EXISTS (SELECT 1 FROM reviews WHERE id = ? AND producer_id = ? AND status = 'approved' AND answer IS NULL)`,
    args: [form.id, actor.producerId],
  };
  const results = await db.$client.batch(
    [
      auditStatement(
        {
          userId: actor.userId,
          ip: actor.ip ?? null,
          action: 'review_answered',
          entity: 'review',
          entityId: form.id,
          after: { answer: form.answer },
        },
        now,
        guard,
      ),
      {
        sql: `UPDATE reviews SET answer = ?, answered_at = ?, answered_by = ?, updated_at = unixepoch('subsec') * 1000
              WHERE id = ? AND producer_id = ? AND status = 'approved' AND answer IS NULL`,
        args: [form.answer, now, actor.userId, form.id, actor.producerId],
      },
    ],
    'write',
  );
  return (results.at(-1)?.rowsAffected ?? 0) > 0;
}

export interface PublicReview {
  id: number;
  rating: number;
  body: string;
  locale: Locale;
  /** The buyer's first name only. */
  author: string;
  createdAt: number;
  answer: string | null;
  answeredAt: number | null;
  /** The product's name (producer pages list reviews of several products). */
  productName?: string;
  productSlug?: string;
}

export interface ReviewSummary {
  count: number;
  /** Mean rating rounded to one decimal; 0 when there are none. */
  average: number;
  reviews: PublicReview[];
}

/** Reviews a product page shows at most (the average and count cover all): it has a 60 KB budget. */
export const REVIEWS_SHOWN = 5;

/** The buyer's first word of their name: a review never shows a full name. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

function publicReview(r: Record<string, unknown>): PublicReview {
  return {
    id: Number(r.id),
    rating: Number(r.rating),
    body: String(r.body),
    locale: (LOCALES as readonly string[]).includes(String(r.locale)) ? (r.locale as Locale) : 'en',
    author: firstName(String(r.author_name)),
    createdAt: Number(r.created_at),
    answer: (r.answer as string | null) ?? null,
    answeredAt: r.answered_at === null || r.answered_at === undefined ? null : Number(r.answered_at),
    ...(r.slug !== undefined ? { productName: String(r.product_name ?? ''), productSlug: String(r.slug) } : {}),
  };
}

/** Approved reviews of a product (newest first) with their count and average, in one read batch. */
export async function getProductReviews(db: Db, product: number | { slug: string }): Promise<ReviewSummary> {
  // By slug, for a product page that reads them in the same batch as the product (decision 73).
  const which = typeof product === 'number' ? '?' : `(SELECT id FROM products WHERE slug = ? AND status = 'published')`;
  const arg = typeof product === 'number' ? product : product.slug;
  const [agg, list] = await Promise.all([
    readRows(
      db,
      `SELECT count(*) AS n, avg(rating) AS avg FROM reviews WHERE product_id = ${which} AND status = 'approved'`,
      [arg],
    ),
    readRows(
      db,
      `SELECT id, rating, body, locale, author_name, created_at, answer, answered_at FROM reviews
       WHERE product_id = ${which} AND status = 'approved' ORDER BY created_at DESC, id DESC LIMIT ${REVIEWS_SHOWN}`,
      [arg],
    ),
  ]);
  return summary(agg[0]!, list);
}

/** Approved reviews of a producer's products, with the product named in the page's language. */
export async function getProducerReviews(db: Db, producerId: number, locale: Locale): Promise<ReviewSummary> {
  const [agg, list] = await db.$client.batch(
    [
      {
        sql: `SELECT count(*) AS n, avg(rating) AS avg FROM reviews WHERE producer_id = ? AND status = 'approved'`,
        args: [producerId],
      },
      {
        sql: `SELECT r.id, r.rating, r.body, r.locale, r.author_name, r.created_at, r.answer, r.answered_at, p.slug,
                ${localizedColumnSql('product_translations', 'product_id', 'p.id', 'name', locale)} AS product_name
              FROM reviews r JOIN products p ON p.id = r.product_id AND p.status = 'published'
              WHERE r.producer_id = ? AND r.status = 'approved'
              ORDER BY r.created_at DESC, r.id DESC LIMIT ${REVIEWS_SHOWN}`,
        args: [producerId],
      },
    ],
    'read',
  );
  return summary(agg!.rows[0]!, list!.rows);
}

function summary(agg: Record<string, unknown>, rows: Record<string, unknown>[]): ReviewSummary {
  const count = Number(agg.n ?? 0);
  return {
    count,
    average: count ? Math.round(Number(agg.avg) * 10) / 10 : 0,
    reviews: rows.map(publicReview),
  };
}

/** Approved reviews of the producer's products for their area, newest first, with answers. */
export async function listProducerReviewsForAnswer(
  db: Db,
  producerId: number,
  locale: Locale,
): Promise<PublicReview[]> {
  const rs = await db.$client.execute({
    sql: `SELECT r.id, r.rating, r.body, r.locale, r.author_name, r.created_at, r.answer, r.answered_at, p.slug,
            ${localizedColumnSql('product_translations', 'product_id', 'p.id', 'name', locale)} AS product_name
          FROM reviews r JOIN products p ON p.id = r.product_id
          WHERE r.producer_id = ? AND r.status = 'approved'
          ORDER BY r.answer IS NOT NULL, r.created_at DESC LIMIT 200`,
    args: [producerId],
  });
  return rs.rows.map(publicReview);
}

/** Reviews waiting for staff, on `reviews r` (the dashboard's count and the moderation list share this condition). */
export const PENDING_REVIEWS_SQL = `r.status = 'pending'`;
