/** Checking a password at sign-in, throttled, in constant-ish time whether or not the account exists. */
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { checkSignInThrottle, claimSignInAttempt, markSignInSucceeded } from './throttle.ts';
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
  /** The right password of a disabled account: only its owner learns that it is disabled. */
  | { ok: false; reason: 'disabled' }
  | { ok: false; reason: 'throttled'; retryAfterMs: number };

/**
 * Checks an email and password from an address. The attempt is counted as a failure before the password
 * is verified (one guarded insert), so at most the allowed number of guesses is ever checked, even when
 * they all arrive at once; a right password then turns that row into a success.
 */
export async function verifySignIn(db: Db, form: SignInForm, ip: string, now = Date.now()): Promise<SignInResult> {
  const attempt = await claimSignInAttempt(db, form.email, ip, now);
  if (attempt === null) {
    const verdict = await checkSignInThrottle(db, form.email, ip, now);
    // The window may have moved on between the two reads: wait at least a second.
    return { ok: false, reason: 'throttled', retryAfterMs: verdict.allowed ? 1000 : verdict.retryAfterMs };
  }
  const user = await findUserByEmail(db, form.email);
  decoy ??= hashPassword('decoy password for unknown accounts');
  const ok = user ? await verifyPassword(user.passwordHash, form.password) : await verifyPassword(await decoy, '-');
  if (!ok || !user) return { ok: false, reason: 'invalid' };
  if (user.disabled) return { ok: false, reason: 'disabled' };
  await markSignInSucceeded(db, attempt, user.id, now);
  return { ok: true, user };
}
