/**
 * "Send me my order links again": a buyer types their email and gets, by mail (through the outbox), the
 * private links of that address's recent orders. The page answers the same whether or not the address
 * has orders, and requests are limited per address and per email, so it reveals nothing and spams no one.
 */
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { formatDate } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { getTranslator } from '../i18n/translate.ts';
import { queueMailStatement, kickOutbox } from '../mail/outbox.ts';

/** Requests for one email address per hour. */
export const LOOKUPS_PER_EMAIL_PER_HOUR = 3;
/** Requests from one client address per hour. */
export const LOOKUPS_PER_ADDRESS_PER_HOUR = 10;
/** How far back, and how many, orders the mail lists. */
export const LOOKUP_DAYS = 365;
export const LOOKUP_MAX_ORDERS = 20;

export const LookupForm = z.object({
  email: z.email({ error: 'lookup.error.email' }).max(200).trim().toLowerCase(),
});

export type LookupResult = 'accepted' | 'limited';

/**
 * Records the request (refused over a limit, counted in the same statement, so a burst cannot slip
 * past it) and, when the address has orders, queues one mail listing their links in the page's language.
 */
export async function requestOrderLinks(
  db: Db,
  input: { email: string; ip: string; locale: Locale; origin: string; now?: number },
): Promise<LookupResult> {
  const now = input.now ?? Date.now();
  const hourAgo = now - 3_600_000;
  const recorded = await db.$client.execute({
    sql: `INSERT INTO order_link_requests (email, ip, created_at)
          SELECT ?, ?, ? WHERE (SELECT count(*) FROM order_link_requests WHERE email = ? AND created_at > ?) < ?
                           AND (SELECT count(*) FROM order_link_requests WHERE ip = ? AND created_at > ?) < ?`,
    args: [
      input.email,
      input.ip,
      now,
      input.email,
      hourAgo,
      LOOKUPS_PER_EMAIL_PER_HOUR,
      input.ip,
      hourAgo,
      LOOKUPS_PER_ADDRESS_PER_HOUR,
    ],
  });
  if (recorded.rowsAffected === 0) return 'limited';
  const rs = await db.$client.execute({
    sql: `SELECT number, access_token, status, created_at FROM orders
          WHERE lower(email) = ? AND channel = 'online' AND created_at > ? ORDER BY created_at DESC LIMIT ?`,
    args: [input.email, now - LOOKUP_DAYS * 86_400_000, LOOKUP_MAX_ORDERS],
  });
  if (rs.rows.length === 0) return 'accepted';
  const t = getTranslator(input.locale);
  const lines = rs.rows.flatMap((r) => [
    `• ${t('lookup.mail.order', { number: String(r.number), date: formatDate(input.locale, Number(r.created_at)) })} — ${t(`order.status.${String(r.status)}` as Parameters<typeof t>[0])}`,
    `  ${input.origin}/${input.locale}/orders/${String(r.access_token)}`,
  ]);
  const text = [t('lookup.mail.intro'), '', ...lines, '', t('lookup.mail.notYou'), '', t('mail.signature')].join('\n');
  await db.$client.execute(
    queueMailStatement({ to: input.email, subject: t('lookup.mail.subject'), text, locale: input.locale }),
  );
  kickOutbox(db);
  return 'accepted';
}

/** Drops request records older than a day; the minute sweeper calls it. */
export async function deleteOldLookups(db: Db, now = Date.now()): Promise<void> {
  await db.$client.execute({ sql: 'DELETE FROM order_link_requests WHERE created_at < ?', args: [now - 86_400_000] });
}
