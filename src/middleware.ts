import type { MiddlewareHandler } from 'astro';
import { defineMiddleware } from 'astro:middleware';
import { getDb } from '../db/client.ts';
import { getCatalogVersion, withCatalogVersion } from './lib/catalog/queries.ts';
import { getEnv } from './lib/env.ts';
import {
  chunksResponse,
  compactHoles,
  cutHoles,
  filledChunks,
  NO_VISITOR,
  responseBytes,
  visitorChunks,
} from './lib/http/holes.ts';
import { pageCacheKey, sharedPageCache } from './lib/http/page-cache.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from './lib/i18n/locales.ts';
import { isCurrency } from './lib/money/money.ts';
import { getRates } from './lib/money/rates.ts';
import { readSession, sessionCookieName } from './lib/sessions/session.ts';
import { areaOf, canEnter, isCrossSite } from './lib/http/guards.ts';
import { clientAddress } from './lib/http/client-address.ts';
import { preferenceCookieAttributes, publicOrigin, servedOverHttps } from './lib/http/origin.ts';
import { errorLocale, errorPageResponse } from './lib/http/error-page.ts';
import {
  clearFlashCookie,
  FLASH_COOKIE,
  flashCookie,
  flashTarget,
  hasFlash,
  isArmedFor,
  withoutFlash,
} from './lib/http/flash.ts';
import { statusOfError } from './lib/http/errors.ts';
import { applySecurityHeaders } from './lib/http/security-headers.ts';
import { localePath } from './lib/i18n/paths.ts';
import { getLogger } from './lib/log/logger.ts';
import { redactPath } from './lib/log/route.ts';
import { newRequestId, REQUEST_ID_HEADER } from './lib/log/request-id.ts';

export const LANG_COOKIE = 'lang';
export const CURRENCY_COOKIE = 'currency';
const YEAR = 60 * 60 * 24 * 365;

const cache = sharedPageCache(getEnv().PAGE_CACHE_SECONDS, getEnv().PAGE_CACHE_MB);

const httpsSite = servedOverHttps();

/** Security headers on every response (the same set the front server puts on static files). */
function secure(headers: Headers): void {
  applySecurityHeaders(headers);
}

function secured(response: Response): Response {
  secure(response.headers);
  return response;
}

/**
 * The visitor's address: the TCP peer (Astro trusts no forwarded header, security.allowedDomains being
 * empty), or the client a trusted proxy names in X-Forwarded-For (TRUSTED_PROXIES).
 */
function clientIp(context: { clientAddress: string; request: Request }): string {
  let peer: string;
  try {
    peer = context.clientAddress;
  } catch {
    return 'unknown';
  }
  if (!peer) return 'unknown';
  return clientAddress(peer, context.request.headers.get('x-forwarded-for'), getEnv().TRUSTED_PROXIES);
}

/**
 * Whatever a page or endpoint throws ends here: a refused body or parameter (HttpError) as its 4xx page,
 * a database outage as 503 with Retry-After, anything else as a 500 — each logged once with a request id,
 * in the visitor's language, with the security headers.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  try {
    return await handle(context, next);
  } catch (error) {
    const status = statusOfError(error);
    // The front server's id for this request, so the error line sits beside its request line.
    const id = newRequestId(context.request.headers.get(REQUEST_ID_HEADER) ?? undefined);
    const where = {
      reqId: id,
      status,
      method: context.request.method,
      route: context.routePattern || redactPath(context.url.pathname),
    };
    if (status >= 500) getLogger().error({ ...where, err: error }, 'request failed');
    else
      getLogger().warn({ ...where, reason: error instanceof Error ? error.message : String(error) }, 'request refused');
    return errorPageResponse(status, errorLocale(context.url.pathname, context.cookies.get(LANG_COOKIE)?.value), id);
  }
});

const handle = async (...[context, next]: Parameters<MiddlewareHandler>): Promise<Response> => {
  const { url, cookies, request, locals } = context;
  // The load balancer's probe reads the database itself and must say so in JSON when it cannot.
  if (url.pathname === '/api/health' && (request.method === 'GET' || request.method === 'HEAD')) {
    return secured(await next());
  }
  // After a rewrite (to /404) the language still comes from the address the visitor asked for.
  const first = (context.originPathname ?? url.pathname).split('/')[1];
  const locale: Locale = isLocale(first)
    ? first
    : isLocale(cookies.get(LANG_COOKIE)?.value)
      ? (cookies.get(LANG_COOKIE)!.value as Locale)
      : DEFAULT_LOCALE;
  const currencyCookie = cookies.get(CURRENCY_COOKIE)?.value;
  const currency = isCurrency(currencyCookie) ? currencyCookie : 'KGS';
  const db = getDb();
  locals.locale = locale;
  locals.currency = currency;
  const sessionCookie = sessionCookieName(httpsSite);
  const hasSession = cookies.has(sessionCookie);
  const token = cookies.get(sessionCookie)?.value ?? '';
  const crossSite = isCrossSite(request, publicOrigin()) && url.pathname !== '/api/stripe/webhook';
  const isPage = isLocale(url.pathname.split('/')[1]) && request.method === 'GET';
  // One statement (decision 73): the catalogue version, and a cookie's live session and cart units beside it;
  // on an embedded file none while nothing was committed since that row was read (decision 71).
  const {
    version,
    session,
    cartUnits: cartCount,
  } = hasSession && !crossSite
    ? await readSession(db, token)
    : { version: await getCatalogVersion(db), session: null, cartUnits: 0 };
  // A request that writes nothing renders with the version it read: memos, rates and the shop's details
  // need no read of their own.
  const render: typeof next =
    request.method === 'GET' || request.method === 'HEAD'
      ? (...args) => withCatalogVersion(version, () => next(...args))
      : next;
  locals.rates = await withCatalogVersion(version, () => getRates(db));
  locals.rate = locals.rates.get(currency);
  locals.session = null;
  locals.user = null;
  locals.cartCount = 0;
  locals.secure = httpsSite;
  locals.client = { ip: clientIp(context), userAgent: request.headers.get('user-agent') ?? undefined };

  // Cross-site requests that change things are refused; Stripe's webhook is signed instead.
  if (crossSite) {
    return secured(
      new Response('Cross-site request refused', { status: 403, headers: { 'content-type': 'text/plain' } }),
    );
  }

  // Remember the language a visitor chose, so `/` sends them back to it.
  const remember = isPage && cookies.get(LANG_COOKIE)?.value !== locale;
  const area = areaOf(url.pathname);
  // Pages outside the areas are rendered once for everyone, with holes where the visitor's cart count and
  // signed-in bar go (decision 71); the body never depends on other cookies.
  const cacheable = isPage && !area;
  const key = pageCacheKey(url, currency);
  if (cacheable) {
    // A session's visitor is answered from the cache by the front server, which fills the holes.
    const hit = hasSession ? undefined : cache.get(key, version);
    if (hit) {
      const headers = new Headers(hit.headers);
      headers.set('X-Cache', 'HIT');
      if (remember) headers.append('Set-Cookie', `${LANG_COOKIE}=${locale}; ${preferenceCookieAttributes()}`);
      return new Response(hit.body.slice(), { status: hit.status, headers });
    }
  }

  if (remember) {
    cookies.set(LANG_COOKIE, locale, { path: '/', maxAge: YEAR, sameSite: 'lax', httpOnly: true, secure: httpsSite });
  }
  const user = session?.user ?? null;
  locals.session = session;
  locals.user = user;
  locals.cartCount = cartCount;
  locals.holes = cacheable;
  // A shareable render that reads the visitor's session (the cart page) is personal: never stored for a
  // session's visitor, and stored for the others only as a page no session's visitor is given.
  let personal = false;
  if (cacheable) {
    for (const name of ['session', 'user', 'cartCount'] as const) {
      let value: unknown = locals[name];
      Object.defineProperty(locals, name, {
        configurable: true,
        enumerable: true,
        get() {
          personal = true;
          return value;
        },
        set(next: unknown) {
          value = next;
        },
      });
    }
  }
  // The producer, staff and admin areas: anonymous visitors sign in first, other roles are refused.
  if (area) {
    if (!user) {
      const next = encodeURIComponent(url.pathname + url.search);
      return secured(context.redirect(localePath(locale, `/account/sign-in?next=${next}`), 303));
    }
    if (!canEnter(user.role, area)) {
      const denied = await render('/403');
      secure(denied.headers);
      denied.headers.set('Cache-Control', 'no-store');
      return new Response(denied.body, { status: 403, headers: denied.headers });
    }
  }
  // Flash messages in the areas are shown once (src/lib/http/flash.ts): a refresh or a later visit of the
  // same address renders without them, and any GET there consumes the armed one.
  const flash = area && request.method === 'GET' ? cookies.get(FLASH_COOKIE)?.value : undefined;
  const stale = area && request.method === 'GET' && hasFlash(url) && !isArmedFor(url, flash);
  const cookiesBefore = cacheable ? [...cookies.headers()].length : 0;
  const response = await (stale ? render(withoutFlash(url)) : render());
  if (area && request.method === 'POST' && response.status === 303) {
    const target = flashTarget(response.headers.get('location'));
    if (target) response.headers.append('Set-Cookie', flashCookie(target, httpsSite));
  }
  if (flash !== undefined) response.headers.append('Set-Cookie', clearFlashCookie(httpsSite));
  secure(response.headers);
  if (!cacheable || !(response.headers.get('content-type') ?? '').startsWith('text/html')) {
    if (user) response.headers.set('Cache-Control', 'private, no-store');
    return response;
  }
  // A page with holes: kept (when it may be shared) without its markers, answered with this visitor's bits.
  const cut = cutHoles(await responseBytes(response));
  const headers = response.headers;
  // The bytes differ with the session cookie: no shared cache may give one visitor's answer to another.
  headers.append('Vary', 'Cookie');
  const visitor = session ? { cartCount, user } : NO_VISITOR;
  let chunks: Uint8Array[];
  if (
    cache.enabled &&
    response.status === 200 &&
    !headers.has('set-cookie') &&
    // Cookies a page sets go out after this middleware returns; a render that set one is never shared.
    [...cookies.headers()].length === cookiesBefore &&
    // A page that says it must not be stored (a reset link, an order) is never shared.
    !/no-store|private/.test(headers.get('cache-control') ?? '') &&
    !(personal && session)
  ) {
    const holed = compactHoles(cut);
    cache.set(key, {
      body: holed.body,
      holed: holed.holes.length > 0 ? holed : undefined,
      locale,
      personal: personal || undefined,
      headers: [...headers.entries()].filter(([name]) => name !== 'content-length'),
      status: response.status,
      version,
      storedAt: Date.now(),
    });
    headers.set('X-Cache', 'MISS');
    chunks = filledChunks(holed, visitor, locale);
  } else {
    // Not kept: the rendered bytes go out as they are, the visitor's bits between their parts.
    chunks = visitorChunks(cut, visitor, locale);
  }
  if (session) headers.set('Cache-Control', 'private, no-store');
  return chunksResponse(chunks, response.status, headers);
};
