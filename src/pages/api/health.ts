import type { APIRoute } from 'astro';
import { getDb } from '../../../db/client.ts';
import { RETRY_AFTER_SECONDS } from '../../lib/http/error-page.ts';
import { readHealth } from '../../lib/metrics/health.ts';

/** Liveness for load balancers: the database answers a read (else 503), and the outbox's queue. */
export const GET: APIRoute = async () => {
  const health = await readHealth(getDb());
  return Response.json(
    { ...health, status: health.ok ? 'ok' : 'unavailable' },
    {
      status: health.ok ? 200 : 503,
      // A load balancer or a client asks again after this long, as the pages' 503 says.
      headers: health.ok
        ? { 'Cache-Control': 'no-store' }
        : { 'Cache-Control': 'no-store', 'Retry-After': String(RETRY_AFTER_SECONDS) },
    },
  );
};
