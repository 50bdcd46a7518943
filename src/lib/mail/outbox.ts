/** Outgoing mail: every message is written to the outbox first, then sent when SMTP is configured. */
import type { Db } from '../../../db/client.ts';
import { getEnv } from '../env.ts';
import type { Locale } from '../i18n/locales.ts';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  locale: Locale;
}

type Transport = { sendMail(m: { from: string; to: string; subject: string; text: string }): Promise<unknown> };
let transport: Transport | null | undefined;

async function getTransport(): Promise<Transport | null> {
  if (transport !== undefined) return transport;
  const url = getEnv().SMTP_URL;
  if (!url) return (transport = null);
  const nodemailer = await import('nodemailer');
  return (transport = nodemailer.createTransport(url));
}

/**
 * Keeps the mail in the outbox and sends it when SMTP_URL is set. A failed send stays in the outbox
 * as `failed` with the error, for staff to see; without SMTP the status is `kept`.
 */
export async function sendMail(db: Db, mail: Mail): Promise<number> {
  const rs = await db.$client.execute({
    sql: `INSERT INTO outbox ("to", subject, text, locale, status) VALUES (?, ?, ?, ?, 'queued') RETURNING id`,
    args: [mail.to, mail.subject, mail.text, mail.locale],
  });
  const id = Number(rs.rows[0]!.id);
  const smtp = await getTransport();
  if (!smtp) {
    await db.$client.execute({ sql: `UPDATE outbox SET status = 'kept' WHERE id = ?`, args: [id] });
    return id;
  }
  try {
    await smtp.sendMail({ from: getEnv().MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
    await db.$client.execute({
      sql: `UPDATE outbox SET status = 'sent', sent_at = ? WHERE id = ?`,
      args: [Date.now(), id],
    });
  } catch (error) {
    await db.$client.execute({
      sql: `UPDATE outbox SET status = 'failed', error = ? WHERE id = ?`,
      args: [String(error).slice(0, 500), id],
    });
  }
  return id;
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
    createdAt: Number(r.created_at),
  }));
}
