import type { AstroCookies } from 'astro';
import type { Db } from '../../../db/client.ts';
import { createSession, SESSION_COOKIE, SESSION_IDLE_MS, type Session } from './session.ts';

/** The visitor's session, created (and its cookie set) when they have none: adding to the cart needs one. */
export async function ensureSession(
  db: Db,
  current: Session | null,
  cookies: AstroCookies,
  request: Request,
  secure: boolean,
): Promise<Session> {
  if (current) return current;
  const session = await createSession(db, {
    ip: request.headers.get('x-forwarded-for')?.split(',')[0]?.trim(),
    userAgent: request.headers.get('user-agent') ?? undefined,
  });
  cookies.set(SESSION_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: Math.floor(SESSION_IDLE_MS / 1000),
  });
  return session;
}
