/**
 * Search finds villages and producers themselves, not only their products: a family onboarded this
 * morning, with nothing approved yet, is found by its name or its village's name in any of the three
 * languages and in Latin letters, the same way product search matches (every word, as a word's start).
 * There are hundreds of places, not hundreds of thousands, so they are matched in memory from a list
 * kept until the catalogue version changes (any write to producers or villages bumps it).
 */
import type { Db } from '../../../db/client.ts';
import type { Locale } from '../i18n/locales.ts';
import { bestLocaleSql, type Localized } from './localized.ts';
import { answerCache } from './answer-cache.ts';
import { getCatalogVersion, memoized, type PlaceRef } from './queries.ts';
import { foldText, transliterate } from './search-text.ts';

/** At most this many villages and this many producers are shown above the products. */
export const PLACE_HITS = 6;

export interface VillageHit {
  slug: string;
  name: Localized;
  region: Localized;
}
export interface ProducerHit {
  slug: string;
  name: Localized;
  village: PlaceRef;
  /** True when the producer's own name matched, false when only its village's did. */
  byName: boolean;
}
export interface PlaceResults {
  villages: VillageHit[];
  producers: ProducerHit[];
}

interface Indexed<T> {
  hit: T;
  words: string[];
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words a place is found by: its names folded as search folds them, and their Latin spellings. */
export function placeWords(names: string): string[] {
  const folded = foldText(names);
  return [...new Set([...(folded.match(WORD) ?? []), ...transliterate(folded).split(' ').filter(Boolean)])];
}

/** The query's words as product search reads them (folded, at most eight). */
export function queryWords(query: string): string[] {
  return (foldText(query).match(WORD) ?? []).slice(0, 8);
}

/** Whether every query word starts one of the place's words. */
export function matchesAll(query: string[], words: string[]): boolean {
  return query.length > 0 && query.every((q) => words.some((w) => w.startsWith(q)));
}

const loc = (text: unknown, locale: unknown): Localized => ({
  text: String(text ?? ''),
  locale: (locale ?? 'en') as Locale,
});

/** Every village and active producer with the words they are found by, for one reading language. */
function placeIndex(db: Db, locale: Locale) {
  const best = (table: string, fk: string, id: string) => bestLocaleSql(table, fk, id, locale);
  return memoized(db, `place-search:${locale}`, async () => {
    const [villages, producers] = await db.$client.batch(
      [
        `SELECT vl.slug, vt.name, vt.locale AS name_locale, rt.name AS region, rt.locale AS region_locale,
           (SELECT group_concat(name, ' ') FROM village_translations WHERE village_id = vl.id) AS names
         FROM villages vl
         LEFT JOIN village_translations vt ON vt.village_id = vl.id AND vt.locale = ${best('village_translations', 'village_id', 'vl.id')}
         LEFT JOIN region_translations rt ON rt.region_id = vl.region_id AND rt.locale = ${best('region_translations', 'region_id', 'vl.region_id')}
         ORDER BY vt.name`,
        `SELECT pr.slug, prt.name, prt.locale AS name_locale, vl.slug AS village_slug, vt.name AS village,
           vt.locale AS village_locale,
           (SELECT group_concat(name, ' ') FROM producer_translations WHERE producer_id = pr.id) AS names,
           (SELECT group_concat(name, ' ') FROM village_translations WHERE village_id = vl.id) AS village_names
         FROM producers pr JOIN villages vl ON vl.id = pr.village_id
         LEFT JOIN producer_translations prt ON prt.producer_id = pr.id AND prt.locale = ${best('producer_translations', 'producer_id', 'pr.id')}
         LEFT JOIN village_translations vt ON vt.village_id = vl.id AND vt.locale = ${best('village_translations', 'village_id', 'vl.id')}
         WHERE pr.status = 'active' ORDER BY prt.name`,
      ],
      'read',
    );
    return {
      villages: villages!.rows.map((r): Indexed<VillageHit> => ({
        hit: { slug: String(r.slug), name: loc(r.name, r.name_locale), region: loc(r.region, r.region_locale) },
        words: placeWords(String(r.names ?? '')),
      })),
      producers: producers!.rows.map((r) => ({
        hit: {
          slug: String(r.slug),
          name: loc(r.name, r.name_locale),
          village: { slug: String(r.village_slug), name: loc(r.village, r.village_locale) },
        },
        words: placeWords(String(r.names ?? '')),
        villageWords: placeWords(String(r.village_names ?? '')),
      })),
    };
  });
}

/**
 * The villages whose name, and the producers whose name or village's name, contains every word of the
 * query (as a word's start), in any language or script; producers found by their own name come first.
 */
export async function searchPlaces(db: Db, locale: Locale, query: string): Promise<PlaceResults> {
  const words = queryWords(query);
  if (words.length === 0) return { villages: [], producers: [] };
  // Matching walks every place: the answer is kept per catalogue version, as the places are.
  return foundPlaces.get(db, [await getCatalogVersion(db)], `${locale}\n${words.join(' ')}`, () =>
    matchPlaces(db, locale, words),
  );
}

const foundPlaces = answerCache<PlaceResults>(1000);

async function matchPlaces(db: Db, locale: Locale, words: string[]): Promise<PlaceResults> {
  const index = await placeIndex(db, locale);
  const villages = index.villages.filter((v) => matchesAll(words, v.words)).map((v) => v.hit);
  const byName: ProducerHit[] = [];
  const byVillage: ProducerHit[] = [];
  for (const p of index.producers) {
    if (matchesAll(words, p.words)) byName.push({ ...p.hit, byName: true });
    else if (matchesAll(words, [...p.words, ...p.villageWords])) byVillage.push({ ...p.hit, byName: false });
  }
  return { villages: villages.slice(0, PLACE_HITS), producers: [...byName, ...byVillage].slice(0, PLACE_HITS) };
}
