/**
 * The pages a shop must have — contact, shipping and returns, privacy, terms, FAQ — one Markdown text per
 * page and language in `shop_pages`, edited by admins. The HTML is rendered and sanitised when a text is
 * saved, so a public page only reads it; a trigger bumps the catalogue version on every write, so cached
 * pages show an admin's change at once. A language without text falls back requested → en → ru → ky.
 */
import type { InStatement } from '@libsql/client';
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { auditStatement } from '../audit/audit.ts';
import { getCatalogVersion } from '../catalog/queries.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { renderMarkdown, summaryOf } from './markdown.ts';

/** The pages, in the order the footer and the editor list them; each is `/<locale>/<slug>`. */
export const SHOP_PAGE_SLUGS = ['contact', 'shipping-returns', 'faq', 'terms', 'privacy'] as const;
export type ShopPageSlug = (typeof SHOP_PAGE_SLUGS)[number];

/** Whether a string names one of the pages. */
export function isShopPageSlug(value: unknown): value is ShopPageSlug {
  return (SHOP_PAGE_SLUGS as readonly unknown[]).includes(value);
}

/** The longest text a page may have, in characters (the privacy notice is about 6,000). */
export const MAX_MARKDOWN = 20_000;

/** A page as the public route renders it: its HTML in `locale`, which differs from the asked one after a fallback. */
export interface ShopPageText {
  slug: ShopPageSlug;
  locale: Locale;
  html: string;
  description: string;
  updatedAt: number;
}

const FALLBACK: Record<Locale, Locale[]> = Object.fromEntries(
  LOCALES.map((l) => [l, [l, ...(['en', 'ru', 'ky'] as const).filter((o) => o !== l)]]),
) as Record<Locale, Locale[]>;

const memos = new WeakMap<Db, { version: number; pages: Map<string, ShopPageText> }>();

async function loadPages(db: Db): Promise<Map<string, ShopPageText>> {
  const version = await getCatalogVersion(db);
  const memo = memos.get(db);
  if (memo?.version === version) return memo.pages;
  const rs = await db.$client.execute('SELECT slug, locale, html, updated_at FROM shop_pages');
  const pages = new Map<string, ShopPageText>();
  for (const r of rs.rows) {
    const slug = String(r.slug);
    const locale = String(r.locale) as Locale;
    if (!isShopPageSlug(slug) || !LOCALES.includes(locale)) continue;
    const html = String(r.html);
    pages.set(`${slug}/${locale}`, {
      slug,
      locale,
      html,
      description: summaryOf(html),
      updatedAt: Number(r.updated_at),
    });
  }
  memos.set(db, { version, pages });
  return pages;
}

/**
 * A page in the visitor's language, or in the first of en → ru → ky that has it (the page marks it "not
 * yet translated"); null when no language has it. Memoised per catalogue version.
 */
export async function getShopPage(db: Db, slug: ShopPageSlug, locale: Locale): Promise<ShopPageText | null> {
  const pages = await loadPages(db);
  for (const l of FALLBACK[locale]) {
    const page = pages.get(`${slug}/${l}`);
    if (page) return page;
  }
  return null;
}

/** When each page last changed, for the sitemap. */
export async function shopPagesLastModified(db: Db): Promise<Record<ShopPageSlug, number | undefined>> {
  const pages = await loadPages(db);
  const out = {} as Record<ShopPageSlug, number | undefined>;
  for (const slug of SHOP_PAGE_SLUGS) {
    const times = LOCALES.map((l) => pages.get(`${slug}/${l}`)?.updatedAt ?? 0);
    out[slug] = Math.max(...times) || undefined;
  }
  return out;
}

/** One language of a page in the editor. */
export interface ShopPageSource {
  markdown: string;
  /** 0 when the language has no text yet. */
  revision: number;
  updatedAt: number | null;
  updatedBy: string | null;
}

/** Every page with each language's state, for the editor's list. */
export async function listShopPageSources(db: Db): Promise<Record<ShopPageSlug, Record<Locale, ShopPageSource>>> {
  const rs = await db.$client.execute(
    `SELECT p.slug, p.locale, p.markdown, p.revision, p.updated_at, u.name AS updated_by
       FROM shop_pages p LEFT JOIN users u ON u.id = p.updated_by`,
  );
  const empty = (): ShopPageSource => ({ markdown: '', revision: 0, updatedAt: null, updatedBy: null });
  const out = Object.fromEntries(
    SHOP_PAGE_SLUGS.map((s) => [s, Object.fromEntries(LOCALES.map((l) => [l, empty()]))]),
  ) as Record<ShopPageSlug, Record<Locale, ShopPageSource>>;
  for (const r of rs.rows) {
    const slug = String(r.slug);
    const locale = String(r.locale) as Locale;
    if (!isShopPageSlug(slug) || !LOCALES.includes(locale)) continue;
    out[slug][locale] = {
      markdown: String(r.markdown),
      revision: Number(r.revision),
      updatedAt: Number(r.updated_at),
      updatedBy: r.updated_by === null ? null : String(r.updated_by),
    };
  }
  return out;
}

/**
 * The editor's form: the text (empty removes this language, so the page falls back to another) and the
 * revision the form was read at. Error messages are message keys.
 */
export const ShopPageForm = z.object({
  markdown: z
    .string()
    .transform((s) => s.replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().max(MAX_MARKDOWN, 'pages.error.tooLong')),
  revision: z
    .string()
    .regex(/^\d{1,15}$/, 'pages.error.stale')
    .transform(Number),
});
export type ShopPageForm = z.infer<typeof ShopPageForm>;

export type SaveShopPageResult =
  { ok: true; removed: boolean } | { ok: false; error: 'pages.error.stale' | 'pages.error.lastLanguage' };

/**
 * Saves one language of a page — its Markdown, the sanitised HTML and an audit row with the text before
 * and after — in one batch guarded by the revision the admin's form was read at, so a second admin's older
 * form is refused instead of overwriting. An empty text removes the language, never the page's last one.
 */
export async function saveShopPage(
  db: Db,
  actor: { userId: number; ip: string },
  input: { slug: ShopPageSlug; locale: Locale; markdown: string; revision: number },
  origin: string,
  now = Date.now(),
): Promise<SaveShopPageResult> {
  const { slug, locale, markdown, revision } = input;
  const current = (await listShopPageSources(db))[slug];
  const before = current[locale].revision > 0 ? { markdown: current[locale].markdown } : null;
  const removing = markdown === '';
  if (removing && LOCALES.every((l) => l === locale || current[l].revision === 0)) {
    return { ok: false, error: 'pages.error.lastLanguage' };
  }
  let write: InStatement;
  if (removing) {
    write = {
      sql: `DELETE FROM shop_pages WHERE slug = ? AND locale = ? AND revision = ?
              AND EXISTS (SELECT 1 FROM shop_pages WHERE slug = ? AND locale != ?)`,
      args: [slug, locale, revision, slug, locale],
    };
  } else if (revision === 0) {
    write = {
      sql: `INSERT INTO shop_pages (slug, locale, markdown, html, revision, updated_by, created_at, updated_at)
            VALUES (?, ?, ?, ?, 1, ?, ?, ?) ON CONFLICT (slug, locale) DO NOTHING`,
      args: [slug, locale, markdown, renderMarkdown(markdown, origin), actor.userId, now, now],
    };
  } else {
    write = {
      sql: `UPDATE shop_pages SET markdown = ?, html = ?, revision = revision + 1, updated_by = ?, updated_at = ?
             WHERE slug = ? AND locale = ? AND revision = ?`,
      args: [markdown, renderMarkdown(markdown, origin), actor.userId, now, slug, locale, revision],
    };
  }
  const audit = auditStatement(
    {
      userId: actor.userId,
      action: removing ? 'page.remove' : 'page.update',
      entity: 'shop_page',
      entityId: `${slug}/${locale}`,
      before,
      after: removing ? null : { markdown },
      ip: actor.ip,
    },
    now,
    { sql: 'changes() > 0', args: [] },
  );
  const [result] = await db.$client.batch([write, audit], 'write');
  if (!result || result.rowsAffected === 0) return { ok: false, error: 'pages.error.stale' };
  return { ok: true, removed: removing };
}

/**
 * Writes the default texts of every page that has no text in any language yet, all its languages in one
 * guarded statement (so two processes starting at once write them once, and a language an admin removed
 * is never brought back). Run before the server starts (db/setup.ts).
 */
export async function addMissingShopPages(
  db: Db,
  defaults: Record<ShopPageSlug, Record<Locale, string>>,
  origin: string,
): Promise<number> {
  const statements: InStatement[] = SHOP_PAGE_SLUGS.map((slug) => ({
    sql: `INSERT INTO shop_pages (slug, locale, markdown, html)
          SELECT column1, column2, column3, column4 FROM (VALUES ${LOCALES.map(() => '(?, ?, ?, ?)').join(', ')})
           WHERE NOT EXISTS (SELECT 1 FROM shop_pages WHERE slug = ?)`,
    args: [...LOCALES.flatMap((l) => [slug, l, defaults[slug][l], renderMarkdown(defaults[slug][l], origin)]), slug],
  }));
  const results = await db.$client.batch(statements, 'write');
  return results.filter((r) => r.rowsAffected > 0).length;
}
