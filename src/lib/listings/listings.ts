/**
 * Listings: a producer edits a draft of a product; staff approve it (the draft is copied over what
 * buyers see) or reject it with a reason. Every step is written to the audit log in the same batch.
 */
import type { InStatement } from '@libsql/client';
import { randomBytes } from 'node:crypto';
import type { Db } from '../../../db/client.ts';
import { auditStatement } from '../audit/audit.ts';
import { reindexProducts } from '../catalog/search-index.ts';
import { localizedColumnSql } from '../catalog/localized.ts';
import { slugFromName } from '../catalog/slug.ts';
import { fallbackChain, LOCALES, type Locale } from '../i18n/locales.ts';
import { deleteMediaIfUnused, photoUrl } from '../media/store.ts';
import { ListingDraft, MAX_PHOTOS, submissionProblems, type FormErrors } from './draft.ts';

export interface Actor {
  userId: number;
  ip?: string | null;
}
export interface ProducerActor extends Actor {
  producerId: number;
}

export type ProductStatus = 'draft' | 'in_review' | 'published' | 'archived';
export type DraftStatus = 'editing' | 'in_review' | 'rejected';

export const REJECT_REASONS = [
  'photos',
  'translation',
  'description',
  'price',
  'certificate',
  'not_village_product',
  'other',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export interface Listing {
  id: number;
  slug: string;
  producerId: number;
  status: ProductStatus;
  /** What buyers see now (null before the first approval). */
  published: ListingDraft | null;
  /** The producer's pending changes (null when there are none). */
  draft: ListingDraft | null;
  draftStatus: DraftStatus | null;
  rejectReason: RejectReason | null;
  rejectNote: string | null;
  submittedAt: number | null;
}

/** The name of a listing in a language, falling back like the catalogue does. */
export function listingName(listing: ListingDraft, locale: Locale): string {
  for (const l of fallbackChain(locale)) if (listing.texts[l].name) return listing.texts[l].name;
  return '';
}

/** What buyers see of a product now, in the draft's shape; null for a product never published. */
export async function publishedSnapshot(db: Db, productId: number): Promise<ListingDraft | null> {
  const [product, texts, variants, labels, photos] = await db.$client.batch(
    [
      { sql: `SELECT * FROM products WHERE id = ? AND published_at IS NOT NULL`, args: [productId] },
      { sql: `SELECT * FROM product_translations WHERE product_id = ?`, args: [productId] },
      { sql: `SELECT * FROM variants WHERE product_id = ? AND active = 1 ORDER BY sort, id`, args: [productId] },
      {
        sql: `SELECT vt.* FROM variant_translations vt JOIN variants v ON v.id = vt.variant_id WHERE v.product_id = ?`,
        args: [productId],
      },
      { sql: `SELECT media_key FROM product_photos WHERE product_id = ? ORDER BY sort`, args: [productId] },
    ],
    'read',
  );
  const p = product!.rows[0];
  if (!p) return null;
  const blank = () => ({ name: '', description: '', ingredients: '' });
  const t = { ky: blank(), ru: blank(), en: blank() };
  for (const r of texts!.rows) {
    t[r.locale as Locale] = {
      name: String(r.name),
      description: String(r.description),
      ingredients: String(r.ingredients),
    };
  }
  const optional = (v: unknown) => (v === null || v === undefined ? undefined : Number(v));
  return {
    categoryId: Number(p.category_id),
    texts: t,
    variants: variants!.rows.map((v) => {
      const label = { ky: '', ru: '', en: '' };
      for (const l of labels!.rows)
        if (Number(l.variant_id) === Number(v.id)) label[l.locale as Locale] = String(l.label);
      return {
        id: Number(v.id),
        sku: String(v.sku),
        ...(v.barcode ? { barcode: String(v.barcode) } : {}),
        label,
        priceTiyin: Number(v.price_tiyin),
        weightGrams: Number(v.weight_grams),
        // As the editor stores it (digits only), so an untouched size does not read as changed on review.
        ...(v.hs_code ? { hsCode: String(v.hs_code).replace(/[\s.]/g, '') } : {}),
        ...(v.net_weight_grams ? { netWeightGrams: Number(v.net_weight_grams) } : {}),
      };
    }),
    photos: photos!.rows.map((r) => String(r.media_key)),
    shelfLifeDays: optional(p.shelf_life_days),
    minOrderQty: optional(p.min_order_qty),
    monthlyCapacity: optional(p.monthly_capacity),
    leadTimeDays: optional(p.lead_time_days),
  };
}

/** A listing with its published state and pending draft; scoped to one producer when `producerId` is given. */
export async function getListing(db: Db, productId: number, producerId: number | null): Promise<Listing | null> {
  const rs = await db.$client.execute({
    sql: `SELECT p.id, p.slug, p.producer_id, p.status, d.data, d.status AS draft_status, d.reject_reason,
                 d.reject_note, d.submitted_at
            FROM products p LEFT JOIN product_drafts d ON d.product_id = p.id
           WHERE p.id = ? ${producerId === null ? '' : 'AND p.producer_id = ?'}`,
    args: producerId === null ? [productId] : [productId, producerId],
  });
  const r = rs.rows[0];
  if (!r) return null;
  return {
    id: Number(r.id),
    slug: String(r.slug),
    producerId: Number(r.producer_id),
    status: r.status as ProductStatus,
    published: await publishedSnapshot(db, productId),
    draft: r.data === null ? null : ListingDraft.parse(JSON.parse(String(r.data))),
    draftStatus: (r.draft_status as DraftStatus | null) ?? null,
    rejectReason: (r.reject_reason as RejectReason | null) ?? null,
    rejectNote: r.reject_note === null ? null : String(r.reject_note),
    submittedAt: r.submitted_at === null ? null : Number(r.submitted_at),
  };
}

/** Creates an unpublished product and its first draft; returns the product id. */
export async function createListing(db: Db, actor: ProducerActor, draft: ListingDraft): Promise<number> {
  const slug = `draft-${randomBytes(6).toString('hex')}`;
  const rs = await db.$client.execute({
    sql: `INSERT INTO products (slug, producer_id, category_id, status) VALUES (?, ?, ?, 'draft') RETURNING id`,
    args: [slug, actor.producerId, draft.categoryId],
  });
  const id = Number(rs.rows[0]!.id);
  const filled = withSkus(id, draft);
  await db.$client.batch(
    [
      {
        sql: `INSERT INTO product_drafts (product_id, data, status) VALUES (?, ?, 'editing')`,
        args: [id, JSON.stringify(filled)],
      },
      auditStatement({
        userId: actor.userId,
        action: 'listing_created',
        entity: 'product',
        entityId: id,
        after: filled,
        ip: actor.ip,
      }),
    ],
    'write',
  );
  return id;
}

/** Gives variants without a SKU one the shop can print: OVP-<product>-<n>. */
function withSkus(productId: number, draft: ListingDraft): ListingDraft {
  const taken = new Set(draft.variants.map((v) => v.sku).filter(Boolean));
  let n = 1;
  const variants = draft.variants.map((v) => {
    if (v.sku) return v;
    while (taken.has(`OVP-${productId}-${n}`)) n++;
    const sku = `OVP-${productId}-${n}`;
    taken.add(sku);
    return { ...v, sku };
  });
  return { ...draft, variants };
}

/** SKUs and barcodes of the draft already used by another product, as field errors. */
async function uniquenessErrors(db: Db, productId: number, draft: ListingDraft): Promise<FormErrors> {
  const errors: FormErrors = {};
  const checks: InStatement[] = draft.variants.map((v) => ({
    sql: `SELECT (SELECT count(*) FROM variants WHERE sku = ? AND product_id != ?) AS sku,
                 (SELECT count(*) FROM variants WHERE barcode = ? AND product_id != ?) AS barcode`,
    args: [v.sku, productId, v.barcode ?? null, productId],
  }));
  if (checks.length === 0) return errors;
  const results = await db.$client.batch(checks, 'read');
  results.forEach((r, i) => {
    if (Number(r.rows[0]!.sku) > 0) errors[`v${i}_sku`] = 'listing.error.sku_taken';
    if (Number(r.rows[0]!.barcode) > 0) errors[`v${i}_barcode`] = 'listing.error.barcode_taken';
  });
  return errors;
}

/**
 * Saves the producer's changes as the draft (back to `editing` if it was in review or rejected).
 * Variant ids must be the product's own; SKUs and barcodes must be free.
 */
export async function saveListingDraft(
  db: Db,
  actor: ProducerActor,
  productId: number,
  draft: ListingDraft,
): Promise<{ ok: true; draft: ListingDraft } | { ok: false; errors: FormErrors }> {
  const listing = await getListing(db, productId, actor.producerId);
  if (!listing) return { ok: false, errors: { form: 'listing.error.not_found' } };
  return writeDraft(db, actor, listing, draft);
}

/** Saves a draft for a listing already loaded (and scoped to the producer) by the caller. */
async function writeDraft(
  db: Db,
  actor: ProducerActor,
  listing: Listing,
  draft: ListingDraft,
): Promise<{ ok: true; draft: ListingDraft } | { ok: false; errors: FormErrors }> {
  const productId = listing.id;
  if (listing.status === 'archived') return { ok: false, errors: { form: 'listing.error.not_found' } };
  const own = new Set((listing.published?.variants ?? []).map((v) => v.id));
  for (const v of listing.draft?.variants ?? []) if (v.id) own.add(v.id);
  if (draft.variants.some((v) => v.id && !own.has(v.id)))
    return { ok: false, errors: { form: 'listing.error.not_found' } };
  const filled = withSkus(productId, draft);
  const errors = await uniquenessErrors(db, productId, filled);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  await db.$client.batch(
    [
      {
        sql: `INSERT INTO product_drafts (product_id, data, status) VALUES (?, ?, 'editing')
              ON CONFLICT (product_id) DO UPDATE SET data = excluded.data, status = 'editing',
                updated_at = unixepoch('subsec') * 1000`,
        args: [productId, JSON.stringify(filled)],
      },
      { sql: `UPDATE products SET status = 'draft' WHERE id = ? AND status = 'in_review'`, args: [productId] },
      auditStatement({
        userId: actor.userId,
        action: 'listing_saved',
        entity: 'product',
        entityId: productId,
        before: listing.draft ?? listing.published,
        after: filled,
        ip: actor.ip,
      }),
    ],
    'write',
  );
  return { ok: true, draft: filled };
}

/** Sends the draft to the review queue; returns what still stops it (empty when it went). */
export async function submitListing(db: Db, actor: ProducerActor, productId: number): Promise<string[]> {
  const listing = await getListing(db, productId, actor.producerId);
  if (!listing?.draft) return ['listing.submit.nothing'];
  const problems = submissionProblems(listing.draft);
  if (problems.length > 0) return problems;
  await db.$client.batch(
    [
      {
        sql: `UPDATE product_drafts SET status = 'in_review', submitted_at = ?, reject_reason = NULL, reject_note = NULL,
                updated_at = unixepoch('subsec') * 1000 WHERE product_id = ?`,
        args: [Date.now(), productId],
      },
      { sql: `UPDATE products SET status = 'in_review' WHERE id = ? AND status = 'draft'`, args: [productId] },
      auditStatement({
        userId: actor.userId,
        action: 'listing_submitted',
        entity: 'product',
        entityId: productId,
        ip: actor.ip,
      }),
    ],
    'write',
  );
  return [];
}

/** Publishes the draft: texts, variants, photos and terms replace what buyers saw. */
export async function approveListing(
  db: Db,
  actor: Actor,
  productId: number,
): Promise<{ ok: true; slug: string } | { ok: false; error: 'not_in_review' | 'sku_taken' }> {
  const listing = await getListing(db, productId, null);
  if (!listing?.draft || listing.draftStatus !== 'in_review') return { ok: false, error: 'not_in_review' };
  const d = listing.draft;
  const now = Date.now();
  const slug = listing.slug.startsWith('draft-')
    ? `${slugFromName(listingName(d, 'en'), 'product')}-${productId}`
    : listing.slug;
  const statements: InStatement[] = [
    {
      sql: `UPDATE products SET slug = ?, category_id = ?, shelf_life_days = ?, min_order_qty = ?, monthly_capacity = ?,
              lead_time_days = ?, image = ?, status = 'published', published_at = coalesce(published_at, ?),
              updated_at = ? WHERE id = ?`,
      args: [
        slug,
        d.categoryId,
        d.shelfLifeDays ?? null,
        d.minOrderQty ?? null,
        d.monthlyCapacity ?? null,
        d.leadTimeDays ?? null,
        d.photos[0] ? photoUrl(d.photos[0], 640) : null,
        now,
        now,
        productId,
      ],
    },
  ];
  for (const l of LOCALES) {
    const t = d.texts[l];
    statements.push(
      t.name
        ? {
            sql: `INSERT INTO product_translations (product_id, locale, name, description, ingredients) VALUES (?, ?, ?, ?, ?)
                  ON CONFLICT (product_id, locale) DO UPDATE SET name = excluded.name, description = excluded.description,
                    ingredients = excluded.ingredients, updated_at = unixepoch('subsec') * 1000`,
            args: [productId, l, t.name, t.description, t.ingredients],
          }
        : { sql: `DELETE FROM product_translations WHERE product_id = ? AND locale = ?`, args: [productId, l] },
    );
  }
  const kept = d.variants.filter((v) => v.id).map((v) => v.id!);
  statements.push({
    sql: `UPDATE variants SET active = 0 WHERE product_id = ? AND id NOT IN (${kept.map(() => '?').join(',') || 'NULL'})`,
    args: [productId, ...kept],
  });
  d.variants.forEach((v, sort) => {
    const fields = [
      v.sku,
      v.barcode ?? null,
      v.priceTiyin,
      v.weightGrams,
      v.hsCode ?? null,
      v.netWeightGrams ?? null,
      sort,
    ];
    statements.push(
      v.id
        ? {
            sql: `UPDATE variants SET sku = ?, barcode = ?, price_tiyin = ?, weight_grams = ?, hs_code = ?, net_weight_grams = ?,
                    sort = ?, active = 1,
                    updated_at = unixepoch('subsec') * 1000 WHERE id = ? AND product_id = ?`,
            args: [...fields, v.id, productId],
          }
        : {
            sql: `INSERT INTO variants (sku, barcode, price_tiyin, weight_grams, hs_code, net_weight_grams, sort, product_id)
                  VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
            args: [...fields, productId],
          },
    );
    for (const l of LOCALES) {
      // A variant without a label in any language is named by its weight.
      const label =
        v.label[l] || (LOCALES.every((x) => !v.label[x]) ? `${v.weightGrams} ${l === 'en' ? 'g' : 'г'}` : '');
      statements.push(
        label
          ? {
              sql: `INSERT INTO variant_translations (variant_id, locale, label) SELECT id, ?, ? FROM variants WHERE sku = ?
                    ON CONFLICT (variant_id, locale) DO UPDATE SET label = excluded.label, updated_at = unixepoch('subsec') * 1000`,
              args: [l, label, v.sku],
            }
          : {
              sql: `DELETE FROM variant_translations WHERE locale = ? AND variant_id = (SELECT id FROM variants WHERE sku = ?)`,
              args: [l, v.sku],
            },
      );
    }
  });
  statements.push({ sql: `DELETE FROM product_photos WHERE product_id = ?`, args: [productId] });
  d.photos.forEach((key, sort) =>
    statements.push({
      sql: `INSERT INTO product_photos (product_id, media_key, sort) VALUES (?, ?, ?)`,
      args: [productId, key, sort],
    }),
  );
  statements.push(
    { sql: `DELETE FROM product_drafts WHERE product_id = ?`, args: [productId] },
    auditStatement({
      userId: actor.userId,
      action: 'listing_approved',
      entity: 'product',
      entityId: productId,
      before: listing.published,
      after: d,
      ip: actor.ip,
    }),
  );
  try {
    await db.$client.batch(statements, 'write');
  } catch (error) {
    if (/UNIQUE constraint failed: variants\.(sku|barcode)/.test(String(error)))
      return { ok: false, error: 'sku_taken' };
    throw error;
  }
  await reindexProducts(db, [productId]);
  // Photos the published product showed and the approved draft dropped go at once, rows and files, unless
  // something else still refers to them (the check is inside the DELETE), so a replaced photo is not served on.
  for (const key of listing.published?.photos ?? []) if (!d.photos.includes(key)) await deleteMediaIfUnused(db, key);
  return { ok: true, slug };
}

/** Sends the draft back to the producer with a reason they read in their own language. */
export async function rejectListing(
  db: Db,
  actor: Actor,
  productId: number,
  reason: RejectReason,
  note: string,
): Promise<boolean> {
  const listing = await getListing(db, productId, null);
  if (listing?.draftStatus !== 'in_review') return false;
  const results = await db.$client.batch(
    [
      { sql: `UPDATE products SET status = 'draft' WHERE id = ? AND status = 'in_review'`, args: [productId] },
      auditStatement({
        userId: actor.userId,
        action: 'listing_rejected',
        entity: 'product',
        entityId: productId,
        after: { reason, note },
        ip: actor.ip,
      }),
      {
        sql: `UPDATE product_drafts SET status = 'rejected', reject_reason = ?, reject_note = ?, reviewed_by = ?, reviewed_at = ?,
                updated_at = unixepoch('subsec') * 1000 WHERE product_id = ? AND status = 'in_review'`,
        args: [reason, note || null, actor.userId, Date.now(), productId],
      },
    ],
    'write',
  );
  return results[2]!.rowsAffected > 0;
}

export interface ListingRow {
  id: number;
  slug: string;
  name: string;
  status: ProductStatus;
  draftStatus: DraftStatus | null;
  rejectReason: RejectReason | null;
  photo: string | null;
  homeStock: number;
  shopStock: number;
  updatedAt: number;
}

/** A producer's products, newest change first, named from the draft when there is one. */
export async function listProducerListings(db: Db, producerId: number, locale: Locale): Promise<ListingRow[]> {
  const rs = await db.$client.execute({
    sql: `SELECT p.id, p.slug, p.status, p.image, max(p.updated_at, coalesce(d.updated_at, 0)) AS updated,
                 d.data, d.status AS draft_status, d.reject_reason,
                 (SELECT group_concat(locale || char(31) || name, char(30)) FROM product_translations WHERE product_id = p.id) AS names,
                 (SELECT coalesce(sum(sl.on_hand), 0) FROM stock_levels sl JOIN variants v ON v.id = sl.variant_id
                    JOIN stock_locations loc ON loc.id = sl.location_id
                   WHERE v.product_id = p.id AND loc.kind = 'producer_home') AS home,
                 (SELECT coalesce(sum(sl.on_hand), 0) FROM stock_levels sl JOIN variants v ON v.id = sl.variant_id
                    JOIN stock_locations loc ON loc.id = sl.location_id
                   WHERE v.product_id = p.id AND loc.kind != 'producer_home') AS shop
            FROM products p LEFT JOIN product_drafts d ON d.product_id = p.id
           WHERE p.producer_id = ? ORDER BY updated DESC`,
    args: [producerId],
  });
  return rs.rows.map((r) => {
    let name = '';
    let photo = r.image === null ? null : String(r.image);
    if (r.data !== null) {
      const draft = ListingDraft.parse(JSON.parse(String(r.data)));
      name = listingName(draft, locale);
      if (draft.photos[0]) photo = photoUrl(draft.photos[0], 320);
    }
    if (!name && r.names) {
      const byLocale = new Map(
        String(r.names)
          .split('\x1e')
          .map((pair) => pair.split('\x1f') as [Locale, string]),
      );
      name =
        fallbackChain(locale)
          .map((l) => byLocale.get(l))
          .find(Boolean) ?? '';
    }
    return {
      id: Number(r.id),
      slug: String(r.slug),
      name,
      status: r.status as ProductStatus,
      draftStatus: (r.draft_status as DraftStatus | null) ?? null,
      rejectReason: (r.reject_reason as RejectReason | null) ?? null,
      photo,
      homeStock: Number(r.home),
      shopStock: Number(r.shop),
      updatedAt: Number(r.updated),
    };
  });
}

export interface QueueRow {
  id: number;
  name: string;
  producerName: string;
  isNew: boolean;
  submittedAt: number;
}

/** Listings waiting for review, oldest first. */
export async function listReviewQueue(db: Db, locale: Locale): Promise<QueueRow[]> {
  const rs = await db.$client.execute({
    sql: `SELECT p.id, p.published_at, d.data, d.submitted_at,
                 ${localizedColumnSql('producer_translations', 'producer_id', 'p.producer_id', 'name', locale)} AS producer
            FROM product_drafts d JOIN products p ON p.id = d.product_id
           WHERE d.status = 'in_review' ORDER BY d.submitted_at`,
    args: [],
  });
  return rs.rows.map((r) => ({
    id: Number(r.id),
    name: listingName(ListingDraft.parse(JSON.parse(String(r.data))), locale),
    producerName: String(r.producer ?? ''),
    isNew: r.published_at === null,
    submittedAt: Number(r.submitted_at),
  }));
}

export interface Change {
  /** A message key naming the field. */
  field: string;
  locale?: Locale;
  before: string;
  after: string;
  changed: boolean;
}

/** The listing field by field, before and after, for the side-by-side review. */
export function listingChanges(
  before: ListingDraft | null,
  after: ListingDraft,
  categoryName: (id: number) => string,
  /** Formats a price in tiyin as the reader writes som (the page's `som`). */
  som: (tiyin: number) => string = (tiyin) => `${(tiyin / 100).toFixed(2)} KGS`,
  /** Names a net weight in the reader's language ("net weight 450 g"). */
  netWeight: (grams: number) => string = (grams) => `net ${grams} g`,
): Change[] {
  const rows: Change[] = [];
  const add = (field: string, b: string, a: string, locale?: Locale) =>
    rows.push({ field, locale, before: b, after: a, changed: b !== a });
  add('listing.field.category', before ? categoryName(before.categoryId) : '', categoryName(after.categoryId));
  for (const l of LOCALES) {
    for (const f of ['name', 'description', 'ingredients'] as const) {
      add(`listing.field.${f}`, before?.texts[l][f] ?? '', after.texts[l][f], l);
    }
  }
  const variantText = (v: ListingDraft['variants'][number]) =>
    [
      LOCALES.map((l) => v.label[l])
        .filter(Boolean)
        .join(' / '),
      som(v.priceTiyin),
      `${v.weightGrams} g`,
      `SKU ${v.sku}`,
      v.barcode ? `EAN ${v.barcode}` : '',
      v.hsCode ? `HS ${v.hsCode}` : '',
      v.netWeightGrams ? netWeight(v.netWeightGrams) : '',
    ]
      .filter(Boolean)
      .join(' · ');
  const count = Math.max(before?.variants.length ?? 0, after.variants.length);
  for (let i = 0; i < count; i++) {
    const b = before?.variants[i];
    const a = after.variants[i];
    add('listing.field.variant', b ? variantText(b) : '', a ? variantText(a) : '');
  }
  const num = (n: number | undefined) => (n === undefined ? '' : String(n));
  add('listing.field.shelf_life', num(before?.shelfLifeDays), num(after.shelfLifeDays));
  add('listing.field.min_order', num(before?.minOrderQty), num(after.minOrderQty));
  add('listing.field.capacity', num(before?.monthlyCapacity), num(after.monthlyCapacity));
  add('listing.field.lead_time', num(before?.leadTimeDays), num(after.leadTimeDays));
  return rows;
}

/** The draft to edit: the pending one, else a copy of what buyers see. */
function workingDraft(listing: Listing): ListingDraft | null {
  return listing.draft ?? listing.published;
}

/** Adds an uploaded photo (already stored for this producer) to the listing's draft. */
export async function addListingPhoto(db: Db, actor: ProducerActor, productId: number, key: string): Promise<boolean> {
  const listing = await getListing(db, productId, actor.producerId);
  const draft = listing && workingDraft(listing);
  if (!draft || draft.photos.length >= MAX_PHOTOS) return false;
  return (await writeDraft(db, actor, listing, { ...draft, photos: [...draft.photos, key] })).ok;
}

/** Removes a photo from the draft (deleting it when nothing else uses it), or makes it the main one. */
export async function arrangeListingPhoto(
  db: Db,
  actor: ProducerActor,
  productId: number,
  key: string,
  move: 'remove' | 'first',
): Promise<boolean> {
  const listing = await getListing(db, productId, actor.producerId);
  const draft = listing && workingDraft(listing);
  if (!listing || !draft?.photos.includes(key)) return false;
  const others = draft.photos.filter((k) => k !== key);
  const photos = move === 'remove' ? others : [key, ...others];
  const written = (await writeDraft(db, actor, listing, { ...draft, photos })).ok;
  // A removed photo that the published product does not show either is deleted at once, rows and files.
  if (written && move === 'remove') await deleteMediaIfUnused(db, key);
  return written;
}
