import { z } from 'zod';

export const SORTS = ['recommended', 'newest', 'price_asc', 'price_desc'] as const;
export type Sort = (typeof SORTS)[number];
export const PAGE_SIZE = 24;

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
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
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
