/**
 * The map of where things come from: Kyrgyzstan, its oblasts and Issyk-Kul projected with d3-geo
 * into an SVG string on the server (no script, no tiles), with a link for every village that has
 * producers, coloured by region. The data is the compact file `npm run map:data` extracts from
 * the map packages (decision 55); the drawn map is memoised per catalogue version (decision 56).
 */
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Db } from '../../../db/client.ts';
import { listRegions, listVillages, memoized } from '../catalog/queries.ts';
import type { Locale } from '../i18n/locales.ts';
import { localePath } from '../i18n/paths.ts';
import { getTranslator } from '../i18n/translate.ts';
import mapData from './kyrgyzstan.geo.json' with { type: 'json' };

type Polygon = number[][][];
export const MAP_WIDTH = 640;
export const MAP_HEIGHT = 360;
const PAD = 12;
/** A zoomed map spans at least this many degrees, so a city region still shows its surroundings. */
const MIN_SPAN = 1.2;

/** Which oblast polygon (Natural Earth admin-1 ISO code) draws which region; Osh city has none. */
export const REGION_SHAPES: Record<string, string> = {
  'issyk-kul': 'KG-Y',
  chuy: 'KG-C',
  naryn: 'KG-N',
  talas: 'KG-T',
  'jalal-abad': 'KG-J',
  'osh-region': 'KG-O',
  batken: 'KG-B',
  bishkek: 'KG-GB',
};

/**
 * One colour per region in the shop's order, each at least 4.5:1 against the map's pale land and
 * outlined in white, so markers read on the land, the lake and the oblast tints alike.
 */
export const REGION_COLOURS = [
  '#1d5fa8',
  '#9b2c2c',
  '#276749',
  '#7a4b00',
  '#6b3fa0',
  '#0e6470',
  '#a32d6a',
  '#4a5568',
  '#8a3b12',
  '#2c5282',
];

export type MapFocus = { kind: 'country' } | { kind: 'region'; slug: string } | { kind: 'village'; slug: string };

export interface MapVillage {
  slug: string;
  name: string;
  lat: number;
  lng: number;
  producers: number;
  region: { slug: string; name: string };
}
export interface MapRegion {
  slug: string;
  name: string;
}

export interface MapMarker {
  slug: string;
  href: string;
  label: string;
  x: number;
  y: number;
  colour: string;
  current: boolean;
}
export interface MapView {
  width: number;
  height: number;
  title: string;
  country: string;
  lake: string;
  oblasts: { code: string; d: string; colour: string | null; current: boolean }[];
  markers: MapMarker[];
  legend: { slug: string; name: string; href: string; colour: string }[];
}

/**
 * A d3 path context that writes whole pixels, relative after the first point, and skips points
 * that round onto the previous one: the country outline drops from ~75 KB of degrees to a few KB.
 */
class CompactPath {
  private out = '';
  private x = 0;
  private y = 0;
  moveTo(x: number, y: number) {
    this.x = Math.round(x);
    this.y = Math.round(y);
    this.out += `M${this.x} ${this.y}`;
  }
  lineTo(x: number, y: number) {
    const rx = Math.round(x);
    const ry = Math.round(y);
    if (rx === this.x && ry === this.y) return;
    const dx = rx - this.x;
    const dy = ry - this.y;
    this.out += `l${dx}${dy < 0 ? '' : ' '}${dy}`;
    this.x = rx;
    this.y = ry;
  }
  closePath() {
    this.out += 'z';
  }
  beginPath() {}
  arc() {}
  toString() {
    return this.out;
  }
}

const polygons = (list: Polygon[]): GeoPermissibleObjects => ({ type: 'MultiPolygon', coordinates: list });

/** The area a map is fitted to: the focused region's shape and villages, at least MIN_SPAN wide. */
function fitTarget(focus: MapFocus, villages: MapVillage[], regionSlug: string | null): GeoPermissibleObjects {
  if (focus.kind === 'country' || !regionSlug) return polygons(mapData.country as Polygon[]);
  const shape = mapData.oblasts.find((o) => o.code === REGION_SHAPES[regionSlug]);
  const points = villages.filter((v) => v.region.slug === regionSlug).map((v) => [v.lng, v.lat]);
  const outer = (shape?.polygons ?? []).flatMap((p) => (p as Polygon)[0]!);
  const all = [...outer, ...points];
  if (all.length === 0) return polygons(mapData.country as Polygon[]);
  const lngs = all.map((p) => p[0]!);
  const lats = all.map((p) => p[1]!);
  const [cx, cy] = [(Math.min(...lngs) + Math.max(...lngs)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
  const h = MIN_SPAN / 2;
  const box = [
    [cx - h, cy - h / 2],
    [cx + h, cy + h / 2],
  ];
  return { type: 'MultiPoint', coordinates: [...all, ...box] };
}

/** Builds the map for the country, a region (zoomed) or a village (its region, the village marked). */
export function buildMap(
  locale: Locale,
  focus: MapFocus,
  regions: MapRegion[],
  villages: MapVillage[],
): MapView | null {
  const t = getTranslator(locale);
  const current = focus.kind === 'village' ? villages.find((v) => v.slug === focus.slug) : undefined;
  if (focus.kind === 'village' && !current) return null;
  const regionSlug = focus.kind === 'region' ? focus.slug : (current?.region.slug ?? null);
  if (focus.kind === 'region' && !regions.some((r) => r.slug === regionSlug)) return null;

  const colourOf = new Map(regions.map((r, i) => [r.slug, REGION_COLOURS[i % REGION_COLOURS.length]!]));
  const projection = geoMercator().fitExtent(
    [
      [PAD, PAD],
      [MAP_WIDTH - PAD, MAP_HEIGHT - PAD],
    ],
    fitTarget(focus, villages, regionSlug),
  );
  // A country wider than the box leaves a band below it: the map ends where the drawing does.
  const bottom = geoPath(projection).bounds(fitTarget(focus, villages, regionSlug))[1][1];
  const height = Math.min(MAP_HEIGHT, Math.ceil(bottom + PAD));
  // Clipped just outside the viewBox, so the cut edges of the outline are never drawn.
  projection.clipExtent([
    [-2, -2],
    [MAP_WIDTH + 2, height + 2],
  ]);
  const draw = (object: GeoPermissibleObjects) => {
    const context = new CompactPath();
    geoPath(projection, context)(object);
    return context.toString();
  };
  const shapeRegion = new Map(Object.entries(REGION_SHAPES).map(([slug, code]) => [code, slug]));

  const shown = villages.filter((v) => v.producers > 0 || v.slug === current?.slug);
  const markers: MapMarker[] = [];
  for (const v of shown) {
    const xy = projection([v.lng, v.lat]);
    if (!xy || xy[0] < 0 || xy[1] < 0 || xy[0] > MAP_WIDTH || xy[1] > height) continue;
    markers.push({
      slug: v.slug,
      href: localePath(locale, `/villages/${v.slug}`),
      label: t('map.marker', {
        village: v.name,
        region: v.region.name,
        producers: t('region.producers', { count: v.producers }),
      }),
      x: Math.round(xy[0] * 10) / 10,
      y: Math.round(xy[1] * 10) / 10,
      colour: colourOf.get(v.region.slug) ?? REGION_COLOURS[0]!,
      current: v.slug === current?.slug,
    });
  }
  // The current village last, so it is drawn on top of its neighbours.
  markers.sort((a, b) => Number(a.current) - Number(b.current));
  const onMap = new Set(shown.filter((v) => markers.some((m) => m.slug === v.slug)).map((v) => v.region.slug));
  const focusName = regions.find((r) => r.slug === regionSlug)?.name;

  return {
    width: MAP_WIDTH,
    height,
    title:
      focus.kind === 'country' || !focusName ? t('map.title.country') : t('map.title.region', { region: focusName }),
    country: draw(polygons(mapData.country as Polygon[])),
    lake: draw(polygons(mapData.lake as Polygon[])),
    oblasts: mapData.oblasts
      .map((o) => {
        const slug = shapeRegion.get(o.code) ?? '';
        return {
          code: o.code,
          d: draw(polygons(o.polygons as Polygon[])),
          colour: colourOf.get(slug) ?? null,
          current: slug === regionSlug,
        };
      })
      .filter((o) => o.d !== ''),
    markers,
    legend: regions
      .filter((r) => onMap.has(r.slug))
      .map((r) => ({
        slug: r.slug,
        name: r.name,
        href: localePath(locale, `/regions/${r.slug}`),
        colour: colourOf.get(r.slug)!,
      })),
  };
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The most bytes a drawn map may take in a page (the issue's budget). */
export const MAP_BUDGET = 40 * 1024;

/**
 * The map as SVG markup: land, oblasts tinted by region, the lake, then one link per village. Each
 * link carries its name twice, as aria-label and as a hover <title>; `titles: false` leaves the
 * tooltips out, which getPlaceMap does when a map with many villages would pass MAP_BUDGET.
 */
export function renderMapSvg(view: MapView, { titles = true } = {}): string {
  const oblasts = view.oblasts
    .map((o) => `<path d="${o.d}"${o.colour ? ` fill="${o.colour}"` : ''} class="${o.current ? 'ob cur' : 'ob'}"/>`)
    .join('');
  const markers = view.markers
    .map((m) => {
      const label = escapeXml(m.label);
      const circle = m.current
        ? `<circle cx="${m.x}" cy="${m.y}" r="11" class="halo"/><circle cx="${m.x}" cy="${m.y}" r="7" fill="${m.colour}"/>`
        : `<circle cx="${m.x}" cy="${m.y}" r="5.5" fill="${m.colour}"/>`;
      return `<a href="${m.href}" aria-label="${label}"${m.current ? ' aria-current="page" class="cur"' : ''}>${titles ? `<title>${label}</title>` : ''}${circle}</a>`;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${view.width} ${view.height}" class="kg-map" role="group" aria-label="${escapeXml(view.title)}">` +
    `<path d="${view.country}" class="land"/><g>${oblasts}</g><path d="${view.lake}" class="lake"/>` +
    `<g class="markers">${markers}</g></svg>`
  );
}

export interface MapResult {
  view: MapView;
  svg: string;
}

/** The map for a page, drawn once per catalogue version, locale and focus; null for an unknown place. */
export async function getPlaceMap(db: Db, locale: Locale, focus: MapFocus): Promise<MapResult | null> {
  const key = `map:${locale}:${focus.kind}:${'slug' in focus ? focus.slug : ''}`;
  return memoized(db, key, async () => {
    const [regions, villages] = await Promise.all([listRegions(db, locale), listVillages(db, locale)]);
    const view = buildMap(
      locale,
      focus,
      regions.map((r) => ({ slug: r.slug, name: r.name.text })),
      villages.map((v) => ({
        slug: v.slug,
        name: v.name.text,
        lat: v.lat,
        lng: v.lng,
        producers: v.producers,
        region: { slug: v.region.slug, name: v.region.name.text },
      })),
    );
    if (!view) return null;
    const svg = renderMapSvg(view);
    return { view, svg: Buffer.byteLength(svg) < MAP_BUDGET ? svg : renderMapSvg(view, { titles: false }) };
  });
}
