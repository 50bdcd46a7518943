/**
 * The pages a shop must have — contact, shipping and returns, FAQ, terms, privacy — in three languages,
 * linked from every page's footer and listed in the sitemap; admins edit them (staff are refused), and a
 * saved text is on the public page at once, cached or not, with anything dangerous stripped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import { Buyer } from '../support/client.ts';
import { get } from '../support/http.ts';

const base = () => inject('baseUrl');
const LOCALES = ['ky', 'ru', 'en'] as const;
const SLUGS = ['contact', 'shipping-returns', 'faq', 'terms', 'privacy'];
const TITLES = {
  ky: ['Байланыш', 'Жеткирүү жана кайтаруу', 'Көп берилүүчү суроолор', 'Сатуу шарттары', 'Купуялык саясаты'],
  ru: ['Контакты', 'Доставка и возврат', 'Частые вопросы', 'Условия продажи', 'Политика конфиденциальности'],
  en: ['Contact', 'Shipping and returns', 'Frequently asked questions', 'Terms of sale', 'Privacy notice'],
};
let db: Db;
let admin: Buyer;
let staff: Buyer;
let saved: { slug: string; locale: string; markdown: string; html: string }[];

/** The editor's hidden revision, as the admin's browser would send it back. */
async function revisionOf(slug: string, lang: string): Promise<string> {
  const page = await admin.get(`/en/staff/pages/${slug}?lang=${lang}`);
  expect(page.status).toBe(200);
  return page.doc.querySelector('input[name="revision"]')!.getAttribute('value')!;
}

beforeAll(async () => {
  db = openDb(inject('databaseUrl'));
  saved = (await db.$client.execute('SELECT slug, locale, markdown, html FROM shop_pages')).rows.map((r) => ({
    slug: String(r.slug),
    locale: String(r.locale),
    markdown: String(r.markdown),
    html: String(r.html),
  }));
  admin = new Buyer(base(), { localAddress: '127.0.0.41' });
  staff = new Buyer(base(), { localAddress: '127.0.0.41' });
  expect((await admin.signIn('admin@ovop.kg', 'demo-admin-2026')).status).toBe(303);
  expect((await staff.signIn('staff@ovop.kg', 'demo-staff-2026')).status).toBe(303);
});

// Other test files share this database: put the default texts back.
afterAll(async () => {
  await db.$client.batch(
    [
      'DELETE FROM shop_pages',
      ...saved.map((p) => ({
        sql: 'INSERT INTO shop_pages (slug, locale, markdown, html) VALUES (?, ?, ?, ?)',
        args: [p.slug, p.locale, p.markdown, p.html],
      })),
    ],
    'write',
  );
});

describe('the shop’s pages', () => {
  it('answer 200 in ky, ru and en with their title, real text and the shop’s footer links to all five', async () => {
    expect(saved).toHaveLength(15);
    for (const locale of LOCALES) {
      for (const [i, slug] of SLUGS.entries()) {
        const page = await get(`/${locale}/${slug}`);
        expect(page.status, `${locale}/${slug}`).toBe(200);
        expect(page.doc.querySelector('h1')?.textContent).toBe(TITLES[locale][i]);
        expect(page.doc.querySelector('.untranslated'), `${locale}/${slug}`).toBeNull();
        expect(page.doc.querySelector('.prose')!.textContent.length).toBeGreaterThan(700);
        expect(page.doc.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(40);
        const footer = page.doc.querySelector('footer')!;
        for (const [j, other] of SLUGS.entries()) {
          const link = footer.querySelector(`a[href="/${locale}/${other}"]`);
          expect(link?.textContent, `${locale}/${slug} footer → ${other}`).toBe(TITLES[locale][j]);
        }
      }
    }
  });

  it('show the shop’s details on the contact page and the shipping table’s prices on the shipping page', async () => {
    const contact = await get('/ru/contact');
    const details = contact.doc.querySelector('#shop-details')!.textContent;
    expect(details).toContain('г. Каракол, ул. Токтогула, 123');
    expect(details).toContain('shop@ovop.kg');
    const rates = (
      await db.$client.execute(
        "SELECT r.price_tiyin FROM shipping_rates r JOIN shipping_zones z ON z.id = r.zone_id WHERE z.code = 'kg' ORDER BY r.max_weight_grams LIMIT 1",
      )
    ).rows;
    const som = Number(rates[0]!.price_tiyin) / 100;
    const shipping = await get('/en/shipping-returns');
    const table = shipping.doc.querySelector('#shipping-prices')!;
    expect(table.querySelector('h3')?.textContent).toBe('Within Kyrgyzstan');
    expect(table.querySelector('tbody td.num')?.textContent.replace(/\s/g, '')).toContain(`${som}`);
    expect(shipping.doc.querySelector('.prose')!.textContent).toContain('14 days');
  });

  it('are in the sitemap in three languages, each with its hreflang alternates', async () => {
    const xml = (await get('/sitemaps/places.xml')).html;
    for (const slug of SLUGS) {
      for (const locale of LOCALES) {
        const url = new RegExp(
          `<url><loc>[^<]*/${locale}/${slug}</loc><lastmod>\\d{4}-\\d{2}-\\d{2}</lastmod>(<xhtml:link [^>]+/>){4}</url>`,
        );
        expect(xml, `${locale}/${slug}`).toMatch(url);
      }
      expect(xml).toContain(`hreflang="x-default" href="${base()}/en/${slug}"`);
    }
  });
});

describe('the admin’s page editor', () => {
  it('refuses staff and sends anonymous visitors to sign in', async () => {
    for (const path of ['/ky/staff/pages', '/ky/staff/pages/privacy?lang=ru']) {
      expect((await staff.get(path)).status, path).toBe(403);
      expect((await staff.post(path, { markdown: 'Hacked', revision: '1', intent: 'save' })).status, path).toBe(403);
      expect((await get(path)).status, path).toBe(303);
    }
    expect((await get('/ru/privacy')).html).not.toContain('Hacked');
    expect((await admin.get('/ky/staff/pages')).status).toBe(200);
    expect((await admin.get('/ky/staff/pages/nothing')).status).toBe(404);
  });

  it('puts a saved text on the public page at once although it was cached, with scripts and handlers stripped', async () => {
    await get('/en/faq');
    const cached = await get('/en/faq');
    expect(cached.headers.get('x-cache')).toBe('HIT');
    const markdown = [
      '## Can I pay with a yak?',
      '',
      'Not yet <script>alert("x")</script><img src=x onerror="alert(1)"> — see [our terms](/en/terms), [a](javascript:alert(2)) or [Stripe](https://stripe.com).',
      '',
      '<iframe src="https://evil.example"></iframe><style>body{display:none}</style>',
    ].join('\n');
    const done = await admin.post('/en/staff/pages/faq?lang=en', {
      markdown,
      revision: await revisionOf('faq', 'en'),
      intent: 'save',
    });
    expect(done.status).toBe(303);
    expect(done.location).toBe('/en/staff/pages/faq?lang=en&done=saved');
    const page = await get('/en/faq');
    expect(page.headers.get('x-cache')).not.toBe('HIT');
    const prose = page.doc.querySelector('.prose')!;
    expect(prose.querySelector('h2#can-i-pay-with-a-yak')?.textContent).toBe('Can I pay with a yak?');
    expect(prose.innerHTML).not.toMatch(/script|onerror|javascript:|iframe|<style|<img|alert/i);
    expect(prose.querySelector('a[href="/en/terms"]')?.hasAttribute('rel')).toBe(false);
    expect(prose.querySelector('a[href="https://stripe.com"]')?.getAttribute('rel')).toBe('noopener nofollow ugc');
    // Other languages keep their own text.
    expect((await get('/ru/faq')).doc.querySelector('h2')?.textContent).toBe('Нужна ли регистрация, чтобы купить?');
    const [entry] = (
      await db.$client.execute(
        "SELECT action, after FROM audit_log WHERE entity = 'shop_page' AND entity_id = 'faq/en' ORDER BY id DESC LIMIT 1",
      )
    ).rows;
    expect(entry?.action).toBe('page.update');
    expect(JSON.parse(String(entry?.after))).toEqual({ markdown });
  });

  it('previews without saving, and keeps the typed text on an error or after another admin’s save', async () => {
    const revision = await revisionOf('terms', 'ru');
    const preview = await admin.post('/ru/staff/pages/terms?lang=ru', {
      markdown: '## Проба\n\nЧерновик',
      revision,
      intent: 'preview',
    });
    expect(preview.status).toBe(200);
    expect(preview.doc.querySelector('.preview h2#проба')?.textContent).toBe('Проба');
    expect(preview.doc.querySelector('textarea[name="markdown"]')?.textContent).toBe('## Проба\n\nЧерновик');
    expect((await get('/ru/terms')).html).not.toContain('Черновик');

    const long = 'ж'.repeat(20_001);
    const tooLong = await admin.post('/ru/staff/pages/terms?lang=ru', { markdown: long, revision, intent: 'save' });
    expect(tooLong.status).toBe(422);
    expect(tooLong.doc.querySelector('textarea[name="markdown"]')?.getAttribute('aria-invalid')).toBe('true');
    expect(tooLong.doc.querySelector('textarea[name="markdown"]')?.textContent).toBe(long);
    expect(tooLong.doc.querySelector('[role="alert"]')?.textContent).toContain('20 000');

    expect(
      (await admin.post('/ru/staff/pages/terms?lang=ru', { markdown: 'Первая правка', revision, intent: 'save' }))
        .status,
    ).toBe(303);
    const stale = await admin.post('/ru/staff/pages/terms?lang=ru', {
      markdown: 'Вторая правка',
      revision,
      intent: 'save',
    });
    expect(stale.status).toBe(409);
    expect(stale.doc.querySelector('textarea[name="markdown"]')?.textContent).toBe('Вторая правка');
    expect((await get('/ru/terms')).doc.querySelector('.prose')?.textContent.trim()).toBe('Первая правка');
  });

  it('removes a language, so its visitors see another marked “not yet translated”, but never the last one', async () => {
    const removed = await admin.post('/ky/staff/pages/privacy?lang=ky', {
      markdown: '  ',
      revision: await revisionOf('privacy', 'ky'),
      intent: 'save',
    });
    expect(removed.location).toBe('/ky/staff/pages/privacy?lang=ky&done=removed');
    const page = await get('/ky/privacy');
    expect(page.status).toBe(200);
    expect(page.doc.querySelector('h1')?.textContent).toBe('Купуялык саясаты');
    expect(page.doc.querySelector('.untranslated')?.textContent.trim()).toBe('Азырынча которула элек');
    expect(page.doc.querySelector('.prose')?.getAttribute('lang')).toBe('en');
    expect(page.doc.querySelector('.prose')?.textContent).toContain(
      'Law of the Kyrgyz Republic "On Personal Information"',
    );
    const editor = await admin.get('/ky/staff/pages/privacy?lang=ky');
    expect(editor.doc.querySelector('textarea[name="markdown"]')?.textContent).toBe('');

    for (const lang of ['ru', 'en']) {
      const r = await admin.post(`/en/staff/pages/privacy?lang=${lang}`, {
        markdown: '',
        revision: await revisionOf('privacy', lang),
        intent: 'save',
      });
      expect(r.status, lang).toBe(lang === 'ru' ? 303 : 409);
    }
    expect((await get('/ru/privacy')).doc.querySelector('.prose')?.getAttribute('lang')).toBe('en');
  });
});
