import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/client.ts';
import { loadCatalog } from '../../../tests/factories/catalog.ts';
import { tinyCatalog } from '../../../tests/factories/tiny.ts';
import { freshDb } from '../../../tests/support/db.ts';
import { getProducerPage, getVillagePage } from '../catalog/queries.ts';
import { searchProducts } from '../catalog/search.ts';
import { listHomeStock, setHomeStock } from '../inventory/home-stock.ts';
import { emptyDraft } from '../listings/draft.ts';
import { approveListing, createListing, submitListing } from '../listings/listings.ts';
import {
  blankProducerForm,
  createProducer,
  getProducerForm,
  listStaffProducers,
  parseProducerForm,
  updateProducer,
} from './onboarding.ts';
import { getProfile } from './profile.ts';

const actor = { userId: 1, ip: '127.0.0.1' };
const family = {
  ...blankProducerForm(),
  name_ky: 'Үй-бүлө Сыдыковдор',
  story_ky: 'Биз 2019-жылдан бери алма кургатабыз.',
  village: 'barskoon',
  social_contract: 'on',
  grant_year: '2019',
  women_led: 'on',
  family_members: '4',
  phone: '+996 555 123 456',
  percent: '12.5',
};

describe('the producer form', () => {
  it('needs the name in the main language, a grant year with a social contract, a sane family size', () => {
    const r = parseProducerForm({ ...family, name_ky: '', name_en: 'Sydykovs', grant_year: '', family_members: '0' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors).toMatchObject({
      name_ky: 'staff.producers.error.main_name',
      grant_year: 'staff.producers.error.grant_year',
      family_members: 'staff.producers.error.family',
    });
    expect(r.values.name_en).toBe('Sydykovs');
  });
  it('takes a new village typed in while the list still says "choose…" as that new village', () => {
    const r = parseProducerForm({ ...family, village: '', v_region: 'naryn', v_name_ky: 'Эмгекчил', v_lat: '55' });
    expect(r.values.village).toBe('new');
    expect(!r.ok && r.errors).toEqual({
      v_district_ky: 'places.error.district',
      v_lat: 'places.error.lat',
      v_lng: 'places.error.lng',
    });
    expect(parseProducerForm({ ...family, village: '' }).ok).toBe(false);
  });
  it("checks a new village's fields only when a new village is chosen", () => {
    expect(parseProducerForm({ ...family, v_lat: 'x' }).ok).toBe(true);
    const r = parseProducerForm({ ...family, village: 'new', v_region: 'naryn', v_lat: '55', v_lng: '75' });
    expect(!r.ok && r.errors).toMatchObject({ v_lat: 'places.error.lat', v_name_ky: 'listing.error.name_required' });
  });
});

describe('onboarding a producer', () => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb();
    await loadCatalog(db, tinyCatalog());
  });

  it('creates it in a new village with a Kyrgyz story only; the public pages show it with the fallback', async () => {
    const parsed = parseProducerForm({
      ...family,
      village: 'new',
      v_region: 'naryn',
      v_name_ky: 'Ат-Башы',
      v_district_ky: 'Ат-Башы району',
      v_lat: '41.17',
      v_lng: '75.80',
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const saved = await createProducer(db, actor, parsed);
    expect(saved.ok).toBe(true);
    const id = saved.ok ? saved.id : 0;
    const form = await getProducerForm(db, id);
    expect(form).toMatchObject({
      slug: 'uy-bulo-sydykovdor',
      village: 'at-bashy',
      percent: '12.5',
      grant_year: '2019',
    });
    const page = await getProducerPage(db, 'en', 'uy-bulo-sydykovdor');
    expect(page?.name).toEqual({ text: 'Үй-бүлө Сыдыковдор', locale: 'ky' });
    const village = await getVillagePage(db, 'ky', 'at-bashy');
    expect(village?.producerList.map((p) => p.slug)).toEqual(['uy-bulo-sydykovdor']);
    const audit = await db.$client.execute('SELECT action, entity_id FROM audit_log ORDER BY id');
    expect(audit.rows.map((r) => r.action)).toEqual(['village_created', 'producer_created']);
    expect(audit.rows[1]!.entity_id).toBe(String(id));
    // The same name again gets the next free slug.
    const again = await createProducer(db, actor, {
      ...parsed,
      village: null,
      form: { ...parsed.form, village: 'barskoon' },
    });
    expect(again.ok && (await getProducerForm(db, again.id))?.slug).toBe('uy-bulo-sydykovdor-2');
  });

  it('edits it: English added later, commission changed, the list finds it by village name', async () => {
    const [row] = await listStaffProducers(db, 'en', 'АТ-БАШЫ');
    expect((await listStaffProducers(db, 'en', 'сыдыковдор')).map((p) => p.id)).toContain(row!.id);
    const before = (await getProducerForm(db, row!.id))!;
    const parsed = parseProducerForm({
      ...before,
      name_en: 'Sydykov family',
      story_en: 'Dried apples.',
      percent: '10',
      main_locale: 'en',
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(await updateProducer(db, actor, row!.id, parsed)).toEqual({ ok: true, id: row!.id });
    expect(await getProducerForm(db, row!.id)).toMatchObject({
      name_en: 'Sydykov family',
      percent: '10',
      slug: before.slug,
    });
    const bps = await db.$client.execute({ sql: 'SELECT commission_bps FROM producers WHERE id = ?', args: [row!.id] });
    expect(bps.rows[0]!.commission_bps).toBe(1000);
    // The producer's own profile form puts the main language first.
    expect((await getProfile(db, row!.id))?.mainLocale).toBe('en');
  });

  it('gives a new producer a home where it counts its goods (and one to a producer that had none)', async () => {
    const parsed = parseProducerForm({ ...family, name_ky: 'Үй-бүлө Асановдор', village: 'kochkor' });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const saved = await createProducer(db, actor, parsed);
    if (!saved.ok) throw new Error('not saved');
    const producer = { userId: 1, producerId: saved.id, name: 'Асанов', locale: 'ky' as const, ip: '127.0.0.1' };
    const homes = () =>
      db.$client.execute({
        sql: `SELECT l.code, l.sells_online, t.locale, t.name FROM stock_locations l
              LEFT JOIN stock_location_translations t ON t.location_id = l.id
              WHERE l.kind = 'producer_home' AND l.producer_id = ?`,
        args: [saved.id],
      });
    expect((await homes()).rows.map((r) => [r.code, r.sells_online, r.locale, r.name])).toEqual([
      ['home-uy-bulo-asanovdor', 0, 'ky', 'Үй-бүлө Асановдор'],
    ]);
    const draft = emptyDraft(1);
    draft.texts.ky = { name: 'Кийиз', description: 'Кийиз.', ingredients: '' };
    draft.variants = [{ sku: '', label: { ky: '1 даана', ru: '', en: '' }, priceTiyin: 90_000, weightGrams: 900 }];
    draft.photos = ['test-photo'];
    const product = await createListing(db, producer, draft);
    await submitListing(db, producer, product);
    await approveListing(db, actor, product);
    const [variant] = await listHomeStock(db, saved.id, product);
    expect(await setHomeStock(db, producer, variant!.variantId, 7)).toBe('ok');
    // A producer onboarded before homes were made with it gets one on its first count.
    await db.$client.execute({ sql: `DELETE FROM stock_levels WHERE variant_id = ?`, args: [variant!.variantId] });
    await db.$client.execute({ sql: `DELETE FROM stock_movements WHERE variant_id = ?`, args: [variant!.variantId] });
    await db.$client.execute({ sql: `DELETE FROM stock_locations WHERE producer_id = ?`, args: [saved.id] });
    expect(await setHomeStock(db, producer, variant!.variantId, 5)).toBe('ok');
    expect((await listHomeStock(db, saved.id, product))[0]?.onHand).toBe(5);
    expect((await homes()).rows).toHaveLength(1);
  });

  it('refuses a village that does not exist', async () => {
    const parsed = parseProducerForm({ ...family, village: 'nowhere' });
    if (!parsed.ok) throw new Error('should parse');
    expect(await createProducer(db, actor, parsed)).toEqual({
      ok: false,
      errors: { village: 'staff.producers.error.village' },
    });
  });

  it("finds a new producer's first approved product by the producer's and the new village's names", async () => {
    const parsed = parseProducerForm({
      ...family,
      name_ky: 'Үй-бүлө Жолдошевдор',
      village: 'new',
      v_region: 'issyk-kul',
      v_name_ky: 'Чырак-Таш',
      v_district_ky: 'Тоң району',
      v_lat: '42.2',
      v_lng: '76.5',
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const saved = await createProducer(db, actor, parsed);
    if (!saved.ok) throw new Error('not saved');
    const producer = { userId: 1, producerId: saved.id, name: 'Жолдошев', locale: 'ky' as const, ip: '127.0.0.1' };
    const draft = emptyDraft(1);
    draft.texts.ky = { name: 'Кара бал', description: 'Тоо балы.', ingredients: 'Бал' };
    draft.variants = [
      { sku: '', label: { ky: '500 г', ru: '500 г', en: '500 g' }, priceTiyin: 45_000, weightGrams: 700 },
    ];
    draft.photos = ['test-photo'];
    const product = await createListing(db, producer, draft);
    expect(await submitListing(db, producer, product)).toEqual([]);
    expect((await searchProducts(db, 'ky', 'Чырак-Таш')).total).toBe(0);
    expect((await approveListing(db, actor, product)).ok).toBe(true);
    for (const q of ['Чырак-Таш', 'chyrak', 'Жолдошевдор']) {
      const found = await searchProducts(db, 'en', q);
      expect(
        found.items.map((i) => i.id),
        q,
      ).toEqual([product]);
    }
  });
});
