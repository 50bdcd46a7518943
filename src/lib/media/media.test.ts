import { mkdtempSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/client.ts';
import {
  brokenJpegBytes,
  executableBytes,
  EXIF_COPYRIGHT,
  hugeBytes,
  jpegBytes,
  pdfBytes,
  pngBytes,
  webpBytes,
} from '../../../tests/factories/files.ts';
import { freshDb } from '../../../tests/support/db.ts';
import { looksLikeCompletePdf, sniffType } from './sniff.ts';
import {
  deleteMedia,
  isMediaKey,
  MAX_UPLOAD_BYTES,
  photoSrcset,
  photoUrl,
  readDocument,
  readPhotoFile,
  storeDocument,
  storePhoto,
  type UploadError,
} from './store.ts';

let db: Db;
let dir: string;

beforeAll(async () => {
  db = await freshDb();
});
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ovop-media-'));
  await db.$client.execute('DELETE FROM media');
});

/** Every file under the upload folder, temp files included, as paths relative to it. */
function filesIn(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1))
    .sort();
}

async function mediaRows(): Promise<Record<string, unknown>[]> {
  const rs = await db.$client.execute('SELECT * FROM media ORDER BY key');
  return rs.rows as unknown as Record<string, unknown>[];
}

async function expectNothingLeft(): Promise<void> {
  expect(filesIn(dir)).toEqual([]);
  expect(await mediaRows()).toEqual([]);
}

const upload = (bytes: Uint8Array) => ({ bytes, producerId: null, uploadedBy: null });

function photoPath(key: string, width: number): string {
  return join(dir, 'photos', `${key}-${width}.webp`);
}

describe('sniffing by content', () => {
  it('tells the four accepted types by their first bytes, whatever they are called', async () => {
    expect(sniffType(await jpegBytes(300, 300))).toBe('jpeg');
    expect(sniffType(await pngBytes(300, 300))).toBe('png');
    expect(sniffType(await webpBytes(300, 300))).toBe('webp');
    expect(sniffType(pdfBytes())).toBe('pdf');
    expect(sniffType(executableBytes())).toBeNull();
    expect(sniffType(new TextEncoder().encode('RIFF\0\0\0\0WAVEfmt '))).toBeNull();
    expect(sniffType(new Uint8Array([0xff, 0xd8]))).toBeNull();
  });
  it('wants a PDF to end with %%EOF', () => {
    const pdf = pdfBytes();
    expect(looksLikeCompletePdf(pdf)).toBe(true);
    expect(looksLikeCompletePdf(pdf.subarray(0, pdf.length - 20))).toBe(false);
  });
});

describe('storePhoto', () => {
  it('stores a JPEG as WebP at 320, 640 and 1280 px with one media row', async () => {
    const result = await storePhoto(db, { bytes: await jpegBytes(1600, 1200), producerId: null, uploadedBy: 7 }, dir);
    if (!result.ok) throw new Error(result.error);
    const { key, widths, width, height } = result.photo;
    expect(isMediaKey(key)).toBe(true);
    expect(widths).toEqual([320, 640, 1280]);
    expect({ width, height }).toEqual({ width: 1280, height: 960 });
    expect(filesIn(dir)).toEqual(widths.map((w) => `photos/${key}-${w}.webp`).sort());
    for (const w of widths) {
      const meta = await sharp(photoPath(key, w)).metadata();
      expect(meta).toMatchObject({ format: 'webp', width: w, height: (w * 3) / 4 });
    }
    const [row] = await mediaRows();
    expect(row).toMatchObject({
      key,
      kind: 'photo',
      mime: 'image/webp',
      widths: '[320,640,1280]',
      width: 1280,
      height: 960,
      producer_id: null,
      uploaded_by: 7,
    });
    const total = widths.reduce((sum, w) => sum + readFileSync(photoPath(key, w)).length, 0);
    expect(row!.bytes).toBe(total);
  });

  it('accepts PNG and WebP, producing only the widths an image has', async () => {
    for (const bytes of [await pngBytes(800, 600), await webpBytes(800, 600)]) {
      const result = await storePhoto(db, upload(bytes), dir);
      if (!result.ok) throw new Error(result.error);
      expect(result.photo).toMatchObject({ widths: [320, 640], width: 640, height: 480 });
    }
    expect(await mediaRows()).toHaveLength(2);
  });

  it('keeps its own width when narrower than the smallest size', async () => {
    const result = await storePhoto(db, upload(await pngBytes(300, 240)), dir);
    if (!result.ok) throw new Error(result.error);
    expect(result.photo).toMatchObject({ widths: [300], width: 300, height: 240 });
    expect(existsSync(photoPath(result.photo.key, 300))).toBe(true);
  });

  it('strips every piece of metadata: EXIF, GPS, ICC, XMP', async () => {
    const original = await jpegBytes(1400, 1000);
    const before = await sharp(original).metadata();
    expect(before.exif?.toString('latin1')).toContain(EXIF_COPYRIGHT);
    expect(before.icc).toBeDefined();
    const result = await storePhoto(db, upload(original), dir);
    if (!result.ok) throw new Error(result.error);
    for (const w of result.photo.widths) {
      const bytes = readFileSync(photoPath(result.photo.key, w));
      const meta = await sharp(bytes).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.icc).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.iptc).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
      const text = bytes.toString('latin1');
      for (const planted of ['Exif', 'EXIF', 'ICCP', 'XMP ', EXIF_COPYRIGHT, 'OVOPCam']) {
        expect(text).not.toContain(planted);
      }
    }
  });

  it('turns the picture upright by its EXIF orientation', async () => {
    // Stored 800×600 with orientation 6 ("rotate 90° clockwise"): shown 600×800, the stored bottom-left
    // corner (no red, full green) becomes the top-left one.
    const result = await storePhoto(db, upload(await jpegBytes(800, 600, { orientation: 6 })), dir);
    if (!result.ok) throw new Error(result.error);
    expect(result.photo).toMatchObject({ widths: [320], width: 320 });
    expect(result.photo.height).toBeGreaterThan(result.photo.width);
    const { data } = await sharp(photoPath(result.photo.key, 320))
      .extract({ left: 2, top: 2, width: 1, height: 1 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(data[0]).toBeLessThan(40);
    expect(data[1]).toBeGreaterThan(215);
  });

  const refusals: [string, () => Promise<Uint8Array> | Uint8Array, UploadError][] = [
    ['an executable renamed photo.jpg', () => executableBytes(), 'not_image'],
    ['a PDF', () => pdfBytes(), 'not_image'],
    ['a JPEG cut off in the middle', () => brokenJpegBytes(), 'broken_image'],
    [
      'magic bytes of a JPEG and nothing else',
      () => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0]),
      'broken_image',
    ],
    ['an empty file', () => new Uint8Array(0), 'empty'],
    ['an image under 200 px on its short side', () => pngBytes(640, 150), 'too_small'],
    ['a file just over 10 MB', () => hugeBytes(MAX_UPLOAD_BYTES / 1024 / 1024 + 0.001), 'too_large'],
  ];
  for (const [name, make, error] of refusals) {
    it(`refuses ${name} (${error}) and leaves nothing behind`, async () => {
      expect(await storePhoto(db, upload(await make()), dir)).toEqual({ ok: false, error });
      await expectNothingLeft();
    });
  }

  it('refuses 50 MB at once, before decoding anything', async () => {
    const bytes = hugeBytes(50);
    const started = performance.now();
    expect(await storePhoto(db, upload(bytes), dir)).toEqual({ ok: false, error: 'too_large' });
    expect(performance.now() - started).toBeLessThan(100);
    await expectNothingLeft();
  });

  it('refuses a decompression bomb by its pixel count, before decoding it', async () => {
    // 10 000 × 6 000 = 60 MP of one colour compresses to a few kilobytes.
    const bomb = await sharp({ create: { width: 10_000, height: 6_000, channels: 3, background: '#fff' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(MAX_UPLOAD_BYTES);
    expect(await storePhoto(db, upload(bomb), dir)).toEqual({ ok: false, error: 'too_large' });
    await expectNothingLeft();
  });

  it('removes the files it wrote when the row cannot be inserted', async () => {
    // No producer 999 999: the foreign key fails after all three files are in place.
    const input = { bytes: await jpegBytes(1600, 1200), producerId: 999_999, uploadedBy: null };
    await expect(storePhoto(db, input, dir)).rejects.toThrow();
    await expectNothingLeft();
  });
});

describe('storeDocument and readDocument', () => {
  it('keeps a PDF byte for byte and reads it back', async () => {
    const pdf = pdfBytes();
    const result = await storeDocument(db, { bytes: pdf, producerId: null, uploadedBy: 3 }, dir);
    if (!result.ok) throw new Error(result.error);
    expect(result.mime).toBe('application/pdf');
    expect(filesIn(dir)).toEqual([`documents/${result.key}.pdf`]);
    const [row] = await mediaRows();
    expect(row).toMatchObject({ kind: 'document', mime: 'application/pdf', bytes: pdf.length, widths: null });
    const read = await readDocument(db, result.key, dir);
    expect(read).toMatchObject({ mime: 'application/pdf', filename: `document-${result.key}.pdf` });
    expect(Buffer.from(read!.bytes).equals(Buffer.from(pdf))).toBe(true);
  });

  it('re-encodes a scanned image to one WebP at most 2000 px wide, without metadata', async () => {
    const result = await storeDocument(db, upload(await jpegBytes(2400, 1800)), dir);
    if (!result.ok) throw new Error(result.error);
    expect(result.mime).toBe('image/webp');
    expect(filesIn(dir)).toEqual([`documents/${result.key}.webp`]);
    const read = (await readDocument(db, result.key, dir))!;
    expect(read.mime).toBe('image/webp');
    const meta = await sharp(read.bytes).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 2000, height: 1500 });
    expect(meta.exif).toBeUndefined();
    expect(Buffer.from(read.bytes).toString('latin1')).not.toContain(EXIF_COPYRIGHT);
    expect((await mediaRows())[0]).toMatchObject({ kind: 'document', width: 2000, height: 1500 });
  });

  it('keeps a smaller scan at its own size', async () => {
    const result = await storeDocument(db, upload(await pngBytes(900, 1200)), dir);
    if (!result.ok) throw new Error(result.error);
    const meta = await sharp((await readDocument(db, result.key, dir))!.bytes).metadata();
    expect(meta).toMatchObject({ width: 900, height: 1200 });
  });

  const refusals: [string, () => Promise<Uint8Array> | Uint8Array, UploadError][] = [
    ['an executable', () => executableBytes(), 'not_document'],
    ['a PDF cut off before %%EOF', () => pdfBytes().subarray(0, 200), 'not_document'],
    ['plain text', () => new TextEncoder().encode('certificate: trust me'), 'not_document'],
    ['a broken JPEG', () => brokenJpegBytes(), 'broken_image'],
    ['a tiny image', () => pngBytes(120, 120), 'too_small'],
    ['an empty file', () => new Uint8Array(0), 'empty'],
    ['50 MB', () => hugeBytes(50), 'too_large'],
  ];
  for (const [name, make, error] of refusals) {
    it(`refuses ${name} (${error}) and leaves nothing behind`, async () => {
      expect(await storeDocument(db, upload(await make()), dir)).toEqual({ ok: false, error });
      await expectNothingLeft();
    });
  }

  it('reads documents only: not photos, not unknown or malformed keys, not lost files', async () => {
    const photo = await storePhoto(db, upload(await pngBytes(400, 400)), dir);
    if (!photo.ok) throw new Error(photo.error);
    expect(await readDocument(db, photo.photo.key, dir)).toBeNull();
    expect(await readDocument(db, 'A'.repeat(22), dir)).toBeNull();
    expect(await readDocument(db, '../../../../etc/passwd', dir)).toBeNull();
    const doc = await storeDocument(db, upload(pdfBytes()), dir);
    if (!doc.ok) throw new Error(doc.error);
    expect(await readDocument(db, doc.key, join(dir, 'elsewhere'))).toBeNull();
  });
});

describe('deleteMedia', () => {
  it('removes a photo’s files and row', async () => {
    const kept = await storePhoto(db, upload(await pngBytes(700, 500)), dir);
    const gone = await storePhoto(db, upload(await jpegBytes(1300, 900)), dir);
    if (!kept.ok || !gone.ok) throw new Error('upload failed');
    await deleteMedia(db, gone.photo.key, dir);
    expect(filesIn(dir)).toEqual(kept.photo.widths.map((w) => `photos/${kept.photo.key}-${w}.webp`).sort());
    expect((await mediaRows()).map((r) => r.key)).toEqual([kept.photo.key]);
  });

  it('removes a document’s file and row, and ignores unknown or malformed keys', async () => {
    const doc = await storeDocument(db, upload(pdfBytes()), dir);
    if (!doc.ok) throw new Error(doc.error);
    await deleteMedia(db, '../documents', dir);
    await deleteMedia(db, 'B'.repeat(22), dir);
    expect(filesIn(dir)).toHaveLength(1);
    await deleteMedia(db, doc.key, dir);
    await expectNothingLeft();
    expect(await readDocument(db, doc.key, dir)).toBeNull();
  });
});

describe('keys, addresses and serving', () => {
  it('accepts only 22 base64url characters as a key', () => {
    expect(isMediaKey('AbCdEfGhIjKlMnOpQrSt-_')).toBe(true);
    for (const bad of [
      '../x',
      '',
      'A'.repeat(21),
      'A'.repeat(23),
      'AbCdEfGhIjKlMnOpQrSt/_',
      'AbCdEfGhIjKlMnOpQrS..x',
      'AbCdEfGhIjKlMnOpQrSt-\n',
    ]) {
      expect(isMediaKey(bad)).toBe(false);
    }
  });

  it('builds photo addresses and a srcset', () => {
    const key = 'AbCdEfGhIjKlMnOpQrSt-_';
    expect(photoUrl(key, 640)).toBe(`/media/photos/${key}-640.webp`);
    expect(photoSrcset(key, [320, 640])).toBe(`/media/photos/${key}-320.webp 320w, /media/photos/${key}-640.webp 640w`);
  });

  it('serves stored photo files by their exact name only, never documents or other paths', async () => {
    const photo = await storePhoto(db, upload(await pngBytes(400, 400)), dir);
    const doc = await storeDocument(db, upload(pdfBytes()), dir);
    if (!photo.ok || !doc.ok) throw new Error('upload failed');
    const file = `${photo.photo.key}-320.webp`;
    const served = (await readPhotoFile(file, dir))!;
    expect(Buffer.from(served).equals(readFileSync(photoPath(photo.photo.key, 320)))).toBe(true);
    for (const bad of [
      `${photo.photo.key}-640.webp`,
      `${doc.key}.pdf`,
      `../documents/${doc.key}.pdf`,
      `..%2Fdocuments%2F${doc.key}.pdf`,
      `${photo.photo.key}-320.webp/`,
      `${photo.photo.key}-320.webp.tmp`,
      `${photo.photo.key}-0320.webp`,
      '..',
      '',
    ]) {
      expect(await readPhotoFile(bad, dir)).toBeNull();
    }
  });
});
