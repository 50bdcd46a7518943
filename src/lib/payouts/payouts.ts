/**
 * Paying producers what their consigned goods earned. Sales credit the payout ledger when they are paid
 * (src/lib/orders/producer-sales.ts); staff record payouts here, in cash or by bank transfer, and set
 * each producer's commission. A producer's balance is the sum of their ledger.
 */
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { auditStatement } from '../audit/audit.ts';
import { localizedColumnSql } from '../catalog/localized.ts';
import type { Locale } from '../i18n/locales.ts';
import { parseSom } from '../listings/draft.ts';

export interface ProducerBalance {
  producerId: number;
  slug: string;
  name: string;
  commissionBps: number;
  earnedTiyin: number;
  paidOutTiyin: number;
  balanceTiyin: number;
  lastPayoutAt: number | null;
}

/** Every producer (or one, or only those owed money) with their balance, the ones owed most first. */
export async function listBalances(
  db: Db,
  locale: Locale,
  producerId?: number,
  options: { owedOnly?: boolean } = {},
): Promise<ProducerBalance[]> {
  const rs = await db.$client.execute({
    sql: `
    SELECT pr.id, pr.slug, pr.commission_bps,
           ${localizedColumnSql('producer_translations', 'producer_id', 'pr.id', 'name', locale)} AS name,
           coalesce(sum(CASE WHEN pe.kind != 'payout' THEN pe.amount_tiyin END), 0) AS earned,
           coalesce(-sum(CASE WHEN pe.kind = 'payout' THEN pe.amount_tiyin END), 0) AS paid,
           coalesce(sum(pe.amount_tiyin), 0) AS balance,
           max(CASE WHEN pe.kind = 'payout' THEN pe.created_at END) AS last_payout
      FROM producers pr LEFT JOIN payout_entries pe ON pe.producer_id = pr.id
     ${producerId === undefined ? '' : 'WHERE pr.id = ?'}
     GROUP BY pr.id ${options.owedOnly ? 'HAVING balance > 0' : ''} ORDER BY balance DESC, name`,
    args: producerId === undefined ? [] : [producerId],
  });
  return rs.rows.map((r) => ({
    producerId: Number(r.id),
    slug: String(r.slug),
    name: String(r.name ?? r.slug),
    commissionBps: Number(r.commission_bps),
    earnedTiyin: Number(r.earned),
    paidOutTiyin: Number(r.paid),
    balanceTiyin: Number(r.balance),
    lastPayoutAt: r.last_payout === null ? null : Number(r.last_payout),
  }));
}

export const PayoutForm = z.object({
  amount: z
    .string()
    .transform((s) => parseSom(s) ?? 0)
    .refine((n) => n > 0, 'payout.error.amount'),
  method: z.enum(['cash', 'bank_transfer'], 'payout.error.method'),
  note: z.string().trim().max(300).default(''),
});

/**
 * Records money handed to a producer. The amount may not exceed what they are owed: the insert only
 * happens while the balance covers it (checked inside the statement, so two clicks cannot pay twice).
 */
export async function recordPayout(
  db: Db,
  actor: { userId: number; ip?: string | null },
  producerId: number,
  form: z.infer<typeof PayoutForm>,
): Promise<boolean> {
  const paid = await db.$client.execute({
    sql: `INSERT INTO payout_entries (producer_id, kind, amount_tiyin, method, note, user_id)
          SELECT ?, 'payout', ?, ?, ?, ?
           WHERE (SELECT coalesce(sum(amount_tiyin), 0) FROM payout_entries WHERE producer_id = ?) >= ?`,
    args: [producerId, -form.amount, form.method, form.note || null, actor.userId, producerId, form.amount],
  });
  if (paid.rowsAffected === 0) return false;
  await db.$client.execute(
    auditStatement({
      userId: actor.userId,
      action: 'payout_recorded',
      entity: 'producer',
      entityId: producerId,
      after: form,
      ip: actor.ip,
    }),
  );
  return true;
}

export const CommissionForm = z.object({
  percent: z.coerce
    .number('payout.error.commission')
    .min(0, 'payout.error.commission')
    .max(50, 'payout.error.commission')
    .transform((p) => Math.round(p * 100)),
});

/** Sets the shop's commission on a producer's future sales (in basis points). */
export async function setCommission(
  db: Db,
  actor: { userId: number; ip?: string | null },
  producerId: number,
  bps: number,
): Promise<void> {
  const before = await db.$client.execute({
    sql: 'SELECT commission_bps FROM producers WHERE id = ?',
    args: [producerId],
  });
  await db.$client.batch(
    [
      { sql: 'UPDATE producers SET commission_bps = ? WHERE id = ?', args: [bps, producerId] },
      auditStatement({
        userId: actor.userId,
        action: 'commission_set',
        entity: 'producer',
        entityId: producerId,
        before: { commission_bps: before.rows[0]?.commission_bps ?? null },
        after: { commission_bps: bps },
        ip: actor.ip,
      }),
    ],
    'write',
  );
}
