/** Request ids: one per request, in every log line about it, echoed as X-Request-Id and shown on error pages. */
import { randomBytes } from 'node:crypto';

/** The header the front server sets on the request (for the middleware) and on the response. */
export const REQUEST_ID_HEADER = 'x-request-id';

const SAFE_ID = /^[A-Za-z0-9._-]{8,64}$/;
// A random prefix per process and a counter: unique across instances and restarts without asking the
// kernel for random bytes on every request (randomBytes cost 20 µs a request in the benchmark).
const PREFIX = randomBytes(6).toString('base64url');
let counter = 0;

/**
 * The id of a request: the one a proxy in front already gave it (Caddy, nginx `$request_id`) when it is a
 * plain token, else this process's prefix and a counter (`Xk3v9Qa1-1a2b`).
 */
export function newRequestId(given?: string | string[]): string {
  if (typeof given === 'string' && SAFE_ID.test(given)) return given;
  counter = (counter + 1) % Number.MAX_SAFE_INTEGER;
  return `${PREFIX}-${counter.toString(36)}`;
}
