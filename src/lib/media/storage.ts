/**
 * Where upload files live: a folder on this machine (UPLOAD_DIR, the default) or an S3-compatible bucket
 * (S3_BUCKET, decision 59), so several machines serve the same photos. Paths are the server-chosen
 * `photos/<key>-<width>.webp` and `documents/<key>.<ext>`; store.ts is the only writer.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { getEnv, type Env } from '../env.ts';

export interface MediaStorage {
  /** `disk` or `s3`, for logs, health and the backup's manifest. */
  readonly kind: 'disk' | 's3';
  /** Writes a whole file; a reader never sees half of it. */
  put(path: string, data: Uint8Array, contentType: string): Promise<void>;
  /** The whole file, or null when there is none. */
  get(path: string): Promise<Uint8Array<ArrayBuffer> | null>;
  /** Removes files; missing ones are fine. */
  remove(paths: string[]): Promise<void>;
}

/** Files in a folder; each written to a temporary name in the same folder and renamed into place. */
export function diskStorage(dir: string): MediaStorage {
  const root = resolve(process.cwd(), dir);
  return {
    kind: 'disk',
    async put(path, data) {
      const full = join(root, path);
      await mkdir(dirname(full), { recursive: true });
      const temp = `${full}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        await writeFile(temp, data, { flag: 'wx' });
        await rename(temp, full);
      } catch (error) {
        await rm(temp, { force: true }).catch(() => undefined);
        throw error;
      }
    },
    async get(path) {
      try {
        return await readFile(join(root, path));
      } catch (error) {
        if ((error as NodeJS.ErrnoException)?.code === 'ENOENT') return null;
        throw error;
      }
    },
    async remove(paths) {
      await Promise.all(paths.map((p) => rm(join(root, p), { force: true })));
    },
  };
}

export type S3Settings = Pick<
  Env,
  'S3_BUCKET' | 'S3_ENDPOINT' | 'S3_REGION' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY' | 'S3_FORCE_PATH_STYLE'
> & { S3_BUCKET: string };

/**
 * Objects in an S3-compatible bucket. A PUT is atomic on every S3 store, so no temporary names. Checksums
 * are sent only where an operation requires them: SDK v3's default (a CRC32 trailer in `aws-chunked`
 * bodies) is refused or stored verbatim by many S3-compatible servers.
 */
export function s3Storage(settings: S3Settings): MediaStorage {
  const client = new S3Client({
    region: settings.S3_REGION,
    ...(settings.S3_ENDPOINT ? { endpoint: settings.S3_ENDPOINT } : {}),
    forcePathStyle: settings.S3_FORCE_PATH_STYLE,
    ...(settings.S3_ACCESS_KEY_ID && settings.S3_SECRET_ACCESS_KEY
      ? { credentials: { accessKeyId: settings.S3_ACCESS_KEY_ID, secretAccessKey: settings.S3_SECRET_ACCESS_KEY } }
      : {}),
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = settings.S3_BUCKET;
  return {
    kind: 's3',
    async put(path, data, contentType) {
      await client.send(new PutObjectCommand({ Bucket, Key: path, Body: data, ContentType: contentType }));
    },
    async get(path) {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket, Key: path }));
        if (!out.Body) return null;
        const bytes = await out.Body.transformToByteArray();
        return new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
      } catch (error) {
        if (error instanceof NoSuchKey) return null;
        if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404) return null;
        throw error;
      }
    },
    async remove(paths) {
      if (paths.length === 0) return;
      // DeleteObjects needs a Content-MD5 or checksum, which WHEN_REQUIRED still sends; missing keys are no error.
      await client.send(
        new DeleteObjectsCommand({ Bucket, Delete: { Objects: paths.map((Key) => ({ Key })), Quiet: true } }),
      );
    },
  };
}

const STORAGE = Symbol.for('ovop.mediaStorage');
type Holder = { [STORAGE]?: MediaStorage };

/**
 * The uploads' storage: the folder `dir` when one is given (tests, the seed), else the bucket when
 * S3_BUCKET is set, else UPLOAD_DIR. One per process, shared by the front server and Astro's bundle.
 */
export function getMediaStorage(dir?: string): MediaStorage {
  if (dir !== undefined) return diskStorage(dir);
  const holder = globalThis as Holder;
  if (holder[STORAGE]) return holder[STORAGE];
  const env = getEnv();
  const storage = env.S3_BUCKET ? s3Storage({ ...env, S3_BUCKET: env.S3_BUCKET }) : diskStorage(env.UPLOAD_DIR);
  holder[STORAGE] = storage;
  return storage;
}
