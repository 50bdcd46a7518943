/**
 * Read-your-writes across instances on embedded replicas (decision 65). A response to a request during which
 * this process wrote to the server carries the server frame of that write in a short-lived cookie; any
 * instance that gets the cookie pulls its replica up to that frame before answering. Every other visitor sees
 * a change within the replicas' pull interval (DATABASE_SYNC_INTERVAL).
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { catchUp, replicaWriteFrame, type Db } from '../../../db/client.ts';
import { getEnv } from '../env.ts';
import { servedOverHttps } from './origin.ts';

export const WRITE_FRAME_COOKIE = 'ovop_frame';

/** The frame a cookie header names, or 0. */
export function writeFrameOf(cookieHeader: string | undefined): number {
  if (!cookieHeader || !cookieHeader.includes(WRITE_FRAME_COOKIE)) return 0;
  const match = new RegExp(`(?:^|;\\s*)${WRITE_FRAME_COOKIE}=(\\d{1,15})(?:;|$)`).exec(cookieHeader);
  return match ? Number(match[1]) : 0;
}

/**
 * How long the cookie lives: past the time every replica has pulled the frame anyway (several intervals, at
 * least ten seconds), after which it would only cost a look.
 */
export function writeFrameMaxAge(syncIntervalSeconds: number): number {
  return Math.max(10, Math.ceil(syncIntervalSeconds * 4));
}

/** The Set-Cookie value naming a write's frame. */
export function writeFrameCookie(frame: number, syncIntervalSeconds: number, secure: boolean): string {
  const maxAge = writeFrameMaxAge(syncIntervalSeconds);
  return `${WRITE_FRAME_COOKIE}=${frame}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/** Adds a Set-Cookie to the headers given to writeHead (object or flat array form), keeping theirs. */
export function withCookie(
  headers: OutgoingHttpHeaders | (string | string[])[] | undefined,
  cookie: string,
): OutgoingHttpHeaders | (string | string[])[] | undefined {
  if (headers === undefined) return headers;
  if (Array.isArray(headers)) return [...headers, 'set-cookie', cookie];
  const key = Object.keys(headers).find((name) => name.toLowerCase() === 'set-cookie');
  if (key === undefined) return { ...headers, 'set-cookie': cookie };
  const current = headers[key];
  const list = current === undefined ? [] : Array.isArray(current) ? current : [String(current)];
  return { ...headers, [key]: [...list, cookie] };
}

/** Before reading: pulls this instance's replica up to the visitor's last write, if it is behind. */
export function catchUpVisitor(db: Db, cookieHeader: string | undefined): void {
  const frame = writeFrameOf(cookieHeader);
  if (frame > 0) catchUp(db, frame);
}

/**
 * When the response's head goes out: if this process wrote since the request came in (this request's write,
 * or one running beside it, which costs the visitor at most one needless look), name the frame in a cookie.
 */
export function markVisitorWrites(db: Db, res: ServerResponse<IncomingMessage>): void {
  const before = replicaWriteFrame(db);
  const writeHead = res.writeHead;
  const cookieFor = () => {
    const after = replicaWriteFrame(db);
    return after > before ? writeFrameCookie(after, getEnv().DATABASE_SYNC_INTERVAL, servedOverHttps()) : null;
  };
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    res.writeHead = writeHead;
    const cookie = cookieFor();
    if (cookie) {
      // writeHead(status, [message], [headers]): the headers are the last object argument.
      const last = args.length - 1;
      if (last >= 1 && typeof args[last] === 'object' && args[last] !== null) {
        args[last] = withCookie(args[last] as OutgoingHttpHeaders, cookie);
      } else res.appendHeader('set-cookie', cookie);
    }
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as typeof res.writeHead;
}
