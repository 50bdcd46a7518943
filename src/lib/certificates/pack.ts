/**
 * The certificate pack a wholesale buyer downloads from a product page: one ZIP with a summary in the
 * page's language and the document of every certificate that covers the product (its own and its
 * producer's) and is verified and unexpired today.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Db } from '../../../db/client.ts';
import { bestLocaleSql as best } from '../catalog/localized.ts';
import { todayInBishkek } from '../catalog/queries.ts';
import { formatDate } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { localePath } from '../i18n/paths.ts';
import { getTranslator } from '../i18n/translate.ts';
import { readDocument } from '../media/store.ts';
import { validCertificateSql } from './validity.ts';

/** One certificate in the pack, with its document when one is stored. */
export interface PackCertificate {
  id: number;
  kind: string;
  kindName: string;
  issuer: string;
  number: string;
  validFrom: string;
  validUntil: string | null;
  verifiedAt: number | null;
  scope: 'product' | 'producer';
  documentKey: string | null;
}

/** What the pack is for: a published product of an active producer, with names in the page's language. */
export interface PackSubject {
  productId: number;
  slug: string;
  productName: string;
  producerId: number;
  producerName: string;
}

/** The published product with this slug, or null. */
async function findPackSubject(db: Db, locale: Locale, slug: string): Promise<PackSubject | null> {
  const rs = await db.$client.execute({
    sql: `SELECT p.id, p.slug, p.producer_id, pt.name AS product_name, prt.name AS producer_name
          FROM products p JOIN producers pr ON pr.id = p.producer_id
          LEFT JOIN product_translations pt ON pt.product_id = p.id AND pt.locale = ${best('product_translations', 'product_id', 'p.id', locale)}
          LEFT JOIN producer_translations prt ON prt.producer_id = pr.id AND prt.locale = ${best('producer_translations', 'producer_id', 'pr.id', locale)}
          WHERE p.slug = ? AND p.status = 'published' AND pr.status = 'active'`,
    args: [slug],
  });
  const r = rs.rows[0];
  if (!r) return null;
  return {
    productId: Number(r.id),
    slug: String(r.slug),
    productName: String(r.product_name ?? r.slug),
    producerId: Number(r.producer_id),
    producerName: String(r.producer_name ?? ''),
  };
}

/**
 * Verified certificates of a product and of its producer that are valid on `today` (an ISO date in
 * Bishkek), product certificates first, then by kind.
 */
export async function listPackCertificates(
  db: Db,
  locale: Locale,
  productId: number,
  producerId: number,
  today = todayInBishkek(),
): Promise<PackCertificate[]> {
  const rs = await db.$client.execute({
    sql: `SELECT ce.id, k.slug AS kind, kt.name AS kind_name, coalesce(ct.issuer, ce.issuer) AS issuer, ce.number,
            ce.valid_from, ce.valid_until, ce.verified_at, ce.product_id, ce.document_path
          FROM certificates ce
          JOIN certification_kinds k ON k.id = ce.kind_id
          LEFT JOIN certification_kind_translations kt ON kt.kind_id = k.id AND kt.locale = ${best('certification_kind_translations', 'kind_id', 'k.id', locale)}
          LEFT JOIN certificate_translations ct ON ct.certificate_id = ce.id AND ct.locale = ${best('certificate_translations', 'certificate_id', 'ce.id', locale)}
          WHERE ${validCertificateSql('ce')}
            AND (ce.product_id = ? OR ce.producer_id = ?)
          ORDER BY ce.product_id IS NULL, k.sort, ce.valid_from DESC, ce.id`,
    args: [today, productId, producerId],
  });
  return rs.rows.map((r) => ({
    id: Number(r.id),
    kind: String(r.kind),
    kindName: String(r.kind_name ?? r.kind),
    issuer: String(r.issuer),
    number: String(r.number),
    validFrom: String(r.valid_from),
    validUntil: r.valid_until === null ? null : String(r.valid_until),
    verifiedAt: r.verified_at === null ? null : Number(r.verified_at),
    scope: r.product_id === null ? 'producer' : 'product',
    documentKey: r.document_path === null ? null : String(r.document_path),
  }));
}

/** A file name safe in any unzip tool: ASCII letters, digits, dots and dashes. */
function safeName(s: string): string {
  return (
    s
      .replace(/[^A-Za-z0-9.-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'certificate'
  );
}

/**
 * The summary a person reads first: what the pack covers, then each certificate with its kind,
 * number, issuer, validity, when it was verified and which document in the ZIP is its own.
 */
export function packSummary(
  locale: Locale,
  subject: PackSubject & { url: string },
  certificates: (PackCertificate & { file: string | null })[],
  today: string,
): string {
  const t = getTranslator(locale);
  const date = (d: string | number) => formatDate(locale, d);
  const lines = [
    t('certpack.heading', { product: subject.productName }),
    t('certpack.producer', { producer: subject.producerName }),
    subject.url,
    '',
    t('certpack.validOn', { date: date(today) }),
    '',
  ];
  if (certificates.length === 0) lines.push(t('certpack.none'), '');
  certificates.forEach((c, i) => {
    lines.push(
      `${i + 1}. ${c.kindName} — ${t(c.scope === 'product' ? 'cert.scope.product' : 'cert.scope.producer')}`,
      `   ${t('cert.number')}: ${c.number}`,
      `   ${t('cert.issuer')}: ${c.issuer}`,
      `   ${t('cert.validFrom')}: ${date(c.validFrom)}`,
      `   ${t('cert.validUntil')}: ${c.validUntil ? date(c.validUntil) : t('cert.noExpiry')}`,
      ...(c.verifiedAt ? [`   ${t('certpack.verifiedOn')}: ${date(c.verifiedAt)}`] : []),
      `   ${t('certpack.document')}: ${c.file ?? t('certpack.noDocument')}`,
      '',
    );
  });
  lines.push(t('certpack.footer'));
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * The certificate pack of a published product as ZIP bytes, with its download name; null when no
 * published product has this slug. Documents already compressed (PDF, WebP) are stored, not deflated.
 */
export async function buildCertificatePack(
  db: Db,
  locale: Locale,
  slug: string,
  options: { origin: string; today?: string; uploadDir?: string },
): Promise<{ filename: string; bytes: Uint8Array; certificates: number; documents: number } | null> {
  const subject = await findPackSubject(db, locale, slug);
  if (!subject) return null;
  const today = options.today ?? todayInBishkek();
  const certificates = await listPackCertificates(db, locale, subject.productId, subject.producerId, today);
  const files: Zippable = {};
  const listed: (PackCertificate & { file: string | null })[] = [];
  for (const [i, c] of certificates.entries()) {
    const doc = c.documentKey ? await readDocument(db, c.documentKey, options.uploadDir) : null;
    let file: string | null = null;
    if (doc) {
      const extension = doc.filename.includes('.') ? doc.filename.slice(doc.filename.lastIndexOf('.')) : '';
      file = `${String(i + 1).padStart(2, '0')}-${safeName(c.kind)}-${safeName(c.number)}${safeName(extension)}`;
      files[file] = [doc.bytes, { level: 0 }];
    }
    listed.push({ ...c, file });
  }
  const url = `${options.origin}${localePath(locale, `/products/${subject.slug}`)}`;
  const summary = packSummary(locale, { ...subject, url }, listed, today);
  const bytes = zipSync({ 'certificates.txt': strToU8(summary), ...files }, { level: 6 });
  return {
    filename: `${subject.slug}-certificates.zip`,
    bytes,
    certificates: listed.length,
    documents: listed.filter((c) => c.file).length,
  };
}
