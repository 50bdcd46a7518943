/**
 * Staff onboard a producer (family, cooperative or company) and edit it later: type, names and stories
 * in the producer's own language first, village (picked, or added on the spot under its region),
 * social contract, women-led, family members, contacts and the shop's commission. One batch per save
 * with its audit rows; texts the producer later edits themselves go through ./profile.ts.
 */
import type { InStatement } from '@libsql/client';
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { auditStatement } from '../audit/audit.ts';
import { bestLocaleSql } from '../catalog/localized.ts';
import { homeLocationStatements } from '../inventory/home-stock.ts';
import { foldText } from '../catalog/search-text.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { CommissionForm } from '../payouts/payouts.ts';
import {
  ALWAYS,
  fieldErrors,
  newVillageStatements,
  regionExists,
  reindexPlace,
  slugBase,
  villageSchema,
  withBlanks,
} from '../places/places.ts';
import { freeSlug, isSlugTaken, slugFromName } from '../catalog/slug.ts';
import { EmailField, getProfile, PhoneField } from './profile.ts';

export const PRODUCER_KINDS = ['family', 'cooperative', 'company'] as const;
/** The village choice that adds a new village with the `v_` fields. */
export const NEW_VILLAGE = 'new';

type Fields = Record<string, string>;
const text = (max: number) => z.string('listing.error.too_long').trim().max(max, 'listing.error.too_long');
const checkbox = z.string().transform((v) => v !== '');
const NEW_VILLAGE_FIELDS = [
  ...LOCALES.flatMap((l) => [`v_name_${l}`, `v_district_${l}`]),
  'v_region',
  'v_lat',
  'v_lng',
];
export const PRODUCER_FIELDS = [
  'kind',
  'main_locale',
  ...LOCALES.flatMap((l) => [`name_${l}`, `story_${l}`]),
  'village',
  ...NEW_VILLAGE_FIELDS,
  'social_contract',
  'grant_year',
  'women_led',
  'family_members',
  'phone',
  'email',
  'address',
  'percent',
];

/** The form's values for a new producer: a family, written in Kyrgyz, at the default commission. */
export function blankProducerForm(): Fields {
  return { ...withBlanks(PRODUCER_FIELDS, {}), kind: 'family', main_locale: 'ky', family_members: '1', percent: '15' };
}

export const ProducerForm = z
  .object({
    kind: z.enum(PRODUCER_KINDS, 'staff.producers.error.kind'),
    main_locale: z.enum(LOCALES, 'staff.producers.error.main_locale'),
    ...Object.fromEntries(
      LOCALES.flatMap((l) => [
        [`name_${l}`, text(120)],
        [`story_${l}`, text(6000)],
      ]),
    ),
    village: z.string('staff.producers.error.village').trim().min(1, 'staff.producers.error.village').max(80),
    social_contract: checkbox,
    grant_year: text(4),
    women_led: checkbox,
    family_members: z.coerce
      .number('staff.producers.error.family')
      .int('staff.producers.error.family')
      .min(1, 'staff.producers.error.family')
      .max(500, 'staff.producers.error.family'),
    phone: PhoneField,
    email: EmailField,
    address: text(300),
    percent: CommissionForm.shape.percent,
  })
  .superRefine((f, ctx) => {
    const v = f as unknown as Fields;
    if (LOCALES.includes(f.main_locale) && !v[`name_${f.main_locale}`])
      ctx.addIssue({ code: 'custom', message: 'staff.producers.error.main_name', path: [`name_${f.main_locale}`] });
    for (const l of LOCALES) {
      if (!v[`name_${l}`] && v[`story_${l}`])
        ctx.addIssue({ code: 'custom', message: 'listing.error.name_for_text', path: [`name_${l}`] });
    }
    const year = Number(f.grant_year);
    const valid = /^\d{4}$/.test(f.grant_year) && year >= 1991 && year <= new Date().getFullYear();
    if ((f.grant_year !== '' || f.social_contract) && !valid)
      ctx.addIssue({ code: 'custom', message: 'staff.producers.error.grant_year', path: ['grant_year'] });
  }, ALWAYS);
export type ProducerValues = z.infer<typeof ProducerForm>;

const NewVillage = villageSchema('v_');

/** A checked form: `form` holds the producer's parsed values, `village` the new village's (or null). */
export interface ParsedProducer {
  form: ProducerValues;
  village: Fields | null;
}
export type ProducerParse =
  ({ ok: true; values: Fields } & ParsedProducer) | { ok: false; values: Fields; errors: Record<string, string> };

/** Checks a posted producer form (and the new village's fields when one is added), keeping what was typed. */
export function parseProducerForm(posted: Fields): ProducerParse {
  const values = withBlanks(PRODUCER_FIELDS, posted);
  // A new village's name typed while the list still says "choose…" means that new village.
  if (values.village === '' && LOCALES.some((l) => values[`v_name_${l}`])) values.village = NEW_VILLAGE;
  const producer = ProducerForm.safeParse(values);
  const village = values.village === NEW_VILLAGE ? NewVillage.safeParse(values) : null;
  const errors = {
    ...(producer.success ? {} : fieldErrors(producer.error)),
    ...(village && !village.success ? fieldErrors(village.error) : {}),
  };
  if (!producer.success || Object.keys(errors).length) return { ok: false, values, errors };
  return { ok: true, form: producer.data, village: village ? (village.data as unknown as Fields) : null, values };
}

/** A producer's form values as staff edit them, or null when there is none. */
export async function getProducerForm(db: Db, producerId: number): Promise<(Fields & { slug: string }) | null> {
  const [profile, rs] = await Promise.all([
    getProfile(db, producerId),
    db.$client.execute({
      sql: `SELECT pr.*, v.slug AS village_slug FROM producers pr JOIN villages v ON v.id = pr.village_id WHERE pr.id = ?`,
      args: [producerId],
    }),
  ]);
  const row = rs.rows[0];
  if (!profile || !row) return null;
  const v: Fields = {
    ...blankProducerForm(),
    kind: String(row.kind),
    main_locale: String(row.main_locale),
    village: String(row.village_slug),
    social_contract: row.social_contract ? 'on' : '',
    grant_year: row.grant_year === null ? '' : String(row.grant_year),
    women_led: row.women_led ? 'on' : '',
    family_members: String(row.family_members_working),
    phone: profile.phone,
    email: profile.email,
    address: String(row.address ?? ''),
    percent: String(Number(row.commission_bps) / 100),
  };
  for (const l of LOCALES) {
    v[`name_${l}`] = profile.texts[l].name;
    v[`story_${l}`] = profile.texts[l].story;
  }
  return { ...v, slug: profile.slug };
}

export type ProducerSave = { ok: true; id: number } | { ok: false; errors: Record<string, string> };
type Actor = { userId: number; ip?: string | null };
type Statement = InStatement;

/** The producer's own columns in the order both INSERT and UPDATE write them. */
function columns(form: ProducerValues): [string, string | number | null][] {
  return [
    ['kind', form.kind],
    ['main_locale', form.main_locale],
    ['social_contract', form.social_contract ? 1 : 0],
    ['grant_year', form.grant_year === '' ? null : Number(form.grant_year)],
    ['women_led', form.women_led ? 1 : 0],
    ['family_members_working', form.family_members],
    ['phone', form.phone || null],
    ['email', form.email || null],
    ['address', form.address || null],
    ['commission_bps', form.percent],
  ];
}

/** Upserts the producer's names and stories (keeping wholesale texts the producer wrote) and drops nameless ones. */
function textStatements(idSql: string, idArgs: (string | number)[], v: Fields): Statement[] {
  return LOCALES.map((l) =>
    v[`name_${l}`]
      ? {
          sql: `INSERT INTO producer_translations (producer_id, locale, name, story) VALUES ((${idSql}), ?, ?, ?)
                ON CONFLICT (producer_id, locale) DO UPDATE SET name = excluded.name, story = excluded.story,
                  updated_at = unixepoch('subsec') * 1000`,
          args: [...idArgs, l, v[`name_${l}`]!, v[`story_${l}`] ?? ''],
        }
      : {
          sql: `DELETE FROM producer_translations WHERE producer_id = (${idSql}) AND locale = ?`,
          args: [...idArgs, l],
        },
  );
}

/**
 * Resolves the village of a save: an existing one by slug, or the statements of a new one (with a free
 * slug). Answers an error when the village or the new village's region does not exist.
 */
async function villageFor(
  db: Db,
  actor: Actor,
  { form, village }: ParsedProducer,
): Promise<{ ok: true; slug: string; statements: Statement[] } | { ok: false; errors: Record<string, string> }> {
  if (!village) {
    const rs = await db.$client.execute({ sql: 'SELECT 1 FROM villages WHERE slug = ?', args: [form.village] });
    return rs.rows.length
      ? { ok: true, slug: form.village, statements: [] }
      : { ok: false, errors: { village: 'staff.producers.error.village' } };
  }
  if (!(await regionExists(db, village.v_region!))) return { ok: false, errors: { v_region: 'places.error.region' } };
  const slug = await freeSlug(db, 'villages', slugFromName(slugBase(village, 'v_'), 'village'));
  return { ok: true, slug, statements: newVillageStatements(actor, slug, village, 'v_') };
}

/** Retries a save whose new slug another save took at the same moment. */
async function withFreshSlugs<T>(save: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await save();
    } catch (error) {
      if (!isSlugTaken(error) || attempt >= 3) throw error;
    }
  }
}

/** Onboards a producer (and its new village, if any) in one batch with the audit rows. */
export async function createProducer(db: Db, actor: Actor, parsed: ParsedProducer) {
  const { form } = parsed;
  const values = form as unknown as Fields;
  return withFreshSlugs(async (): Promise<ProducerSave> => {
    const village = await villageFor(db, actor, parsed);
    if (!village.ok) return village;
    const slug = await freeSlug(db, 'producers', slugFromName(slugBase(values, '', form.main_locale), 'producer'));
    const cols = columns(form);
    const id = 'SELECT id FROM producers WHERE slug = ?';
    const results = await db.$client.batch(
      [
        ...village.statements,
        {
          sql: `INSERT INTO producers (slug, village_id, ${cols.map(([c]) => c).join(', ')})
                VALUES (?, (SELECT id FROM villages WHERE slug = ?), ${cols.map(() => '?').join(', ')}) RETURNING id`,
          args: [slug, village.slug, ...cols.map(([, v]) => v)],
        },
        ...textStatements(id, [slug], values),
        ...homeLocationStatements(id, [slug]),
        auditStatement({
          userId: actor.userId,
          action: 'producer_created',
          entity: 'producer',
          entityId: { sql: id, args: [slug] },
          after: { ...form, slug, village: village.slug },
          ip: actor.ip,
        }),
      ],
      'write',
    );
    return { ok: true, id: Number(results[village.statements.length]!.rows[0]!.id) };
  });
}

/** Saves staff's changes to a producer (its slug stays, so its links keep working). */
export async function updateProducer(
  db: Db,
  actor: Actor,
  producerId: number,
  parsed: ParsedProducer,
): Promise<ProducerSave> {
  const { form } = parsed;
  const values = form as unknown as Fields;
  const before = await getProducerForm(db, producerId);
  if (!before) return { ok: false, errors: { village: 'listing.error.not_found' } };
  const result = await withFreshSlugs(async (): Promise<ProducerSave> => {
    const village = await villageFor(db, actor, parsed);
    if (!village.ok) return village;
    const cols = columns(form);
    await db.$client.batch(
      [
        ...village.statements,
        {
          sql: `UPDATE producers SET village_id = (SELECT id FROM villages WHERE slug = ?),
                ${cols.map(([c]) => `${c} = ?`).join(', ')}, updated_at = unixepoch('subsec') * 1000 WHERE id = ?`,
          args: [village.slug, ...cols.map(([, v]) => v), producerId],
        },
        ...textStatements('?', [producerId], values),
        auditStatement({
          userId: actor.userId,
          action: 'producer_updated',
          entity: 'producer',
          entityId: producerId,
          before,
          after: { ...form, village: village.slug },
          ip: actor.ip,
        }),
      ],
      'write',
    );
    return { ok: true, id: producerId };
  });
  const searched = ['village', ...LOCALES.map((l) => `name_${l}`)];
  if (result.ok && (parsed.village || searched.some((k) => before[k] !== values[k])))
    await reindexPlace(db, { producerId });
  return result;
}

export interface StaffProducerRow {
  id: number;
  slug: string;
  name: string;
  nameLocale: Locale;
  kind: string;
  village: string;
  region: string;
  status: string;
  products: number;
  accounts: number;
}

/**
 * Every producer for staff, newest first; with `q`, those whose name or village (in any language) contains
 * it, compared folded (case, ё, ң ө ү) as search does, which SQLite's LIKE cannot do for Cyrillic.
 */
export async function listStaffProducers(db: Db, locale: Locale, q = ''): Promise<StaffProducerRow[]> {
  const best = (table: string, fk: string, id: string) => bestLocaleSql(table, fk, id, locale);
  const rs = await db.$client.execute(
    `SELECT pr.id, pr.slug, pr.kind, pr.status, prt.name, prt.locale AS name_locale, vt.name AS village, rt.name AS region,
       (SELECT count(*) FROM products p WHERE p.producer_id = pr.id) AS products,
       (SELECT count(*) FROM users u WHERE u.producer_id = pr.id) AS accounts,
       (SELECT group_concat(name, ' | ') FROM producer_translations WHERE producer_id = pr.id) || ' | ' ||
       (SELECT group_concat(name, ' | ') FROM village_translations WHERE village_id = v.id) AS names
     FROM producers pr JOIN villages v ON v.id = pr.village_id
     LEFT JOIN producer_translations prt ON prt.producer_id = pr.id AND prt.locale = ${best('producer_translations', 'producer_id', 'pr.id')}
     LEFT JOIN village_translations vt ON vt.village_id = v.id AND vt.locale = ${best('village_translations', 'village_id', 'v.id')}
     LEFT JOIN region_translations rt ON rt.region_id = v.region_id AND rt.locale = ${best('region_translations', 'region_id', 'v.region_id')}
     ORDER BY pr.id DESC`,
  );
  const wanted = foldText(q.trim());
  return rs.rows
    .filter((r) => !wanted || foldText(String(r.names ?? '')).includes(wanted))
    .map((r) => ({
      id: Number(r.id),
      slug: String(r.slug),
      name: String(r.name ?? r.slug),
      nameLocale: (r.name_locale ?? locale) as Locale,
      kind: String(r.kind),
      village: String(r.village ?? ''),
      region: String(r.region ?? ''),
      status: String(r.status),
      products: Number(r.products),
      accounts: Number(r.accounts),
    }));
}
