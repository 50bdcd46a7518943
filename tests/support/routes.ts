/**
 * Every route of the shop, read from src/pages/** (so routes added later are covered without editing a
 * list), with its dynamic segments filled by a value that exists in the database and by garbage.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Db } from '../../db/client.ts';
import { areaOf, type Area } from '../../src/lib/http/guards.ts';
import { ROOT } from './server.ts';

export interface Route {
  /** The route as Astro writes it: /[locale]/products/[slug]. */
  pattern: string;
  /** Its dynamic segments' names, in order ('...lot' for a rest parameter). */
  params: string[];
}

/** The routes under src/pages, from their file names. */
export function listRoutes(): Route[] {
  const pages = join(ROOT, 'src/pages');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(astro|ts|md|mdx|html)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) files.push(path);
    }
  };
  walk(pages);
  return files
    .map((file) => {
      let pattern = `/${relative(pages, file).replace(/\.(astro|ts|md|mdx|html)$/, '')}`;
      pattern = pattern.replace(/\/index$/, '') || '/';
      const params = [...pattern.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]!);
      return { pattern, params };
    })
    .sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** Values that exist, per parameter name, read from the database; garbage is added by `fill`. */
export async function realParams(db: Db): Promise<Record<string, string[]>> {
  const one = async (sql: string) => {
    const rs = await db.$client.execute(sql);
    return rs.rows.map((r) => String(Object.values(r)[0]));
  };
  const batch = (
    await db.$client.execute(
      `SELECT v.sku, v.barcode, b.code, p.slug FROM batches b JOIN variants v ON v.id = b.variant_id
      JOIN products p ON p.id = v.product_id ORDER BY b.id LIMIT 1`,
    )
  ).rows[0]!;
  const ownProduct = await one(
    `SELECT p.id FROM products p JOIN users u ON u.producer_id = p.producer_id WHERE u.email = 'producer@ovop.kg' LIMIT 1`,
  );
  return {
    locale: ['en'],
    slug: [String(batch.slug)],
    'products/slug': [String(batch.slug)],
    'provenance/slug': [String(batch.slug)],
    'producers/slug': await one('SELECT slug FROM producers LIMIT 1'),
    'regions/slug': await one('SELECT slug FROM regions LIMIT 1'),
    'villages/slug': await one('SELECT slug FROM villages LIMIT 1'),
    'pages/slug': ['faq'],
    id: ownProduct,
    'producers/id': await one('SELECT id FROM producers ORDER BY id LIMIT 1'),
    'certificates/id': await one('SELECT id FROM certificates LIMIT 1'),
    number: await one('SELECT number FROM orders ORDER BY id DESC LIMIT 1'),
    token: await one('SELECT access_token FROM orders ORDER BY id DESC LIMIT 1'),
    producer: await one('SELECT slug FROM producers LIMIT 1'),
    code: ['EUR'],
    'photos/file': [
      ...(await one("SELECT key FROM media WHERE kind = 'photo' LIMIT 1")).map((k) => `${k}-640.webp`),
      'x.webp',
    ],
    'sitemaps/file': ['1'],
    'illustrations/file': ['kalpak-plain-3.r1.svg', 'rocket-amber-1.r1.svg'],
    'photos/n': ['1'],
    sku: [String(batch.sku)],
    gtin: [String(batch.barcode ?? '04870000000000')],
    '...lot': [String(batch.code)],
  };
}

/** Garbage for any parameter: not a number, negative, huge, odd characters, a path trick, unicode. */
export const GARBAGE = [
  'abc',
  '-1',
  '1e5',
  '99999999999999999999',
  '%00',
  '..%2F..%2Fetc%2Fpasswd',
  '%F0%9F%90%9D',
  "x'%22<>",
  'a'.repeat(300),
];

/**
 * Concrete paths for a route: one with real values (when the database has them) and `garbage` more with
 * each parameter replaced by garbage (picked in turn, so different routes get different garbage).
 */
export function fill(route: Route, real: Record<string, string[]>, garbage = 1, locale = 'en', seed = 0): string[] {
  const paths = new Set<string>();
  const build = (pick: (name: string, i: number, before: string) => string) => {
    let i = 0;
    const segments = route.pattern.split('/');
    return segments
      .map((segment, at) =>
        segment.replace(/\[([^\]]+)\]/g, (_, name: string) =>
          name === 'locale' ? locale : pick(name, i++, segments[at - 1] ?? ''),
        ),
      )
      .join('/');
  };
  paths.add(build((name, _, before) => encodeURI(real[`${before}/${name}`]?.[0] ?? real[name]?.[0] ?? 'x')));
  for (let g = 0; g < garbage; g++) paths.add(build((_, i) => GARBAGE[(seed + g + i) % GARBAGE.length]!));
  return [...paths];
}

/** The producer, staff and admin areas' routes, each with the area the middleware guards it as. */
export function areaRoutes(): { route: Route; area: Area }[] {
  return listRoutes().flatMap((route) => {
    const area = route.pattern.startsWith('/[locale]/') ? areaOf(route.pattern.replace('[locale]', 'en')) : null;
    return area ? [{ route, area }] : [];
  });
}
