/** A producer's own profile: their name and story in each language, and their wholesale terms. */
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { auditStatement } from '../audit/audit.ts';
import { reindexProducts } from '../catalog/search-index.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';

export interface ProfileTexts {
  name: string;
  story: string;
  minOrder: string;
  monthlyCapacity: string;
}

export interface Profile {
  id: number;
  slug: string;
  phone: string;
  email: string;
  leadTimeDays: number | null;
  /** The language the producer writes in (set by staff at onboarding): its fields come first. */
  mainLocale: Locale;
  texts: Record<Locale, ProfileTexts>;
}

/** The producer's profile as they edit it. */
export async function getProfile(db: Db, producerId: number): Promise<Profile | null> {
  const [p, t] = await db.$client.batch(
    [
      { sql: 'SELECT * FROM producers WHERE id = ?', args: [producerId] },
      { sql: 'SELECT * FROM producer_translations WHERE producer_id = ?', args: [producerId] },
    ],
    'read',
  );
  const row = p!.rows[0];
  if (!row) return null;
  const blank = (): ProfileTexts => ({ name: '', story: '', minOrder: '', monthlyCapacity: '' });
  const texts = { ky: blank(), ru: blank(), en: blank() };
  for (const r of t!.rows) {
    texts[r.locale as Locale] = {
      name: String(r.name),
      story: String(r.story),
      minOrder: String(r.min_order ?? ''),
      monthlyCapacity: String(r.monthly_capacity ?? ''),
    };
  }
  return {
    id: Number(row.id),
    slug: String(row.slug),
    phone: String(row.phone ?? ''),
    email: String(row.email ?? ''),
    leadTimeDays: row.lead_time_days === null ? null : Number(row.lead_time_days),
    mainLocale: (LOCALES as readonly unknown[]).includes(row.main_locale) ? (row.main_locale as Locale) : 'ky',
    texts,
  };
}

const line = (max: number) => z.string().trim().max(max, 'listing.error.too_long');
const localeFields = Object.fromEntries(
  LOCALES.flatMap((l) => [
    [`name_${l}`, line(120)],
    [`story_${l}`, line(6000)],
    [`min_order_${l}`, line(120)],
    [`capacity_${l}`, line(120)],
  ]),
);

/** A producer's phone as people write it (optional). */
export const PhoneField = z
  .string()
  .trim()
  .regex(/^(\+?[\d\s()-]{7,20})?$/, 'profile.error.phone');
/** A producer's e-mail address (optional). */
export const EmailField = z.union([z.literal(''), z.email('account.error.email').max(200)]);

export const ProfileForm = z
  .object({
    ...localeFields,
    phone: PhoneField,
    email: EmailField,
    lead_time: z.union([
      z.literal(''),
      z.coerce.number('listing.error.whole_number').int('listing.error.whole_number').min(1).max(365),
    ]),
  })
  .superRefine((f, ctx) => {
    const v = f as Record<string, unknown>;
    if (LOCALES.every((l) => !v[`name_${l}`]))
      ctx.addIssue({ code: 'custom', message: 'listing.error.name_required', path: [`name_${LOCALES[0]}`] });
    for (const l of LOCALES) {
      if (!v[`name_${l}`] && v[`story_${l}`])
        ctx.addIssue({ code: 'custom', message: 'listing.error.name_for_text', path: [`name_${l}`] });
    }
  });

/** The form's values for a profile. */
export function profileToForm(p: Profile): Record<string, string> {
  const v: Record<string, string> = {
    phone: p.phone,
    email: p.email,
    lead_time: p.leadTimeDays ? String(p.leadTimeDays) : '',
  };
  for (const l of LOCALES) {
    v[`name_${l}`] = p.texts[l].name;
    v[`story_${l}`] = p.texts[l].story;
    v[`min_order_${l}`] = p.texts[l].minOrder;
    v[`capacity_${l}`] = p.texts[l].monthlyCapacity;
  }
  return v;
}

/**
 * Saves the profile. It goes live at once (it is the producer's own voice, and every change is in the
 * audit log for staff); product listings are what staff review before buyers see them.
 */
export async function updateProfile(
  db: Db,
  actor: { userId: number; producerId: number; ip?: string | null },
  form: z.infer<typeof ProfileForm>,
): Promise<void> {
  const before = await getProfile(db, actor.producerId);
  const v = form as Record<string, string>;
  const statements = [
    {
      sql: `UPDATE producers SET phone = ?, email = ?, lead_time_days = ?, updated_at = unixepoch('subsec') * 1000 WHERE id = ?`,
      args: [form.phone || null, form.email || null, form.lead_time === '' ? null : form.lead_time, actor.producerId],
    },
    ...LOCALES.map((l) =>
      v[`name_${l}`]
        ? {
            sql: `INSERT INTO producer_translations (producer_id, locale, name, story, min_order, monthly_capacity) VALUES (?, ?, ?, ?, ?, ?)
                  ON CONFLICT (producer_id, locale) DO UPDATE SET name = excluded.name, story = excluded.story,
                    min_order = excluded.min_order, monthly_capacity = excluded.monthly_capacity, updated_at = unixepoch('subsec') * 1000`,
            args: [
              actor.producerId,
              l,
              v[`name_${l}`]!,
              v[`story_${l}`] ?? '',
              v[`min_order_${l}`] || null,
              v[`capacity_${l}`] || null,
            ],
          }
        : {
            sql: 'DELETE FROM producer_translations WHERE producer_id = ? AND locale = ?',
            args: [actor.producerId, l],
          },
    ),
    auditStatement({
      userId: actor.userId,
      action: 'profile_updated',
      entity: 'producer',
      entityId: actor.producerId,
      before: before && profileToForm(before),
      after: form,
      ip: actor.ip,
    }),
  ];
  await db.$client.batch(statements, 'write');
  // Search finds products by their producer's name too.
  if (before && LOCALES.some((l) => before.texts[l].name !== (v[`name_${l}`] ?? ''))) {
    const ids = await db.$client.execute({
      sql: 'SELECT id FROM products WHERE producer_id = ?',
      args: [actor.producerId],
    });
    await reindexProducts(
      db,
      ids.rows.map((r) => Number(r.id)),
    );
  }
}
