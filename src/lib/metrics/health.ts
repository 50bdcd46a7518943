/** What `/api/health` reports: the database answers a read, and the state of the mail outbox. */
import { readRows, type Db } from '../../../db/client.ts';

export interface Health {
  ok: boolean;
  catalogVersion?: number;
  outbox?: { queued: number; failed: number; oldestQueuedSeconds: number | null };
}

/**
 * Reads the catalogue version and the outbox's queued and failed counts and oldest queued mail (each an
 * index lookup on `outbox_status_idx`, so the check stays cheap as sent mail piles up); `ok: false` when
 * the database fails.
 */
export async function readHealth(db: Db, now = Date.now()): Promise<Health> {
  try {
    const [version] = await readRows(db, 'SELECT version FROM catalog_version WHERE id = 1');
    const [queued] = await readRows(
      db,
      `SELECT count(*) AS n, min(created_at) AS oldest FROM outbox WHERE status = 'queued'`,
    );
    const [failed] = await readRows(db, `SELECT count(*) AS n FROM outbox WHERE status = 'failed'`);
    const oldest = queued?.oldest === null || queued?.oldest === undefined ? null : Number(queued.oldest);
    return {
      ok: true,
      catalogVersion: Number(version?.version ?? 0),
      outbox: {
        queued: Number(queued?.n ?? 0),
        failed: Number(failed?.n ?? 0),
        oldestQueuedSeconds: oldest === null ? null : Math.max(0, Math.round((now - oldest) / 1000)),
      },
    };
  } catch {
    return { ok: false };
  }
}
