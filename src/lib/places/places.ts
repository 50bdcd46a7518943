/**
 * Regions and villages as staff edit them: names, stories and districts in ky/ru/en, coordinates.
 * Every save is one batch with its audit row; the catalogue-version triggers (migration 0004) drop
 * cached pages at once, and products whose search text names the place are reindexed.
 */
import type { InStatement } from '@libsql/client';
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { auditStatement } from '../audit/audit.ts';
import { listRegions, listVillages } from '../catalog/queries.ts';
import { reindexProducts } from '../catalog/search-index.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { freeSlug, isSlugTaken, slugFromName } from '../catalog/slug.ts';

/** Kyrgyzstan's bounding box (rounded outwards): 39.17–43.27 °N, 69.25–80.28 °E. */
export const KG_BOUNDS = { lat: [39.1, 43.3], lng: [69.2, 80.3] } as const;

type Statement = InStatement;
type Fields = Record<string, string>;
export type SaveResult = { ok: true; slug: string } | { ok: false; errors: Record<string, string> };

/** Name checks run even when another field failed, so the form shows every error at once. */
export const ALWAYS = { when: () => true };
const NOW = `unixepoch('subsec') * 1000`;
const text = (max: number) => z.string('listing.error.too_long').trim().max(max, 'listing.error.too_long');
/** A decimal degree as people type it: "42.49" or "42,49", inside the country's box. */
const degrees = ([min, max]: readonly [number, number], message: string) =>
  z
    .string(message)
    .trim()
    .transform((s) => (s === '' ? Number.NaN : Number(s.replace(',', '.'))))
    .pipe(z.number(message).min(min, message).max(max, message));

export const Latitude = degrees(KG_BOUNDS.lat, 'places.error.lat');
export const Longitude = degrees(KG_BOUNDS.lng, 'places.error.lng');

/** Issues for names: one is required, and a story or district needs the name in its language. */
function requireNames(v: Fields, prefix: string, dependent: string[], ctx: z.RefinementCtx) {
  if (!LOCALES.some((l) => v[`${prefix}name_${l}`]))
    ctx.addIssue({ code: 'custom', message: 'listing.error.name_required', path: [`${prefix}name_ky`] });
  for (const l of LOCALES) {
    if (!v[`${prefix}name_${l}`] && dependent.some((d) => v[`${prefix}${d}_${l}`]))
      ctx.addIssue({ code: 'custom', message: 'listing.error.name_for_text', path: [`${prefix}name_${l}`] });
  }
}

/** A village's fields, optionally prefixed (the producer form adds a village with `v_` fields). */
export function villageSchema(prefix = '') {
  const localized = Object.fromEntries(
    LOCALES.flatMap((l) => [
      [`${prefix}name_${l}`, text(120)],
      [`${prefix}district_${l}`, text(120)],
      ...(prefix ? [] : [[`${prefix}story_${l}`, text(4000)]]),
    ]),
  );
  return z
    .object({
      ...localized,
      [`${prefix}region`]: z.string('places.error.region').trim().min(1, 'places.error.region').max(80),
      [`${prefix}lat`]: Latitude,
      [`${prefix}lng`]: Longitude,
      ...(prefix
        ? {}
        : {
            population: z.union([
              z.literal(''),
              z.coerce
                .number('listing.error.whole_number')
                .int('listing.error.whole_number')
                .min(1, 'listing.error.whole_number')
                .max(10_000_000, 'listing.error.whole_number'),
            ]),
          }),
    })
    .superRefine((f, ctx) => {
      const v = f as unknown as Fields;
      requireNames(v, prefix, prefix ? ['district'] : ['district', 'story'], ctx);
      for (const l of LOCALES) {
        if (v[`${prefix}name_${l}`] && !v[`${prefix}district_${l}`])
          ctx.addIssue({ code: 'custom', message: 'places.error.district', path: [`${prefix}district_${l}`] });
      }
    }, ALWAYS);
}

export const VillageForm = villageSchema();
export type VillageValues = z.infer<typeof VillageForm>;

export const RegionForm = z
  .object({
    ...Object.fromEntries(
      LOCALES.flatMap((l) => [
        [`name_${l}`, text(120)],
        [`description_${l}`, text(4000)],
      ]),
    ),
    lat: Latitude,
    lng: Longitude,
  })
  .superRefine((f, ctx) => requireNames(f as unknown as Fields, '', ['description'], ctx), ALWAYS);
export type RegionValues = z.infer<typeof RegionForm>;

/** The form's fields, each present (a field the browser did not send reads as empty). */
export function withBlanks(names: readonly string[], posted: Fields): Fields {
  return Object.fromEntries(names.map((n) => [n, typeof posted[n] === 'string' ? posted[n] : '']));
}

export const REGION_FIELDS = [...LOCALES.flatMap((l) => [`name_${l}`, `description_${l}`]), 'lat', 'lng'];
export const VILLAGE_FIELDS = [
  ...LOCALES.flatMap((l) => [`name_${l}`, `district_${l}`, `story_${l}`]),
  'region',
  'lat',
  'lng',
  'population',
];

/** The field errors of a failed parse, one (the first) per field, as message keys. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[String(issue.path[0])] ??= issue.message;
  return errors;
}

/** The ids of products whose search text names this place (their producer, village or region). */
async function productsOf(db: Db, where: string, args: (string | number)[]): Promise<number[]> {
  const rs = await db.$client.execute({
    sql: `SELECT p.id FROM products p JOIN producers pr ON pr.id = p.producer_id JOIN villages v ON v.id = pr.village_id
          WHERE ${where}`,
    args,
  });
  return rs.rows.map((r) => Number(r.id));
}

/** Reindexes the products of a producer, village or region after their names changed. */
export async function reindexPlace(
  db: Db,
  place: { producerId: number } | { villageSlug: string } | { regionSlug: string },
): Promise<void> {
  const ids =
    'producerId' in place
      ? await productsOf(db, 'pr.id = ?', [place.producerId])
      : 'villageSlug' in place
        ? await productsOf(db, 'v.slug = ?', [place.villageSlug])
        : await productsOf(db, 'v.region_id = (SELECT id FROM regions WHERE slug = ?)', [place.regionSlug]);
  if (ids.length) await reindexProducts(db, ids);
}

/** A region's form values, or null when there is no such region. */
export async function getRegionForm(db: Db, slug: string): Promise<Fields | null> {
  const [r, t] = await db.$client.batch(
    [
      { sql: 'SELECT id, lat, lng FROM regions WHERE slug = ?', args: [slug] },
      {
        sql: 'SELECT * FROM region_translations WHERE region_id = (SELECT id FROM regions WHERE slug = ?)',
        args: [slug],
      },
    ],
    'read',
  );
  const row = r!.rows[0];
  if (!row) return null;
  const v = withBlanks(REGION_FIELDS, { lat: String(row.lat), lng: String(row.lng) });
  for (const tr of t!.rows) {
    v[`name_${tr.locale}`] = String(tr.name);
    v[`description_${tr.locale}`] = String(tr.description);
  }
  return v;
}

/** Upserts the rows of a translation table for the locales with a name and deletes the others. */
function translationStatements(
  table: string,
  fk: string,
  idSql: string,
  idArgs: (string | number)[],
  columns: string[],
  v: Fields,
  prefix = '',
): Statement[] {
  return LOCALES.map((l) => {
    if (!v[`${prefix}name_${l}`])
      return { sql: `DELETE FROM ${table} WHERE ${fk} = (${idSql}) AND locale = ?`, args: [...idArgs, l] };
    const cols = ['name', ...columns];
    return {
      sql: `INSERT INTO ${table} (${fk}, locale, ${cols.join(', ')}) VALUES ((${idSql}), ?, ${cols.map(() => '?').join(', ')})
            ON CONFLICT (${fk}, locale) DO UPDATE SET ${cols.map((c) => `${c} = excluded.${c}`).join(', ')}, updated_at = ${NOW}`,
      args: [...idArgs, l, ...cols.map((c) => v[`${prefix}${c}_${l}`] ?? '')],
    };
  });
}

/** Saves a region's names, descriptions and coordinates (its slug and kind stay). */
export async function saveRegion(
  db: Db,
  actor: { userId: number; ip?: string | null },
  slug: string,
  form: RegionValues,
): Promise<SaveResult> {
  const before = await getRegionForm(db, slug);
  if (!before) return { ok: false, errors: { name_ky: 'listing.error.not_found' } };
  const v = form as unknown as Fields;
  const id = 'SELECT id FROM regions WHERE slug = ?';
  await db.$client.batch(
    [
      {
        sql: `UPDATE regions SET lat = ?, lng = ?, updated_at = ${NOW} WHERE slug = ?`,
        args: [form.lat, form.lng, slug],
      },
      ...translationStatements('region_translations', 'region_id', id, [slug], ['description'], v),
      auditStatement({
        userId: actor.userId,
        action: 'region_updated',
        entity: 'region',
        entityId: { sql: id, args: [slug] },
        before,
        after: form,
        ip: actor.ip,
      }),
    ],
    'write',
  );
  if (LOCALES.some((l) => before[`name_${l}`] !== (v[`name_${l}`] ?? ''))) await reindexPlace(db, { regionSlug: slug });
  return { ok: true, slug };
}

/** A village's form values (its region as a slug), or null when there is no such village. */
export async function getVillageForm(db: Db, slug: string): Promise<Fields | null> {
  const [r, t] = await db.$client.batch(
    [
      {
        sql: 'SELECT v.lat, v.lng, v.population, rg.slug AS region FROM villages v JOIN regions rg ON rg.id = v.region_id WHERE v.slug = ?',
        args: [slug],
      },
      {
        sql: 'SELECT * FROM village_translations WHERE village_id = (SELECT id FROM villages WHERE slug = ?)',
        args: [slug],
      },
    ],
    'read',
  );
  const row = r!.rows[0];
  if (!row) return null;
  const v = withBlanks(VILLAGE_FIELDS, {
    region: String(row.region),
    lat: String(row.lat),
    lng: String(row.lng),
    population: row.population === null ? '' : String(row.population),
  });
  for (const tr of t!.rows) {
    v[`name_${tr.locale}`] = String(tr.name);
    v[`district_${tr.locale}`] = String(tr.district);
    v[`story_${tr.locale}`] = String(tr.story);
  }
  return v;
}

/** The Latin base of a new slug: the English name when there is one, else the first name given. */
export function slugBase(v: Fields, prefix: string, first: Locale | null = null): string {
  const order: Locale[] = ['en', ...(first ? [first] : []), ...LOCALES];
  const name = order.map((l) => v[`${prefix}name_${l}`]).find(Boolean) ?? '';
  return name;
}

/**
 * The statements that insert a new village (fields with `prefix`) under slug `slug`, with its audit row.
 * Its region must exist: the INSERT takes the region's id by slug and fails (NOT NULL) otherwise.
 */
export function newVillageStatements(
  actor: { userId: number; ip?: string | null },
  slug: string,
  v: Fields,
  prefix = '',
): Statement[] {
  const id = 'SELECT id FROM villages WHERE slug = ?';
  const population = prefix ? '' : (v.population ?? '');
  return [
    {
      sql: `INSERT INTO villages (slug, region_id, lat, lng, population)
            VALUES (?, (SELECT id FROM regions WHERE slug = ?), ?, ?, ?)`,
      args: [
        slug,
        v[`${prefix}region`]!,
        Number(v[`${prefix}lat`]),
        Number(v[`${prefix}lng`]),
        population === '' ? null : Number(population),
      ],
    },
    ...translationStatements(
      'village_translations',
      'village_id',
      id,
      [slug],
      prefix ? ['district'] : ['district', 'story'],
      v,
      prefix,
    ),
    auditStatement({
      userId: actor.userId,
      action: 'village_created',
      entity: 'village',
      entityId: { sql: id, args: [slug] },
      after: Object.fromEntries(Object.entries(v).filter(([k]) => k.startsWith(prefix))),
      ip: actor.ip,
    }),
  ];
}

/** Whether a region with this slug exists. */
export async function regionExists(db: Db, slug: string): Promise<boolean> {
  const rs = await db.$client.execute({ sql: 'SELECT 1 FROM regions WHERE slug = ?', args: [slug] });
  return rs.rows.length > 0;
}

/**
 * Adds a village, or saves an existing one (`slug` given). A new village's slug is made from its name;
 * when another save took it at the same moment, the next free one is tried.
 */
export async function saveVillage(
  db: Db,
  actor: { userId: number; ip?: string | null },
  slug: string | null,
  form: VillageValues,
): Promise<SaveResult> {
  const v = form as unknown as Fields;
  if (!(await regionExists(db, v.region!))) return { ok: false, errors: { region: 'places.error.region' } };
  if (slug === null) {
    const base = slugFromName(slugBase(v, ''), 'village');
    for (let attempt = 0; ; attempt++) {
      const fresh = await freeSlug(db, 'villages', base);
      try {
        await db.$client.batch(newVillageStatements(actor, fresh, v), 'write');
        return { ok: true, slug: fresh };
      } catch (error) {
        if (!isSlugTaken(error) || attempt >= 3) throw error;
      }
    }
  }
  const before = await getVillageForm(db, slug);
  if (!before) return { ok: false, errors: { name_ky: 'listing.error.not_found' } };
  const id = 'SELECT id FROM villages WHERE slug = ?';
  await db.$client.batch(
    [
      {
        sql: `UPDATE villages SET region_id = (SELECT id FROM regions WHERE slug = ?), lat = ?, lng = ?, population = ?,
              updated_at = ${NOW} WHERE slug = ?`,
        args: [v.region!, Number(v.lat), Number(v.lng), v.population === '' ? null : Number(v.population), slug],
      },
      ...translationStatements('village_translations', 'village_id', id, [slug], ['district', 'story'], v),
      auditStatement({
        userId: actor.userId,
        action: 'village_updated',
        entity: 'village',
        entityId: { sql: id, args: [slug] },
        before,
        after: form,
        ip: actor.ip,
      }),
    ],
    'write',
  );
  const searched = ['region', ...LOCALES.flatMap((l) => [`name_${l}`, `district_${l}`])];
  if (searched.some((k) => before[k] !== (v[k] ?? ''))) await reindexPlace(db, { villageSlug: slug });
  return { ok: true, slug };
}

/** Regions in their order, each with its villages (names in the reader's language or a fallback). */
export async function listPlacesByRegion(db: Db, locale: Locale) {
  const [regions, villages] = await Promise.all([listRegions(db, locale), listVillages(db, locale)]);
  return regions.map((r) => ({ ...r, villageList: villages.filter((v) => v.region.slug === r.slug) }));
}
