/**
 * Outgoing mail: every message is a row of the outbox first (written in the same batch as what it tells
 * about, where there is one), then a worker sends it when SMTP is configured. Without SMTP_URL mail
 * stays queued. Rows are claimed with a guarded UPDATE (a lease) before sending, so several app
 * instances on one database never send the same row at the same time.
 */
import { randomBytes } from 'node:crypto';
import type { InStatement, InValue } from '@libsql/client';
import type { Db } from '../../../db/client.ts';
import { auditStatement } from '../audit/audit.ts';
import { getEnv } from '../env.ts';
import type { Locale } from '../i18n/locales.ts';
import { getLogger } from '../log/logger.ts';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  locale: Locale;
}

export type Transport = {
  sendMail(m: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
};
let transport: Transport | null | undefined;

async function getTransport(): Promise<Transport | null> {
  if (transport !== undefined) return transport;
  const url = getEnv().SMTP_URL;
  if (!url) return (transport = null);
  const nodemailer = await import('nodemailer');
  return (transport = nodemailer.createTransport(url));
}

/** How long a worker may hold a claimed row before another may take it (a crashed worker's rows come back). */
export const CLAIM_LEASE_MS = 2 * 60_000;

/**
 * The statement that queues a mail; put it in the batch of the change the mail tells about. With `when`
 * (an SQL condition and its arguments) the mail is queued only if the condition holds at that point of
 * the batch, e.g. only if the guarded change it announces is about to happen.
 */
export function queueMailStatement(
  mail: Mail,
  orderId?: { id: number } | { accessToken: string },
  when?: { sql: string; args: InValue[] },
): InStatement {
  const order =
    orderId === undefined
      ? { sql: 'NULL', args: [] }
      : 'id' in orderId
        ? { sql: '?', args: [orderId.id] }
        : { sql: '(SELECT id FROM orders WHERE access_token = ?)', args: [orderId.accessToken] };
  return {
    sql: `INSERT INTO outbox ("to", subject, text, locale, status, order_id)
            SELECT ?, ?, ?, ?, 'queued', ${order.sql} WHERE ${when?.sql ?? '1'}`,
    args: [mail.to, mail.subject, mail.text, mail.locale, ...order.args, ...(when?.args ?? [])],
  };
}

/**
 * Starts a worker run in the background when SMTP is configured, so a mail leaves within moments of
 * being queued; the timer in src/server/main.ts catches whatever this misses (a crash, a busy server).
 */
export function kickOutbox(db: Db): void {
  if (!getEnv().SMTP_URL) return;
  deliverOutbox(db, { drainMs: 20_000 }).catch((error: unknown) =>
    getLogger().error({ err: error }, 'sending the outbox failed'),
  );
}

/** Queues a mail (sent by the worker when SMTP_URL is set); returns its outbox id. */
export async function sendMail(db: Db, mail: Mail): Promise<number> {
  const queued = queueMailStatement(mail) as { sql: string; args: (string | number)[] };
  const rs = await db.$client.execute({ sql: `${queued.sql} RETURNING id`, args: queued.args });
  kickOutbox(db);
  return Number(rs.rows[0]!.id);
}

export interface DeliveryReport {
  sent: number;
  retried: number;
  failed: number;
}

export interface DeliverOptions {
  now?: number;
  limit?: number;
  /** The SMTP transport (tests pass their own); defaults to SMTP_URL's. */
  transport?: Transport | null;
  maxAttempts?: number;
  retrySeconds?: number;
  /** Keep claiming batches while they come back full, for at most this long (a backlog after an outage). */
  drainMs?: number;
}

/** The wait before attempt `attempts + 1`: the base doubled for every attempt made, at most a day. */
export function retryDelayMs(attempts: number, retrySeconds: number): number {
  return Math.min(retrySeconds * 1000 * 2 ** Math.max(0, attempts - 1), 86_400_000);
}

/**
 * One worker run: claims due rows (queued, retry time reached, not leased by another worker) with one
 * guarded UPDATE, sends each, and records the outcome only while the claim is still this run's. A failed
 * send is tried again later with exponential backoff; after `maxAttempts` the row is `failed`.
 */
export async function deliverOutbox(db: Db, options: DeliverOptions = {}): Promise<DeliveryReport> {
  const smtp = options.transport === undefined ? await getTransport() : options.transport;
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
  if (!smtp) return report;
  const limit = options.limit ?? 20;
  const until = Date.now() + (options.drainMs ?? 0);
  for (;;) {
    const claimed = await deliverBatch(db, smtp, { ...options, limit }, report);
    if (claimed < limit || Date.now() >= until) return report;
  }
}

/** Claims and sends one batch, adding to the report; answers how many rows it claimed. */
async function deliverBatch(
  db: Db,
  smtp: Transport,
  options: DeliverOptions & { limit: number },
  report: DeliveryReport,
): Promise<number> {
  const env = getEnv();
  const now = options.now ?? Date.now();
  const maxAttempts = options.maxAttempts ?? env.OUTBOX_MAX_ATTEMPTS;
  const retrySeconds = options.retrySeconds ?? env.OUTBOX_RETRY_SECONDS;
  const token = randomBytes(12).toString('base64url');
  const claimed = await db.$client.execute({
    sql: `UPDATE outbox SET claimed_until = ?, claim_token = ?
           WHERE id IN (SELECT id FROM outbox WHERE status = 'queued' AND coalesce(next_attempt_at, 0) <= ?
                          AND coalesce(claimed_until, 0) <= ? ORDER BY id LIMIT ?)
             AND status = 'queued' AND coalesce(claimed_until, 0) <= ?
          RETURNING id, "to", subject, text, attempts`,
    args: [now + CLAIM_LEASE_MS, token, now, now, options.limit, now],
  });
  for (const row of claimed.rows) {
    const id = Number(row.id);
    const attempts = Number(row.attempts) + 1;
    try {
      await smtp.sendMail({
        from: env.MAIL_FROM,
        to: String(row.to),
        subject: String(row.subject),
        text: String(row.text),
      });
      await db.$client.execute({
        sql: `UPDATE outbox SET status = 'sent', sent_at = ?, attempts = ?, error = NULL, claimed_until = NULL, claim_token = NULL,
                updated_at = unixepoch('subsec') * 1000
              WHERE id = ? AND claim_token = ?`,
        args: [options.now ?? Date.now(), attempts, id, token],
      });
      report.sent++;
    } catch (error) {
      const giveUp = attempts >= maxAttempts;
      await db.$client.execute({
        sql: `UPDATE outbox SET status = ?, attempts = ?, error = ?, next_attempt_at = ?, claimed_until = NULL, claim_token = NULL,
                updated_at = unixepoch('subsec') * 1000
              WHERE id = ? AND claim_token = ?`,
        args: [
          giveUp ? 'failed' : 'queued',
          attempts,
          String(error).slice(0, 500),
          giveUp ? null : now + retryDelayMs(attempts, retrySeconds),
          id,
          token,
        ],
      });
      if (giveUp) report.failed++;
      else report.retried++;
    }
  }
  return claimed.rows.length;
}

/** The newest outbox messages, for staff (and tests). */
export async function listOutbox(db: Db, limit = 50) {
  const rs = await db.$client.execute({ sql: `SELECT * FROM outbox ORDER BY id DESC LIMIT ?`, args: [limit] });
  return rs.rows.map((r) => ({
    id: Number(r.id),
    to: String(r.to),
    subject: String(r.subject),
    text: String(r.text),
    locale: String(r.locale),
    status: String(r.status),
    attempts: Number(r.attempts),
    error: r.error === null ? null : String(r.error),
    createdAt: Number(r.created_at),
  }));
}

export const OUTBOX_STATUSES = ['queued', 'sent', 'failed', 'kept'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export interface StaffOutboxRow {
  id: number;
  to: string;
  subject: string;
  status: OutboxStatus;
  attempts: number;
  error: string | null;
  orderNumber: string | null;
  createdAt: number;
  updatedAt: number;
}

/**
 * Mail for staff, newest first, optionally in one status, with each status's count. The text is left out:
 * mails carry one-time links (invitations, password resets) that only their addressee may see.
 */
export async function listOutboxForStaff(
  db: Db,
  filter: { status?: OutboxStatus; page?: number } = {},
  perPage = 50,
): Promise<{ rows: StaffOutboxRow[]; counts: Record<OutboxStatus, number>; page: number; pages: number }> {
  const where = filter.status ? 'WHERE o.status = ?' : '';
  const args = filter.status ? [filter.status] : [];
  const counts = await db.$client.execute(`SELECT status, count(*) AS n FROM outbox GROUP BY status`);
  const byStatus = Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, 0])) as Record<OutboxStatus, number>;
  for (const r of counts.rows) byStatus[r.status as OutboxStatus] = Number(r.n);
  const total = filter.status ? byStatus[filter.status] : Object.values(byStatus).reduce((a, b) => a + b, 0);
  const pages = Math.max(1, Math.ceil(total / perPage));
  const page = Math.min(Math.max(1, filter.page ?? 1), pages);
  const rs = await db.$client.execute({
    sql: `SELECT o.id, o."to", o.subject, o.status, o.attempts, o.error, o.created_at, o.updated_at, ord.number AS order_number
            FROM outbox o LEFT JOIN orders ord ON ord.id = o.order_id ${where}
           ORDER BY o.id DESC LIMIT ? OFFSET ?`,
    args: [...args, perPage, (page - 1) * perPage],
  });
  return {
    rows: rs.rows.map((r) => ({
      id: Number(r.id),
      to: String(r.to),
      subject: String(r.subject),
      status: r.status as OutboxStatus,
      attempts: Number(r.attempts),
      error: r.error === null ? null : String(r.error),
      orderNumber: r.order_number === null ? null : String(r.order_number),
      createdAt: Number(r.created_at),
      updatedAt: Number(r.updated_at),
    })),
    counts: byStatus,
    page,
    pages,
  };
}

/**
 * Puts a failed mail back in the queue for a fresh round of attempts, with its audit entry, in one batch
 * guarded on the row still being failed (two clicks queue it once). False when it is not failed.
 */
export async function retryOutboxMail(
  db: Db,
  actor: { userId: number; ip?: string | null },
  id: number,
): Promise<boolean> {
  const now = Date.now();
  const [update] = await db.$client.batch(
    [
      {
        sql: `UPDATE outbox SET status = 'queued', attempts = 0, next_attempt_at = NULL, claimed_until = NULL, claim_token = NULL,
                updated_at = ? WHERE id = ? AND status = 'failed'`,
        args: [now, id],
      },
      auditStatement(
        {
          userId: actor.userId,
          action: 'outbox_retried',
          entity: 'outbox',
          entityId: id,
          before: { status: 'failed' },
          after: { status: 'queued' },
          ip: actor.ip ?? null,
        },
        now,
        { sql: 'changes() > 0', args: [] },
      ),
    ],
    'write',
  );
  if ((update?.rowsAffected ?? 0) === 0) return false;
  kickOutbox(db);
  return true;
}
