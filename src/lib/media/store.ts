/**
 * Uploaded producer photos and certificate documents. Every file is checked by its content, never by
 * its name or the client's content type; images are decoded for real and re-encoded to WebP without
 * metadata (EXIF GPS, camera serials, ICC), so what we store and serve is pixels we produced ourselves.
 * Files get server-chosen names in the uploads' storage (UPLOAD_DIR or an S3 bucket, storage.ts); a media row is inserted only after every file is in
 * place, and a failed upload leaves nothing behind.
 */
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import type { Db } from '../../../db/client.ts';
import { UPLOAD_FILE_BYTES } from '../http/body.ts';
import { looksLikeCompletePdf, sniffType, type SniffedType } from './sniff.ts';
import { getMediaStorage, type MediaStorage } from './storage.ts';

/** The largest upload; the body limits of src/lib/http/body.ts are built on the same figure. */
export const MAX_UPLOAD_BYTES = UPLOAD_FILE_BYTES;
export const PHOTO_WIDTHS = [320, 640, 1280] as const;
/** Certificate scans are kept legible but bounded. */
export const DOCUMENT_MAX_WIDTH = 2000;
/** Shortest side an uploaded image may have. */
export const MIN_IMAGE_SIDE = 200;
/** Decoded size limit: 50 megapixels is beyond any phone camera and stops decompression bombs. */
export const MAX_INPUT_PIXELS = 50_000_000;
const WEBP_QUALITY = 80;

export type UploadError = 'too_large' | 'empty' | 'not_image' | 'not_document' | 'broken_image' | 'too_small';
export type StoredPhoto = { key: string; widths: number[]; width: number; height: number };
export type UploadInput = { bytes: Uint8Array; producerId: number | null; uploadedBy: number | null };
type Refusal = { ok: false; error: UploadError };

const KEY = /^[A-Za-z0-9_-]{22}$/;
const PHOTO_FILE = /^([A-Za-z0-9_-]{22})-([1-9][0-9]{0,4})\.webp$/;
// 'error' also aborts on truncated data; a mere libjpeg warning (common in camera files) does not.
const SHARP_INPUT = { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS } as const;
// Reading the header decodes no pixels, so it may look at an image over the limit and refuse it as too_large.
const SHARP_HEADER = { failOn: 'error', limitInputPixels: false } as const;
const IMAGE_TYPES: readonly SniffedType[] = ['jpeg', 'png', 'webp'];

/** True for a server-chosen media key (22 base64url characters), so it is safe inside a file name. */
export function isMediaKey(s: string): boolean {
  return KEY.test(s);
}

/** Public address of one stored width of a photo. */
export function photoUrl(key: string, width: number): string {
  return `/media/photos/${key}-${width}.webp`;
}

/** A srcset listing every stored width of a photo. */
export function photoSrcset(key: string, widths: readonly number[]): string {
  return widths.map((w) => `${photoUrl(key, w)} ${w}w`).join(', ');
}

function newKey(): string {
  return randomBytes(16).toString('base64url');
}

/** Size checks every upload passes before anything is decoded. */
function checkSize(bytes: Uint8Array): Refusal | null {
  if (bytes.byteLength === 0) return { ok: false, error: 'empty' };
  if (bytes.byteLength > MAX_UPLOAD_BYTES) return { ok: false, error: 'too_large' };
  return null;
}

/**
 * Reads an image's header: the format must be what the magic bytes said and the size within bounds.
 * Returns the upright width (after the EXIF orientation is applied).
 */
async function inspectImage(bytes: Uint8Array, type: SniffedType): Promise<{ ok: true; width: number } | Refusal> {
  let meta: sharp.Metadata;
  try {
    meta = await sharp(bytes, SHARP_HEADER).metadata();
  } catch {
    return { ok: false, error: 'broken_image' };
  }
  if (meta.format !== type || !meta.width || !meta.height) return { ok: false, error: 'broken_image' };
  if (meta.width * meta.height > MAX_INPUT_PIXELS) return { ok: false, error: 'too_large' };
  if (Math.min(meta.width, meta.height) < MIN_IMAGE_SIDE) return { ok: false, error: 'too_small' };
  return { ok: true, width: meta.autoOrient?.width ?? meta.width };
}

type Encoded = { data: Buffer; width: number; height: number };

/** Decodes the whole image, turns it upright, and re-encodes it as WebP; sharp keeps no metadata by default. */
async function encodeWebp(bytes: Uint8Array, resize: sharp.ResizeOptions): Promise<Encoded | null> {
  try {
    const { data, info } = await sharp(bytes, SHARP_INPUT)
      .rotate()
      .resize({ ...resize, withoutEnlargement: true })
      .webp({ quality: WEBP_QUALITY })
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  } catch {
    return null;
  }
}

/**
 * Writes whole files (each one atomic in its storage) and removes every one of them again if any write,
 * or the `then` step, fails.
 */
async function writeAllOrNothing(
  storage: MediaStorage,
  files: { path: string; data: Uint8Array; mime: string }[],
  then: () => Promise<void>,
): Promise<void> {
  const touched: string[] = [];
  try {
    for (const file of files) {
      touched.push(file.path);
      await storage.put(file.path, file.data, file.mime);
    }
    await then();
  } catch (error) {
    await storage.remove(touched).catch(() => undefined);
    throw error;
  }
}

async function insertMedia(
  db: Db,
  row: {
    key: string;
    input: UploadInput;
    kind: 'photo' | 'document';
    mime: string;
    bytes: number;
    widths: number[] | null;
    width: number | null;
    height: number | null;
  },
): Promise<void> {
  await db.$client.execute({
    sql: `INSERT INTO media (key, producer_id, kind, mime, bytes, widths, width, height, uploaded_by)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    args: [
      row.key,
      row.input.producerId,
      row.kind,
      row.mime,
      row.bytes,
      row.widths ? JSON.stringify(row.widths) : null,
      row.width,
      row.height,
      row.input.uploadedBy,
    ],
  });
}

/**
 * Stores a photo as WebP at each of PHOTO_WIDTHS up to its own width (its own width when narrower than
 * the smallest), upright and without metadata. `width`/`height` are those of the largest stored file.
 * Refusals leave no file and no row; a database failure is thrown, also leaving nothing behind.
 */
export async function storePhoto(
  db: Db,
  input: UploadInput,
  dir?: string,
): Promise<{ ok: true; photo: StoredPhoto } | Refusal> {
  const { bytes } = input;
  const sized = checkSize(bytes);
  if (sized) return sized;
  const type = sniffType(bytes);
  if (!type || !IMAGE_TYPES.includes(type)) return { ok: false, error: 'not_image' };
  const inspected = await inspectImage(bytes, type);
  if (!inspected.ok) return inspected;

  const targets = PHOTO_WIDTHS.filter((w) => w <= inspected.width);
  const wanted = targets.length > 0 ? targets : [inspected.width];
  // One after another: a large PNG decodes to hundreds of megabytes, and a small server has little memory.
  const variants: Encoded[] = [];
  for (const width of wanted) {
    const encoded = await encodeWebp(bytes, { width });
    if (!encoded) return { ok: false, error: 'broken_image' };
    variants.push(encoded);
  }

  const key = newKey();
  const largest = variants[variants.length - 1]!;
  const widths = variants.map((v) => v.width);
  await writeAllOrNothing(
    getMediaStorage(dir),
    variants.map((v) => ({ path: `photos/${key}-${v.width}.webp`, data: v.data, mime: 'image/webp' })),
    () =>
      insertMedia(db, {
        key,
        input,
        kind: 'photo',
        mime: 'image/webp',
        bytes: variants.reduce((sum, v) => sum + v.data.byteLength, 0),
        widths,
        width: largest.width,
        height: largest.height,
      }),
  );
  return { ok: true, photo: { key, widths, width: largest.width, height: largest.height } };
}

/**
 * Stores a certificate document: a complete PDF as it came, or a JPEG/PNG/WebP scan re-encoded to one
 * WebP at most DOCUMENT_MAX_WIDTH wide without metadata. Documents are private: read them with readDocument.
 */
export async function storeDocument(
  db: Db,
  input: UploadInput,
  dir?: string,
): Promise<{ ok: true; key: string; mime: 'application/pdf' | 'image/webp' } | Refusal> {
  const { bytes } = input;
  const sized = checkSize(bytes);
  if (sized) return sized;
  const type = sniffType(bytes);
  if (!type) return { ok: false, error: 'not_document' };

  let file: { data: Uint8Array; mime: 'application/pdf' | 'image/webp'; width: number | null; height: number | null };
  if (type === 'pdf') {
    if (!looksLikeCompletePdf(bytes)) return { ok: false, error: 'not_document' };
    file = { data: bytes, mime: 'application/pdf', width: null, height: null };
  } else {
    const inspected = await inspectImage(bytes, type);
    if (!inspected.ok) return inspected;
    const encoded = await encodeWebp(bytes, { width: DOCUMENT_MAX_WIDTH });
    if (!encoded) return { ok: false, error: 'broken_image' };
    file = { ...encoded, mime: 'image/webp' };
  }

  const key = newKey();
  const { data, mime, width, height } = file;
  const path = `documents/${key}.${extensionOf(mime)}`;
  await writeAllOrNothing(getMediaStorage(dir), [{ path, data, mime }], () =>
    insertMedia(db, { key, input, kind: 'document', mime, bytes: data.byteLength, widths: null, width, height }),
  );
  return { ok: true, key, mime };
}

function extensionOf(mime: string): 'pdf' | 'webp' {
  return mime === 'application/pdf' ? 'pdf' : 'webp';
}

/** A stored certificate document with a download name, or null for an unknown key, a photo or a lost file. */
export async function readDocument(
  db: Db,
  key: string,
  dir?: string,
): Promise<{ bytes: Uint8Array<ArrayBuffer>; mime: string; filename: string } | null> {
  if (!isMediaKey(key)) return null;
  const rs = await db.$client.execute({
    sql: `SELECT mime FROM media WHERE key = ? AND kind = 'document'`,
    args: [key],
  });
  const mime = rs.rows[0]?.mime;
  if (typeof mime !== 'string') return null;
  const name = `${key}.${extensionOf(mime)}`;
  const bytes = await getMediaStorage(dir).get(`documents/${name}`);
  return bytes ? { bytes, mime, filename: `document-${name}` } : null;
}

/**
 * The bytes of one stored photo file named `<key>-<width>.webp`, or null for any other name or a missing
 * file. Only the photos folder is ever read, and the name is matched whole, so no path can escape it.
 */
export async function readPhotoFile(fileName: string, dir?: string): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!PHOTO_FILE.test(fileName)) return null;
  return getMediaStorage(dir).get(`photos/${fileName}`);
}

/** Removes every file a photo or document may have (missing files are fine). */
async function removeMediaFiles(key: string, storedWidths: unknown, dir?: string): Promise<void> {
  const widths = new Set<number>(PHOTO_WIDTHS);
  if (typeof storedWidths === 'string') for (const w of JSON.parse(storedWidths) as number[]) widths.add(w);
  await getMediaStorage(dir).remove([
    ...[...widths].map((w) => `photos/${key}-${w}.webp`),
    `documents/${key}.pdf`,
    `documents/${key}.webp`,
  ]);
}

/** Deletes a photo or document: its row first, then every file it may have (missing files are fine). */
export async function deleteMedia(db: Db, key: string, dir?: string): Promise<void> {
  if (!isMediaKey(key)) return;
  const rs = await db.$client.execute({ sql: 'DELETE FROM media WHERE key = ? RETURNING widths', args: [key] });
  await removeMediaFiles(key, rs.rows[0]?.widths, dir);
}

/** An upload younger than this is never swept: its draft or certificate may not be written yet. */
export const ORPHAN_GRACE_MS = 60 * 60_000;

// Nothing refers to the media row: no published product photo, no draft's photo list, no certificate.
const UNREFERENCED = `NOT EXISTS (SELECT 1 FROM product_photos pp WHERE pp.media_key = media.key)
  AND NOT EXISTS (SELECT 1 FROM product_drafts d, json_each(d.data, '$.photos') j WHERE j.value = media.key)
  AND NOT EXISTS (SELECT 1 FROM certificates c WHERE c.document_path = media.key)`;

/**
 * Deletes a photo or document if nothing refers to it any more and it is older than `minAgeMs`. The
 * check is inside the DELETE itself, so a photo that a draft or a published product took up meanwhile
 * is never deleted; its files go only when the row went. True when it was deleted.
 */
export async function deleteMediaIfUnused(
  db: Db,
  key: string,
  options: { minAgeMs?: number; now?: number; dir?: string } = {},
): Promise<boolean> {
  if (!isMediaKey(key)) return false;
  const bornBefore = (options.now ?? Date.now()) - (options.minAgeMs ?? 0);
  const rs = await db.$client.execute({
    sql: `DELETE FROM media WHERE key = ? AND created_at <= ? AND ${UNREFERENCED} RETURNING widths`,
    args: [key, bornBefore],
  });
  if (rs.rows.length === 0) return false;
  await removeMediaFiles(key, rs.rows[0]!.widths, options.dir);
  return true;
}

/**
 * The sweep: deletes photos and documents that no draft, product or certificate refers to and that are
 * older than the grace period (uploads in flight), rows and files. The minute sweeper runs it.
 */
export async function deleteOrphanMedia(db: Db, now = Date.now(), dir?: string): Promise<number> {
  const rs = await db.$client.execute({
    sql: `SELECT key FROM media WHERE created_at <= ? AND ${UNREFERENCED} LIMIT 500`,
    args: [now - ORPHAN_GRACE_MS],
  });
  let deleted = 0;
  for (const row of rs.rows) {
    if (await deleteMediaIfUnused(db, String(row.key), { minAgeMs: ORPHAN_GRACE_MS, now, dir })) deleted++;
  }
  return deleted;
}
