/** The session cookie: HttpOnly, SameSite=Lax, and Secure with the `__Host-` prefix when served over HTTPS. */
import type { AstroCookies } from 'astro';
import type { Db } from '../../../db/client.ts';
import { createSession, SESSION_IDLE_MS, sessionCookieName, type Session } from './session.ts';

export interface ClientMeta {
  ip: string;
  userAgent?: string;
}

function options(secure: boolean, maxAgeSeconds: number) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure, maxAge: maxAgeSeconds };
}

/** Sets the session cookie for a token. */
export function setSessionCookie(cookies: AstroCookies, token: string, secure: boolean, maxAgeSeconds: number): void {
  cookies.set(sessionCookieName(secure), token, options(secure, maxAgeSeconds));
}

/** Removes the session cookie from the browser. */
export function clearSessionCookie(cookies: AstroCookies, secure: boolean): void {
  cookies.delete(sessionCookieName(secure), { path: '/', secure, httpOnly: true, sameSite: 'lax' });
}

/** The visitor's session, created (and its cookie set) when they have none: adding to the cart needs one. */
export async function ensureSession(
  db: Db,
  current: Session | null,
  cookies: AstroCookies,
  client: ClientMeta,
  secure: boolean,
): Promise<Session> {
  if (current) return current;
  const session = await createSession(db, client);
  setSessionCookie(cookies, session.token, secure, Math.floor(SESSION_IDLE_MS / 1000));
  return session;
}
