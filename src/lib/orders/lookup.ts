/**
 * "My orders": a buyer types their email and gets, by mail (through the outbox), one one-time link that
 * opens the list of every order placed with that address (src/lib/orders/buyer-orders.ts). The page
 * answers the same whether or not the address has orders, and requests are limited per address and per
 * email, so it reveals nothing and spams no one.
 */
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import type { Locale } from '../i18n/locales.ts';
import { localePath } from '../i18n/paths.ts';
import { getTranslator } from '../i18n/translate.ts';
import { queueMailStatement, kickOutbox } from '../mail/outbox.ts';
import { newSignInLink, SIGN_IN_LINK_MS } from './buyer-orders.ts';

/** Requests for one email address per hour. */
export const LOOKUPS_PER_EMAIL_PER_HOUR = 3;
/** Requests from one client address per hour. */
export const LOOKUPS_PER_ADDRESS_PER_HOUR = 10;

export const LookupForm = z.object({
  email: z.email({ error: 'lookup.error.email' }).max(200).trim().toLowerCase(),
});

export type LookupResult = 'accepted' | 'limited';

/**
 * Records the request (refused over a limit, counted in the same statement, so a burst cannot slip
 * past it) and, when the address has orders, stores a one-time sign-in link and queues the mail carrying
 * it, in the page's language, in one batch.
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
    sql: `SELECT 1 FROM orders WHERE lower(email) = ? AND channel = 'online' LIMIT 1`,
    args: [input.email],
  });
  if (rs.rows.length === 0) return 'accepted';
  const t = getTranslator(input.locale);
  const link = newSignInLink(input.email, now);
  const url = `${input.origin}${localePath(input.locale, `/orders/sign-in/${link.token}`)}`;
  const minutes = SIGN_IN_LINK_MS / 60_000;
  const text = [
    t('lookup.mail.intro'),
    '',
    url,
    '',
    t('lookup.mail.once', { minutes }),
    t('lookup.mail.notYou'),
    '',
    t('mail.signature'),
  ].join('\n');
  await db.$client.batch(
    [
      link.statement,
      queueMailStatement({ to: input.email, subject: t('lookup.mail.subject'), text, locale: input.locale }),
    ],
    'write',
  );
  kickOutbox(db);
  return 'accepted';
}

/** Drops request records and sign-in links a day old; the minute sweeper calls it. */
export async function deleteOldLookups(db: Db, now = Date.now()): Promise<void> {
  await db.$client.batch(
    [
      { sql: 'DELETE FROM order_link_requests WHERE created_at < ?', args: [now - 86_400_000] },
      { sql: 'DELETE FROM buyer_sign_ins WHERE expires_at < ?', args: [now - 86_400_000] },
    ],
    'write',
  );
}
