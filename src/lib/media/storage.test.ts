import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diskStorage, s3Storage, type MediaStorage } from './storage.ts';

let dir: string;
let server: S3rver;
let endpoint: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ovop-storage-'));
  server = new S3rver({ port: 0, address: '127.0.0.1', directory: join(dir, 's3'), silent: true });
  endpoint = `http://127.0.0.1:${(await server.run()).port}`;
  const client = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  await client.send(new CreateBucketCommand({ Bucket: 'ovop-unit' }));
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const kinds: [string, () => MediaStorage][] = [
  ['a folder', () => diskStorage(join(dir, 'disk'))],
  [
    'an S3 bucket',
    () =>
      s3Storage({
        S3_BUCKET: 'ovop-unit',
        S3_ENDPOINT: endpoint,
        S3_REGION: 'us-east-1',
        S3_ACCESS_KEY_ID: 'S3RVER',
        S3_SECRET_ACCESS_KEY: 'S3RVER',
        S3_FORCE_PATH_STYLE: true,
      }),
  ],
];

describe.each(kinds)('media storage in %s', (_, make) => {
  it('gives back what was put, null for a missing file, and forgets removed files', async () => {
    const storage = make();
    const bytes = new Uint8Array([82, 73, 70, 70, 1, 2, 3, 250]);
    await storage.put('photos/abc-320.webp', bytes, 'image/webp');
    await storage.put('documents/abc.pdf', new Uint8Array([37, 80, 68, 70]), 'application/pdf');
    expect([...((await storage.get('photos/abc-320.webp')) ?? [])]).toEqual([...bytes]);
    expect(await storage.get('photos/none-320.webp')).toBeNull();
    await storage.remove(['photos/abc-320.webp', 'photos/never-640.webp']);
    expect(await storage.get('photos/abc-320.webp')).toBeNull();
    expect(await storage.get('documents/abc.pdf')).not.toBeNull();
    await storage.remove([]);
  });
});
