/**
 * Stock a producer keeps at home and the batches (lots) they make. A count at home is a stocktake:
 * one ledger row with the difference, computed inside the batch so two saves cannot lose one another.
 */
import type { InArgs, InStatement } from '@libsql/client';
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { auditStatement } from '../audit/audit.ts';

export interface HomeVariant {
  variantId: number;
  productId: number;
  sku: string;
  label: string;
  onHand: number;
  reserved: number;
  batches: { id: number; code: string; producedOn: string; bestBefore: string | null; quantity: number }[];
}

/**
 * The statements that give a producer (`idSql` selects its id) its home stock location, named after the
 * producer in each language it has a name in; they change nothing when it has one already. A producer's
 * count at home is kept there (it does not sell online: the shop receives the goods first).
 */
export function homeLocationStatements(idSql: string, args: InArgs): InStatement[] {
  return [
    {
      sql: `INSERT INTO stock_locations (code, kind, producer_id, sells_online, sort)
            SELECT 'home-' || pr.slug, 'producer_home', pr.id, 0, 10 FROM producers pr
             WHERE pr.id = (${idSql})
               AND NOT EXISTS (SELECT 1 FROM stock_locations WHERE kind = 'producer_home' AND producer_id = pr.id)
            ON CONFLICT (code) DO NOTHING`,
      args,
    },
    {
      sql: `INSERT INTO stock_location_translations (location_id, locale, name, address)
            SELECT loc.id, pt.locale, pt.name, '' FROM stock_locations loc
              JOIN producer_translations pt ON pt.producer_id = loc.producer_id
             WHERE loc.kind = 'producer_home' AND loc.producer_id = (${idSql})
            ON CONFLICT (location_id, locale) DO NOTHING`,
      args,
    },
  ];
}

/** The producer's home stock location id, made first for a producer that has none yet. */
async function homeLocationId(db: Db, producerId: number): Promise<number | null> {
  const find = {
    sql: `SELECT id FROM stock_locations WHERE kind = 'producer_home' AND producer_id = ?`,
    args: [producerId],
  };
  let rs = await db.$client.execute(find);
  if (!rs.rows[0]) {
    // Producers onboarded before their home was made with them (the seed's all have one).
    rs = (await db.$client.batch([...homeLocationStatements('?', [producerId]), find], 'write'))[2]!;
  }
  return rs.rows[0] ? Number(rs.rows[0].id) : null;
}

/** Whether a variant belongs to one of the producer's products. */
async function ownsVariant(db: Db, producerId: number, variantId: number): Promise<boolean> {
  const rs = await db.$client.execute({
    sql: `SELECT 1 FROM variants v JOIN products p ON p.id = v.product_id WHERE v.id = ? AND p.producer_id = ?`,
    args: [variantId, producerId],
  });
  return rs.rows.length > 0;
}

/** The published variants of one of the producer's products, with home stock and batches. */
export async function listHomeStock(db: Db, producerId: number, productId: number): Promise<HomeVariant[]> {
  const [variants, batches] = await db.$client.batch(
    [
      {
        sql: `SELECT v.id, v.product_id, v.sku,
                     (SELECT label FROM variant_translations WHERE variant_id = v.id ORDER BY locale = 'ky' DESC LIMIT 1) AS label,
                     coalesce(sl.on_hand, 0) AS on_hand, coalesce(sl.reserved, 0) AS reserved
                FROM variants v JOIN products p ON p.id = v.product_id
                LEFT JOIN stock_locations loc ON loc.kind = 'producer_home' AND loc.producer_id = p.producer_id
                LEFT JOIN stock_levels sl ON sl.variant_id = v.id AND sl.location_id = loc.id
               WHERE p.id = ? AND p.producer_id = ? AND v.active = 1 ORDER BY v.sort, v.id`,
        args: [productId, producerId],
      },
      {
        sql: `SELECT b.* FROM batches b JOIN variants v ON v.id = b.variant_id JOIN products p ON p.id = v.product_id
               WHERE p.id = ? AND p.producer_id = ? ORDER BY b.produced_on DESC, b.id DESC`,
        args: [productId, producerId],
      },
    ],
    'read',
  );
  return variants!.rows.map((v) => ({
    variantId: Number(v.id),
    productId: Number(v.product_id),
    sku: String(v.sku),
    label: String(v.label ?? v.sku),
    onHand: Number(v.on_hand),
    reserved: Number(v.reserved),
    batches: batches!.rows
      .filter((b) => Number(b.variant_id) === Number(v.id))
      .map((b) => ({
        id: Number(b.id),
        code: String(b.code),
        producedOn: String(b.produced_on),
        bestBefore: b.best_before === null ? null : String(b.best_before),
        quantity: Number(b.quantity),
      })),
  }));
}

export const HomeCount = z.object({
  variant: z.coerce.number().int().positive(),
  count: z.coerce.number().int().min(0).max(100_000),
});

/**
 * Sets how many units of a variant are at the producer's home. Fails (returns false) for someone
 * else's variant, or when the count is below what is already reserved for orders.
 */
export async function setHomeStock(
  db: Db,
  actor: { userId: number; producerId: number; ip?: string | null },
  variantId: number,
  count: number,
): Promise<'ok' | 'not_found' | 'below_reserved'> {
  if (!(await ownsVariant(db, actor.producerId, variantId))) return 'not_found';
  const home = await homeLocationId(db, actor.producerId);
  if (home === null) return 'not_found';
  const level = `(SELECT on_hand FROM stock_levels WHERE variant_id = ? AND location_id = ?)`;
  try {
    await db.$client.batch(
      [
        {
          sql: `INSERT INTO stock_levels (variant_id, location_id, on_hand, reserved) VALUES (?, ?, 0, 0)
                ON CONFLICT (variant_id, location_id) DO NOTHING`,
          args: [variantId, home],
        },
        {
          sql: `INSERT INTO stock_movements (variant_id, location_id, kind, on_hand_delta, reason, user_id)
                SELECT ?, ?, 'stocktake', ? - ${level}, 'producer count', ? WHERE ? != ${level}`,
          args: [variantId, home, count, variantId, home, actor.userId, count, variantId, home],
        },
        auditStatement({
          userId: actor.userId,
          action: 'home_stock_counted',
          entity: 'variant',
          entityId: variantId,
          after: { count },
          ip: actor.ip,
        }),
        {
          sql: `UPDATE stock_levels SET on_hand = ?, updated_at = unixepoch('subsec') * 1000
                 WHERE variant_id = ? AND location_id = ?`,
          args: [count, variantId, home],
        },
      ],
      'write',
    );
  } catch (error) {
    if (/CHECK constraint failed: stock_levels_reserved_ck/.test(String(error))) return 'below_reserved';
    throw error;
  }
  return 'ok';
}

export const NewBatch = z
  .object({
    variant: z.coerce.number().int().positive(),
    code: z
      .string()
      .trim()
      .regex(/^[\p{L}\p{N}._/-]{1,30}$/u, 'listing.error.batch_code'),
    produced_on: z.iso.date('listing.error.date'),
    best_before: z.union([z.literal(''), z.iso.date('listing.error.date')]),
    quantity: z.coerce.number('listing.error.whole_number').int().min(1).max(1_000_000),
  })
  .refine((b) => !b.best_before || b.best_before > b.produced_on, {
    message: 'listing.error.best_before',
    path: ['best_before'],
  });
export type NewBatch = z.infer<typeof NewBatch>;

/** Records a batch (lot) of one of the producer's variants; false for someone else's or a taken code. */
export async function addBatch(
  db: Db,
  actor: { userId: number; producerId: number; ip?: string | null },
  batch: NewBatch,
  madeBy: string,
): Promise<'ok' | 'not_found' | 'code_taken'> {
  if (!(await ownsVariant(db, actor.producerId, batch.variant))) return 'not_found';
  try {
    await db.$client.batch(
      [
        {
          sql: `INSERT INTO batches (variant_id, code, produced_on, best_before, quantity, made_by) VALUES (?, ?, ?, ?, ?, ?)`,
          args: [batch.variant, batch.code, batch.produced_on, batch.best_before || null, batch.quantity, madeBy],
        },
        auditStatement({
          userId: actor.userId,
          action: 'batch_added',
          entity: 'variant',
          entityId: batch.variant,
          after: batch,
          ip: actor.ip,
        }),
      ],
      'write',
    );
  } catch (error) {
    if (/UNIQUE constraint failed: batches/.test(String(error))) return 'code_taken';
    throw error;
  }
  return 'ok';
}
