/** Order mail goes out through a real SMTP server when SMTP_URL is set (a local smtp-server here). */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { openDb, type Db } from '../../db/client.ts';
import { Buyer, PICKUP_FORM } from '../support/client.ts';
import { freePort, startShop, type RunningServer } from '../support/server.ts';

const received: { to: string[]; raw: string }[] = [];
let smtp: SMTPServer;
let shop: RunningServer;
let db: Db;

beforeAll(async () => {
  db = openDb(inject('databaseUrl'));
  const port = await freePort();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(port, '127.0.0.1', resolve));
  shop = await startShop({
    DATABASE_URL: inject('databaseUrl'),
    SMTP_URL: `smtp://127.0.0.1:${port}`,
    MAIL_FROM: 'Shop <shop@ovop.test>',
  });
});
afterAll(async () => {
  await shop?.stop();
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
});

it('sends the order confirmation through SMTP in the buyer’s language and marks it sent', async () => {
  const variant = Number(
    (
      await db.$client
        .execute(`SELECT v.id FROM variants v JOIN products p ON p.id = v.product_id WHERE p.status = 'published'
        AND (SELECT sum(on_hand - reserved) FROM stock_levels sl JOIN stock_locations l ON l.id = sl.location_id WHERE sl.variant_id = v.id AND l.sells_online = 1) >= 3
        ORDER BY v.id DESC LIMIT 1`)
    ).rows[0]!.id,
  );
  const buyer = new Buyer(shop.url);
  await buyer.post('/ky/cart', { intent: 'add', variant, quantity: 1 });
  const res = await buyer.post('/ky/checkout', { ...PICKUP_FORM, email: 'smtp-buyer@example.kg' });
  expect(res.status).toBe(303);
  const mail = received.find((m) => m.to.includes('smtp-buyer@example.kg'));
  expect(mail).toBeDefined();
  expect(mail!.raw).toMatch(/From: Shop <shop@ovop\.test>/);
  expect(mail!.raw).toMatch(/Subject: =\?UTF-8\?/);
  const row = (
    await db.$client.execute(`SELECT status, locale, sent_at FROM outbox WHERE "to" = 'smtp-buyer@example.kg'`)
  ).rows[0]!;
  expect(row).toMatchObject({ status: 'sent', locale: 'ky' });
  expect(Number(row.sent_at)).toBeGreaterThan(0);
});
