import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/client.ts';
import { loadCatalog } from '../../../tests/factories/catalog.ts';
import { tinyCatalog } from '../../../tests/factories/tiny.ts';
import { freshDb } from '../../../tests/support/db.ts';
import { searchProducts } from '../catalog/search.ts';
import {
  getRegionForm,
  getVillageForm,
  RegionForm,
  REGION_FIELDS,
  saveRegion,
  saveVillage,
  VillageForm,
  VILLAGE_FIELDS,
  withBlanks,
} from './places.ts';
import { firstFreeSlug, slugFromName } from '../catalog/slug.ts';

const actor = { userId: 1, ip: '127.0.0.1' };

describe('slugs', () => {
  it('are Latin kebab-case made from a name in any script', () => {
    expect(slugFromName('Үй-бүлө Асановдор', 'x')).toBe('uy-bulo-asanovdor');
    expect(slugFromName('  Éco Ferme «Ала-Тоо»! ', 'x')).toBe('eco-ferme-ala-too');
    expect(slugFromName('!!!', 'village')).toBe('village');
  });
  it('take the next free number when the name is taken', () => {
    expect(firstFreeSlug('tamga', new Set())).toBe('tamga');
    expect(firstFreeSlug('tamga', new Set(['tamga', 'tamga-2']))).toBe('tamga-3');
  });
});

describe('the village form', () => {
  const valid = withBlanks(VILLAGE_FIELDS, {
    region: 'naryn',
    name_ky: 'Ат-Башы',
    district_ky: 'Ат-Башы району',
    lat: '41,17',
    lng: '75.80',
  });
  it('accepts a Kyrgyz name only, and a decimal comma', () => {
    const r = VillageForm.safeParse(valid);
    expect(r.success && r.data.lat).toBe(41.17);
  });
  it('refuses coordinates outside Kyrgyzstan, a name without district, a story without name', () => {
    const r = VillageForm.safeParse({ ...valid, lat: '48.1', lng: 'east', district_ky: '', story_en: 'A story' });
    expect(r.success).toBe(false);
    const messages = Object.fromEntries(r.error!.issues.map((i) => [i.path[0], i.message]));
    expect(messages).toMatchObject({
      lat: 'places.error.lat',
      lng: 'places.error.lng',
      district_ky: 'places.error.district',
      name_en: 'listing.error.name_for_text',
    });
  });
  it('needs a name in some language', () => {
    const r = VillageForm.safeParse({ ...valid, name_ky: '', district_ky: '' });
    expect(r.error?.issues[0]?.message).toBe('listing.error.name_required');
  });
});

describe('saving places', () => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb();
    await loadCatalog(db, tinyCatalog());
  });

  it('adds a village under its region with a slug from its name, and an audit row', async () => {
    const form = VillageForm.parse(
      withBlanks(VILLAGE_FIELDS, {
        region: 'issyk-kul',
        name_ky: 'Тамга',
        district_ky: 'Жети-Өгүз району',
        story_ky: 'Көлдүн түштүк жээгиндеги айыл.',
        lat: '42.15',
        lng: '77.53',
      }),
    );
    const first = await saveVillage(db, actor, null, form);
    const second = await saveVillage(db, actor, null, form);
    expect(first).toEqual({ ok: true, slug: 'tamga' });
    expect(second).toEqual({ ok: true, slug: 'tamga-2' });
    const values = await getVillageForm(db, 'tamga');
    expect(values).toMatchObject({ region: 'issyk-kul', name_ky: 'Тамга', name_en: '', lat: '42.15' });
    const audit = await db.$client.execute(
      "SELECT entity_id FROM audit_log WHERE action = 'village_created' ORDER BY id",
    );
    const ids = await db.$client.execute("SELECT id FROM villages WHERE slug LIKE 'tamga%' ORDER BY id");
    expect(audit.rows.map((r) => r.entity_id)).toEqual(ids.rows.map((r) => String(r.id)));
  });

  it('refuses a region that does not exist', async () => {
    const form = VillageForm.parse(
      withBlanks(VILLAGE_FIELDS, { region: 'atlantis', name_en: 'X', district_en: 'Y', lat: '42', lng: '75' }),
    );
    expect(await saveVillage(db, actor, null, form)).toEqual({ ok: false, errors: { region: 'places.error.region' } });
  });

  it('renames a village and its products are found by the new name', async () => {
    const before = (await getVillageForm(db, 'barskoon'))!;
    const form = VillageForm.parse({ ...before, name_en: 'Barskoon Gorge' });
    await saveVillage(db, actor, 'barskoon', form);
    const found = await searchProducts(db, 'en', 'gorge');
    expect(found.total).toBeGreaterThan(0);
  });

  it("edits a region's story and coordinates", async () => {
    const before = (await getRegionForm(db, 'naryn'))!;
    expect(Object.keys(before).sort()).toEqual([...REGION_FIELDS].sort());
    const form = RegionForm.parse({ ...before, description_ky: 'Бийик тоолор жана жайлоолор.', lat: '41.43' });
    expect(await saveRegion(db, actor, 'naryn', form)).toEqual({ ok: true, slug: 'naryn' });
    expect(await getRegionForm(db, 'naryn')).toMatchObject({
      description_ky: 'Бийик тоолор жана жайлоолор.',
      lat: '41.43',
    });
  });
});
