/**
 * The search page's view-model: the words, the catalogue's filters and sort, the results, the places,
 * the chips (filters read from the words and filters chosen in the form) and the "did you mean" link.
 */
import type { Db } from '../../../db/client.ts';
import type { Locale } from '../i18n/locales.ts';
import { majorToKgsTiyin, type Rate } from '../money/money.ts';
import { catalogQuery, parseCatalogFilters, settleCatalogFilters, type CatalogFilters } from './filters.ts';
import { searchPlaces, type PlaceResults } from './place-search.ts';
import { listCategories, listCertificationKinds, listRegions, listVillages } from './queries.ts';
import { searchCatalog, type SearchResult } from './search.ts';
import { foldText } from './search-text.ts';
import { filterOf } from './synonyms.ts';

/** Most characters of a query read (longer ones are cut). */
const MAX_QUERY = 200;

/** The page's address for these words and filters (defaults left out). */
export function searchHref(q: string, filters: Partial<CatalogFilters>, plain = false): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (plain) params.set('text', '1');
  for (const [k, v] of new URLSearchParams(catalogQuery(filters).slice(1))) params.set(k, v);
  const s = params.toString();
  return `/search${s ? `?${s}` : ''}`;
}

/** The words typed, without the one that named a filter (matched folded, as the search read it). */
export function withoutWord(q: string, word: string): string {
  const folded = foldText(word);
  return q
    .split(/\s+/)
    .filter((w) => foldText(w).replace(/[^\p{L}\p{N}]/gu, '') !== folded)
    .join(' ')
    .trim();
}

export interface SearchChip {
  kind: 'category' | 'region' | 'village' | 'cert' | 'min' | 'max' | 'stock';
  /** The filter's name (category, region…), or the amount for price bounds; empty for stock. */
  name: string;
  /** Path (without locale) of the same search without this filter. */
  remove: string;
  /** Read from a word of the query rather than chosen in the form. */
  fromWords: boolean;
}

export interface SearchView {
  q: string;
  plain: boolean;
  /** Filters in force: chosen in the form, or read from the words. */
  filters: CatalogFilters;
  result: SearchResult | null;
  places: PlaceResults | null;
  chips: SearchChip[];
  /** Path of the corrected search ("did you mean"). */
  suggestion: { query: string; href: string } | null;
  categories: Awaited<ReturnType<typeof listCategories>>;
  regions: Awaited<ReturnType<typeof listRegions>>;
  villages: Awaited<ReturnType<typeof listVillages>>;
  kinds: Awaited<ReturnType<typeof listCertificationKinds>>;
  /** Path with every filter cleared (the words kept), when some are set. */
  reset: string | null;
  /** Path of another page of these results. */
  pageHref: (page: number) => string;
}

/** Fewer results than this and a close word exists: "did you mean" is offered. */
const FEW = 5;

/** Reads the search page's parameters and runs the search (one call for the page). */
export async function loadSearchView(
  db: Db,
  locale: Locale,
  params: URLSearchParams,
  rate: Rate | undefined,
): Promise<SearchView> {
  const q = (params.get('q') ?? '').trim().slice(0, MAX_QUERY);
  const plain = params.get('text') === '1';
  const [categories, regions, villages, kinds] = await Promise.all([
    listCategories(db, locale),
    listRegions(db, locale),
    listVillages(db, locale),
    listCertificationKinds(db, locale),
  ]);
  // As in the catalogue: unknown slugs and a village outside the chosen region are dropped (decision 47).
  const chosen = settleCatalogFilters(parseCatalogFilters(params), {
    categories,
    regions,
    villages,
    certs: kinds,
  }).filters;
  const priced = {
    ...chosen,
    minTiyin: chosen.min !== undefined ? majorToKgsTiyin(chosen.min, rate) : undefined,
    maxTiyin: chosen.max !== undefined ? majorToKgsTiyin(chosen.max, rate) : undefined,
  };
  const [result, places] = q
    ? await Promise.all([
        searchCatalog(db, locale, q, priced, { page: chosen.page, plain }),
        chosen.page === 1 ? searchPlaces(db, locale, q) : Promise.resolve(null),
      ])
    : [null, null];
  const filters: CatalogFilters = { ...chosen };
  for (const d of result?.derived ?? []) filters[d.kind] = d.slug;
  const base = { ...chosen, page: 1 };
  const chips: SearchChip[] = [];
  for (const d of result?.derived ?? []) {
    const rest = withoutWord(q, d.typed);
    const name =
      d.kind === 'category'
        ? categories.find((c) => c.slug === d.slug)?.name.text
        : kinds.find((k) => k.slug === d.slug)?.name;
    chips.push({
      kind: d.kind,
      name: name ?? d.slug,
      // Without the filter the words stay: the other words, or the word itself read as text.
      remove: rest ? searchHref(rest, base, plain) : searchHref(q, base, true),
      fromWords: true,
    });
  }
  const remove = (over: Partial<CatalogFilters>) => searchHref(q, { ...base, ...over }, plain);
  // A chosen filter that a word also names (the form sent back what the words asked for): removing it
  // takes the word too, or it would come straight back as a filter.
  const removeNamed = (kind: 'category' | 'cert', slug: string) => {
    const word = (foldText(q).match(/[\p{L}\p{N}]+/gu) ?? []).find((w) => filterOf(w)[kind] === slug);
    if (!word || plain) return remove({ [kind]: undefined });
    const rest = withoutWord(q, word);
    return rest
      ? searchHref(rest, { ...base, [kind]: undefined }, plain)
      : searchHref(q, { ...base, [kind]: undefined }, true);
  };
  const category = categories.find((c) => c.slug === chosen.category);
  if (category)
    chips.push({
      kind: 'category',
      name: category.name.text,
      remove: removeNamed('category', category.slug),
      fromWords: false,
    });
  const region = regions.find((r) => r.slug === chosen.region);
  if (region)
    chips.push({ kind: 'region', name: region.name.text, remove: remove({ region: undefined }), fromWords: false });
  const village = villages.find((v) => v.slug === chosen.village);
  if (village)
    chips.push({ kind: 'village', name: village.name.text, remove: remove({ village: undefined }), fromWords: false });
  const kind = kinds.find((k) => k.slug === chosen.cert);
  if (kind) chips.push({ kind: 'cert', name: kind.name, remove: removeNamed('cert', kind.slug), fromWords: false });
  if (chosen.min !== undefined)
    chips.push({ kind: 'min', name: String(chosen.min), remove: remove({ min: undefined }), fromWords: false });
  if (chosen.max !== undefined)
    chips.push({ kind: 'max', name: String(chosen.max), remove: remove({ max: undefined }), fromWords: false });
  if (chosen.stock) chips.push({ kind: 'stock', name: '', remove: remove({ stock: undefined }), fromWords: false });
  const suggestion =
    result?.suggestion &&
    foldText(result.suggestion) !== foldText(q) &&
    (result.corrected.length > 0 || result.total < FEW)
      ? { query: result.suggestion, href: searchHref(result.suggestion, base) }
      : null;
  const anyChosen = chips.some((c) => !c.fromWords) || chosen.sort !== 'recommended';
  return {
    q,
    plain,
    filters,
    result,
    places,
    chips,
    suggestion,
    categories,
    regions,
    villages,
    kinds,
    reset: anyChosen ? searchHref(q, {}, plain) : null,
    pageHref: (page) => searchHref(q, { ...chosen, page }, plain),
  };
}
