import type { APIRoute } from 'astro';
import { getDb } from '../../../db/client.ts';
import { readHealth } from '../../lib/metrics/health.ts';

/** Liveness for load balancers: the database answers a read (else 503), and the outbox's queue. */
export const GET: APIRoute = async () => {
  const health = await readHealth(getDb());
  return Response.json(
    { ...health, status: health.ok ? 'ok' : 'unavailable' },
    { status: health.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
};
