/**
 * Product search: a plan from the typed words (search-plan.ts) run against the FTS5 index, with the
 * catalogue's filters and sort. Ranking, best first: every word whole in a name, every word whole
 * anywhere, every word in a name (prefixes too), the rest; then bm25 when the matches are few enough
 * to rank, else newest first (decision 68).
 */
import type { InValue } from '@libsql/client';
import { readRows, type Db } from '../../../db/client.ts';
import type { Locale } from '../i18n/locales.ts';
import { PAGE_SIZE, type CatalogFilters } from './filters.ts';
import { answerCache } from './answer-cache.ts';
import { catalogWhere, getCatalogVersion, getProductCards, listProducts, todayInBishkek } from './queries.ts';
import type { Page, ProductCard } from './queries.ts';
import { buildVocabulary, planSearch, type SearchPlan, type Vocabulary } from './search-plan.ts';

/** Matches beyond this many (newest first) are not ranked or counted exactly: the page says "more than". */
export const SEARCH_RANK_WINDOW = 1000;
/** With filters or another sort, this many newest text matches are filtered and sorted. */
export const SEARCH_FILTER_WINDOW = 2_000;

const vocabularies = new WeakMap<
  Db,
  { version: string; vocab: Vocabulary; refreshing: Promise<void> | null; loadedAt: number; checkedAt: number }
>();
const firstLoads = new WeakMap<Db, Promise<Vocabulary>>();
/** A changed index refreshes the vocabulary at most this often. */
const VOCAB_REFRESH_MS = 60_000;
/** Searches answered from kept results look at the index's version at most this often. */
const VOCAB_CHECK_MS = 5_000;

/**
 * The index's own version: FTS5's structure record (row 10 of its data table) changes with every write
 * to the index and only then, so a sale or a price change (which move the catalogue version) does not
 * make the vocabulary be read again.
 */
async function indexVersion(db: Db): Promise<string> {
  const [r] = await readRows(db, 'SELECT hex(block) AS v FROM product_search_data WHERE id = 10');
  return String(r?.v ?? '');
}

async function loadVocabulary(db: Db): Promise<Vocabulary> {
  const rs = await readRows(db, 'SELECT term, doc FROM search_vocab');
  return buildVocabulary(rs.map((r) => [String(r.term), Number(r.doc)] as const));
}

/**
 * The index's terms for typo correction, read once and refreshed in the background when the index
 * changed (at most once a minute): a request never waits for a rebuild except the very first.
 */
export async function getSearchVocabulary(db: Db, now = Date.now()): Promise<Vocabulary> {
  const version = await indexVersion(db);
  const held = vocabularies.get(db);
  if (!held) {
    // Searches arriving together at a fresh process wait for one read of the vocabulary, not one each.
    let first = firstLoads.get(db);
    if (!first) {
      const loading: Promise<Vocabulary> = loadVocabulary(db).then((vocab) => {
        // Kept unless forgotten meanwhile.
        if (firstLoads.get(db) === loading) {
          vocabularies.set(db, { version, vocab, refreshing: null, loadedAt: now, checkedAt: now });
          firstLoads.delete(db);
        }
        return vocab;
      });
      loading.catch(() => firstLoads.get(db) === loading && firstLoads.delete(db));
      firstLoads.set(db, loading);
      first = loading;
    }
    return first;
  }
  held.checkedAt = now;
  if (held.version !== version && !held.refreshing && now - held.loadedAt >= VOCAB_REFRESH_MS) {
    held.refreshing = loadVocabulary(db)
      .then((vocab) => Object.assign(held, { vocab, version, loadedAt: Date.now() }))
      .catch(() => undefined)
      .then(() => {
        held.refreshing = null;
      });
  }
  return held.vocab;
}

/** Drops the held vocabulary, so the next search reads it again (tests, after a bulk import). */
export function forgetSearchVocabulary(db: Db): void {
  vocabularies.delete(db);
  firstLoads.delete(db);
}

export type SearchFilters = Omit<CatalogFilters, 'page'> & { minTiyin?: number; maxTiyin?: number };

export interface SearchResult extends Page<ProductCard> {
  /** More text matches than were ranked: the count is "more than `limit`". */
  capped: boolean;
  limit: number;
  /** Filters read from the words ("organic" → cert organic), with the word that named each. */
  derived: SearchPlan['derived'];
  /** The query with typos corrected, when one was (a "did you mean" link). */
  suggestion: string | null;
  /** Words corrected and searched instead, typed → used. */
  corrected: { typed: string; used: string }[];
}

/** Words searched as another term: corrected typos, including those that then named a filter. */
const correctionsOf = (plan: SearchPlan) => [
  ...plan.words.flatMap((w) => (w.corrected ? [{ typed: w.typed, used: w.corrected }] : [])),
  ...plan.derived.flatMap((d) => (d.word !== d.typed ? [{ typed: d.typed, used: d.word }] : [])),
];

const hasFilters = (f: Partial<SearchFilters>) =>
  Boolean(
    f.category || f.region || f.village || f.cert || f.stock || f.minTiyin !== undefined || f.maxTiyin !== undefined,
  );

const ORDER: Record<CatalogFilters['sort'], string> = {
  recommended: '',
  newest: 'p.published_at DESC, p.id DESC',
  price_asc: 'p.min_price_tiyin ASC, p.id ASC',
  price_desc: 'p.min_price_tiyin DESC, p.id DESC',
};

/**
 * Searches the catalogue as a buyer means it: synonyms in three languages and two alphabets, typos
 * corrected from the index's vocabulary, filter words ("organic", "мёд") turned into filters, and the
 * catalogue's filters and sort. With `plain`, no word is read as a filter. A page of results is kept
 * per catalogue version and vocabulary (decision 68).
 */
export async function searchCatalog(
  db: Db,
  locale: Locale,
  query: string,
  filters: SearchFilters,
  options: { page?: number; plain?: boolean; rankWindow?: number; today?: string; keep?: boolean } = {},
): Promise<SearchResult> {
  const page = options.page ?? 1;
  const today = options.today ?? todayInBishkek();
  const rankWindow = options.rankWindow ?? SEARCH_RANK_WINDOW;
  const version = await getCatalogVersion(db);
  // A page of results (cards included) is the same for everyone until the catalogue or the vocabulary
  // changes: the version moves with every write a result shows (index, prices, stock, certificates).
  // `keep: false` computes the search afresh (the benchmark's timing of the search itself).
  if (options.keep !== false && !vocabularies.has(db)) await getSearchVocabulary(db);
  const held = vocabularies.get(db);
  if (!held || options.keep === false)
    return computeSearch(db, locale, query, filters, page, options.plain, rankWindow, today);
  // Kept results do not read the vocabulary: the index's version is still looked at now and then, so a
  // changed index refreshes it (and with it drops the kept results) as when every search read it.
  if (Date.now() - held.checkedAt >= VOCAB_CHECK_MS) {
    held.checkedAt = Date.now();
    void getSearchVocabulary(db).catch(() => undefined);
  }
  const key = JSON.stringify([locale, query, filterKey(filters), page, Boolean(options.plain), rankWindow, today]);
  return searchResults.get(db, [version, held.vocab], key, () =>
    computeSearch(db, locale, query, filters, page, options.plain, rankWindow, today),
  );
}

/** Pages of results kept per catalogue version and vocabulary: popular searches repeat. */
const searchResults = answerCache<SearchResult>(500);

/** Search result pages kept now for this database (tests). */
export const keptSearchResults = (db: Db) => searchResults.size(db);

/** Every filter set, in a stable order (a filter added later is part of the key without a change here). */
const filterKey = (f: SearchFilters) =>
  Object.entries(f)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));

async function computeSearch(
  db: Db,
  locale: Locale,
  query: string,
  filters: SearchFilters,
  page: number,
  plain: boolean | undefined,
  rankWindow: number,
  today: string,
): Promise<SearchResult> {
  const options = { plain };
  const vocab = await getSearchVocabulary(db);
  const plan = planSearch(query, vocab, {
    taken: { category: filters.category, cert: filters.cert },
    plain: options.plain,
  });
  const effective: SearchFilters = { ...filters };
  for (const d of plan.derived) effective[d.kind] = d.slug;
  const corrected = correctionsOf(plan);
  const base = { derived: plan.derived, suggestion: plan.suggestion, corrected };
  if (!plan.match) {
    if (!hasFilters(effective)) return { items: [], total: 0, page: 1, pages: 1, capped: false, limit: 0, ...base };
    const listed = await listProducts(db, locale, { ...effective, page }, today);
    return { ...listed, capped: false, limit: 0, ...base };
  }
  const result = await runTextSearch(db, locale, plan, effective, page, rankWindow, today);
  if (result.total === 0 && plan.derived.some((d) => d.kind === 'category')) {
    // "honey soap": no honey is soap, so the category word goes back to being a word.
    const words = planSearch(query, vocab, {
      taken: { category: filters.category, cert: filters.cert },
      plain: options.plain,
      categoryWords: false,
    });
    if (words.match) {
      const retry = await runTextSearch(
        db,
        locale,
        words,
        { ...effective, category: filters.category },
        page,
        rankWindow,
        today,
      );
      if (retry.total > 0)
        return {
          ...retry,
          derived: words.derived,
          suggestion: words.suggestion,
          corrected: correctionsOf(words),
        };
    }
  }
  return { ...result, ...base };
}

async function runTextSearch(
  db: Db,
  locale: Locale,
  plan: SearchPlan,
  filters: SearchFilters,
  page: number,
  rankWindow: number,
  today: string,
): Promise<Page<ProductCard> & { capped: boolean; limit: number }> {
  const offset = (page - 1) * PAGE_SIZE;
  const filtered = hasFilters(filters) || filters.sort !== 'recommended';
  const limit = filtered ? Math.max(rankWindow, SEARCH_FILTER_WINDOW) : rankWindow;
  const { where, args } = catalogWhere(filters, today);
  // Whole words in a name: the names column only (its transliteration column also spells the producer and place).
  const inName = (q: string) => `{names} : (${q})`;
  const named = (q: string) => `{names translit} : (${q})`;
  // Tiers as rowid sets: the newest `limit` of each cover every candidate in the window (they are subsets).
  const tiers = `(w.r IN wn) DESC, (w.r IN wa) DESC, (w.r IN pn) DESC`;
  // This page's order matters only when the matches are too many for the bm25 pass below; else the tier
  // sets are never read here (SQLite reads an IN set the first time it is evaluated).
  const cappedSql = `(SELECT count(*) FROM cand) > ?2`;
  const tiersIfCapped = ['wn', 'wa', 'pn'].map((t) => `CASE WHEN ${cappedSql} THEN w.r IN ${t} END DESC`).join(', ');
  const order = ORDER[filters.sort] || `${tiersIfCapped}, w.r`;
  const sql = `WITH cand AS MATERIALIZED (SELECT rowid AS r FROM product_search WHERE product_search MATCH ?1 ORDER BY rowid LIMIT ?2 + 1),
      wn AS (SELECT rowid FROM product_search WHERE product_search MATCH ?3 ORDER BY rowid LIMIT ?2),
      wa AS (SELECT rowid FROM product_search WHERE product_search MATCH ?4 ORDER BY rowid LIMIT ?2),
      pn AS (SELECT rowid FROM product_search WHERE product_search MATCH ?5 ORDER BY rowid LIMIT ?2),
      w AS MATERIALIZED (SELECT c.r FROM (SELECT r FROM cand ORDER BY r LIMIT ?2) c
        ${filtered ? `JOIN products p ON p.id = -c.r WHERE ${where.join(' AND ')}` : ''})
    SELECT -w.r AS id, (SELECT count(*) FROM cand) AS candidates, (SELECT count(*) FROM w) AS total
    FROM w ${filtered ? 'JOIN products p ON p.id = -w.r' : ''} ORDER BY ${order} LIMIT ?6 OFFSET ?7`;
  const params: InValue[] = [
    plan.match!,
    limit,
    inName(plan.whole!),
    plan.whole!,
    named(plan.match!),
    PAGE_SIZE,
    offset,
  ];
  // Filter arguments are numbered after the fixed ones.
  let n = params.length;
  const numbered = sql.replace(/\?(?!\d)/g, () => `?${++n}`);
  const found = await readRows(db, numbered, [...params, ...args]);
  let total = Number(found[0]?.total ?? 0);
  let candidates = Number(found[0]?.candidates ?? 0);
  if (found.length === 0 && offset > 0) {
    const [r] = await readRows(db, numbered.replace(/LIMIT \?6 OFFSET \?7$/, 'LIMIT 1'), [...params, ...args]);
    total = Number(r?.total ?? 0);
    candidates = Number(r?.candidates ?? 0);
  }
  const capped = candidates > limit;
  let ids = found.map((r) => Number(r.id));
  if (!capped && !ORDER[filters.sort] && total > 0) {
    // Few enough to rank by bm25 (names weigh 10, Latin transliterations 5, the rest 1) within each tier.
    const ranked = await readRows(
      db,
      `WITH wn AS (SELECT rowid FROM product_search WHERE product_search MATCH ?2),
            wa AS (SELECT rowid FROM product_search WHERE product_search MATCH ?3),
            pn AS (SELECT rowid FROM product_search WHERE product_search MATCH ?4),
            w AS (SELECT rowid AS r, bm25(product_search, 10.0, 5.0, 1.0) AS score FROM product_search WHERE product_search MATCH ?1)
       SELECT -w.r AS id FROM w ${filtered ? `JOIN products p ON p.id = -w.r WHERE ${where.join(' AND ')}` : ''}
       ORDER BY ${tiers}, w.score, w.r LIMIT ?5 OFFSET ?6`.replace(
        /\?(?!\d)/g,
        (() => {
          let k = 6;
          return () => `?${++k}`;
        })(),
      ),
      [plan.match!, inName(plan.whole!), plan.whole!, named(plan.match!), PAGE_SIZE, offset, ...args],
    );
    ids = ranked.map((r) => Number(r.id));
  }
  const items = await getProductCards(db, locale, ids, today);
  return { items, total, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), capped, limit };
}

/**
 * Text search alone (no filter words, no filters), newest-window ranking as the page shows it:
 * for places that find products by words (tests, onboarding checks, the benchmark).
 */
export async function searchProducts(
  db: Db,
  locale: Locale,
  query: string,
  page = 1,
  rankWindow = SEARCH_RANK_WINDOW,
): Promise<SearchResult> {
  return searchCatalog(db, locale, query, { sort: 'recommended' }, { page, plain: true, rankWindow });
}
