import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/client.ts';
import { loadCatalog } from '../../../tests/factories/catalog.ts';
import { tinyCatalog } from '../../../tests/factories/tiny.ts';
import { freshDb } from '../../../tests/support/db.ts';
import { blankProducerForm, createProducer, parseProducerForm } from '../producers/onboarding.ts';
import { matchesAll, placeWords, queryWords, searchPlaces } from './place-search.ts';

describe('place words', () => {
  it('match every query word as the start of a name word, in any script', () => {
    const words = placeWords('Жети-Өгүз Джеты-Огуз Jeti-Oguz');
    for (const q of ['жети', 'ЖЕТИ ОГУЗ', 'jeti-og', 'zheti', 'Джеты', 'oguz jeti'])
      expect(matchesAll(queryWords(q), words), q).toBe(true);
    for (const q of ['гуз', 'jeti karakol', '']) expect(matchesAll(queryWords(q), words), q).toBe(false);
  });
});

describe('searching villages and producers', () => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb();
    await loadCatalog(db, tinyCatalog());
  });

  it('finds villages by any of their names and producers by theirs or their village', async () => {
    const byVillage = await searchPlaces(db, 'en', 'Кочкорка');
    expect(byVillage.villages.map((v) => [v.slug, v.name.text, v.region.text])).toEqual([
      ['kochkor', 'Kochkor', 'Naryn Region'],
    ]);
    expect(byVillage.producers.map((p) => [p.slug, p.byName])).toEqual([
      ['altyn-kol', false],
      ['no-certs', false],
    ]);
    const byName = await searchPlaces(db, 'ru', 'toktogulov');
    expect(byName.villages).toEqual([]);
    expect(byName.producers.map((p) => [p.slug, p.name.text, p.village.name.text, p.byName])).toEqual([
      ['toktogulovs', 'Семья Токтогуловых', 'Барскаун', true],
    ]);
    expect((await searchPlaces(db, 'en', 'naryn et')).producers.map((p) => [p.slug, p.byName])).toEqual([
      ['no-certs', true],
    ]);
    expect(await searchPlaces(db, 'en', '  ')).toEqual({ villages: [], producers: [] });
  });

  it('finds a family onboarded a moment ago, with nothing for sale yet, by its new village in any language', async () => {
    const parsed = parseProducerForm({
      ...blankProducerForm(),
      name_ky: 'Үй-бүлө Бейшеналиевдер',
      village: 'new',
      v_region: 'naryn',
      v_name_ky: 'Эмгекчил',
      v_district_ky: 'Нарын району',
      v_name_en: 'Emgekchil',
      v_district_en: 'Naryn District',
      v_lat: '41.38',
      v_lng: '76.17',
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect((await searchPlaces(db, 'en', 'Emgekchil')).villages).toEqual([]);
    expect((await createProducer(db, { userId: 1 }, parsed)).ok).toBe(true);
    for (const q of ['Emgekchil', 'эмгекчил', 'emgek', 'Бейшеналиевдер', 'beyshenalievder']) {
      const found = await searchPlaces(db, 'en', q);
      expect(
        found.producers.map((p) => [p.name.text, p.name.locale, p.village.name.text]),
        q,
      ).toEqual([['Үй-бүлө Бейшеналиевдер', 'ky', 'Emgekchil']]);
    }
    expect((await searchPlaces(db, 'ru', 'emgekchil')).villages.map((v) => [v.name, v.region.text])).toEqual([
      [{ text: 'Emgekchil', locale: 'en' }, 'Нарынская область'],
    ]);
  });
});
