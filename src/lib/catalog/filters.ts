import { z } from 'zod';

export const SORTS = ['recommended', 'newest', 'price_asc', 'price_desc'] as const;
export type Sort = (typeof SORTS)[number];
export const PAGE_SIZE = 24;
/** The highest page number read from a URL; a larger one is read as this and then sent to the last page. */
export const MAX_PAGE = 10_000;

const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,80}$/)
  .optional()
  .catch(undefined);
const amount = z.coerce.number().min(0).max(100_000_000).optional().catch(undefined);

/** Catalogue filters as they appear in the URL; anything malformed is dropped, never an error page. */
export const CatalogFilters = z.object({
  category: slug,
  region: slug,
  village: slug,
  cert: slug,
  /** Price bounds in the display currency's major units. */
  min: amount,
  max: amount,
  stock: z.enum(['1']).optional().catch(undefined),
  sort: z.enum(SORTS).default('recommended').catch('recommended'),
  /** Missing, zero, negative or garbage is page 1; a huge number is clamped (the page then redirects to the last). */
  page: z.coerce
    .number()
    .int()
    .min(1)
    .catch(1)
    .transform((n) => Math.min(n, MAX_PAGE)),
});
export type CatalogFilters = z.infer<typeof CatalogFilters>;

/** Reads filters from URL search params. */
export function parseCatalogFilters(params: URLSearchParams): CatalogFilters {
  const raw: Record<string, string> = {};
  for (const key of ['category', 'region', 'village', 'cert', 'min', 'max', 'stock', 'sort', 'page']) {
    const v = params.get(key);
    if (v !== null && v !== '') raw[key] = v;
  }
  return CatalogFilters.parse(raw);
}

/** Writes filters back into a query string, leaving defaults out so URLs stay short and canonical. */
export function catalogQuery(filters: Partial<CatalogFilters>, overrides: Partial<CatalogFilters> = {}): string {
  const merged = { ...filters, ...overrides };
  const params = new URLSearchParams();
  for (const key of ['category', 'region', 'village', 'cert', 'min', 'max', 'stock'] as const) {
    const v = merged[key];
    if (v !== undefined && v !== '') params.set(key, String(v));
  }
  if (merged.sort && merged.sort !== 'recommended') params.set('sort', merged.sort);
  if (merged.page && merged.page > 1) params.set('page', String(merged.page));
  const q = params.toString();
  return q ? `?${q}` : '';
}

/** What the catalogue offers to filter by, as far as settling a URL's filters needs it. */
export interface FilterChoices {
  categories?: readonly { slug: string }[];
  regions?: readonly { slug: string }[];
  villages?: readonly { slug: string; region: { slug: string } }[];
  certs?: readonly { slug: string }[];
}

/** The place filters of a URL that were set aside because they contradict each other. */
export interface SettledFilters<F> {
  filters: F;
  /** The village asked for, when it lies outside the chosen region and was dropped (null otherwise). */
  foreignVillage: string | null;
}

/**
 * Keeps only filters the catalogue can honour: a slug it does not know (a deleted village, a typo) is
 * dropped rather than silently matching nothing, and a village outside the chosen region is dropped so
 * the page shows the region's products (region wins: it is the wider choice the visitor made last in
 * the form's order). Lists left out of `choices` are not checked.
 */
export function settleCatalogFilters<
  F extends Partial<Pick<CatalogFilters, 'category' | 'region' | 'village' | 'cert'>>,
>(filters: F, choices: FilterChoices): SettledFilters<F> {
  const out = { ...filters };
  const known = (list: readonly { slug: string }[] | undefined, slug: string | undefined) =>
    !list || slug === undefined || list.some((x) => x.slug === slug);
  if (!known(choices.categories, out.category)) out.category = undefined;
  if (!known(choices.regions, out.region)) out.region = undefined;
  if (!known(choices.certs, out.cert)) out.cert = undefined;
  let foreignVillage: string | null = null;
  if (out.village !== undefined && choices.villages) {
    const village = choices.villages.find((v) => v.slug === out.village);
    if (!village) out.village = undefined;
    else if (out.region !== undefined && village.region.slug !== out.region) {
      foreignVillage = out.village;
      out.village = undefined;
    }
  }
  return { filters: out, foreignVillage };
}

/**
 * The villages the village filter offers: with a region chosen, only that region's; otherwise all,
 * grouped by region in the regions' order. Villages without producers are left out (nothing to find).
 */
export function villageChoices<
  V extends { slug: string; producers: number; region: { slug: string } },
  R extends { slug: string },
>(villages: readonly V[], regions: readonly R[], region: string | undefined): { region: R; villages: V[] }[] {
  return regions
    .filter((r) => region === undefined || r.slug === region)
    .map((r) => ({ region: r, villages: villages.filter((v) => v.region.slug === r.slug && v.producers > 0) }))
    .filter((g) => g.villages.length > 0);
}
