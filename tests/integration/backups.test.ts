/**
 * Backups that restore: archives taken while buyers check out, restored into fresh folders, hold every
 * order acknowledged before the backup began, pass integrity_check, and every media row has its files.
 * Restore refuses an existing or live target; admins list and download archives, nobody else can.
 */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'libsql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import { filesOfMedia, type MediaRow } from '../../src/lib/backup/files.ts';
import { BACKUP_RETRY_MS, claimBackupRun, releaseBackupRun } from '../../src/lib/backup/jobs.ts';
import { restoreBackup, RestoreError } from '../../src/lib/backup/restore.ts';
import { runScheduledBackup, type BackupRun } from '../../src/lib/backup/run.ts';
import { jpegBytes } from '../factories/files.ts';
import { Buyer, PICKUP_FORM } from '../support/client.ts';
import { ROOT, run, startShop, type RunningServer } from '../support/server.ts';

const dir = mkdtempSync(join(tmpdir(), 'ovop-backup-'));
const env = {
  DATABASE_URL: `file:${join(dir, 'shop.db')}`,
  UPLOAD_DIR: join(dir, 'uploads'),
  BACKUP_DIR: join(dir, 'backups'),
  BACKUP_KEEP: '10',
  BACKUP_EVERY_HOURS: '0',
  PAGE_CACHE_SECONDS: '0',
};
let shop: RunningServer;
let db: Db;
let photoKey: string;

/** Runs `npm run backup` as the operator would; returns its outcome and when it was started. */
async function backup(): Promise<{ began: number; run: BackupRun }> {
  const began = Date.now();
  const out = await run([`${ROOT}/src/cli/backup.ts`, '--json'], env).catch((error: Error) => error.message);
  const last = out.trim().split('\n').pop()!;
  if (!last.startsWith('{')) throw new Error(out);
  return { began, run: JSON.parse(last) as BackupRun };
}

beforeAll(async () => {
  shop = await startShop(env);
  db = openDb(env.DATABASE_URL);
  // A photo first, so the archive has uploads and a media row to check.
  const producer = new Buyer(shop.url, { localAddress: '127.0.0.31' });
  expect((await producer.signIn('producer@ovop.kg', 'demo-producer-2026')).status).toBe(303);
  const created = await producer.post('/ky/producer/products/new', {
    category: '1',
    name_ky: 'Камдык көчүрмө сыноо',
    description_ky: 'Тоо балы',
  });
  const listing = Number(/products\/(\d+)/.exec(created.location!)![1]);
  const uploaded = await producer.upload(
    `/en/producer/products/${listing}`,
    {},
    { photo: { name: 'p.jpg', bytes: await jpegBytes(700, 500), type: 'image/jpeg' } },
  );
  expect(uploaded.status).toBe(303);
  photoKey = String((await db.$client.execute('SELECT key FROM media ORDER BY created_at DESC LIMIT 1')).rows[0]!.key);
}, 120_000);

afterAll(async () => {
  db?.$client.close();
  await shop?.stop();
});

describe('backups taken while the shop sells', () => {
  it('hold every order acknowledged before they began, restore with integrity, and keep every photo', async () => {
    const variants = (
      await db.$client.execute(`SELECT v.id FROM variants v JOIN products p ON p.id = v.product_id
        WHERE p.status = 'published' AND v.active = 1 AND (SELECT sum(sl.on_hand - sl.reserved) FROM stock_levels sl
          JOIN stock_locations l ON l.id = sl.location_id WHERE sl.variant_id = v.id AND l.sells_online = 1) >= 10
        LIMIT 12`)
    ).rows.map((r) => Number(r.id));
    expect(variants.length).toBeGreaterThanOrEqual(6);
    const acked: { email: string; at: number }[] = [];
    let selling = true;
    let n = 0;
    // Twelve buyers check out one unit after another until the backups are done.
    const buyers = variants.map(async (variant, b) => {
      while (selling) {
        const buyer = new Buyer(shop.url);
        await buyer.post('/en/cart', { intent: 'add', variant, quantity: 1 });
        const email = `backup${b}-${n++}@example.com`;
        const placed = await buyer.checkout('/en/checkout', { ...PICKUP_FORM, email });
        if (placed.status === 303 && placed.location?.includes('/orders/')) acked.push({ email, at: Date.now() });
      }
    });
    const taken: { began: number; run: BackupRun }[] = [];
    try {
      await new Promise((r) => setTimeout(r, 1500));
      for (let i = 0; i < 3; i++) {
        taken.push(await backup());
        await new Promise((r) => setTimeout(r, 700));
      }
    } finally {
      selling = false;
      await Promise.all(buyers);
    }

    for (const [i, { began, run: outcome }] of taken.entries()) {
      expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
      if (!outcome.ok) continue;
      expect(outcome.result.manifest.missingMedia).toEqual([]);
      const restored = await restoreBackup(outcome.result.file, join(dir, `restored-${i}`));
      const copy = new Database(restored.databaseFile, { readonly: true });
      try {
        expect((copy.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check).toBe(
          'ok',
        );
        const emails = new Set(
          (copy.prepare(`SELECT email FROM orders WHERE email LIKE 'backup%'`).all() as { email: string }[]).map(
            (r) => r.email,
          ),
        );
        const before = acked.filter((a) => a.at < began);
        expect(before.length).toBeGreaterThan(0);
        expect(before.filter((a) => !emails.has(a.email)).map((a) => a.email)).toEqual([]);
        // The lease of the run that wrote the copy is not in it: a restored shop can back up at once.
        expect(copy.prepare(`SELECT name FROM scheduled_jobs WHERE name = 'backup-running'`).all()).toEqual([]);
        const media = copy.prepare('SELECT key, kind, mime, widths FROM media').all() as MediaRow[];
        expect(media.map((m) => m.key)).toContain(photoKey);
        for (const file of media.flatMap(filesOfMedia))
          expect(existsSync(join(restored.uploadDir, file)), file).toBe(true);
        console.log(
          `backup ${i + 1}: ${outcome.result.bytes} bytes in ${outcome.result.ms} ms while selling; ` +
            `${before.length} orders acknowledged before it began, all restored (${emails.size} in the copy)`,
        );
      } finally {
        copy.close();
      }
    }
    expect(acked.length).toBeGreaterThan(taken.length);
  });

  it('refuses to restore over an existing folder or the live database', async () => {
    const archive = readdirSync(env.BACKUP_DIR).find((f) => f.endsWith('.tar.gz'))!;
    const path = join(env.BACKUP_DIR, archive);
    await expect(restoreBackup(path, join(dir, 'restored-0'))).rejects.toThrow(RestoreError);
    await expect(restoreBackup(path, dir, { liveDatabase: join(dir, 'ovop.db') })).rejects.toThrow(/live database/);
    // Through the command an operator types, too.
    await expect(run([`${ROOT}/src/cli/restore.ts`, path, '--to', dir], env)).rejects.toThrow(/refus/);
  });

  it('keeps the newest BACKUP_KEEP archives', async () => {
    const before = readdirSync(env.BACKUP_DIR).filter((f) => f.endsWith('.tar.gz'));
    expect(before.length).toBeGreaterThan(2);
    await run([`${ROOT}/src/cli/backup.ts`], { ...env, BACKUP_KEEP: '2' });
    const after = readdirSync(env.BACKUP_DIR).filter((f) => f.endsWith('.tar.gz'));
    expect(after).toHaveLength(2);
    expect(after.sort()[0]).toBe(before.sort().at(-1));
    expect(after.sort().at(-1)! > before.sort().at(-1)!).toBe(true);
  });
});

describe('the admins’ backups page', () => {
  it('lists archives and downloads one for admins only; nothing outside BACKUP_DIR can be named', async () => {
    const admin = new Buyer(shop.url, { localAddress: '127.0.0.32' });
    expect((await admin.signIn('admin@ovop.kg', 'demo-admin-2026')).status).toBe(303);
    // While another backup is being written (its lease held elsewhere), a second is refused with a message.
    const lease = (await claimBackupRun(db))!;
    expect(lease).not.toBeNull();
    const refused = await admin.post('/ru/staff/backups', { intent: 'backup' });
    expect(refused.location).toBe('/ru/staff/backups?done=busy');
    expect((await admin.get(refused.location!)).doc.querySelector('[role="alert"]')?.textContent).toContain(
      'Уже идёт другое резервное копирование',
    );
    await releaseBackupRun(db, lease, 'ok');
    // A scheduled backup that wrote nothing is shown until one succeeds.
    const t = Date.now();
    await runScheduledBackup(db, 24, async () => ({ ok: false, reason: 'failed', error: 'disk full' }), t);
    const warned = await admin.get('/en/staff/backups');
    expect(warned.doc.querySelector('[role="alert"]')?.textContent).toContain('The scheduled backup started');
    const written = { ok: true, result: { name: 'ovop-backup-x.tar.gz' }, pruned: [] } as unknown as BackupRun;
    await runScheduledBackup(db, 24, async () => written, t + BACKUP_RETRY_MS);
    expect((await admin.get('/en/staff/backups')).doc.querySelector('[role="alert"]')).toBeNull();
    const now = await admin.post('/ky/staff/backups', { intent: 'backup' });
    expect(now.status).toBe(303);
    expect(now.location).toBe('/ky/staff/backups?done=done');
    const page = await admin.get('/ky/staff/backups?done=done');
    expect(page.status).toBe(200);
    expect(page.doc.querySelector('[role="status"]')?.textContent).toContain('Камдык көчүрмө түзүлдү');
    const link = page.doc.querySelector('.backups a')!.getAttribute('href')!;
    const download = await admin.get(link);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="ovop-backup-.+\.tar\.gz"$/);
    const audit = await db.$client.execute(`SELECT user_id FROM audit_log WHERE action = 'backup.created'`);
    expect(audit.rows.length).toBe(1);

    for (const bad of ['..%2Fshop.db', '..%2F..%2Fshop.db', 'shop.db', 'ovop-backup-x.tar.gz']) {
      expect((await admin.get(`/en/staff/backups/${bad}`)).status, bad).toBe(404);
    }
    const staff = new Buyer(shop.url, { localAddress: '127.0.0.33' });
    expect((await staff.signIn('staff@ovop.kg', 'demo-staff-2026')).status).toBe(303);
    expect((await staff.get(link)).status).toBe(403);
    expect((await staff.post('/en/staff/backups', { intent: 'backup' })).status).toBe(403);
    // A form the page does not know keeps the admin on the page with a message.
    const odd = await admin.post('/en/staff/backups', { intent: 'drop' });
    expect(odd.status).toBe(422);
  });
});
