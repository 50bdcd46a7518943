import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/support/db.ts';
import { claimJob, finishJob } from './jobs.ts';

const HOUR = 3600_000;

describe('job claims', () => {
  it('lets one run hold a job until it finishes; a crashed run frees it when its lease lapses', async () => {
    const db = await freshDb();
    const t = Date.now();
    const first = await claimJob(db.$client, 'backup', { leaseMs: HOUR, now: t });
    expect(first).not.toBeNull();
    expect(await claimJob(db.$client, 'backup', { leaseMs: HOUR, now: t + 1000 })).toBeNull();
    await finishJob(db.$client, first!, undefined, t + 2000);
    const second = await claimJob(db.$client, 'backup', { leaseMs: HOUR, now: t + 3000 });
    expect(second).not.toBeNull();
    // Never finished: after the lease another instance takes over.
    expect(await claimJob(db.$client, 'backup', { leaseMs: HOUR, now: t + 3000 + HOUR - 1 })).toBeNull();
    expect(await claimJob(db.$client, 'backup', { leaseMs: HOUR, now: t + 3001 + HOUR })).not.toBeNull();
  });

  it('runs a scheduled job once per interval, however many instances ask', async () => {
    const db = await freshDb();
    const t = Date.now();
    const every = 24 * HOUR;
    const asks = await Promise.all(
      [0, 1, 2, 3].map(() => claimJob(db.$client, 'backup', { leaseMs: HOUR, everyMs: every, now: t })),
    );
    expect(asks.filter(Boolean)).toHaveLength(1);
    await finishJob(db.$client, asks.find(Boolean)!, undefined, t + 1000);
    expect(await claimJob(db.$client, 'backup', { leaseMs: HOUR, everyMs: every, now: t + every - 1 })).toBeNull();
    expect(await claimJob(db.$client, 'backup', { leaseMs: HOUR, everyMs: every, now: t + every })).not.toBeNull();
  });
});
