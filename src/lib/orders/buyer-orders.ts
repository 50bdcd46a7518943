/**
 * A buyer's own orders without an account: the lookup mails a one-time sign-in link (only its SHA-256 is
 * stored); spending it marks the visitor's session as that email's for an hour, and the session then lists
 * every order placed with the address and puts an order's sizes back in the cart ("buy again").
 */
import { createHash, randomBytes } from 'node:crypto';
import type { InStatement } from '@libsql/client';
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { CartError, cartIdFor, maxLineUnits, setCartQuantity } from '../cart/cart.ts';
import { trackingUrl } from './carriers.ts';
import type { OrderStatus } from './status.ts';

/** A sign-in link works once, this long after it was mailed. */
export const SIGN_IN_LINK_MS = 30 * 60_000;
/** The session a link opened sees the orders this long, however busy. */
export const BUYER_SESSION_MS = 60 * 60_000;
export const BUYER_ORDERS_PER_PAGE = 10;

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new link for an email: the token for the mail and the statement storing its hash. */
export function newSignInLink(email: string, now = Date.now()): { token: string; statement: InStatement } {
  const token = randomBytes(32).toString('base64url');
  return {
    token,
    statement: {
      sql: 'INSERT INTO buyer_sign_ins (token_hash, email, expires_at, created_at) VALUES (?, ?, ?, ?)',
      args: [hashToken(token), email.trim().toLowerCase(), now + SIGN_IN_LINK_MS, now],
    },
  };
}

export type SignInLinkState = 'valid' | 'used' | 'expired' | 'unknown';

/** Whether a link can still be spent, and if not why (the page says so and offers the form again). */
export async function signInLinkState(db: Db, token: string, now = Date.now()): Promise<SignInLinkState> {
  if (!TOKEN.test(token)) return 'unknown';
  const rs = await db.$client.execute({
    sql: 'SELECT used_at, expires_at FROM buyer_sign_ins WHERE token_hash = ?',
    args: [hashToken(token)],
  });
  const row = rs.rows[0];
  if (!row) return 'unknown';
  if (row.used_at !== null) return 'used';
  return Number(row.expires_at) > now ? 'valid' : 'expired';
}

/**
 * Spends a link for a session: one batch whose first statement spends it only while unused and unexpired,
 * and whose second gives the session the link's email only if that statement spent it for this session.
 * Two tabs, a forwarded copy or a replay get one success; the session it opened keeps working.
 */
export async function openSignInLink(db: Db, token: string, sessionId: string, now = Date.now()): Promise<boolean> {
  if (!TOKEN.test(token)) return false;
  const hash = hashToken(token);
  const [spent] = await db.$client.batch(
    [
      {
        sql: `UPDATE buyer_sign_ins SET used_at = ?, used_by_session = ?
              WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?`,
        args: [now, sessionId, hash, now],
      },
      {
        sql: `UPDATE sessions SET data = json_set(coalesce(data, '{}'), '$.buyer',
                json_object('email', b.email, 'until', ?))
              FROM (SELECT email FROM buyer_sign_ins WHERE token_hash = ? AND used_by_session = ? AND used_at = ?) AS b
              WHERE sessions.id = ?`,
        args: [now + BUYER_SESSION_MS, hash, sessionId, now, sessionId],
      },
    ],
    'write',
  );
  return spent!.rowsAffected > 0;
}

/** The email whose orders a session may see, while its hour lasts; null otherwise. */
export async function buyerEmailOf(db: Db, sessionId: string | null, now = Date.now()): Promise<string | null> {
  if (!sessionId) return null;
  const rs = await db.$client.execute({
    sql: `SELECT json_extract(data, '$.buyer.email') AS email, json_extract(data, '$.buyer.until') AS until
          FROM sessions WHERE id = ?`,
    args: [sessionId],
  });
  const row = rs.rows[0];
  if (!row || typeof row.email !== 'string' || Number(row.until) <= now) return null;
  return row.email;
}

/** Ends a session's view of the orders (the cart stays). */
export async function leaveBuyerOrders(db: Db, sessionId: string): Promise<void> {
  await db.$client.execute({
    sql: `UPDATE sessions SET data = json_remove(data, '$.buyer') WHERE id = ? AND data IS NOT NULL`,
    args: [sessionId],
  });
}

export interface BuyerOrder {
  number: string;
  accessToken: string;
  status: OrderStatus;
  createdAt: number;
  totalTiyin: number;
  currency: string;
  totalChargedMinor: number;
  carrier: string | null;
  trackingNumber: string | null;
  trackingUrl: string | null;
  lines: { productName: string; variantLabel: string; quantity: number }[];
  /** Whether any line still names a size of the catalogue (a deleted size's line cannot be bought again). */
  canBuyAgain: boolean;
}

export interface BuyerOrderList {
  orders: BuyerOrder[];
  total: number;
  page: number;
  pages: number;
}

/** Every online order placed with an email (case-insensitive), newest first, a page at a time. */
export async function listBuyerOrders(db: Db, email: string, page = 1): Promise<BuyerOrderList> {
  const address = email.trim().toLowerCase();
  const [count, rows] = await db.$client.batch(
    [
      { sql: `SELECT count(*) AS n FROM orders WHERE lower(email) = ? AND channel = 'online'`, args: [address] },
      {
        sql: `SELECT id, number, access_token, status, created_at, total_tiyin, currency, total_charged_minor, carrier, tracking_number
              FROM orders WHERE lower(email) = ? AND channel = 'online'
              ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?`,
        args: [address, BUYER_ORDERS_PER_PAGE, (Math.max(1, page) - 1) * BUYER_ORDERS_PER_PAGE],
      },
    ],
    'read',
  );
  const total = Number(count!.rows[0]!.n);
  const ids = rows!.rows.map((r) => Number(r.id));
  const lines = ids.length
    ? (
        await db.$client.execute({
          sql: `SELECT order_id, variant_id, product_name, variant_label, quantity FROM order_lines
                WHERE order_id IN (${ids.map(() => '?').join(', ')}) ORDER BY id`,
          args: ids,
        })
      ).rows
    : [];
  return {
    total,
    page: Math.max(1, page),
    pages: Math.ceil(total / BUYER_ORDERS_PER_PAGE),
    orders: rows!.rows.map((r) => {
      const own = lines.filter((l) => Number(l.order_id) === Number(r.id));
      const carrier = (r.carrier as string | null) ?? null;
      const tracking = (r.tracking_number as string | null) ?? null;
      return {
        number: String(r.number),
        accessToken: String(r.access_token),
        status: r.status as OrderStatus,
        createdAt: Number(r.created_at),
        totalTiyin: Number(r.total_tiyin),
        currency: String(r.currency),
        totalChargedMinor: Number(r.total_charged_minor),
        carrier,
        trackingNumber: tracking,
        trackingUrl: trackingUrl(carrier, tracking),
        lines: own.map((l) => ({
          productName: String(l.product_name),
          variantLabel: String(l.variant_label),
          quantity: Number(l.quantity),
        })),
        canBuyAgain: own.some((l) => l.variant_id !== null),
      };
    }),
  };
}

/** What "buy again" did, shown once on the cart page. */
export const BuyAgainNotice = z.object({
  number: z.string(),
  /** Sizes now in the cart with the ordered quantity (or more, if the buyer had added them already). */
  added: z.number().int(),
  /** "Product — size" of lines no longer sold or out of stock. */
  skipped: z.array(z.string()),
  /** Lines put in with fewer units than ordered: only that many are left, or the cart's per-size limit. */
  lowered: z.array(z.string()),
  /** Lines left out because the cart is at its limit of sizes or units. */
  full: z.array(z.string()),
});
export type BuyAgainNotice = z.infer<typeof BuyAgainNotice>;

/**
 * Puts an order's sizes back in the session's cart at today's prices: each size up to the quantity ordered
 * (capped by the per-size limit and what is left online), never adding on top of what the cart already
 * holds, so a second press changes nothing. Sizes no longer sold or sold out are skipped and named. The
 * order must have been placed with the session's email; otherwise null.
 */
export async function buyAgain(
  db: Db,
  input: { sessionId: string; email: string; number: string },
): Promise<BuyAgainNotice | null> {
  const rs = await db.$client.execute({
    sql: `SELECT l.variant_id, l.product_name, l.variant_label, l.quantity FROM order_lines l JOIN orders o ON o.id = l.order_id
          WHERE o.number = ? AND lower(o.email) = ? AND o.channel = 'online' ORDER BY l.id`,
    args: [input.number, input.email.trim().toLowerCase()],
  });
  if (rs.rows.length === 0) return null;
  // An order may take one size from two places (two lines): the buyer ordered their sum.
  const wanted = new Map<number | string, { variantId: number | null; name: string; quantity: number }>();
  for (const r of rs.rows) {
    const name = `${String(r.product_name)} — ${String(r.variant_label)}`;
    const key = r.variant_id === null ? `gone:${wanted.size}` : Number(r.variant_id);
    const seen = wanted.get(key);
    if (seen) seen.quantity += Number(r.quantity);
    else
      wanted.set(key, {
        variantId: r.variant_id === null ? null : Number(r.variant_id),
        name,
        quantity: Number(r.quantity),
      });
  }
  const cartId = await cartIdFor(db, input.sessionId);
  const inCart = new Map(
    (
      await db.$client.execute({ sql: 'SELECT variant_id, quantity FROM cart_items WHERE cart_id = ?', args: [cartId] })
    ).rows.map((r) => [Number(r.variant_id), Number(r.quantity)]),
  );
  const notice: BuyAgainNotice = { number: input.number, added: 0, skipped: [], lowered: [], full: [] };
  for (const line of wanted.values()) {
    if (line.variantId === null) {
      notice.skipped.push(line.name);
      continue;
    }
    const current = inCart.get(line.variantId) ?? 0;
    const target = Math.min(line.quantity, maxLineUnits());
    if (current >= target) {
      notice.added += 1;
      continue;
    }
    try {
      await setCartQuantity(db, cartId, line.variantId, target);
      notice.added += 1;
      if (target < line.quantity) notice.lowered.push(line.name);
    } catch (e) {
      if (!(e instanceof CartError)) throw e;
      if (e.code === 'out_of_stock' && e.available > current) {
        await setCartQuantity(db, cartId, line.variantId, e.available);
        notice.added += 1;
        notice.lowered.push(line.name);
      } else if (e.code === 'lines_limit' || e.code === 'units_limit') {
        notice.full.push(line.name);
      } else if (current > 0) {
        notice.added += 1;
        notice.lowered.push(line.name);
      } else {
        notice.skipped.push(line.name);
      }
    }
  }
  await db.$client.execute({
    sql: `UPDATE sessions SET data = json_set(coalesce(data, '{}'), '$.notice', json(?)) WHERE id = ?`,
    args: [JSON.stringify(notice), input.sessionId],
  });
  return notice;
}

/** The last "buy again" notice of a session, removed as it is read so it shows once. */
export async function takeCartNotice(db: Db, sessionId: string): Promise<BuyAgainNotice | null> {
  const rs = await db.$client.execute({
    sql: `SELECT json_extract(data, '$.notice') AS notice FROM sessions WHERE id = ?`,
    args: [sessionId],
  });
  const raw = rs.rows[0]?.notice;
  if (typeof raw !== 'string') return null;
  await db.$client.execute({
    sql: `UPDATE sessions SET data = json_remove(data, '$.notice') WHERE id = ?`,
    args: [sessionId],
  });
  try {
    const parsed = BuyAgainNotice.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
