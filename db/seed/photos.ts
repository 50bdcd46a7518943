/**
 * Sample photos for one demo product, so a fresh shop shows the gallery of every uploaded photo
 * (decision 58). They are the shop's own drawings rendered to pixels with sharp and stored through the
 * same pipeline as a producer's upload (src/lib/media/store.ts): WebP at every width, a media row each.
 */
import sharp from 'sharp';
import type { Db } from '../client.ts';
import { illustrationSvg, type Kind, type Tint } from '../../src/lib/media/illustration.ts';
import { photoUrl, storePhoto } from '../../src/lib/media/store.ts';

/** The demo product that has photos, and the scenes drawn for it. */
export const SAMPLE_PHOTO_PRODUCT = 'white-sainfoin-honey';
const SCENES: { kind: Kind; tint: Tint; variant: number; beside?: { kind: Kind; tint: Tint; variant: number } }[] = [
  { kind: 'honey-jar', tint: 'cream', variant: 0 },
  { kind: 'honeycomb', tint: 'cream', variant: 9 },
  { kind: 'honey-jar', tint: 'cream', variant: 18, beside: { kind: 'herb-bunch', tint: 'red', variant: 18 } },
];
const SIDE = 1280;

/** One scene as a square PNG: a drawing, or two side by side. */
async function scenePng(scene: (typeof SCENES)[number]): Promise<Uint8Array> {
  const inner = (s: { kind: Kind; tint: Tint; variant: number }, x: number, width: number) =>
    illustrationSvg(s.kind, s.tint, s.variant).replace(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400">',
      `<svg x="${x}" y="${(400 - width) / 2}" width="${width}" height="${width}" viewBox="0 0 400 400">`,
    );
  const body = scene.beside
    ? `<rect width="400" height="400" fill="#f4ead6"/>${inner(scene, 0, 220)}${inner(scene.beside, 180, 220)}`
    : inner(scene, 0, 400);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIDE}" height="${SIDE}" viewBox="0 0 400 400">${body}</svg>`;
  return sharp(Buffer.from(svg)).png({ compressionLevel: 2 }).toBuffer();
}

/** Gives the sample product its photos (unless it has some); returns how many were stored. */
export async function attachSamplePhotos(db: Db, dir?: string): Promise<number> {
  const rs = await db.$client.execute({
    sql: `SELECT p.id, p.producer_id FROM products p WHERE p.slug = ?
            AND NOT EXISTS (SELECT 1 FROM product_photos pp WHERE pp.product_id = p.id)`,
    args: [SAMPLE_PHOTO_PRODUCT],
  });
  const product = rs.rows[0];
  if (!product) return 0;
  const keys: string[] = [];
  for (const scene of SCENES) {
    const stored = await storePhoto(
      db,
      { bytes: await scenePng(scene), producerId: Number(product.producer_id), uploadedBy: null },
      dir,
    );
    if (!stored.ok) throw new Error(`sample photo: ${stored.error}`);
    keys.push(stored.photo.key);
  }
  await db.$client.batch(
    [
      ...keys.map((key, sort) => ({
        sql: 'INSERT INTO product_photos (product_id, media_key, sort) VALUES (?, ?, ?)',
        args: [Number(product.id), key, sort],
      })),
      { sql: 'UPDATE products SET image = ? WHERE id = ?', args: [photoUrl(keys[0]!, 640), Number(product.id)] },
    ],
    'write',
  );
  return keys.length;
}
