/**
 * The server-drawn map (issue 12 point 2) on the demo shop: on the home, regions, region and village
 * pages, under 40 KB, every marker a link with an accessible name in the page's language that
 * answers 200, the current village marked on its page, and no script on the page for it.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { openDb } from '../../db/client.ts';

const base = () => inject('baseUrl');
const KB = 1024;
let regionSlugs: string[];
let villageSlug: string;

beforeAll(async () => {
  const db = openDb(inject('databaseUrl'));
  const regions = await db.$client.execute(
    `SELECT DISTINCT rg.slug FROM regions rg JOIN villages v ON v.region_id = rg.id
     JOIN producers pr ON pr.village_id = v.id AND pr.status = 'active' ORDER BY rg.sort`,
  );
  regionSlugs = regions.rows.map((r) => String(r.slug));
  const village = await db.$client.execute(
    `SELECT v.slug FROM villages v JOIN producers pr ON pr.village_id = v.id AND pr.status = 'active'
     GROUP BY v.id ORDER BY count(*) DESC, v.slug LIMIT 1`,
  );
  villageSlug = String(village.rows[0]!.slug);
});

async function mapOf(path: string): Promise<{ svg: HTMLElement; size: number; html: string }> {
  const res = await fetch(`${base()}${path}`);
  expect(res.status, path).toBe(200);
  const html = await res.text();
  const match = html.match(/<svg[^>]*class="kg-map"[\s\S]*?<\/svg>/);
  expect(match, `${path} has a map`).not.toBeNull();
  return { svg: parse(match![0]).querySelector('svg')!, size: Buffer.byteLength(match![0]), html };
}

describe('the map of where things come from', () => {
  it('is on every place page, small, with a named link per village that answers 200', async () => {
    const sizes: Record<string, number> = {};
    const checked = new Set<string>();
    for (const locale of ['ky', 'ru', 'en']) {
      const paths = [
        `/${locale}/`,
        `/${locale}/regions`,
        ...regionSlugs.map((s) => `/${locale}/regions/${s}`),
        `/${locale}/villages/${villageSlug}`,
      ];
      for (const path of paths) {
        const { svg, size } = await mapOf(path);
        sizes[path] = size;
        expect(size, path).toBeLessThan(40 * KB);
        const links = svg.querySelectorAll('a');
        expect(links.length, path).toBeGreaterThan(0);
        for (const a of links) {
          const href = a.getAttribute('href')!;
          expect(href).toMatch(new RegExp(`^/${locale}/villages/[a-z0-9-]+$`));
          expect(a.getAttribute('aria-label')!.length).toBeGreaterThan(5);
          checked.add(href);
        }
      }
    }
    for (const href of checked) expect((await fetch(`${base()}${href}`)).status, href).toBe(200);
    console.log('map sizes (bytes):', JSON.stringify(sizes));
  });

  it('names markers in the page language and marks the current village', async () => {
    const names: Record<string, string> = {};
    for (const locale of ['ky', 'ru', 'en']) {
      const { svg, html } = await mapOf(`/${locale}/villages/${villageSlug}`);
      const current = svg.querySelectorAll('a[aria-current="page"]');
      expect(current).toHaveLength(1);
      expect(current[0]!.getAttribute('href')).toBe(`/${locale}/villages/${villageSlug}`);
      const h1 = parse(html).querySelector('h1')!.text.trim();
      const label = current[0]!.getAttribute('aria-label')!;
      expect(label.startsWith(`${h1}, `)).toBe(true);
      names[locale] = label;
      // The map needs no script.
      expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)[^>]*>/);
    }
    expect(names.ru).toMatch(/производител/);
    expect(names.ky).toMatch(/өндүрүүчү/);
    expect(names.en).toMatch(/producer/);
  });

  it('zooms a region page: its villages only are in its legend and the country map has them all', async () => {
    const { svg: country } = await mapOf('/en/regions');
    const countryLinks = country.querySelectorAll('a').length;
    for (const slug of regionSlugs.slice(0, 3)) {
      const res = await fetch(`${base()}/en/regions/${slug}`);
      const page = parse(await res.text());
      const legend = page.querySelectorAll('.place-map .legend a').map((a) => a.getAttribute('href'));
      expect(legend).toContain(`/en/regions/${slug}`);
      expect(page.querySelectorAll('svg.kg-map a').length).toBeLessThanOrEqual(countryLinks);
    }
  });
});
