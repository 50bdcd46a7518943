import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/client.ts';
import { pdfBytes } from '../../../tests/factories/files.ts';
import { loadCatalog } from '../../../tests/factories/catalog.ts';
import { tinyCatalog } from '../../../tests/factories/tiny.ts';
import { freshDb } from '../../../tests/support/db.ts';
import { storeDocument } from '../media/store.ts';
import { buildCertificatePack, listPackCertificates } from './pack.ts';

let db: Db;
let dir: string;
let pdf: Uint8Array;
const TODAY = '2026-11-22';
const ORIGIN = 'https://shop.example';

beforeAll(async () => {
  db = await freshDb();
  dir = mkdtempSync(join(tmpdir(), 'ovop-pack-'));
  await loadCatalog(db, tinyCatalog());
  pdf = pdfBytes();
  const stored = await storeDocument(db, { bytes: pdf, producerId: 1, uploadedBy: null }, dir);
  if (!stored.ok) throw new Error(stored.error);
  const product = Number((await db.$client.execute(`SELECT id FROM products WHERE slug = 'white-honey'`)).rows[0]!.id);
  const kind = (slug: string) => `(SELECT id FROM certification_kinds WHERE slug = '${slug}')`;
  await db.$client.batch(
    [
      // A verified product certificate with its document, one still pending, one rejected, and one whose
      // document file has gone missing.
      {
        sql: `INSERT INTO certificates (kind_id, product_id, issuer, number, valid_from, valid_until, status, verified_at, document_path)
              VALUES (${kind('eac')}, ?, 'Kyrgyzstandard', 'EAEU KG/417 0001', '2025-03-01', NULL, 'verified', ?, ?)`,
        args: [product, Date.parse('2025-03-05T10:00:00Z'), stored.key],
      },
      {
        sql: `INSERT INTO certificates (kind_id, product_id, issuer, number, valid_from, valid_until, status)
              VALUES (${kind('halal')}, ?, 'Muftiate', 'PENDING-1', '2026-01-01', '2028-01-01', 'pending')`,
        args: [product],
      },
      {
        sql: `INSERT INTO certificates (kind_id, product_id, issuer, number, valid_from, valid_until, status)
              VALUES (${kind('gi')}, ?, 'Kyrgyzpatent', 'REJECTED-1', '2026-01-01', '2028-01-01', 'rejected')`,
        args: [product],
      },
      {
        sql: `INSERT INTO certificates (kind_id, producer_id, issuer, number, valid_from, valid_until, status, verified_at, document_path)
              VALUES (${kind('ovop')}, 1, 'OVOP', 'OVOP-LOST', '2026-01-01', '2028-01-01', 'verified', ?, 'AAAAAAAAAAAAAAAAAAAAAA')`,
        args: [Date.parse('2026-01-02T10:00:00Z')],
      },
    ],
    'write',
  );
});

describe('the certificate pack', () => {
  it('lists only verified certificates of the product and its producer that are valid today', async () => {
    const list = await listPackCertificates(db, 'en', 1, 1, TODAY);
    expect(list.map((c) => [c.number, c.scope])).toEqual([
      ['EAEU KG/417 0001', 'product'],
      ['KG-ORG-1', 'producer'],
      ['OVOP-LOST', 'producer'],
    ]);
  });

  it('zips a summary in the page language and each stored document', async () => {
    const pack = (await buildCertificatePack(db, 'ru', 'white-honey', {
      origin: ORIGIN,
      today: TODAY,
      uploadDir: dir,
    }))!;
    expect(pack.filename).toBe('white-honey-certificates.zip');
    expect(pack).toMatchObject({ certificates: 3, documents: 1 });
    const files = unzipSync(pack.bytes);
    const names = Object.keys(files).sort();
    expect(names).toEqual(['01-eac-EAEU-KG-417-0001.pdf', 'certificates.txt']);
    expect(Buffer.from(files['01-eac-EAEU-KG-417-0001.pdf']!).equals(Buffer.from(pdf))).toBe(true);
    const text = strFromU8(files['certificates.txt']!);
    expect(text).toContain('Сертификаты: Белый мёд');
    expect(text).toContain('Семья Токтогуловых');
    expect(text).toContain(`${ORIGIN}/ru/products/white-honey`);
    expect(text).toContain('EAEU KG/417 0001');
    expect(text).toContain('Био-КГ');
    expect(text).toContain('KG-ORG-1');
    expect(text).toContain('31 декабря 2027');
    expect(text).toContain('01-eac-EAEU-KG-417-0001.pdf');
    expect(text).toContain('OVOP-LOST');
    expect(text).not.toContain('H-1');
    expect(text).not.toContain('PENDING-1');
    expect(text).not.toContain('REJECTED-1');
  });

  it('is a summary alone for a product with no valid certificate', async () => {
    const pack = (await buildCertificatePack(db, 'ky', 'kazy', { origin: ORIGIN, today: TODAY, uploadDir: dir }))!;
    expect(pack).toMatchObject({ certificates: 0, documents: 0 });
    expect(Object.keys(unzipSync(pack.bytes))).toEqual(['certificates.txt']);
  });

  it('does not exist for an unpublished or unknown product', async () => {
    expect(await buildCertificatePack(db, 'en', 'draft-honey', { origin: ORIGIN, uploadDir: dir })).toBeNull();
    expect(await buildCertificatePack(db, 'en', 'nothing-here', { origin: ORIGIN, uploadDir: dir })).toBeNull();
  });
});
