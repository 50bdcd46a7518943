import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/client.ts';
import { defaultShopPages } from '../../../db/seed/shop-pages.ts';
import { freshDb } from '../../../tests/support/db.ts';
import { LOCALES } from '../i18n/locales.ts';
import { shopPageEditor } from './editor.ts';
import { shippingTableView } from './page-view.ts';
import {
  addMissingShopPages,
  getShopPage,
  listShopPageSources,
  MAX_MARKDOWN,
  saveShopPage,
  SHOP_PAGE_SLUGS,
  ShopPageForm,
} from './shop-pages.ts';

const ORIGIN = 'https://shop.example.kg';
let db: Db;
let admin: { userId: number; ip: string };

beforeAll(async () => {
  db = await freshDb();
  const rs = await db.$client.execute(
    "INSERT INTO users (email, password_hash, role, name) VALUES ('a@ovop.kg', '', 'admin', 'Айгүл') RETURNING id",
  );
  admin = { userId: Number(rs.rows[0]!.id), ip: '127.0.0.1' };
  expect(await addMissingShopPages(db, defaultShopPages(), ORIGIN)).toBe(SHOP_PAGE_SLUGS.length);
});

const audit = async (entityId: string) =>
  (
    await db.$client.execute({
      sql: 'SELECT action, before, after FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id',
      args: ['shop_page', entityId],
    })
  ).rows;

describe('the default texts', () => {
  it('are written once, for every page in every language, and never over an admin’s change', async () => {
    expect(await addMissingShopPages(db, defaultShopPages(), ORIGIN)).toBe(0);
    const sources = await listShopPageSources(db);
    for (const slug of SHOP_PAGE_SLUGS)
      for (const l of LOCALES) expect(sources[slug][l].revision, `${slug}/${l}`).toBe(1);
  });

  it('are real text that links only to pages of its own language', () => {
    const defaults = defaultShopPages();
    const paths = new Set([...SHOP_PAGE_SLUGS.map((s) => `/${s}`), '/orders/lookup']);
    for (const slug of SHOP_PAGE_SLUGS) {
      for (const l of LOCALES) {
        const md = defaults[slug][l];
        expect(md.length, `${slug}/${l}`).toBeGreaterThan(800);
        expect(md).not.toMatch(/lorem|todo|xxx|placeholder|\{\{/i);
        for (const [, locale, path] of md.matchAll(/\]\(\/([a-z]{2})(\/[^)#]*)\)/g)) {
          expect(locale, `${slug}/${l} → ${path}`).toBe(l);
          expect(paths.has(path!), `${slug}/${l} → ${path}`).toBe(true);
        }
      }
    }
    // The returns rules the issue names: food cannot be returned, felt goods within 14 days, in every language.
    expect(defaults['shipping-returns'].ky).toContain('«Керектөөчүлөрдүн укуктарын коргоо жөнүндө» Мыйзамын');
    expect(defaults['shipping-returns'].ru).toContain('«О защите прав потребителей»');
    expect(defaults.privacy.ky).toContain('«Жеке мүнөздөгү маалымат жөнүндө» Мыйзамын');
    for (const l of LOCALES) expect(defaults['shipping-returns'][l]).toContain('14');
  });
});

describe('a shop page', () => {
  it('is read in the visitor’s language, and falls back to en → ru → ky when that language has none', async () => {
    const ky = await getShopPage(db, 'terms', 'ky');
    expect(ky?.locale).toBe('ky');
    expect(ky?.html).toContain('<h2 id="биз-эмне-сатабыз">');
    expect(ky?.description).toMatch(/^Бул шарттар/);
    const sources = await listShopPageSources(db);
    const removed = await saveShopPage(
      db,
      admin,
      { slug: 'terms', locale: 'ky', markdown: '', revision: sources.terms.ky.revision },
      ORIGIN,
    );
    expect(removed).toEqual({ ok: true, removed: true });
    const fallen = await getShopPage(db, 'terms', 'ky');
    expect(fallen?.locale).toBe('en');
    expect((await audit('terms/ky')).map((r) => r.action)).toEqual(['page.remove']);
  });

  it('saves an admin’s text sanitised, with its audit row, and is read at once', async () => {
    const before = (await listShopPageSources(db)).faq.ru;
    const markdown =
      '## Вопрос\n\nОтвет <script>alert(1)</script><img src=x onerror=alert(1)> [сайт](https://evil.example)';
    const saved = await saveShopPage(
      db,
      admin,
      { slug: 'faq', locale: 'ru', markdown, revision: before.revision },
      ORIGIN,
    );
    expect(saved).toEqual({ ok: true, removed: false });
    const page = await getShopPage(db, 'faq', 'ru');
    expect(page?.html).toBe(
      '<h2 id="вопрос">Вопрос</h2>\n<p>Ответ  <a href="https://evil.example" rel="noopener nofollow ugc">сайт</a></p>',
    );
    const after = (await listShopPageSources(db)).faq.ru;
    expect(after).toMatchObject({ markdown, revision: before.revision + 1, updatedBy: 'Айгүл' });
    const [row] = await audit('faq/ru');
    expect(row?.action).toBe('page.update');
    expect(JSON.parse(String(row?.before))).toEqual({ markdown: before.markdown });
    expect(JSON.parse(String(row?.after))).toEqual({ markdown });
  });

  it('refuses a save from a form read before another admin’s save, and changes nothing', async () => {
    const current = (await listShopPageSources(db)).privacy.en;
    const first = await saveShopPage(
      db,
      admin,
      { slug: 'privacy', locale: 'en', markdown: 'First admin', revision: current.revision },
      ORIGIN,
    );
    expect(first.ok).toBe(true);
    const second = await saveShopPage(
      db,
      admin,
      { slug: 'privacy', locale: 'en', markdown: 'Second admin', revision: current.revision },
      ORIGIN,
    );
    expect(second).toEqual({ ok: false, error: 'pages.error.stale' });
    expect((await getShopPage(db, 'privacy', 'en'))?.html).toBe('<p>First admin</p>');
    expect(await audit('privacy/en')).toHaveLength(1);
  });

  it('adds a language that had no text, once, and never removes a page’s last language', async () => {
    const added = await saveShopPage(
      db,
      admin,
      { slug: 'terms', locale: 'ky', markdown: 'Жаңы шарттар', revision: 0 },
      ORIGIN,
    );
    expect(added.ok).toBe(true);
    const again = await saveShopPage(
      db,
      admin,
      { slug: 'terms', locale: 'ky', markdown: 'Экинчи жолу', revision: 0 },
      ORIGIN,
    );
    expect(again).toEqual({ ok: false, error: 'pages.error.stale' });
    expect((await getShopPage(db, 'terms', 'ky'))?.html).toBe('<p>Жаңы шарттар</p>');

    let sources = await listShopPageSources(db);
    for (const l of ['ru', 'en'] as const) {
      expect(
        await saveShopPage(
          db,
          admin,
          { slug: 'contact', locale: l, markdown: '', revision: sources.contact[l].revision },
          ORIGIN,
        ),
      ).toMatchObject({ ok: true });
    }
    sources = await listShopPageSources(db);
    const last = await saveShopPage(
      db,
      admin,
      { slug: 'contact', locale: 'ky', markdown: '', revision: sources.contact.ky.revision },
      ORIGIN,
    );
    expect(last).toEqual({ ok: false, error: 'pages.error.lastLanguage' });
    expect((await getShopPage(db, 'contact', 'en'))?.locale).toBe('ky');
  });
});

describe('the editor’s form', () => {
  it('keeps the typed text on every error and previews it without saving', async () => {
    const tooLong = ShopPageForm.safeParse({ markdown: 'я'.repeat(MAX_MARKDOWN + 1), revision: '1' });
    expect(tooLong.error?.issues[0]?.message).toBe('pages.error.tooLong');
    expect(ShopPageForm.parse({ markdown: ' a\r\nb\r\n ', revision: '2' })).toEqual({ markdown: 'a\nb', revision: 2 });

    const typed = { markdown: '## Жаңы\n\nТекст<script>x()</script>', revision: 'abc', intent: 'save' };
    const bad = await shopPageEditor(db, admin, { slug: 'faq', lang: 'ky', form: typed }, ORIGIN);
    expect(bad).toMatchObject({
      status: 422,
      error: 'pages.error.stale',
      values: { markdown: typed.markdown, revision: 'abc' },
    });

    const revision = String((await listShopPageSources(db)).faq.ky.revision);
    const preview = await shopPageEditor(
      db,
      admin,
      { slug: 'faq', lang: 'ky', form: { ...typed, revision, intent: 'preview' } },
      ORIGIN,
    );
    expect(preview.status).toBe(200);
    expect(preview.preview).toBe('<h2 id="жаңы">Жаңы</h2>\n<p>Текст</p>');
    expect(preview.values.markdown).toBe(typed.markdown);
    expect((await listShopPageSources(db)).faq.ky.revision).toBe(Number(revision));

    const saved = await shopPageEditor(db, admin, { slug: 'faq', lang: 'ky', form: { ...typed, revision } }, ORIGIN);
    expect(saved).toMatchObject({ status: 303, redirect: '/staff/pages/faq?lang=ky&done=saved' });
    const stale = await shopPageEditor(
      db,
      admin,
      { slug: 'faq', lang: 'ky', form: { ...typed, revision, markdown: 'Башка' } },
      ORIGIN,
    );
    expect(stale).toMatchObject({ status: 409, error: 'pages.error.stale', values: { markdown: 'Башка' } });
  });
});

describe('the shipping table on the shipping-and-returns page', () => {
  it('names each zone and its countries in the page’s language, lightest parcel first', () => {
    const view = shippingTableView(
      [
        {
          id: 1,
          code: 'eaeu',
          countries: ['RU', 'KZ'],
          names: { ky: 'ЕАЭБ', ru: 'ЕАЭС', en: '' },
          rates: [
            { maxWeightGrams: 3000, priceTiyin: 190_000 },
            { maxWeightGrams: 500, priceTiyin: 110_000 },
          ],
          version: 1,
        },
        {
          id: 2,
          code: 'world',
          countries: ['*'],
          names: { ky: '', ru: '', en: 'World' },
          rates: [{ maxWeightGrams: 1000, priceTiyin: 1 }],
          version: 1,
        },
        { id: 3, code: 'empty', countries: ['CN'], names: { ky: 'Бош', ru: '', en: '' }, rates: [], version: 1 },
      ],
      'ru',
    );
    expect(view).toEqual([
      {
        code: 'eaeu',
        name: 'ЕАЭС',
        countries: 'Казахстан, Россия',
        rates: [
          { upTo: '500 г', priceTiyin: 110_000 },
          { upTo: '3 кг', priceTiyin: 190_000 },
        ],
      },
      { code: 'world', name: 'World', countries: null, rates: [{ upTo: '1 кг', priceTiyin: 1 }] },
    ]);
  });
});
