/**
 * Staff onboard producers and edit places over HTTP (issue 10 point 2): a village added under its
 * region, a family in it with a Kyrgyz story only, shown at once on the public pages (with the
 * "not yet translated" marker in English), the village page and the sitemap; a village added on the
 * spot; localized errors that keep what was typed; producers turned away; a region's story edited;
 * a renamed village found by search.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import en from '../../src/lib/i18n/locales/en.json' with { type: 'json' };
import ky from '../../src/lib/i18n/locales/ky.json' with { type: 'json' };
import { Buyer } from '../support/client.ts';

const base = () => inject('baseUrl');
let db: Db;
let staff: Buyer;

const FAMILY = {
  kind: 'family',
  main_locale: 'ky',
  name_ky: 'Үй-бүлө Абдыкеримовдор',
  story_ky: 'Биз 2018-жылдан бери тоо чөптөрүнөн чай жыйнайбыз. Үй-бүлөдө беш адам иштейт.',
  name_ru: '',
  story_ru: '',
  name_en: '',
  story_en: '',
  social_contract: 'on',
  grant_year: '2018',
  women_led: 'on',
  family_members: '5',
  phone: '+996 700 123 456',
  email: 'abdykerimovy@example.kg',
  address: 'Жаңы-Талап айылы, Мира көчөсү 12',
  percent: '12',
};

const pathOf = (location: string | null) => new URL(location ?? '/', base()).pathname;

beforeAll(async () => {
  db = openDb(inject('databaseUrl'));
  staff = new Buyer(base());
  expect((await staff.signIn('staff@ovop.kg', 'demo-staff-2026')).status).toBe(303);
});

describe('onboarding a producer family', () => {
  let villageSlug = '';
  let producerSlug = '';
  let producerId = 0;

  it('staff add a village under its region', async () => {
    const added = await staff.post('/ky/staff/places/villages/new', {
      region: 'naryn',
      name_ky: 'Жаңы-Талап',
      district_ky: 'Кочкор району',
      story_ky: 'Кочкор өрөөнүндөгү чакан айыл.',
      lat: '42,11',
      lng: '75.62',
      population: '1200',
    });
    expect(added.status).toBe(303);
    villageSlug = pathOf(added.location).split('/').pop()!;
    expect(villageSlug).toBe('zhany-talap');
    const page = await staff.get(added.location!);
    expect(page.doc.querySelector('.flash.ok')?.text).toContain(ky['staff.places.created']);
  });

  it('staff onboard a family in it with a Kyrgyz story only; an admin can invite its account', async () => {
    const created = await staff.post('/ky/staff/producers/new', { ...FAMILY, village: villageSlug });
    expect(created.status).toBe(303);
    producerId = Number(pathOf(created.location).split('/').pop());
    expect(producerId).toBeGreaterThan(0);
    const page = await staff.get(created.location!);
    expect(page.status).toBe(200);
    expect(page.doc.querySelector('.flash.ok')?.text).toContain(ky['staff.producers.created']);
    // Inviting is an admin's (staff would get 403): staff are told so, an admin gets the button.
    expect(page.doc.querySelector('a[href*="/staff/people/invite"]')).toBeNull();
    expect(page.doc.querySelector('.links')?.text).toContain(ky['staff.producers.invite_by_admin']);
    const admin = new Buyer(base());
    expect((await admin.signIn('admin@ovop.kg', 'demo-admin-2026')).status).toBe(303);
    const adminPage = await admin.get(created.location!);
    expect(adminPage.doc.querySelector(`a[href="/ky/staff/people/invite?producer=${producerId}"]`)).not.toBeNull();
    expect(page.doc.querySelector('#story_ky')?.text).toBe(FAMILY.story_ky);
    const row = await db.$client.execute({
      sql: 'SELECT slug, commission_bps, main_locale, grant_year FROM producers WHERE id = ?',
      args: [producerId],
    });
    expect(row.rows[0]).toMatchObject({ commission_bps: 1200, main_locale: 'ky', grant_year: 2018 });
    producerSlug = String(row.rows[0]!.slug);
    expect(producerSlug).toBe('uy-bulo-abdykerimovdor');
    const audit = await db.$client.execute({
      sql: "SELECT user_id FROM audit_log WHERE action = 'producer_created' AND entity_id = ?",
      args: [String(producerId)],
    });
    expect(audit.rows).toHaveLength(1);
  });

  it('the public producer page shows it in Kyrgyz, and in English marked as not yet translated', async () => {
    const visitor = new Buyer(base());
    const kyPage = await visitor.get(`/ky/producers/${producerSlug}`);
    expect(kyPage.status).toBe(200);
    expect(kyPage.doc.querySelector('h1')?.text).toContain(FAMILY.name_ky);
    expect(kyPage.html).toContain(FAMILY.story_ky);
    expect(kyPage.doc.querySelector('.untranslated')).toBeNull();
    const enPage = await visitor.get(`/en/producers/${producerSlug}`);
    expect(enPage.status).toBe(200);
    expect(enPage.doc.querySelector('h1')?.text).toContain(FAMILY.name_ky);
    expect(enPage.doc.querySelector('.untranslated')?.text).toContain(en['product.notTranslated']);
  });

  it('the village page lists it, and the sitemap holds both', async () => {
    const visitor = new Buyer(base());
    const village = await visitor.get(`/ru/villages/${villageSlug}`);
    expect(village.status).toBe(200);
    expect(village.doc.querySelector(`a[href="/ru/producers/${producerSlug}"]`)?.text).toContain(FAMILY.name_ky);
    const sitemap = await visitor.get('/sitemaps/places.xml');
    expect(sitemap.html).toContain(`/ky/villages/${villageSlug}</loc>`);
    expect(sitemap.html).toContain(`/ky/producers/${producerSlug}</loc>`);
    const region = await visitor.get('/en/regions/naryn');
    expect(region.doc.querySelector(`a[href="/en/villages/${villageSlug}"]`)).not.toBeNull();
  });

  it('staff add English later on the edit page; the marker goes away', async () => {
    const saved = await staff.post(`/en/staff/producers/${producerId}`, {
      ...FAMILY,
      village: villageSlug,
      name_en: 'Abdykerimov family',
      story_en: 'Mountain herb teas since 2018.',
    });
    expect(saved.status).toBe(303);
    const enPage = await new Buyer(base()).get(`/en/producers/${producerSlug}`);
    expect(enPage.doc.querySelector('h1')?.text).toContain('Abdykerimov family');
    expect(enPage.doc.querySelector('.untranslated')).toBeNull();
  });

  it('a village can be added on the spot with the producer', async () => {
    const created = await staff.post('/ru/staff/producers/new', {
      ...FAMILY,
      main_locale: 'ru',
      name_ky: '',
      story_ky: '',
      name_ru: 'Кооператив «Ак-Жол»',
      kind: 'cooperative',
      social_contract: '',
      grant_year: '',
      village: 'new',
      v_region: 'talas',
      v_name_ru: 'Ак-Жол',
      v_district_ru: 'Таласский район',
      v_lat: '42.52',
      v_lng: '72.24',
    });
    expect(created.status).toBe(303);
    const village = await new Buyer(base()).get('/ru/villages/ak-zhol');
    expect(village.status).toBe(200);
    expect(village.html).toContain('Кооператив «Ак-Жол»');
  });
});

describe('mistakes and access', () => {
  it('a wrong form answers 422 with Kyrgyz errors and keeps what was typed', async () => {
    const res = await staff.post('/ky/staff/producers/new', {
      ...FAMILY,
      name_ky: '',
      name_en: 'Typed name',
      village: 'new',
      v_region: 'naryn',
      v_name_ky: 'Тоо-Айыл',
      v_district_ky: 'Ат-Башы району',
      v_lat: '48.5',
      v_lng: '75',
      grant_year: '1850',
    });
    expect(res.status).toBe(422);
    expect(res.doc.querySelector('.flash.err')?.text).toContain(ky['form.fix_errors']);
    expect(res.doc.querySelector('#e-name_ky')?.text).toContain(ky['staff.producers.error.main_name']);
    expect(res.doc.querySelector('#e-v_lat')?.text).toContain(ky['places.error.lat']);
    expect(res.doc.querySelector('#e-grant_year')?.text).toContain(ky['staff.producers.error.grant_year']);
    expect(res.doc.querySelector('#story_ky')?.text).toBe(FAMILY.story_ky);
    expect(res.doc.querySelector('#name_en')?.getAttribute('value')).toBe('Typed name');
    expect(res.doc.querySelector('#v_name_ky')?.getAttribute('value')).toBe('Тоо-Айыл');
    expect(res.doc.querySelector('#v_lat')?.getAttribute('value')).toBe('48.5');
    expect(res.doc.querySelector('#village option[value="new"]')?.hasAttribute('selected')).toBe(true);
  });

  it('a village outside Kyrgyzstan is refused on the places page too', async () => {
    const res = await staff.post('/en/staff/places/villages/new', {
      region: 'chuy',
      name_en: 'Moscow',
      district_en: 'Central',
      lat: '55.75',
      lng: '37.62',
    });
    expect(res.status).toBe(422);
    expect(res.doc.querySelector('#e-lat')?.text).toContain(en['places.error.lat']);
    expect(res.doc.querySelector('#e-lng')?.text).toContain(en['places.error.lng']);
    expect(res.doc.querySelector('#name_en')?.getAttribute('value')).toBe('Moscow');
    expect(res.doc.querySelector('#region option[selected]')?.getAttribute('value')).toBe('chuy');
  });

  it('producers and visitors are turned away from these pages', async () => {
    const producer = new Buyer(base());
    expect((await producer.signIn('producer@ovop.kg', 'demo-producer-2026')).status).toBe(303);
    for (const path of [
      '/ky/staff/producers',
      '/ky/staff/producers/new',
      '/ky/staff/producers/1',
      '/ky/staff/places',
      '/ky/staff/places/regions/naryn',
      '/ky/staff/places/villages/new',
    ]) {
      expect((await producer.get(path)).status, path).toBe(403);
      expect((await producer.post(path, FAMILY)).status, path).toBe(403);
    }
    const count = await db.$client.execute(
      "SELECT count(*) AS n FROM producers WHERE slug LIKE 'uy-bulo-abdykerimovdor%'",
    );
    expect(Number(count.rows[0]!.n)).toBe(1);
  });
});

describe('editing places', () => {
  it("staff edit a region's story and the public page shows it", async () => {
    const form = await staff.get('/en/staff/places/regions/naryn');
    const fields = Object.fromEntries(
      form.doc
        .querySelectorAll('form.form input, form.form textarea')
        .map((el) => [
          el.getAttribute('name')!,
          el.tagName === 'TEXTAREA' ? el.text : (el.getAttribute('value') ?? ''),
        ]),
    );
    expect(fields.name_en).toBeTruthy();
    const story = 'Naryn: high pastures, yaks and felt, and the road to Tash-Rabat.';
    const saved = await staff.post('/en/staff/places/regions/naryn', { ...fields, description_en: story });
    expect(saved.status).toBe(303);
    const page = await new Buyer(base()).get('/en/regions/naryn');
    expect(page.html).toContain(story);
  });

  it("a renamed village's products are found by the new name at once", async () => {
    const rs = await db.$client.execute(`SELECT v.slug FROM villages v JOIN producers pr ON pr.village_id = v.id
      JOIN products p ON p.producer_id = pr.id WHERE p.status = 'published' LIMIT 1`);
    const slug = String(rs.rows[0]!.slug);
    const form = await staff.get(`/en/staff/places/villages/${slug}`);
    const fields = Object.fromEntries(
      form.doc
        .querySelectorAll('form.form input, form.form textarea, form.form select')
        .map((el) => [
          el.getAttribute('name')!,
          el.tagName === 'TEXTAREA'
            ? el.text
            : el.tagName === 'SELECT'
              ? (el.querySelector('option[selected]')?.getAttribute('value') ?? '')
              : (el.getAttribute('value') ?? ''),
        ]),
    );
    const saved = await staff.post(`/en/staff/places/villages/${slug}`, { ...fields, name_en: 'Zoomerang Valley' });
    expect(saved.status).toBe(303);
    const found = await new Buyer(base()).get('/en/search?q=zoomerang');
    expect(found.doc.querySelectorAll('.card-grid li').length).toBeGreaterThan(0);
  });
});

it('the staff pages for producers and places are valid HTML (Nu Html Checker), forms with errors included', async () => {
  const vnuJar = join(createRequire(import.meta.url).resolve('vnu-jar'), '..', 'build', 'dist', 'vnu.jar');
  const dir = mkdtempSync(join(tmpdir(), 'ovop-vnu-places-'));
  const pages = [
    await staff.get('/ky/staff/producers'),
    await staff.get('/ky/staff/producers/new'),
    await staff.post('/ky/staff/producers/new', { ...FAMILY, name_ky: '', village: 'new', v_lat: 'x' }),
    await staff.get('/ru/staff/producers/1'),
    await staff.get('/en/staff/places'),
    await staff.get('/en/staff/places/regions/naryn'),
    await staff.get('/ky/staff/places/villages/new?region=naryn'),
    await staff.post('/ru/staff/places/villages/new', { region: 'naryn', name_ru: 'Х', lat: '1', lng: '2' }),
  ];
  const files = pages.map((page, i) => {
    const file = join(dir, `page-${i}.html`);
    writeFileSync(file, page.html);
    return file;
  });
  expect(pages.map((p) => p.status)).toEqual([200, 200, 422, 200, 200, 200, 200, 422]);
  const { stdout } = await promisify(execFile)(
    'java',
    ['-jar', vnuJar, '--errors-only', '--format', 'json', '--stdout', '--exit-zero-always', ...files],
    { maxBuffer: 32 * 1024 * 1024 },
  );
  const messages = (
    JSON.parse(stdout) as { messages: { type: string; url: string; message: string; extract?: string }[] }
  ).messages;
  expect(
    messages.filter((m) => m.type === 'error').map((m) => `${m.url.split('/').pop()}: ${m.message} ${m.extract ?? ''}`),
  ).toEqual([]);
});
