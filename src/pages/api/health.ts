import type { APIRoute } from 'astro';
import { getDb } from '../../../db/client.ts';
import { getCatalogVersion } from '../../lib/catalog/queries.ts';

/** Liveness and database reachability for load balancers and the benchmark's framework baseline. */
export const GET: APIRoute = async () => {
  try {
    const version = await getCatalogVersion(getDb());
    return Response.json({ status: 'ok', catalogVersion: version }, { headers: { 'Cache-Control': 'no-store' } });
  } catch {
    return Response.json({ status: 'unavailable' }, { status: 503, headers: { 'Cache-Control': 'no-store' } });
  }
};
