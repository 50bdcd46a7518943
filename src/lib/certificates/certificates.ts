/**
 * Certificates producers upload and staff verify. Buyers see only verified ones (and a badge only
 * while they are unexpired); every upload and decision is in the audit log.
 */
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { CERTIFICATION_KINDS } from '../../../db/schema/catalog.ts';
import { auditStatement } from '../audit/audit.ts';
import type { Locale } from '../i18n/locales.ts';
import { localizedColumnSql } from '../catalog/localized.ts';
import { todayInBishkek } from '../catalog/queries.ts';
import { certificateState } from './validity.ts';

export const CERTIFICATE_REJECT_REASONS = ['unreadable', 'expired', 'mismatch', 'not_recognised', 'other'] as const;
export type CertificateRejectReason = (typeof CERTIFICATE_REJECT_REASONS)[number];

export const CertificateForm = z
  .object({
    kind: z.enum(CERTIFICATION_KINDS, 'certificate.error.kind'),
    /** "producer" for all their goods, or a product id. */
    scope: z.string().regex(/^(producer|\d+)$/, 'certificate.error.scope'),
    issuer: z.string().trim().min(2, 'certificate.error.issuer').max(200, 'certificate.error.issuer'),
    number: z.string().trim().min(1, 'certificate.error.number').max(60, 'certificate.error.number'),
    valid_from: z.iso.date('listing.error.date'),
    valid_until: z.union([z.literal(''), z.iso.date('listing.error.date')]),
  })
  .refine((c) => !c.valid_until || c.valid_until > c.valid_from, {
    message: 'certificate.error.until',
    path: ['valid_until'],
  });
export type CertificateForm = z.infer<typeof CertificateForm>;

export interface CertificateRow {
  id: number;
  kind: string;
  kindName: string;
  issuer: string;
  number: string;
  validFrom: string;
  validUntil: string | null;
  status: 'pending' | 'verified' | 'rejected';
  /** What the lists show: the status, or `expired` for a verified certificate past its last day (validity.ts). */
  state: 'pending' | 'verified' | 'rejected' | 'expired';
  rejectReason: CertificateRejectReason | null;
  hasDocument: boolean;
  productId: number | null;
  productName: string | null;
  producerId: number;
  producerName: string;
  createdAt: number;
}

/** Adds a certificate with its document, waiting for staff. Returns null when the product is not theirs. */
export async function addCertificate(
  db: Db,
  actor: { userId: number; producerId: number; ip?: string | null },
  form: CertificateForm,
  documentKey: string,
): Promise<number | null> {
  const productId = form.scope === 'producer' ? null : Number(form.scope);
  if (productId !== null) {
    const own = await db.$client.execute({
      sql: 'SELECT 1 FROM products WHERE id = ? AND producer_id = ?',
      args: [productId, actor.producerId],
    });
    if (own.rows.length === 0) return null;
  }
  // A product's certificate covers that product only; a producer's covers all their goods.
  const rs = await db.$client.execute({
    sql: `INSERT INTO certificates (kind_id, producer_id, product_id, issuer, number, valid_from, valid_until, document_path, status, uploaded_by)
          SELECT id, ?, ?, ?, ?, ?, ?, ?, 'pending', ? FROM certification_kinds WHERE slug = ? RETURNING id`,
    args: [
      productId === null ? actor.producerId : null,
      productId,
      form.issuer,
      form.number,
      form.valid_from,
      form.valid_until || null,
      documentKey,
      actor.userId,
      form.kind,
    ],
  });
  const id = Number(rs.rows[0]!.id);
  await db.$client.execute(
    auditStatement({
      userId: actor.userId,
      action: 'certificate_uploaded',
      entity: 'certificate',
      entityId: id,
      after: { ...form, document: documentKey },
      ip: actor.ip,
    }),
  );
  return id;
}

const SELECT = (locale: Locale) => `
  SELECT ce.*, k.slug AS kind_slug,
         ${localizedColumnSql('certification_kind_translations', 'kind_id', 'k.id', 'name', locale)} AS kind_name,
         ${localizedColumnSql('product_translations', 'product_id', 'ce.product_id', 'name', locale)} AS product_name,
         coalesce(ce.producer_id, p.producer_id) AS owner_id,
         ${localizedColumnSql('producer_translations', 'producer_id', 'coalesce(ce.producer_id, p.producer_id)', 'name', locale)} AS producer_name
    FROM certificates ce JOIN certification_kinds k ON k.id = ce.kind_id
    LEFT JOIN products p ON p.id = ce.product_id`;

function toRow(r: Record<string, unknown>, today: string): CertificateRow {
  const dates = {
    status: r.status as CertificateRow['status'],
    validUntil: r.valid_until ? String(r.valid_until) : null,
  };
  return {
    id: Number(r.id),
    kind: String(r.kind_slug),
    kindName: String(r.kind_name ?? r.kind_slug),
    issuer: String(r.issuer),
    number: String(r.number),
    validFrom: String(r.valid_from),
    validUntil: r.valid_until ? String(r.valid_until) : null,
    status: dates.status,
    state: certificateState(dates, today),
    rejectReason: (r.reject_reason as CertificateRejectReason | null) ?? null,
    hasDocument: r.document_path !== null,
    productId: r.product_id === null ? null : Number(r.product_id),
    productName: r.product_name === null ? null : String(r.product_name),
    producerId: Number(r.owner_id),
    producerName: String(r.producer_name ?? ''),
    createdAt: Number(r.created_at),
  };
}

/** A producer's certificates, their own and their products'. */
export async function listProducerCertificates(
  db: Db,
  producerId: number,
  locale: Locale,
  today = todayInBishkek(),
): Promise<CertificateRow[]> {
  const rs = await db.$client.execute({
    sql: `${SELECT(locale)} WHERE ce.producer_id = ? OR p.producer_id = ? ORDER BY ce.id DESC`,
    args: [producerId, producerId],
  });
  return rs.rows.map((r) => toRow(r, today));
}

/** Days before its end a verified certificate counts as expiring soon on the staff dashboard. */
export const EXPIRING_DAYS = 30;

/** What the staff certificate list can be narrowed to: waiting for a check, expiring soon, or expired. */
export const CERTIFICATE_VIEWS = ['pending', 'expiring', 'expired'] as const;
export type CertificateView = (typeof CERTIFICATE_VIEWS)[number];

/** The YYYY-MM-DD date `days` after `day`. */
function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The condition (over `certificates ce`) of one view. A verified certificate that expires soon or has expired
 * needs someone only while nothing replaces it: no other certificate of the same kind for the same producer or
 * product is waiting or verified and valid past its end. The dashboard's counts and the list share this.
 */
export function certificateViewSql(view: CertificateView, today: string): { sql: string; args: string[] } {
  if (view === 'pending') return { sql: `ce.status = 'pending'`, args: [] };
  const unreplaced = `NOT EXISTS (SELECT 1 FROM certificates n WHERE n.id != ce.id AND n.kind_id = ce.kind_id
      AND n.producer_id IS ce.producer_id AND n.product_id IS ce.product_id AND n.status IN ('pending', 'verified')
      AND (n.valid_until IS NULL OR n.valid_until > ce.valid_until))`;
  return view === 'expired'
    ? { sql: `ce.status = 'verified' AND ce.valid_until < ? AND ${unreplaced}`, args: [today] }
    : {
        sql: `ce.status = 'verified' AND ce.valid_until >= ? AND ce.valid_until <= ? AND ${unreplaced}`,
        args: [today, addDays(today, EXPIRING_DAYS)],
      };
}

/**
 * Certificates for staff: the pending ones first, oldest first, then recent decisions; or only one view's
 * (expiring and expired ones by their end date).
 */
export async function listCertificatesForReview(
  db: Db,
  locale: Locale,
  limit = 100,
  today = todayInBishkek(),
  view?: CertificateView,
): Promise<CertificateRow[]> {
  const where = view ? certificateViewSql(view, today) : null;
  const rs = await db.$client.execute({
    sql: `${SELECT(locale)} ${where ? `WHERE ${where.sql}` : ''}
          ORDER BY ce.status != 'pending', CASE WHEN ce.status = 'pending' THEN ce.id ELSE ${where ? 'ce.valid_until' : '-ce.updated_at'} END
          LIMIT ?`,
    args: [...(where?.args ?? []), limit],
  });
  return rs.rows.map((r) => toRow(r, today));
}

/** One certificate, with who may see its document: its producer, staff, or anyone once it is verified. */
export async function getCertificate(db: Db, id: number, locale: Locale) {
  const rs = await db.$client.execute({ sql: `${SELECT(locale)} WHERE ce.id = ?`, args: [id] });
  const r = rs.rows[0];
  return r
    ? { ...toRow(r, todayInBishkek()), documentKey: r.document_path === null ? null : String(r.document_path) }
    : null;
}

export const CertificateDecision = z.discriminatedUnion('decision', [
  z.object({
    decision: z.literal('verified'),
    valid_until: z.union([z.literal(''), z.iso.date('listing.error.date')]),
  }),
  z.object({
    decision: z.literal('rejected'),
    reason: z.enum(CERTIFICATE_REJECT_REASONS, 'certificate.error.reason'),
  }),
]);
export type CertificateDecision = z.infer<typeof CertificateDecision>;

/** Staff mark a certificate verified (confirming or correcting its expiry date) or rejected with a reason. */
export async function decideCertificate(
  db: Db,
  actor: { userId: number; ip?: string | null },
  id: number,
  decision: CertificateDecision,
): Promise<boolean> {
  const before = await db.$client.execute({
    sql: 'SELECT status, valid_until, reject_reason FROM certificates WHERE id = ?',
    args: [id],
  });
  const row = before.rows[0];
  if (!row) return false;
  const now = Date.now();
  const after =
    decision.decision === 'verified'
      ? { status: 'verified', valid_until: decision.valid_until || null, reject_reason: null }
      : { status: 'rejected', valid_until: row.valid_until ?? null, reject_reason: decision.reason };
  await db.$client.batch(
    [
      {
        sql: `UPDATE certificates SET status = ?, valid_until = ?, reject_reason = ?, verified_by = ?, verified_at = ?,
                updated_at = ? WHERE id = ?`,
        args: [after.status, after.valid_until, after.reject_reason, actor.userId, now, now, id],
      },
      auditStatement(
        {
          userId: actor.userId,
          action: decision.decision === 'verified' ? 'certificate_verified' : 'certificate_rejected',
          entity: 'certificate',
          entityId: id,
          before: { status: row.status, valid_until: row.valid_until, reject_reason: row.reject_reason },
          after,
          ip: actor.ip,
        },
        now,
      ),
    ],
    'write',
  );
  return true;
}

/** How many certificates wait for staff. */
export async function countPendingCertificates(db: Db): Promise<number> {
  const rs = await db.$client.execute(`SELECT count(*) AS n FROM certificates WHERE status = 'pending'`);
  return Number(rs.rows[0]!.n);
}
