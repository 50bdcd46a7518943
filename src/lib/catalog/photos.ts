/** A published product's uploaded photos, for its gallery and the larger view of each (decision 58). */
import { readRows, type Db } from '../../../db/client.ts';
import type { Locale } from '../i18n/locales.ts';
import { photoSrcset, photoUrl } from '../media/store.ts';
import { bestLocaleSql, type Localized } from './localized.ts';

export interface ProductPhoto {
  /** 1-based place in the gallery; the larger view's address uses it. */
  n: number;
  key: string;
  /** The 640 px file (or the widest there is below it): the main image. */
  src: string;
  /** `src` and a file twice as wide for high-density screens, when there is one. */
  srcset2x: string | undefined;
  srcset: string;
  /** The smallest stored file, for thumbnails. */
  thumb: string;
  /** The widest stored file. */
  large: string;
  width: number;
  height: number;
}

/** Turns a media row into the addresses a page needs. */
export function photoView(n: number, key: string, widths: number[], width: number, height: number): ProductPhoto {
  const sorted = [...widths].sort((a, b) => a - b);
  const main = [...sorted].reverse().find((w) => w <= 640) ?? sorted[0]!;
  return {
    n,
    key,
    src: photoUrl(key, main),
    srcset2x: sorted.some((w) => w >= main * 2)
      ? `${photoUrl(
          key,
          sorted.find((w) => w >= main * 2)!,
        )} 2x`
      : undefined,
    srcset: photoSrcset(key, sorted),
    thumb: photoUrl(key, sorted[0]!),
    large: photoUrl(key, sorted[sorted.length - 1]!),
    width,
    height,
  };
}

/** Every photo of a product, in the producer's order. */
export async function listProductPhotos(db: Db, product: number | { slug: string }): Promise<ProductPhoto[]> {
  // By slug, for a product page that reads them in the same batch as the product (decision 73).
  const rows = await readRows(
    db,
    `SELECT m.key, m.widths, m.width, m.height FROM product_photos pp JOIN media m ON m.key = pp.media_key
     WHERE pp.product_id = ${typeof product === 'number' ? '?' : `(SELECT id FROM products WHERE slug = ? AND status = 'published')`}
       AND m.kind = 'photo' ORDER BY pp.sort, pp.created_at`,
    [typeof product === 'number' ? product : product.slug],
  );
  return rows
    .map((r) => ({ r, widths: JSON.parse(String(r.widths ?? '[]')) as number[] }))
    .filter(({ widths }) => widths.length > 0)
    .map(({ r, widths }, i) => photoView(i + 1, String(r.key), widths, Number(r.width), Number(r.height)));
}

export interface PhotoPage {
  slug: string;
  name: Localized;
  photo: ProductPhoto;
  count: number;
  prev: number | null;
  next: number | null;
}

/** The larger view of a published product's photo number `n`, or null when there is no such photo. */
export async function getPhotoPage(db: Db, locale: Locale, slug: string, n: number): Promise<PhotoPage | null> {
  if (!Number.isSafeInteger(n) || n < 1) return null;
  const [p] = await readRows(
    db,
    `SELECT p.id, p.slug, pt.name, pt.locale FROM products p
     LEFT JOIN product_translations pt ON pt.product_id = p.id AND pt.locale = ${bestLocaleSql('product_translations', 'product_id', 'p.id', locale)}
     WHERE p.slug = ? AND p.status = 'published'`,
    [slug],
  );
  if (!p) return null;
  const photos = await listProductPhotos(db, Number(p.id));
  const photo = photos[n - 1];
  if (!photo) return null;
  return {
    slug: String(p.slug),
    name: { text: String(p.name ?? ''), locale: (p.locale ?? 'en') as Locale },
    photo,
    count: photos.length,
    prev: n > 1 ? n - 1 : null,
    next: n < photos.length ? n + 1 : null,
  };
}
