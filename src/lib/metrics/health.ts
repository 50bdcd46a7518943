/** What `/api/health` reports: the database answers a read, and the state of the mail outbox. */
import type { Db } from '../../../db/client.ts';

export interface Health {
  ok: boolean;
  catalogVersion?: number;
  outbox?: { queued: number; failed: number; oldestQueuedSeconds: number | null };
}

/** Reads the catalogue version and the outbox's counts in one read batch; `ok: false` when the database fails. */
export async function readHealth(db: Db, now = Date.now()): Promise<Health> {
  try {
    const [version, outbox] = await db.$client.batch(
      [
        'SELECT version FROM catalog_version LIMIT 1',
        `SELECT sum(status = 'queued') AS queued, sum(status = 'failed') AS failed,
           min(CASE WHEN status = 'queued' THEN created_at END) AS oldest FROM outbox`,
      ],
      'read',
    );
    const row = (outbox!.rows[0] ?? {}) as { queued?: unknown; failed?: unknown; oldest?: unknown };
    const oldest = row.oldest === null || row.oldest === undefined ? null : Number(row.oldest);
    return {
      ok: true,
      catalogVersion: Number(version!.rows[0]?.version ?? 0),
      outbox: {
        queued: Number(row.queued ?? 0),
        failed: Number(row.failed ?? 0),
        oldestQueuedSeconds: oldest === null ? null : Math.max(0, Math.round((now - oldest) / 1000)),
      },
    };
  } catch {
    return { ok: false };
  }
}
