/**
 * Order mail goes out through a real SMTP server when SMTP_URL is set (a local smtp-server here): the
 * confirmation is written with the order, and the outbox worker sends it, once, with retries.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import { SMTPServer } from 'smtp-server';
import nodemailer from 'nodemailer';
import { openDb, type Db } from '../../db/client.ts';
import { deliverOutbox, queueMailStatement } from '../../src/lib/mail/outbox.ts';
import { freshDb } from '../support/db.ts';
import { Buyer, PICKUP_FORM } from '../support/client.ts';
import { freePort, startShop, type RunningServer } from '../support/server.ts';

const received: { to: string[]; raw: string }[] = [];
let smtp: SMTPServer;
let smtpPort = 0;
let shop: RunningServer;
let db: Db;

beforeAll(async () => {
  db = openDb(inject('databaseUrl'));
  const port = await freePort();
  smtpPort = port;
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
  // The shared database holds the mail the earlier files queued on a shop without SMTP (a thousand and more
  // after the fuzz test); this worker would send that backlog first, oldest first, and the confirmation
  // below could wait behind it past the poll. Draining a backlog is the outbox worker test's business.
  await db.$client.execute(
    `UPDATE outbox SET status = 'sent', sent_at = unixepoch('subsec') * 1000 WHERE status = 'queued'`,
  );
  shop = await startShop({
    DATABASE_URL: inject('databaseUrl'),
    SMTP_URL: `smtp://127.0.0.1:${port}`,
    MAIL_FROM: 'Shop <shop@ovop.test>',
    OUTBOX_POLL_SECONDS: '1',
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
  const res = await buyer.checkout('/ky/checkout', { ...PICKUP_FORM, email: 'smtp-buyer@example.kg' });
  expect(res.status).toBe(303);
  await expect.poll(() => received.some((m) => m.to.includes('smtp-buyer@example.kg')), { timeout: 10_000 }).toBe(true);
  const mail = received.find((m) => m.to.includes('smtp-buyer@example.kg'));
  expect(mail).toBeDefined();
  expect(mail!.raw).toMatch(/From: Shop <shop@ovop\.test>/);
  expect(mail!.raw).toMatch(/Subject: =\?UTF-8\?/);
  const row = async () =>
    (
      await db.$client.execute(
        `SELECT status, locale, sent_at, order_id FROM outbox WHERE "to" = 'smtp-buyer@example.kg'`,
      )
    ).rows[0]!;
  await expect.poll(async () => (await row()).status).toBe('sent');
  expect(await row()).toMatchObject({ status: 'sent', locale: 'ky' });
  expect(Number((await row()).order_id)).toBeGreaterThan(0);
  expect(Number((await row()).sent_at)).toBeGreaterThan(0);
});

const mail = (to: string) => ({ to, subject: 'Test', text: 'Hello', locale: 'en' as const });

it('three workers at once send each queued mail exactly once', async () => {
  const own = await freshDb();
  const to = Array.from({ length: 30 }, (_, i) => `once-${i}@example.kg`);
  await own.$client.batch(
    to.map((t) => queueMailStatement(mail(t))),
    'write',
  );
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true });
  const runs = await Promise.all([1, 2, 3].map(() => deliverOutbox(own, { transport, limit: 50 })));
  expect(runs.reduce((s, r) => s + r.sent, 0)).toBe(30);
  for (const t of to) expect(received.filter((m) => m.to.includes(t))).toHaveLength(1);
  const rows = await own.$client.execute(`SELECT status, attempts FROM outbox`);
  expect(rows.rows.every((r) => r.status === 'sent' && Number(r.attempts) === 1)).toBe(true);
});

it('retries a failing SMTP later with backoff, and marks the mail failed after the last attempt', async () => {
  const own = await freshDb();
  let failing = true;
  const flaky = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo(_address, _session, callback) {
      if (failing) return callback(Object.assign(new Error('try again later'), { responseCode: 451 }));
      callback();
    },
    onData(stream, _session, callback) {
      stream.resume();
      stream.on('end', () => callback());
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => flaky.listen(port, '127.0.0.1', resolve));
  try {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
    await own.$client.batch(
      [queueMailStatement(mail('retry@example.kg')), queueMailStatement(mail('gives-up@example.kg'))],
      'write',
    );
    const t0 = 1_800_000_000_000;
    const options = { transport, maxAttempts: 3, retrySeconds: 60 };
    expect(await deliverOutbox(own, { ...options, now: t0 })).toEqual({ sent: 0, retried: 2, failed: 0 });
    const state = async (to: string) =>
      (
        await own.$client.execute({
          sql: 'SELECT status, attempts, next_attempt_at, error FROM outbox WHERE "to" = ?',
          args: [to],
        })
      ).rows[0]!;
    expect(await state('retry@example.kg')).toMatchObject({
      status: 'queued',
      attempts: 1,
      next_attempt_at: t0 + 60_000,
    });
    expect(String((await state('retry@example.kg')).error)).toMatch(/try again later/);
    // Not due yet: nothing is tried.
    expect(await deliverOutbox(own, { ...options, now: t0 + 59_000 })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await deliverOutbox(own, { ...options, now: t0 + 60_000 })).toEqual({ sent: 0, retried: 2, failed: 0 });
    expect(await state('retry@example.kg')).toMatchObject({ attempts: 2, next_attempt_at: t0 + 60_000 + 120_000 });
    // The server recovers for one of them only: the other fails a third time and is given up.
    await own.$client.execute(`UPDATE outbox SET next_attempt_at = 0 WHERE "to" = 'gives-up@example.kg'`);
    expect(await deliverOutbox(own, { ...options, now: t0 + 61_000 })).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect(await state('gives-up@example.kg')).toMatchObject({ status: 'failed', attempts: 3 });
    failing = false;
    expect(await deliverOutbox(own, { ...options, now: t0 + 180_000 })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await state('retry@example.kg')).toMatchObject({ status: 'sent', attempts: 3 });
  } finally {
    await new Promise<void>((resolve) => flaky.close(() => resolve()));
  }
});
