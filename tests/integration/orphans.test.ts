/**
 * No orphans: a photo removed from a draft goes (row and files) unless a published product still shows
 * it; the sweep deletes what nothing refers to any more, but never an upload still in flight.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import { deleteOrphanMedia, ORPHAN_GRACE_MS } from '../../src/lib/media/store.ts';
import { jpegBytes } from '../factories/files.ts';
import { Buyer } from '../support/client.ts';

const base = () => inject('baseUrl');
let db: Db;
let producer: Buyer;

/** The files on disk for a media key. */
function filesOf(key: string): string[] {
  const dir = join(inject('uploadDir'), 'photos');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.startsWith(key)) : [];
}
const hasRow = async (key: string) =>
  (await db.$client.execute({ sql: 'SELECT 1 FROM media WHERE key = ?', args: [key] })).rows.length === 1;
const draftPhotos = async (id: number) =>
  JSON.parse(
    String(
      (await db.$client.execute({ sql: 'SELECT data FROM product_drafts WHERE product_id = ?', args: [id] })).rows[0]!
        .data,
    ),
  ).photos as string[];

/** Uploads a photo to a listing's draft; returns its media key. */
async function uploadPhoto(id: number): Promise<string> {
  const before = await draftPhotos(id);
  const res = await producer.upload(
    `/en/producer/products/${id}`,
    {},
    { photo: { name: 'p.jpg', bytes: await jpegBytes(700, 500), type: 'image/jpeg' } },
  );
  expect(res.status).toBe(303);
  const key = (await draftPhotos(id)).find((k) => !before.includes(k))!;
  expect(filesOf(key).length).toBeGreaterThan(0);
  return key;
}

const removePhoto = (id: number, key: string) =>
  producer.post(`/en/producer/products/${id}`, { intent: 'photo_remove', key });

let listing: number;
beforeAll(async () => {
  db = openDb(inject('databaseUrl'));
  producer = new Buyer(base(), { localAddress: '127.0.0.12' });
  expect((await producer.signIn('producer@ovop.kg', 'demo-producer-2026')).status).toBe(303);
  const res = await producer.post('/ky/producer/products/new', {
    category: '1',
    name_ky: 'Орфан сыноо',
    description_ky: 'Тоо балы',
  });
  listing = Number(/products\/(\d+)/.exec(res.location!)![1]);
});

describe('photos nobody uses', () => {
  it('deletes a photo removed from a draft, row and files, at once', async () => {
    const key = await uploadPhoto(listing);
    expect((await removePhoto(listing, key)).status).toBe(303);
    expect(await hasRow(key)).toBe(false);
    expect(filesOf(key)).toEqual([]);
  });

  it('keeps a photo the published product still shows, and sweeps it once nothing does', async () => {
    const key = await uploadPhoto(listing);
    // Approval copies the draft's photos to the product: the published product shows this photo.
    await db.$client.execute({
      sql: 'INSERT INTO product_photos (product_id, media_key, sort) VALUES (?, ?, 0)',
      args: [listing, key],
    });
    expect((await removePhoto(listing, key)).status).toBe(303);
    expect(await hasRow(key)).toBe(true);
    await deleteOrphanMedia(db, Date.now() + 2 * ORPHAN_GRACE_MS, inject('uploadDir'));
    expect(await hasRow(key)).toBe(true);
    expect(filesOf(key).length).toBeGreaterThan(0);
    // A later approval replaced the product's photos: now nothing refers to it.
    await db.$client.execute({ sql: 'DELETE FROM product_photos WHERE media_key = ?', args: [key] });
    await deleteOrphanMedia(db, Date.now() + 2 * ORPHAN_GRACE_MS, inject('uploadDir'));
    expect(await hasRow(key)).toBe(false);
    expect(filesOf(key)).toEqual([]);
  });

  it('never sweeps an upload in flight, or a photo another draft uses', async () => {
    const inFlight = await uploadPhoto(listing);
    const kept = await uploadPhoto(listing);
    // The upload's row exists but its draft is not written yet.
    await db.$client.execute({
      sql: `UPDATE product_drafts SET data = json_set(data, '$.photos', json_array(?)) WHERE product_id = ?`,
      args: [kept, listing],
    });
    expect(await deleteOrphanMedia(db, Date.now(), inject('uploadDir'))).toBe(0);
    expect(await hasRow(inFlight)).toBe(true);
    await deleteOrphanMedia(db, Date.now() + 2 * ORPHAN_GRACE_MS, inject('uploadDir'));
    expect(await hasRow(inFlight)).toBe(false);
    expect(filesOf(inFlight)).toEqual([]);
    expect(await hasRow(kept)).toBe(true);
    expect(filesOf(kept).length).toBeGreaterThan(0);
    // Every published photo of the demo catalogue is still there.
    const missing = await db.$client.execute(
      'SELECT count(*) AS n FROM product_photos pp WHERE NOT EXISTS (SELECT 1 FROM media m WHERE m.key = pp.media_key)',
    );
    expect(Number(missing.rows[0]!.n)).toBe(0);
  });
});
