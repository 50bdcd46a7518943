/** The cart of a session: lines of variants with the price the buyer saw, checked against stock. */
import { randomBytes } from 'node:crypto';
import { readRows, type Db } from '../../../db/client.ts';
import { bestLocaleSql as best, type Localized } from '../catalog/localized.ts';
import { getEnv } from '../env.ts';
import type { Locale } from '../i18n/locales.ts';
import { illustrationUrl } from '../media/illustration.ts';

/** Most units of one variant a buyer can put in a cart (CART_MAX_LINE_UNITS); placeOrder checks it again. */
export function maxLineUnits(): number {
  return getEnv().CART_MAX_LINE_UNITS;
}

export class CartError extends Error {
  readonly code: 'unknown_variant' | 'out_of_stock' | 'bad_quantity' | 'line_limit' | 'lines_limit' | 'units_limit';
  readonly available: number;

  constructor(code: CartError['code'], available = 0) {
    super(code);
    this.code = code;
    this.available = available;
  }
}

/** The id of a session's cart, created on first use. */
export async function cartIdFor(db: Db, sessionId: string): Promise<string> {
  const rs = await db.$client.execute({ sql: 'SELECT id FROM carts WHERE session_id = ? LIMIT 1', args: [sessionId] });
  if (rs.rows[0]) return String(rs.rows[0].id);
  const id = randomBytes(16).toString('base64url');
  await db.$client.execute({ sql: 'INSERT INTO carts (id, session_id) VALUES (?, ?)', args: [id, sessionId] });
  return id;
}

/** The price and online availability of a sellable variant, or null. */
async function variantForSale(db: Db, variantId: number) {
  const rs = await db.$client.execute({
    sql: `SELECT v.price_tiyin,
            coalesce((SELECT sum(sl.on_hand - sl.reserved) FROM stock_levels sl JOIN stock_locations l ON l.id = sl.location_id
              WHERE sl.variant_id = v.id AND l.sells_online = 1), 0) AS available
          FROM variants v JOIN products p ON p.id = v.product_id
          WHERE v.id = ? AND v.active = 1 AND p.status = 'published'`,
    args: [variantId],
  });
  const r = rs.rows[0];
  return r ? { priceTiyin: Number(r.price_tiyin), available: Number(r.available) } : null;
}

async function quantityInCart(db: Db, cartId: string, variantId: number): Promise<number> {
  const rs = await db.$client.execute({
    sql: 'SELECT quantity FROM cart_items WHERE cart_id = ? AND variant_id = ?',
    args: [cartId, variantId],
  });
  return Number(rs.rows[0]?.quantity ?? 0);
}

/** The cart's lines and units apart from one variant: what the order limits are checked against. */
async function restOfCart(db: Db, cartId: string, variantId: number): Promise<{ lines: number; units: number }> {
  const rs = await db.$client.execute({
    sql: 'SELECT count(*) AS lines, coalesce(sum(quantity), 0) AS units FROM cart_items WHERE cart_id = ? AND variant_id != ?',
    args: [cartId, variantId],
  });
  return { lines: Number(rs.rows[0]!.lines), units: Number(rs.rows[0]!.units) };
}

/**
 * Whether a visitor without a cart may add this: the quantity within limits and the variant for sale with
 * enough stock. Checked before a session is created, so a failed add leaves nothing behind.
 */
export async function checkAddition(db: Db, variantId: number, quantity: number): Promise<void> {
  if (!Number.isInteger(quantity) || quantity < 1) throw new CartError('bad_quantity');
  if (quantity > maxLineUnits()) throw new CartError('line_limit');
  if (quantity > getEnv().ORDER_MAX_UNITS) throw new CartError('units_limit');
  const variant = await variantForSale(db, variantId);
  if (!variant) throw new CartError('unknown_variant');
  if (quantity > variant.available) throw new CartError('out_of_stock', variant.available);
}

/** Sets a line's quantity (0 removes it), refusing more than is available online or than the limits allow. */
export async function setCartQuantity(db: Db, cartId: string, variantId: number, quantity: number): Promise<void> {
  if (!Number.isInteger(quantity) || quantity < 0) throw new CartError('bad_quantity');
  if (quantity > maxLineUnits()) throw new CartError('line_limit');
  if (quantity === 0) {
    await db.$client.execute({
      sql: 'DELETE FROM cart_items WHERE cart_id = ? AND variant_id = ?',
      args: [cartId, variantId],
    });
    return;
  }
  const env = getEnv();
  const rest = await restOfCart(db, cartId, variantId);
  if (rest.lines >= env.ORDER_MAX_LINES) throw new CartError('lines_limit');
  if (rest.units + quantity > env.ORDER_MAX_UNITS) throw new CartError('units_limit');
  const variant = await variantForSale(db, variantId);
  if (!variant) throw new CartError('unknown_variant');
  if (quantity > variant.available) throw new CartError('out_of_stock', variant.available);
  await db.$client.batch(
    [
      {
        sql: `INSERT INTO cart_items (cart_id, variant_id, quantity, seen_price_tiyin) VALUES (?, ?, ?, ?)
              ON CONFLICT (cart_id, variant_id) DO UPDATE SET quantity = excluded.quantity, updated_at = unixepoch('subsec') * 1000`,
        args: [cartId, variantId, quantity, variant.priceTiyin],
      },
      { sql: `UPDATE carts SET updated_at = unixepoch('subsec') * 1000 WHERE id = ?`, args: [cartId] },
    ],
    'write',
  );
}

/** Adds units of a variant to the cart (on top of what is there). */
export async function addToCart(db: Db, cartId: string, variantId: number, quantity: number): Promise<void> {
  if (!Number.isInteger(quantity) || quantity < 1) throw new CartError('bad_quantity');
  await setCartQuantity(db, cartId, variantId, (await quantityInCart(db, cartId, variantId)) + quantity);
}

export interface CartLine {
  variantId: number;
  productId: number;
  productSlug: string;
  productName: Localized;
  variantLabel: Localized;
  producerId: number;
  producerName: Localized;
  sku: string;
  image: string;
  quantity: number;
  unitPriceTiyin: number;
  seenPriceTiyin: number;
  available: number;
  weightGrams: number;
}

export interface Cart {
  id: string;
  lines: CartLine[];
  subtotalTiyin: number;
  weightGrams: number;
  units: number;
  /** Lines whose price changed since the buyer added them. */
  changed: CartLine[];
  /** Lines asking for more than is available now. */
  short: CartLine[];
}

/** The cart with current prices and availability in the page's language. */
export async function getCart(db: Db, cartId: string, locale: Locale): Promise<Cart> {
  const rows = await readRows(
    db,
    `SELECT ci.variant_id, ci.quantity, ci.seen_price_tiyin, v.price_tiyin, v.sku, v.weight_grams, p.id AS product_id, p.slug, p.image,
       c.slug AS category, pr.id AS producer_id, pt.name, pt.locale AS name_locale, vt.label, vt.locale AS label_locale,
       prt.name AS producer_name, prt.locale AS producer_locale,
       coalesce((SELECT sum(sl.on_hand - sl.reserved) FROM stock_levels sl JOIN stock_locations l ON l.id = sl.location_id
         WHERE sl.variant_id = v.id AND l.sells_online = 1), 0) AS available
     FROM cart_items ci
     JOIN variants v ON v.id = ci.variant_id
     JOIN products p ON p.id = v.product_id
     JOIN categories c ON c.id = p.category_id
     JOIN producers pr ON pr.id = p.producer_id
     LEFT JOIN product_translations pt ON pt.product_id = p.id AND pt.locale = ${best('product_translations', 'product_id', 'p.id', locale)}
     LEFT JOIN variant_translations vt ON vt.variant_id = v.id AND vt.locale = ${best('variant_translations', 'variant_id', 'v.id', locale)}
     LEFT JOIN producer_translations prt ON prt.producer_id = pr.id AND prt.locale = ${best('producer_translations', 'producer_id', 'pr.id', locale)}
     WHERE ci.cart_id = ? AND v.active = 1 AND p.status = 'published'
     ORDER BY ci.created_at, ci.variant_id`,
    [cartId],
  );
  const lines: CartLine[] = rows.map((r) => ({
    variantId: Number(r.variant_id),
    productId: Number(r.product_id),
    productSlug: String(r.slug),
    productName: { text: String(r.name ?? ''), locale: (r.name_locale ?? locale) as Locale },
    variantLabel: { text: String(r.label ?? ''), locale: (r.label_locale ?? locale) as Locale },
    producerId: Number(r.producer_id),
    producerName: { text: String(r.producer_name ?? ''), locale: (r.producer_locale ?? locale) as Locale },
    sku: String(r.sku),
    image: r.image
      ? String(r.image)
      : illustrationUrl({ id: Number(r.product_id), category: String(r.category), slug: String(r.slug) }),
    quantity: Number(r.quantity),
    unitPriceTiyin: Number(r.price_tiyin),
    seenPriceTiyin: Number(r.seen_price_tiyin),
    available: Number(r.available),
    weightGrams: Number(r.weight_grams),
  }));
  return {
    id: cartId,
    lines,
    subtotalTiyin: lines.reduce((s, l) => s + l.unitPriceTiyin * l.quantity, 0),
    weightGrams: lines.reduce((s, l) => s + l.weightGrams * l.quantity, 0),
    units: lines.reduce((s, l) => s + l.quantity, 0),
    changed: lines.filter((l) => l.unitPriceTiyin !== l.seenPriceTiyin),
    short: lines.filter((l) => l.quantity > l.available),
  };
}

/** The buyer has seen the new prices: remember them as seen. */
export async function acceptCurrentPrices(db: Db, cartId: string): Promise<void> {
  await db.$client.execute({
    sql: `UPDATE cart_items SET seen_price_tiyin = (SELECT price_tiyin FROM variants WHERE id = cart_items.variant_id) WHERE cart_id = ?`,
    args: [cartId],
  });
}
