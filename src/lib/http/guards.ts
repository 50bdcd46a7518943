/** Who may enter which part of the site, and which requests count as cross-site. */
import type { Role } from '../accounts/users.ts';
import { isLocale } from '../i18n/locales.ts';

export const AREAS = { producer: ['producer'], staff: ['staff', 'admin'], admin: ['admin'] } as const;
export type Area = keyof typeof AREAS;

/** Sections of the staff area only admins may open (`/ky/staff/people/...`): staff get 403 there. */
export const ADMIN_SECTIONS = ['people', 'rates', 'shipping', 'settings', 'pages', 'backups'] as const;

/**
 * The signed-in area a path belongs to (`/ky/producer/...` → producer, `/ky/staff/people` → admin), or
 * null for public pages.
 */
export function areaOf(pathname: string): Area | null {
  const [, locale, area, section] = pathname.split('/');
  if (!isLocale(locale) || !area) return null;
  if (area === 'staff' && (ADMIN_SECTIONS as readonly string[]).includes(section ?? '')) return 'admin';
  return Object.hasOwn(AREAS, area) ? (area as Area) : null;
}

/** Whether a role may enter an area. */
export function canEnter(role: Role, area: Area): boolean {
  return (AREAS[area] as readonly Role[]).includes(role);
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Bodies a plain HTML form (or a no-CORS fetch) can send to another site. */
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * True for a state-changing request another site made the browser send, judged against the shop's public
 * origin and never against the Host header: Fetch Metadata (`Sec-Fetch-Site`) must say same-origin and
 * a browser's `Origin` must be the public origin. A form-like or typeless body without either header is
 * refused too, as Astro's own check does (browsers always send Origin with those); other clients
 * without them (curl, a JSON script) pass, since no browser was tricked into sending them.
 */
export function isCrossSite(request: Request, publicOrigin: string): boolean {
  if (SAFE.has(request.method)) return false;
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return true;
  const origin = request.headers.get('origin');
  // A page sent with Referrer-Policy: no-referrer (the reset and invitation links) makes the browser send
  // `Origin: null` with its own forms (https://fetch.spec.whatwg.org/#append-a-request-origin-header);
  // Fetch Metadata, which no page can forge, still says same-origin.
  if (origin === 'null' && site === 'same-origin') return false;
  if (origin) return origin !== publicOrigin;
  if (site) return false;
  const type = request.headers.get('content-type')?.toLowerCase();
  return !type || FORM_TYPES.some((form) => type.includes(form));
}
