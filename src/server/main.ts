/**
 * The production server: Node's http server in front of Astro's handler (the adapter in middleware mode).
 * Anonymous catalogue pages already in the page cache and the built static files are answered here, before
 * Astro builds a request context; everything else (pages, endpoints) goes to Astro. Run after `astro build`: `node src/server/main.ts`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { getDb, isReplica, syncReplica } from '../../db/client.ts';
import { catchUpVisitor, markVisitorWrites } from '../lib/http/replica-cookie.ts';
import { getCatalogVersion } from '../lib/catalog/queries.ts';
import { expireLapsedOrders } from '../lib/checkout/card-payment.ts';
import { getEnv } from '../lib/env.ts';
import { filledChunks, NO_VISITOR } from '../lib/http/holes.ts';
import { pageCacheKey, sharedPageCache, type CachedPage } from '../lib/http/page-cache.ts';
import {
  preferenceCookieAttributes,
  publicOrigin,
  servedOverHttps,
  strictTransportSecurity,
} from '../lib/http/origin.ts';
import { isLocale } from '../lib/i18n/locales.ts';
import { isCurrency } from '../lib/money/money.ts';
import { deleteExpiredSessions, readVisitor, sessionCookieName } from '../lib/sessions/session.ts';
import { deleteOldAttempts } from '../lib/accounts/throttle.ts';
import { deleteOldResets } from '../lib/accounts/reset.ts';
import { deliverOutbox } from '../lib/mail/outbox.ts';
import { runScheduledRatesImport } from '../lib/money/rates-import.ts';
import { deleteOldLookups } from '../lib/orders/lookup.ts';
import { deleteOrphanMedia } from '../lib/media/store.ts';
import { BODY_LIMITS, bodyClassOf } from '../lib/http/body.ts';
import { errorLocale, errorPageHeaders, errorPageHtml } from '../lib/http/error-page.ts';
import { securityHeaders } from '../lib/http/security-headers.ts';
import { flushLogs, getLogger } from '../lib/log/logger.ts';
import { redactPath, routeMatcher, routePatternsIn } from '../lib/log/route.ts';
import { sharedMetrics } from '../lib/metrics/metrics.ts';
import { newRequestId, REQUEST_ID_HEADER } from '../lib/log/request-id.ts';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { runScheduledBackup, spawnBackup } from '../lib/backup/run.ts';
import { runsTimers } from './role.ts';
import { pathOfUrl, staticFiles } from './static-files.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

// This process's database, opened before Astro's bundle can ask: with DATABASE_REPLICA_PATH, an embedded
// replica of the server, pulled up to date before the first request (decision 64).
const db = getDb({ replica: true });
const replica = isReplica(db);
if (replica) await syncReplica(db);
process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const entry = new URL('../../dist/server/entry.mjs', import.meta.url).href;
// The adapter runs in middleware mode (Astro only): static files are served here from a list made at start,
// so a page does not pay for looking for a file first (decision 63).
const { handler } = (await import(entry)) as { handler: Handler };
const statics = staticFiles(fileURLToPath(new URL('../../dist/client/', import.meta.url)));
const env = getEnv();
const cache = sharedPageCache(env.PAGE_CACHE_SECONDS, env.PAGE_CACHE_MB);
const log = getLogger();
const metrics = sharedMetrics();
const HIT = { result: 'hit' } as const;
const MISS = { result: 'miss' } as const;
// The level is fixed for the life of the process: below info no request line is even put together.
const logRequests = log.isLevelEnabled('info');
// Log lines and metric labels name the page's route pattern, read from src/pages, never the typed path.
const routes = routeMatcher(routePatternsIn(fileURLToPath(new URL('../pages', import.meta.url))));
// Over HTTPS every response says so: pages, cache hits, static files and Astro's own error answers.
const hsts = strictTransportSecurity();

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/** The session cookie's name at this origin (`__Host-sid` over HTTPS), as the middleware reads it. */
const sessionCookie = sessionCookieName(servedOverHttps());

/** The cookies a cached answer looks at, read in one pass over the header. */
interface HitCookies {
  currency?: string;
  lang?: string;
  /** The session cookie at this origin, whose visitor fills the holes. */
  session?: string;
  /** Whether either session cookie is set: such a visitor never gets a personal page from here. */
  hasSession: boolean;
}

function hitCookies(header: string | undefined): HitCookies {
  const found: HitCookies = { hasSession: false };
  if (!header) return found;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    if (name !== 'currency' && name !== 'lang' && name !== 'sid' && name !== '__Host-sid') continue;
    // The first of a name counts, as readCookie reads it.
    const value = decodeURIComponent(part.slice(eq + 1).trim());
    if (name === 'currency' || name === 'lang') found[name] ??= value;
    else {
      if (value) found.hasSession = true;
      if (name === sessionCookie) found.session ??= value;
    }
  }
  return found;
}

/** A cached page's response headers, put together once per entry: for everyone, and for a session's visitor. */
interface HitHeaders {
  shared: Record<string, string>;
  personal: Record<string, string>;
}
const hitHeadersOf = new WeakMap<CachedPage, HitHeaders>();

function hitHeaders(hit: CachedPage): HitHeaders {
  let made = hitHeadersOf.get(hit);
  if (!made) {
    const shared: Record<string, string> = { ...Object.fromEntries(hit.headers), 'x-cache': 'HIT' };
    // Personalised bytes (or a session's visitor at all): for this browser only.
    made = { shared, personal: { ...shared, 'cache-control': 'private, no-store' } };
    hitHeadersOf.set(hit, made);
  }
  return made;
}

/**
 * Answers from the page cache when it can; false sends the request on to Astro. A visitor with a session
 * gets the shared page with their own bits in its holes (decision 71): the catalogue version and the
 * session's bits in one cached-statement read, no render; a page that read the session when rendered (the
 * cart) is never theirs from here.
 */
async function serveCached(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  if (!cache.enabled || req.method !== 'GET' || !req.url) return false;
  const url = new URL(req.url, 'http://shop');
  const locale = url.pathname.split('/')[1];
  if (!isLocale(locale)) return false;
  const cookies = hitCookies(req.headers.cookie);
  const key = pageCacheKey(url, isCurrency(cookies.currency) ? cookies.currency : 'KGS');
  // Nothing kept under this key: no read at all before Astro renders it.
  if (!cache.has(key)) return false;
  const { hasSession } = cookies;
  const read = hasSession ? await readVisitor(db, cookies.session) : undefined;
  const hit = cache.get(key, read ? read.version : await getCatalogVersion(db));
  if (!hit) return false;
  if (hasSession && hit.personal) return false;
  const { shared, personal } = hitHeaders(hit);
  // Same rule as the middleware: a visitor's language is remembered on every page they open.
  if (cookies.lang !== locale) res.setHeader('set-cookie', `lang=${locale}; ${preferenceCookieAttributes()}`);
  if (!hasSession || !hit.holed) {
    res.writeHead(hit.status, hasSession ? personal : shared);
    res.end(hit.body);
    return true;
  }
  const chunks = filledChunks(hit.holed, read?.visitor ?? NO_VISITOR, hit.locale ?? locale);
  let length = 0;
  for (const chunk of chunks) length += chunk.byteLength;
  // The stored headers have no length (the middleware drops it): this one is the filled page's.
  res.setHeader('content-length', length);
  res.writeHead(hit.status, personal);
  // The shared parts go out as they are, with the visitor's bits between them: no copy of the page.
  res.cork();
  for (let i = 0; i < chunks.length - 1; i++) res.write(chunks[i]);
  res.end(chunks[chunks.length - 1]);
  return true;
}

// A refused body is still read to its end (so a browser sees our page, not a reset connection), but
// only this much of it; past that the connection is closed.
const MAX_DRAIN_BYTES = 1024 * 1024 * 1024;

/** Answers 413 with the localized error page; closes the connection when the body was not read to its end. */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse, url: URL, drained: boolean): void {
  const html = errorPageHtml(413, errorLocale(url.pathname, readCookie(req.headers.cookie, 'lang')));
  res.writeHead(413, { ...errorPageHeaders(413), Connection: 'close' });
  res.end(html, () => {
    if (!drained) req.socket.destroy();
  });
}

/**
 * Body limits before Astro sees a byte. The body is read here, counting, and kept only up to the route
 * class's limit (a declared Content-Length over it keeps nothing from the start); past the limit the rest
 * is read and dropped, then answered 413. A body within the limit goes to Astro whole (the adapter takes a
 * pre-read `req.body`), so neither a declared nor a chunked 100 MB body ever sits in memory.
 * False when the request was answered here.
 */
async function admitBody(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const chunked = req.headers['transfer-encoding'] !== undefined;
  const declared = Number(req.headers['content-length'] ?? 0);
  if (!chunked && !(declared > 0)) return true;
  const url = new URL(req.url ?? '/', 'http://shop');
  const limit = BODY_LIMITS[bodyClassOf(url.pathname)];
  const chunks: Buffer[] = [];
  let received = 0;
  let over = declared > limit;
  try {
    for await (const chunk of req) {
      received += (chunk as Buffer).byteLength;
      if (over) {
        if (received > MAX_DRAIN_BYTES) break;
      } else if (received > limit) {
        over = true;
        chunks.length = 0;
      } else chunks.push(chunk as Buffer);
    }
  } catch {
    // The client went away mid-body: nobody is left to answer.
    req.socket.destroy();
    return false;
  }
  if (over) {
    refuseTooLarge(req, res, url, received <= MAX_DRAIN_BYTES);
    return false;
  }
  (req as IncomingMessage & { body?: Buffer }).body = Buffer.concat(chunks);
  return true;
}

async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
  // Static files are served by the adapter without passing through Astro's middleware: every response
  // starts with the security headers, and a page or download that sets its own keeps its own.
  for (const [name, value] of Object.entries(securityHeaders())) res.setHeader(name, value);
  if (hsts) res.setHeader('Strict-Transport-Security', hsts);
  if (!(await admitBody(req, res))) return;
  // On a replica: a visitor who wrote through any instance reads their write here too (decision 65).
  if (replica) {
    catchUpVisitor(db, req.headers.cookie);
    markVisitorWrites(db, res);
  }
  const served = await serveCached(req, res).catch(() => false);
  if (served) return;
  const path = pathOfUrl(req.url ?? '/');
  if (path === null) {
    res.writeHead(400);
    res.end('Bad request.');
  } else if (statics.has(path)) statics.serve(req, res, path, () => handler(req, res));
  else handler(req, res);
}

/**
 * One log line and one histogram sample per request, when its response has gone out: id, method, route
 * pattern, status, milliseconds, page-cache result. No query string, cookie or typed path segment.
 */
function observe(req: IncomingMessage, res: ServerResponse, id: string, started: number): void {
  const ms = performance.now() - started;
  const url = req.url ?? '/';
  const query = url.indexOf('?');
  const path = query === -1 ? url : url.slice(0, query);
  const pattern = routes.match(path);
  const cache = res.getHeader('x-cache');
  const status = res.statusCode;
  metrics.requestSeconds.observe({ method: req.method ?? 'GET', route: pattern ?? 'other', status }, ms / 1000);
  if (cache === 'HIT') metrics.pageCache.inc(HIT);
  else if (cache === 'MISS') metrics.pageCache.inc(MISS);
  if (!logRequests) return;
  const line: Record<string, unknown> = {
    reqId: id,
    method: req.method,
    route: pattern ?? redactPath(path),
    status,
    ms: Math.round(ms * 10) / 10,
  };
  if (typeof cache === 'string') line.cache = cache.toLowerCase();
  if (!res.writableFinished) line.aborted = true;
  log.info(line, 'request');
}

/** How long an idle keep-alive connection stays open (decision 75). */
const KEEP_ALIVE_MS = 65_000;

const server = createServer((req, res) => {
  const started = performance.now();
  const id = newRequestId(req.headers[REQUEST_ID_HEADER]);
  // The middleware logs a page's error under the same id and shows it on the error page.
  req.headers[REQUEST_ID_HEADER] = id;
  res.setHeader('X-Request-Id', id);
  res.once('close', () => observe(req, res, id, started));
  serve(req, res).catch((error: unknown) => {
    log.error({ reqId: id, err: error }, 'front server failed');
    if (!res.headersSent) {
      res.writeHead(500, errorPageHeaders(500));
      res.end(errorPageHtml(500, errorLocale(req.url ?? '/', readCookie(req.headers.cookie, 'lang')), id));
    } else res.destroy();
  });
});
// An idle keep-alive connection is closed by the other side first: a proxy (nginx keeps idle upstream
// connections 60 s, load balancers 60 s) or a client reusing a connection the server had just closed after
// Node's default 5 s gets a reset on a request it already sent ("other side closed", seen under load).
server.keepAliveTimeout = KEEP_ALIVE_MS;
server.headersTimeout = KEEP_ALIVE_MS + 1_000;
server.listen(env.PORT, env.HOST, () => {
  log.info(`OVOP shop listening on http://${env.HOST}:${env.PORT}`);
  // Links, mails, redirects and the cross-site check all use this origin; say which, and where it came from.
  const source = process.env.PUBLIC_URL ? 'PUBLIC_URL' : 'default; set PUBLIC_URL to the address visitors use';
  const proxies = env.TRUSTED_PROXIES.entries.join(', ') || 'none';
  log.info(`Public origin ${env.PUBLIC_URL} (${source}); X-Forwarded-For trusted from: ${proxies}`);
});
// The shop's timers run in one process of the machine: this one, or the worker the cluster primary names
// (src/server/role.ts). Each is also safe to repeat across machines: its writes are guarded statements,
// leased rows or claimed `scheduled_jobs` rows, so another instance doing the same finds nothing left to do.
const timers = runsTimers();
if (timers) log.info('timers started');

// Unpaid orders whose hold ran out give their stock back (Stripe's expiry webhook usually comes first).
// Expired sessions, old sign-in attempts, spent reset links and orphan uploads are dropped on the same beat.
const sweep = () => {
  expireLapsedOrders(db, publicOrigin()).catch((error: unknown) =>
    log.error({ err: error }, 'expiring reservations failed'),
  );
  Promise.all([deleteExpiredSessions(db), deleteOldAttempts(db), deleteOldResets(db), deleteOldLookups(db)]).catch(
    (error: unknown) => log.error({ err: error }, 'sweeping sessions failed'),
  );
  // Photos and documents nothing refers to any more (an abandoned upload, a photo of a draft that went).
  deleteOrphanMedia(db).catch((error: unknown) => log.error({ err: error }, 'sweeping orphan media failed'));
};
if (timers) setInterval(sweep, 60_000).unref();

// The outbox worker: queued mail (order confirmations are written with the order) goes out with retries.
// Rows are claimed with a lease, so several instances share the work without sending a mail twice.
if (timers && env.SMTP_URL) {
  let running = false;
  setInterval(() => {
    if (running) return;
    running = true;
    // A backlog (SMTP was down, a burst of orders) drains in full batches, up to 20 s a run.
    deliverOutbox(db, { drainMs: 20_000 })
      .catch((error: unknown) => log.error({ err: error }, 'sending the outbox failed'))
      .finally(() => (running = false));
  }, env.OUTBOX_POLL_SECONDS * 1000).unref();
}

// Scheduled backups (BACKUP_EVERY_HOURS, 0 = off): every instance looks every ten minutes, and the one
// whose claim on the schedule's row in `scheduled_jobs` moves it on writes the archive in a child process.
// The first look waits five minutes, so a restart loop or a short-lived test server does not back up on
// every start.
if (timers && env.BACKUP_EVERY_HOURS > 0) {
  let running = false;
  const look = () => {
    if (running) return;
    running = true;
    runScheduledBackup(db, env.BACKUP_EVERY_HOURS, () => spawnBackup())
      .then((run) => {
        if (run.ok) log.info({ file: run.result.name, bytes: run.result.bytes, ms: run.result.ms }, 'backup written');
        else if (run.reason === 'failed') log.error({ reason: run.error }, 'scheduled backup failed');
        else if (run.reason === 'busy') log.warn('scheduled backup skipped: another backup is running');
      })
      .catch((error: unknown) => log.error({ err: error }, 'scheduled backup failed'))
      .finally(() => (running = false));
  };
  setTimeout(() => {
    look();
    setInterval(look, 10 * 60_000).unref();
  }, 5 * 60_000).unref();
}

// The National Bank's rates, when RATES_URL is set: checked every minute, imported by one process when due.
if (timers && env.RATES_URL) {
  const ratesUrl = env.RATES_URL;
  const tick = () =>
    runScheduledRatesImport(db, ratesUrl, env.RATES_EVERY_HOURS).catch((error: unknown) =>
      log.error({ err: error }, 'importing currency rates failed'),
    );
  void tick();
  setInterval(tick, 60_000).unref();
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () =>
    server.close(() => {
      flushLogs();
      process.exit(0);
    }),
  );
}
