/** Checking a password at sign-in, throttled, in constant-ish time whether or not the account exists. */
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { checkSignInThrottle, recordSignInAttempt } from './throttle.ts';
import { findUserByEmail, type UserRecord } from './users.ts';

export const SignInForm = z.object({
  email: z.string().trim().toLowerCase().max(200),
  password: z.string().min(1).max(200),
});
export type SignInForm = z.infer<typeof SignInForm>;

// Verifying against a real hash for unknown emails keeps the answer time from telling which accounts exist.
let decoy: Promise<string> | undefined;

export type SignInResult =
  | { ok: true; user: UserRecord }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterMs: number };

/** Checks an email and password from an address; records the attempt. */
export async function verifySignIn(db: Db, form: SignInForm, ip: string, now = Date.now()): Promise<SignInResult> {
  const verdict = await checkSignInThrottle(db, form.email, ip, now);
  if (!verdict.allowed) return { ok: false, reason: 'throttled', retryAfterMs: verdict.retryAfterMs };
  const user = await findUserByEmail(db, form.email);
  decoy ??= hashPassword('decoy password for unknown accounts');
  const ok = user ? await verifyPassword(user.passwordHash, form.password) : await verifyPassword(await decoy, '-');
  const good = ok && user !== null && !user.disabled;
  await recordSignInAttempt(db, form.email, ip, good, now);
  return good ? { ok: true, user: user! } : { ok: false, reason: 'invalid' };
}
