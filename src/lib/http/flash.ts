/**
 * One-time flash messages in the producer, staff and admin areas. A form that succeeds redirects to its
 * page with a parameter the page shows a message for (`?done=saved`, `?saved=1`…). Left in the address,
 * that message came back on every refresh and with the page's next form. So the redirect also sets a
 * short-lived cookie naming that exact address: the first GET of it shows the message and consumes the
 * cookie; any other GET of an address with such parameters renders as if they were not there.
 */
export const FLASH_COOKIE = 'flash';

/** Query parameters that only announce what a form just did. */
export const FLASH_PARAMS = [
  'done',
  'same',
  'same_return',
  'saved',
  'added',
  'created',
  'submitted',
  'photo',
  'counted',
] as const;

/** The address (path and query) a redirect's Location names, when it carries a flash parameter. */
export function flashTarget(location: string | null): string | null {
  if (!location || !location.startsWith('/') || location.startsWith('//')) return null;
  const url = new URL(location, 'http://flash.invalid');
  return FLASH_PARAMS.some((p) => url.searchParams.has(p)) ? url.pathname + url.search : null;
}

/** True when a URL carries a flash parameter. */
export function hasFlash(url: URL): boolean {
  return FLASH_PARAMS.some((p) => url.searchParams.has(p));
}

/** The same URL without its flash parameters (what a refresh or a stale link renders). */
export function withoutFlash(url: URL): URL {
  const clean = new URL(url);
  for (const p of FLASH_PARAMS) clean.searchParams.delete(p);
  return clean;
}

/** The Set-Cookie value arming the flash of one address for a couple of minutes. */
export function flashCookie(target: string, secure: boolean): string {
  return `${FLASH_COOKIE}=${encodeURIComponent(target)}; Path=/; Max-Age=120; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/** The Set-Cookie value that consumes the flash. */
export function clearFlashCookie(secure: boolean): string {
  return `${FLASH_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/** Whether this GET is the one the flash cookie was armed for. */
export function isArmedFor(url: URL, cookie: string | undefined): boolean {
  if (!cookie) return false;
  let target: string;
  try {
    target = decodeURIComponent(cookie);
  } catch {
    return false;
  }
  return target === url.pathname + url.search;
}
