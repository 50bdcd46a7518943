/** Request ids: one per request, in every log line about it, echoed as X-Request-Id and shown on error pages. */
import { randomBytes } from 'node:crypto';

/** The header the front server sets on the request (for the middleware) and on the response. */
export const REQUEST_ID_HEADER = 'x-request-id';

const SAFE_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * The id of a request: the one a proxy in front already gave it (Caddy, nginx `$request_id`) when it is a
 * plain token, else 12 random base64url characters.
 */
export function newRequestId(given?: string | string[]): string {
  if (typeof given === 'string' && SAFE_ID.test(given)) return given;
  return randomBytes(9).toString('base64url');
}
