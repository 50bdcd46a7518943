/**
 * The shop's own details — legal name, bank details for transfers, contacts and messenger links, and the
 * address and opening hours in each language — kept in the database (`shop_settings`) and edited by admins.
 * Until an admin saves them, the values come from the environment (BANK_*) and the locale files, so a new
 * shop starts with what it had before. Shown in the footer, on the bank-transfer invoice and in mails.
 */
import type { InStatement } from '@libsql/client';
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { auditStatement } from '../audit/audit.ts';
import { getCatalogVersion } from '../catalog/queries.ts';
import { getEnv } from '../env.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { getTranslator } from '../i18n/translate.ts';

/** The settings every language shares. */
export const SHARED_KEYS = [
  'legalName',
  'phone',
  'email',
  'whatsapp',
  'telegram',
  'bankRecipient',
  'bankName',
  'bankAccount',
  'bankBic',
  'bankSwift',
] as const;
/** The settings written in each language. */
export const LOCALIZED_KEYS = ['address', 'hours'] as const;
export type SharedKey = (typeof SHARED_KEYS)[number];
export type LocalizedKey = (typeof LOCALIZED_KEYS)[number];

export type ShopSettings = Record<SharedKey, string> & Record<LocalizedKey, Record<Locale, string>>;

/** The settings of one language, as the footer, invoice and mails read them. */
export type ShopDetails = Record<SharedKey, string> & Record<LocalizedKey, string>;

/** What a shop starts with: the BANK_* variables, MAIL_FROM's address and the locale files' address and hours. */
export function defaultShopSettings(): ShopSettings {
  const env = getEnv();
  const perLocale = (key: 'footer.address' | 'footer.hours') =>
    Object.fromEntries(LOCALES.map((l) => [l, getTranslator(l)(key)])) as Record<Locale, string>;
  return {
    legalName: env.BANK_RECIPIENT,
    phone: '',
    email: /<([^>]+)>/.exec(env.MAIL_FROM)?.[1] ?? env.MAIL_FROM,
    whatsapp: '',
    telegram: '',
    bankRecipient: env.BANK_RECIPIENT,
    bankName: env.BANK_NAME,
    bankAccount: env.BANK_ACCOUNT,
    bankBic: env.BANK_BIC,
    bankSwift: env.BANK_SWIFT,
    address: perLocale('footer.address'),
    hours: perLocale('footer.hours'),
  };
}

const memos = new WeakMap<Db, { version: number; settings: ShopSettings }>();

/**
 * The settings, memoised per catalogue version: a trigger bumps the version on every write to
 * `shop_settings`, so cached pages and this memo both see an admin's change on the next request.
 */
export async function getShopSettings(db: Db): Promise<ShopSettings> {
  const version = await getCatalogVersion(db);
  const memo = memos.get(db);
  if (memo?.version === version) return memo.settings;
  const rs = await db.$client.execute('SELECT key, locale, value FROM shop_settings');
  const settings = defaultShopSettings();
  for (const r of rs.rows) {
    const key = String(r.key);
    const locale = String(r.locale);
    if ((SHARED_KEYS as readonly string[]).includes(key) && locale === '') {
      settings[key as SharedKey] = String(r.value);
    } else if ((LOCALIZED_KEYS as readonly string[]).includes(key) && (LOCALES as readonly string[]).includes(locale)) {
      settings[key as LocalizedKey][locale as Locale] = String(r.value);
    }
  }
  memos.set(db, { version, settings });
  return settings;
}

/** The settings in one language. */
export function shopDetails(settings: ShopSettings, locale: Locale): ShopDetails {
  return { ...settings, address: settings.address[locale], hours: settings.hours[locale] };
}

/** The shop's details in one language, read from the database. */
export async function getShopDetails(db: Db, locale: Locale): Promise<ShopDetails> {
  return shopDetails(await getShopSettings(db), locale);
}

/** Links to the shop's messengers (WhatsApp by number, Telegram by user name), when set. */
export function messengerLinks(details: Pick<ShopDetails, 'whatsapp' | 'telegram'>): {
  whatsapp?: string;
  telegram?: string;
} {
  return {
    whatsapp: details.whatsapp ? `https://wa.me/${details.whatsapp.replace(/\D/g, '')}` : undefined,
    telegram: details.telegram ? `https://t.me/${details.telegram.replace(/^@/, '')}` : undefined,
  };
}

const text = (max: number, error: string) => z.string().trim().min(1, error).max(max, error);
const optional = (schema: z.ZodType<string>) => z.union([z.literal(''), schema]);
const Phone = z
  .string()
  .trim()
  .regex(/^\+?[\d\s()-]{7,24}$/, 'settings.error.phone');

/** The admin's form: shared fields by name, the others as `address_ky`, `hours_en`… */
export const ShopSettingsForm = z.object({
  legalName: text(200, 'settings.error.required'),
  phone: optional(Phone),
  email: optional(
    z
      .string()
      .trim()
      .pipe(z.email({ error: 'settings.error.email' })),
  ).transform((v) => v.toLowerCase()),
  whatsapp: optional(Phone),
  telegram: optional(
    z
      .string()
      .trim()
      .regex(/^@?[A-Za-z][A-Za-z0-9_]{4,31}$/, 'settings.error.telegram'),
  ),
  bankRecipient: text(200, 'settings.error.required'),
  bankName: text(200, 'settings.error.required'),
  bankAccount: z
    .string()
    .trim()
    .regex(/^\d{16}$/, 'settings.error.account'),
  bankBic: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'settings.error.bic'),
  bankSwift: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/, 'settings.error.swift'),
  ...Object.fromEntries(
    LOCALIZED_KEYS.flatMap((k) => LOCALES.map((l) => [`${k}_${l}`, text(300, 'settings.error.required')])),
  ),
});

/** A parsed form as settings. */
export function settingsFromForm(data: Record<string, string>): ShopSettings {
  const settings = defaultShopSettings();
  for (const k of SHARED_KEYS) settings[k] = data[k] ?? '';
  for (const k of LOCALIZED_KEYS) for (const l of LOCALES) settings[k][l] = data[`${k}_${l}`] ?? '';
  return settings;
}

/** The settings as the form's fields (to fill the form). */
export function settingsToForm(settings: ShopSettings): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of SHARED_KEYS) out[k] = settings[k];
  for (const k of LOCALIZED_KEYS) for (const l of LOCALES) out[`${k}_${l}`] = settings[k][l];
  return out;
}

/** Saves every setting with one audit row (before and after), in one batch. */
export async function saveShopSettings(
  db: Db,
  actor: { userId: number; ip: string },
  settings: ShopSettings,
  now = Date.now(),
): Promise<void> {
  const before = await getShopSettings(db);
  const upsert = (key: string, locale: string, value: string): InStatement => ({
    sql: `INSERT INTO shop_settings (key, locale, value) VALUES (?, ?, ?)
          ON CONFLICT (key, locale) DO UPDATE SET value = excluded.value, updated_at = unixepoch('subsec') * 1000
          WHERE value != excluded.value`,
    args: [key, locale, value],
  });
  const statements = [
    ...SHARED_KEYS.map((k) => upsert(k, '', settings[k])),
    ...LOCALIZED_KEYS.flatMap((k) => LOCALES.map((l) => upsert(k, l, settings[k][l]))),
    auditStatement(
      {
        userId: actor.userId,
        action: 'settings.update',
        entity: 'shop_settings',
        entityId: 'shop',
        before,
        after: settings,
        ip: actor.ip,
      },
      now,
    ),
  ];
  await db.$client.batch(statements, 'write');
}
