import type { APIRoute } from 'astro';
import { getDb } from '../../../db/client.ts';
import { getEnv } from '../../lib/env.ts';
import { metricsAccess, metricsContentType, renderMetrics } from '../../lib/metrics/metrics.ts';

const NO_STORE = { 'Cache-Control': 'no-store' };

/** Prometheus metrics behind `Authorization: Bearer $METRICS_TOKEN`; absent (404) without the token. */
export const GET: APIRoute = async ({ request }) => {
  const access = metricsAccess(request.headers.get('authorization'), getEnv().METRICS_TOKEN);
  if (access === 'disabled') return new Response('Not found', { status: 404, headers: NO_STORE });
  if (access === 'unauthorized') {
    return new Response('Unauthorized', { status: 401, headers: { ...NO_STORE, 'WWW-Authenticate': 'Bearer' } });
  }
  return new Response(await renderMetrics(getDb()), {
    headers: { ...NO_STORE, 'Content-Type': metricsContentType() },
  });
};
