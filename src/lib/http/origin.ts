import { getEnv } from '../env.ts';

/**
 * The shop's public origin: PUBLIC_URL (default http://localhost:<PORT>). Every absolute link, mail,
 * redirect and the cross-site check use it; the request's Host header never names the shop.
 */
export function publicOrigin(): string {
  return getEnv().PUBLIC_URL;
}

/** Whether visitors reach the shop over HTTPS (PUBLIC_URL is https): Secure `__Host-` cookies and HSTS. */
export function servedOverHttps(): boolean {
  return publicOrigin().startsWith('https:');
}

/**
 * The Strict-Transport-Security value for every response when the shop is served over HTTPS. A year,
 * without includeSubDomains or preload: other hosts of the operator's domain are not ours to commit.
 */
export function strictTransportSecurity(): string | undefined {
  return servedOverHttps() ? 'max-age=31536000' : undefined;
}

/** Attributes of the language and currency cookies written as a raw header: a year, HttpOnly, Lax, Secure over HTTPS. */
export function preferenceCookieAttributes(): string {
  return `Path=/; Max-Age=${60 * 60 * 24 * 365}; HttpOnly; SameSite=Lax${servedOverHttps() ? '; Secure' : ''}`;
}
