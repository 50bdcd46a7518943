/** Who may enter which part of the site, and which requests count as cross-site. */
import type { Role } from '../accounts/users.ts';
import { isLocale } from '../i18n/locales.ts';

export const AREAS = { producer: ['producer'], staff: ['staff', 'admin'], admin: ['admin'] } as const;
export type Area = keyof typeof AREAS;

/** The signed-in area a path belongs to (`/ky/producer/...` → producer), or null for public pages. */
export function areaOf(pathname: string): Area | null {
  const [, locale, area] = pathname.split('/');
  if (!isLocale(locale) || !area) return null;
  return Object.hasOwn(AREAS, area) ? (area as Area) : null;
}

/** Whether a role may enter an area. */
export function canEnter(role: Role, area: Area): boolean {
  return (AREAS[area] as readonly Role[]).includes(role);
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * True for a state-changing request another site made the browser send: Fetch Metadata first
 * (`Sec-Fetch-Site`), else the Origin header. Astro's own check covers form posts; this also covers
 * JSON and any other body type.
 */
export function isCrossSite(request: Request, url: URL, publicUrl?: string): boolean {
  if (SAFE.has(request.method)) return false;
  const site = request.headers.get('sec-fetch-site');
  if (site) return site !== 'same-origin' && site !== 'none';
  const origin = request.headers.get('origin');
  if (!origin) return false;
  return origin !== url.origin && (!publicUrl || origin !== new URL(publicUrl).origin);
}
