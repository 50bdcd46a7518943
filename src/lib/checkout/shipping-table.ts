/**
 * The shipping table admins edit: zones (their countries and names) and each zone's price ladder by parcel
 * weight. A save is validated as a whole (weights rising, prices above zero, each country in one zone) and
 * written in one guarded batch with its audit row; checkout quotes read the same tables (loadShippingZones).
 */
import type { InStatement } from '@libsql/client';
import type { Db } from '../../../db/client.ts';
import { auditStatement } from '../audit/audit.ts';
import { isCountryCode } from '../i18n/countries.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { parseSom } from '../listings/draft.ts';

/** Most price rows in one zone. */
export const MAX_RATE_ROWS = 12;

export interface ShippingZoneRow {
  id: number;
  code: string;
  countries: string[];
  names: Record<Locale, string>;
  rates: { maxWeightGrams: number; priceTiyin: number }[];
  /** The zone's updated_at: a save made from an older form is refused. */
  version: number;
}

/** Every zone with its names and price rows, in their order. */
export async function listShippingTable(db: Db): Promise<ShippingZoneRow[]> {
  const [zones, names, rates] = await db.$client.batch(
    [
      'SELECT id, code, countries, updated_at FROM shipping_zones ORDER BY sort, id',
      'SELECT zone_id, locale, name FROM shipping_zone_translations',
      'SELECT zone_id, max_weight_grams, price_tiyin FROM shipping_rates ORDER BY max_weight_grams',
    ],
    'read',
  );
  const out = zones!.rows.map((z): ShippingZoneRow => ({
    id: Number(z.id),
    code: String(z.code),
    countries: JSON.parse(String(z.countries)) as string[],
    names: { ky: '', ru: '', en: '' },
    rates: [],
    version: Number(z.updated_at),
  }));
  const byId = new Map(out.map((z) => [z.id, z]));
  for (const n of names!.rows) {
    const zone = byId.get(Number(n.zone_id));
    if (zone && (LOCALES as readonly string[]).includes(String(n.locale)))
      zone.names[n.locale as Locale] = String(n.name);
  }
  for (const r of rates!.rows) {
    byId
      .get(Number(r.zone_id))
      ?.rates.push({ maxWeightGrams: Number(r.max_weight_grams), priceTiyin: Number(r.price_tiyin) });
  }
  return out;
}

export interface ShippingZoneInput {
  /** null for a new zone. */
  id: number | null;
  version: number;
  code: string;
  names: Record<Locale, string>;
  countries: string[];
  rates: { maxWeightGrams: number; priceTiyin: number }[];
}

export type ShippingZoneParse = { ok: true; zone: ShippingZoneInput } | { ok: false; errors: Record<string, string> };

/** "2,5" or "0.75" kg → grams; null when it is not a weight between 1 g and 1 t. */
export function parseKg(text: string): number | null {
  const m = /^(\d{1,4})(?:[.,](\d{1,3}))?$/.exec(text.replace(/\s/g, ''));
  if (!m) return null;
  const grams = Number(m[1]) * 1000 + Number((m[2] ?? '').padEnd(3, '0'));
  return grams >= 1 && grams <= 1_000_000 ? grams : null;
}

/**
 * Reads a zone form (`name_ky`…, `countries` as "KZ, RU" or "*", rows `w0`/`p0`… in kg and som; blank rows are
 * skipped) and checks it against the other zones. Errors are message keys by field name.
 */
export function parseShippingZoneForm(fields: Record<string, string>, others: ShippingZoneRow[]): ShippingZoneParse {
  const errors: Record<string, string> = {};
  const f = (name: string) => (fields[name] ?? '').trim();
  const isNew = f('zone') === 'new';
  const id = isNew ? null : Number(f('zone'));
  if (!isNew && !(Number.isSafeInteger(id) && id! > 0)) errors.zone = 'shipping.error.zone';
  const code = f('code').toLowerCase();
  if (isNew && !/^[a-z][a-z0-9-]{1,29}$/.test(code)) errors.code = 'shipping.error.code';
  else if (isNew && others.some((z) => z.code === code)) errors.code = 'shipping.error.code_taken';
  const names = Object.fromEntries(LOCALES.map((l) => [l, f(`name_${l}`)])) as Record<Locale, string>;
  for (const l of LOCALES) if (!names[l] || names[l].length > 100) errors[`name_${l}`] = 'shipping.error.name';
  const countries = [
    ...new Set(
      f('countries')
        .toUpperCase()
        .split(/[\s,;]+/)
        .filter(Boolean),
    ),
  ];
  const elsewhere = others.filter((z) => z.id !== id);
  if (countries.length === 0 || countries.some((c) => c !== '*' && !isCountryCode(c))) {
    errors.countries = 'shipping.error.countries';
  } else if (countries.some((c) => elsewhere.some((z) => z.countries.includes(c)))) {
    errors.countries = 'shipping.error.countries_taken';
  }
  const rates: ShippingZoneInput['rates'] = [];
  for (let i = 0; i < MAX_RATE_ROWS; i++) {
    const w = f(`w${i}`);
    const p = f(`p${i}`);
    if (!w && !p) continue;
    const grams = parseKg(w);
    const tiyin = parseSom(p);
    if (grams === null) errors[`w${i}`] = 'shipping.error.weight';
    else if (rates.length && grams <= rates.at(-1)!.maxWeightGrams) errors[`w${i}`] = 'shipping.error.weight_order';
    if (tiyin === null || tiyin <= 0) errors[`p${i}`] = 'shipping.error.price';
    if (grams !== null && tiyin !== null && tiyin > 0) rates.push({ maxWeightGrams: grams, priceTiyin: tiyin });
  }
  if (rates.length === 0 && !Object.keys(errors).some((k) => /^[wp]\d/.test(k))) errors.w0 = 'shipping.error.no_rates';
  const version = Number(f('version') || 0);
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, zone: { id, version, code, names, countries, rates } };
}

/**
 * Writes one zone, its names and its whole price ladder with an audit row, in one batch. For an existing zone
 * the first statement is guarded by the version the form was read at: when someone saved it meanwhile, the
 * countries come out NULL, the NOT NULL constraint fails and nothing is written ('stale').
 */
export async function saveShippingZone(
  db: Db,
  actor: { userId: number; ip: string },
  zone: ShippingZoneInput,
  before: ShippingZoneRow | undefined,
  now = Date.now(),
): Promise<'saved' | 'stale'> {
  const countries = JSON.stringify(zone.countries);
  const zoneId = '(SELECT id FROM shipping_zones WHERE code = ?)';
  const code = zone.id === null ? zone.code : before?.code;
  if (zone.id !== null && !before) return 'stale';
  const statements: InStatement[] = [
    zone.id === null
      ? {
          sql: `INSERT INTO shipping_zones (code, countries, sort) VALUES (?, ?, (SELECT coalesce(max(sort), 0) + 1 FROM shipping_zones))`,
          args: [zone.code, countries],
        }
      : {
          sql: `UPDATE shipping_zones SET countries = CASE WHEN updated_at = ? THEN ? END, updated_at = ? WHERE id = ?`,
          args: [zone.version, countries, now, zone.id],
        },
    { sql: `DELETE FROM shipping_rates WHERE zone_id = ${zoneId}`, args: [code!] },
    ...zone.rates.map((r) => ({
      sql: `INSERT INTO shipping_rates (zone_id, max_weight_grams, price_tiyin) VALUES (${zoneId}, ?, ?)`,
      args: [code!, r.maxWeightGrams, r.priceTiyin],
    })),
    ...LOCALES.map((l) => ({
      sql: `INSERT INTO shipping_zone_translations (zone_id, locale, name) VALUES (${zoneId}, ?, ?)
            ON CONFLICT (zone_id, locale) DO UPDATE SET name = excluded.name, updated_at = unixepoch('subsec') * 1000`,
      args: [code!, l, zone.names[l]],
    })),
    auditStatement(
      {
        userId: actor.userId,
        action: zone.id === null ? 'shipping.create' : 'shipping.update',
        entity: 'shipping_zone',
        entityId: code!,
        before: before && { countries: before.countries, names: before.names, rates: before.rates },
        after: { countries: zone.countries, names: zone.names, rates: zone.rates },
        ip: actor.ip,
      },
      now,
    ),
  ];
  try {
    await db.$client.batch(statements, 'write');
    return 'saved';
  } catch (error) {
    if (/NOT NULL constraint failed|UNIQUE constraint failed/i.test(String(error))) return 'stale';
    throw error;
  }
}
