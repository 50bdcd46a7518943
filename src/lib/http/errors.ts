/**
 * What went wrong with a request, as an HTTP status: the one place that turns a thrown error into 400,
 * 413, 415, 422, 503 or (for a genuine bug) 500.
 */

/** A request the shop refuses for a reason the visitor can fix; the middleware renders its error page. */
export class HttpError extends Error {
  readonly status: 400 | 413 | 415 | 422;
  constructor(status: 400 | 413 | 415 | 422, message = `HTTP ${status}`) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
  }
}

// SQLite and libSQL codes for "the database is not there or not answering", as opposed to a bad query.
const OUTAGE_CODES = new Set([
  'SQLITE_CANTOPEN',
  'SQLITE_IOERR',
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_NOTADB',
  'SQLITE_CORRUPT',
  'SQLITE_FULL',
  'SQLITE_READONLY',
  'SERVER_ERROR',
  'HRANA_WEBSOCKET_ERROR',
  'HRANA_CLOSED_ERROR',
  'STREAM_EXPIRED',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** Whether an error (or any error in its `cause` chain) says the database cannot be reached. */
export function isDatabaseOutage(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    if (typeof e !== 'object') return false;
    const { code, rawCode, message } = e as { code?: unknown; rawCode?: unknown; message?: unknown };
    // Extended codes name their family first: SQLITE_IOERR_READ, SQLITE_BUSY_SNAPSHOT.
    if (typeof code === 'string' && [...OUTAGE_CODES].some((c) => code === c || code.startsWith(`${c}_`))) return true;
    // Extended SQLite result codes: 10 = IOERR, 14 = CANTOPEN (low byte).
    if (typeof rawCode === 'number' && [5, 6, 10, 13, 14, 26].includes(rawCode & 0xff)) return true;
    if (typeof message === 'string' && /fetch failed|ECONNREFUSED|unable to open database/i.test(message)) return true;
  }
  return false;
}

/** The status to answer for an error thrown while handling a request. */
export function statusOfError(error: unknown): 400 | 413 | 415 | 422 | 500 | 503 {
  if (error instanceof HttpError) return error.status;
  if (isDatabaseOutage(error)) return 503;
  return 500;
}
