/**
 * The shop's stock work: levels, receiving from producers, transfers, adjustments and stocktakes.
 * Each change is one batch: the level change, its ledger row and the audit entry. Decreases rely on
 * the CHECKs on stock_levels (0 <= reserved <= on_hand), so no change can take away stock that is
 * not there or is held for an order, whatever runs at the same time.
 */
import type { InStatement } from '@libsql/client';
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { auditStatement } from '../audit/audit.ts';
import type { Locale } from '../i18n/locales.ts';
import { isOutOfStockError } from './ledger.ts';
import { localizedColumnSql } from '../catalog/localized.ts';
import { todayInBishkek } from '../catalog/queries.ts';
import { barcodeForms, gtin14 } from '../labels/link.ts';

export interface Actor {
  userId: number;
  ip?: string | null;
}

export interface Location {
  id: number;
  code: string;
  kind: 'shop' | 'warehouse' | 'producer_home';
  name: string;
  producerId: number | null;
}

/** Stock locations named in a language: the shop, the warehouse, then producers' homes. */
export async function listLocations(db: Db, locale: Locale): Promise<Location[]> {
  const rs = await db.$client.execute({
    sql: `SELECT l.id, l.code, l.kind, l.producer_id,
                 ${localizedColumnSql('stock_location_translations', 'location_id', 'l.id', 'name', locale)} AS name
            FROM stock_locations l ORDER BY l.kind = 'producer_home', l.sort, l.id`,
    args: [],
  });
  return rs.rows.map((r) => ({
    id: Number(r.id),
    code: String(r.code),
    kind: r.kind as Location['kind'],
    name: String(r.name ?? r.code),
    producerId: r.producer_id === null ? null : Number(r.producer_id),
  }));
}

export interface LevelRow {
  variantId: number;
  locationId: number;
  locationName: string;
  sku: string;
  barcode: string | null;
  productName: string;
  variantLabel: string;
  producerName: string;
  onHand: number;
  reserved: number;
  available: number;
}

export const LOW_STOCK = 3;

/**
 * A level that runs low: an active variant with at most LOW_STOCK units free at the shop or a warehouse
 * (producers' homes are theirs to count). Over `stock_levels sl`, `variants v` and `stock_locations l`;
 * the stock list's "low" filter and the staff dashboard's count share it.
 */
export const LOW_STOCK_SQL = `v.active = 1 AND l.kind != 'producer_home' AND sl.on_hand - sl.reserved <= ${LOW_STOCK}`;

export const LevelFilter = z.object({
  location: z.coerce.number().int().positive().optional().catch(undefined),
  q: z.string().trim().max(60).optional().catch(undefined),
  low: z
    .enum(['1'])
    .optional()
    .catch(undefined)
    .transform((v) => v === '1'),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type LevelFilter = z.infer<typeof LevelFilter>;

/**
 * Levels per variant and location (on hand, reserved, available), optionally for one location, a
 * SKU / barcode / name search, or only what runs low (available at most LOW_STOCK, shop and warehouse).
 */
export async function listLevels(
  db: Db,
  locale: Locale,
  filter: Partial<LevelFilter> = {},
  pageSize = 100,
): Promise<{ rows: LevelRow[]; total: number }> {
  const where: string[] = ['v.active = 1'];
  const args: (string | number)[] = [];
  if (filter.location) {
    where.push('sl.location_id = ?');
    args.push(filter.location);
  }
  if (filter.low) where.push(LOW_STOCK_SQL);
  if (filter.q) {
    where.push(
      `(v.sku LIKE ? OR v.barcode = ? OR p.id IN (SELECT product_id FROM product_translations WHERE name LIKE ?))`,
    );
    args.push(`%${filter.q.toUpperCase()}%`, filter.q, `%${filter.q}%`);
  }
  const from = `FROM stock_levels sl JOIN variants v ON v.id = sl.variant_id JOIN products p ON p.id = v.product_id
                JOIN stock_locations l ON l.id = sl.location_id WHERE ${where.join(' AND ')}`;
  const page = filter.page ?? 1;
  const [count, rows] = await db.$client.batch(
    [
      { sql: `SELECT count(*) AS n ${from}`, args },
      {
        sql: `SELECT sl.variant_id, sl.location_id, sl.on_hand, sl.reserved, v.sku, v.barcode,
                     ${localizedColumnSql('product_translations', 'product_id', 'p.id', 'name', locale)} AS product_name,
                     ${localizedColumnSql('variant_translations', 'variant_id', 'v.id', 'label', locale)} AS variant_label,
                     ${localizedColumnSql('producer_translations', 'producer_id', 'p.producer_id', 'name', locale)} AS producer_name,
                     ${localizedColumnSql('stock_location_translations', 'location_id', 'l.id', 'name', locale)} AS location_name
                ${from} ORDER BY sl.on_hand - sl.reserved, v.sku, l.id LIMIT ? OFFSET ?`,
        args: [...args, pageSize, (page - 1) * pageSize],
      },
    ],
    'read',
  );
  return {
    total: Number(count!.rows[0]!.n),
    rows: rows!.rows.map((r) => ({
      variantId: Number(r.variant_id),
      locationId: Number(r.location_id),
      locationName: String(r.location_name ?? ''),
      sku: String(r.sku),
      barcode: r.barcode === null ? null : String(r.barcode),
      productName: String(r.product_name ?? ''),
      variantLabel: String(r.variant_label ?? ''),
      producerName: String(r.producer_name ?? ''),
      onHand: Number(r.on_hand),
      reserved: Number(r.reserved),
      available: Number(r.on_hand) - Number(r.reserved),
    })),
  };
}

/** The variant a SKU or barcode names (what a scanner types), or null. */
export async function findVariantByCode(db: Db, code: string): Promise<number | null> {
  const c = code.trim();
  if (!c) return null;
  // A scanned EAN-13 finds a barcode stored as GTIN-12 or GTIN-14 too (the label prints it as 13 digits).
  const gtin = gtin14(c);
  const codes = gtin ? barcodeForms(gtin) : [c];
  const rs = await db.$client.execute({
    sql: `SELECT id FROM variants WHERE (sku = ? OR barcode IN (${codes.map(() => '?').join(', ')})) AND active = 1 LIMIT 1`,
    args: [c.toUpperCase(), ...codes],
  });
  return rs.rows[0] ? Number(rs.rows[0].id) : null;
}

/** Makes sure a level row exists before a change adds to it. */
function ensureLevel(variantId: number, locationId: number): InStatement {
  return {
    sql: `INSERT INTO stock_levels (variant_id, location_id, on_hand, reserved) VALUES (?, ?, 0, 0)
          ON CONFLICT (variant_id, location_id) DO NOTHING`,
    args: [variantId, locationId],
  };
}

function onHandChange(variantId: number, locationId: number, delta: number): InStatement {
  return {
    sql: `UPDATE stock_levels SET on_hand = on_hand + ?, updated_at = unixepoch('subsec') * 1000
          WHERE variant_id = ? AND location_id = ?`,
    args: [delta, variantId, locationId],
  };
}

interface MovementRow {
  variantId: number;
  locationId: number;
  kind: 'receive' | 'transfer_out' | 'transfer_in' | 'adjustment' | 'stocktake' | 'return' | 'sale_counter';
  delta: number;
  batchId?: number | null;
  consignment?: boolean;
  orderId?: number | null;
  reason?: string | null;
  userId: number;
}

export function movementStatement(m: MovementRow): InStatement {
  return {
    sql: `INSERT INTO stock_movements (variant_id, location_id, kind, on_hand_delta, batch_id, consignment, order_id, reason, user_id)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    args: [
      m.variantId,
      m.locationId,
      m.kind,
      m.delta,
      m.batchId ?? null,
      m.consignment ? 1 : 0,
      m.orderId ?? null,
      m.reason ?? null,
      m.userId,
    ],
  };
}

export type StockResult = { ok: true } | { ok: false; error: 'not_enough' | 'not_found' | 'same_location' };

async function runStock(db: Db, statements: InStatement[]): Promise<StockResult> {
  try {
    await db.$client.batch(statements, 'write');
    return { ok: true };
  } catch (error) {
    if (isOutOfStockError(error)) return { ok: false, error: 'not_enough' };
    if (/FOREIGN KEY constraint failed/.test(String(error))) return { ok: false, error: 'not_found' };
    throw error;
  }
}

const qty = z.coerce
  .number('stock.error.quantity')
  .int('stock.error.quantity')
  .min(1, 'stock.error.quantity')
  .max(100_000);

export const ReceiveForm = z
  .object({
    variant: z.coerce.number().int().positive('stock.error.variant'),
    location: z.coerce.number().int().positive(),
    quantity: qty,
    batch: z.string().trim().max(30).default(''),
    produced_on: z.union([z.literal(''), z.iso.date('listing.error.date')]).default(''),
    best_before: z.union([z.literal(''), z.iso.date('listing.error.date')]).default(''),
    consignment: z
      .string()
      .optional()
      .transform((v) => v === '1'),
  })
  .refine((f) => !f.batch || /^[\p{L}\p{N}._/-]{1,30}$/u.test(f.batch), {
    message: 'listing.error.batch_code',
    path: ['batch'],
  })
  .refine((f) => !f.batch || f.produced_on, { message: 'listing.error.date', path: ['produced_on'] });
export type ReceiveForm = z.infer<typeof ReceiveForm>;

/** The start of a lot code made for goods received without one: the SKU (cut short) and the day as YYMMDD. */
export function autoLotPrefix(sku: string, day: string): string {
  const short = sku.replace(/[^\p{L}\p{N}._-]/gu, '').slice(0, 18) || 'LOT';
  return `${short}-${day.slice(2, 10).replaceAll('-', '')}-`;
}

/** The next free lot code after the codes of the same prefix already taken: prefix + (highest number + 1). */
export function nextAutoLot(prefix: string, taken: string[]): string {
  let highest = 0;
  for (const code of taken) {
    if (!code.startsWith(prefix)) continue;
    const n = Number(code.slice(prefix.length));
    if (Number.isInteger(n) && n > highest) highest = n;
  }
  return `${prefix}${highest + 1}`;
}

export type ReceiveResult = { ok: true; lot: string } | Extract<StockResult, { ok: false }>;

/**
 * Goods arrive from a producer: on hand grows at the location, with the batch they belong to (an
 * existing lot code of that variant, or a new lot created here) and whether they stay the producer's
 * on consignment. Goods received without a lot code get a new lot of their own
 * (`<SKU>-<YYMMDD>-<n>`, the production day or else today in Bishkek), so their dates are kept and
 * labels can be printed for them; a receipt racing for the same code takes the next number.
 */
export async function receiveGoods(db: Db, actor: Actor, form: ReceiveForm): Promise<ReceiveResult> {
  const producedOn = form.produced_on || todayInBishkek();
  if (form.batch) {
    const result = await runStock(db, receiveStatements(actor, form, form.batch, producedOn, true));
    return result.ok ? { ok: true, lot: form.batch } : result;
  }
  const variant = await db.$client.execute({ sql: 'SELECT sku FROM variants WHERE id = ?', args: [form.variant] });
  if (!variant.rows[0]) return { ok: false, error: 'not_found' };
  const prefix = autoLotPrefix(String(variant.rows[0].sku), producedOn);
  for (let attempt = 0; ; attempt++) {
    const taken = await db.$client.execute({
      sql: `SELECT code FROM batches WHERE variant_id = ? AND substr(code, 1, length(?)) = ?`,
      args: [form.variant, prefix, prefix],
    });
    const lot = nextAutoLot(
      prefix,
      taken.rows.map((r) => String(r.code)),
    );
    try {
      const result = await runStock(db, receiveStatements(actor, form, lot, producedOn, false));
      return result.ok ? { ok: true, lot } : result;
    } catch (error) {
      if (attempt < 4 && /UNIQUE constraint failed: batches\./.test(String(error))) continue;
      throw error;
    }
  }
}

/** The receipt's batch: the lot's row (added to when `merge` and the code exists), level, ledger row and audit entry. */
function receiveStatements(
  actor: Actor,
  form: ReceiveForm,
  lot: string,
  producedOn: string,
  merge: boolean,
): InStatement[] {
  return [
    ensureLevel(form.variant, form.location),
    {
      sql: `INSERT INTO batches (variant_id, code, produced_on, best_before, quantity) VALUES (?, ?, ?, ?, ?)
            ${merge ? 'ON CONFLICT (variant_id, code) DO UPDATE SET quantity = quantity + excluded.quantity' : ''}`,
      args: [form.variant, lot, producedOn, form.best_before || null, form.quantity],
    },
    onHandChange(form.variant, form.location, form.quantity),
    {
      sql: `INSERT INTO stock_movements (variant_id, location_id, kind, on_hand_delta, batch_id, consignment, reason, user_id)
            VALUES (?, ?, 'receive', ?, (SELECT id FROM batches WHERE variant_id = ? AND code = ?), ?, 'received from producer', ?)`,
      args: [form.variant, form.location, form.quantity, form.variant, lot, form.consignment ? 1 : 0, actor.userId],
    },
    auditStatement({
      userId: actor.userId,
      action: 'stock_received',
      entity: 'variant',
      entityId: form.variant,
      after: { ...form, batch: lot, produced_on: producedOn },
      ip: actor.ip,
    }),
  ];
}

export const TransferForm = z.object({
  variant: z.coerce.number().int().positive('stock.error.variant'),
  from: z.coerce.number().int().positive(),
  to: z.coerce.number().int().positive(),
  quantity: qty,
});

/** Moves units between locations; only what is not held for orders can leave. */
export async function transferStock(db: Db, actor: Actor, form: z.infer<typeof TransferForm>): Promise<StockResult> {
  if (form.from === form.to) return { ok: false, error: 'same_location' };
  const exists = await db.$client.execute({
    sql: 'SELECT on_hand - reserved AS available FROM stock_levels WHERE variant_id = ? AND location_id = ?',
    args: [form.variant, form.from],
  });
  if (!exists.rows[0]) return { ok: false, error: 'not_enough' };
  return runStock(db, [
    ensureLevel(form.variant, form.to),
    onHandChange(form.variant, form.from, -form.quantity),
    movementStatement({
      variantId: form.variant,
      locationId: form.from,
      kind: 'transfer_out',
      delta: -form.quantity,
      userId: actor.userId,
    }),
    onHandChange(form.variant, form.to, form.quantity),
    movementStatement({
      variantId: form.variant,
      locationId: form.to,
      kind: 'transfer_in',
      delta: form.quantity,
      userId: actor.userId,
    }),
    auditStatement({
      userId: actor.userId,
      action: 'stock_transferred',
      entity: 'variant',
      entityId: form.variant,
      after: form,
      ip: actor.ip,
    }),
  ]);
}

export const ADJUSTMENT_REASONS = ['damaged', 'expired', 'lost', 'found', 'sample', 'correction'] as const;

export const AdjustForm = z.object({
  variant: z.coerce.number().int().positive('stock.error.variant'),
  location: z.coerce.number().int().positive(),
  delta: z.coerce
    .number('stock.error.delta')
    .int('stock.error.delta')
    .refine((n) => n !== 0 && Math.abs(n) <= 100_000, 'stock.error.delta'),
  reason: z.enum(ADJUSTMENT_REASONS, 'stock.error.reason'),
  note: z.string().trim().max(300).default(''),
});

/** Adds or removes units with a required reason (damaged, expired, lost, found, …). */
export async function adjustStock(db: Db, actor: Actor, form: z.infer<typeof AdjustForm>): Promise<StockResult> {
  const reason = form.note ? `${form.reason}: ${form.note}` : form.reason;
  const statements: InStatement[] = [];
  if (form.delta > 0) statements.push(ensureLevel(form.variant, form.location));
  statements.push(
    onHandChange(form.variant, form.location, form.delta),
    movementStatement({
      variantId: form.variant,
      locationId: form.location,
      kind: 'adjustment',
      delta: form.delta,
      reason,
      userId: actor.userId,
    }),
    auditStatement({
      userId: actor.userId,
      action: 'stock_adjusted',
      entity: 'variant',
      entityId: form.variant,
      after: form,
      ip: actor.ip,
    }),
  );
  // A decrease of a level that does not exist changes no row: treat it as not enough stock.
  if (form.delta < 0) {
    const level = await db.$client.execute({
      sql: 'SELECT 1 FROM stock_levels WHERE variant_id = ? AND location_id = ?',
      args: [form.variant, form.location],
    });
    if (!level.rows[0]) return { ok: false, error: 'not_enough' };
  }
  return runStock(db, statements);
}

export interface CountLine {
  variantId: number;
  locationId: number;
  counted: number;
}

/**
 * Records a stocktake: for each line the ledger gets the difference between what was counted and what
 * the books said, computed inside the batch (so a sale a moment earlier is not overwritten).
 */
export async function recordStocktake(db: Db, actor: Actor, lines: CountLine[], note = ''): Promise<StockResult> {
  const statements: InStatement[] = [];
  for (const l of lines) {
    const level = `(SELECT on_hand FROM stock_levels WHERE variant_id = ? AND location_id = ?)`;
    statements.push(
      ensureLevel(l.variantId, l.locationId),
      {
        sql: `INSERT INTO stock_movements (variant_id, location_id, kind, on_hand_delta, reason, user_id)
              SELECT ?, ?, 'stocktake', ? - ${level}, ?, ? WHERE ? != ${level}`,
        args: [
          l.variantId,
          l.locationId,
          l.counted,
          l.variantId,
          l.locationId,
          note || 'stocktake',
          actor.userId,
          l.counted,
          l.variantId,
          l.locationId,
        ],
      },
      {
        sql: `UPDATE stock_levels SET on_hand = ?, updated_at = unixepoch('subsec') * 1000 WHERE variant_id = ? AND location_id = ?`,
        args: [l.counted, l.variantId, l.locationId],
      },
    );
  }
  statements.push(
    auditStatement({
      userId: actor.userId,
      action: 'stocktake',
      entity: 'stock',
      entityId: lines.length,
      after: { lines, note },
      ip: actor.ip,
    }),
  );
  return runStock(db, statements);
}
