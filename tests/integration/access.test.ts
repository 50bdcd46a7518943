/**
 * Who may enter the producer, staff and admin areas, for every route under /<locale>/producer/** and
 * /<locale>/staff/** read from src/pages (routes added later are covered without editing this file; the
 * admin-only staff sections come from ADMIN_SECTIONS in src/lib/http/guards.ts): anonymous visitors are
 * sent to the sign-in page and back, other roles get 403, for GET and POST alike, and the right role gets
 * in. This is the one place that checks the areas route by route.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { Buyer } from '../support/client.ts';
import { areaOf, type Area } from '../../src/lib/http/guards.ts';
import { areaRoutes } from '../support/routes.ts';

const base = () => inject('baseUrl');
const LOCALES = ['ky', 'ru', 'en'];
let producer: Buyer;
let staff: Buyer;
let admin: Buyer;

beforeAll(async () => {
  producer = new Buyer(base(), { localAddress: '127.0.0.11' });
  staff = new Buyer(base(), { localAddress: '127.0.0.11' });
  admin = new Buyer(base(), { localAddress: '127.0.0.11' });
  expect((await producer.signIn('producer@ovop.kg', 'demo-producer-2026')).status).toBe(303);
  expect((await staff.signIn('staff@ovop.kg', 'demo-staff-2026')).status).toBe(303);
  expect((await admin.signIn('admin@ovop.kg', 'demo-admin-2026')).status).toBe(303);
});

/** Who is refused in an area, and who gets in. */
const intrudersOf = (area: Area) =>
  area === 'producer' ? [staff, admin] : area === 'staff' ? [producer] : [producer, staff];
const ownerOf = (area: Area) => (area === 'producer' ? producer : area === 'staff' ? staff : admin);

/** The routes with their parameters filled (any value: the role check comes before the lookup). */
const paths = areaRoutes().map(({ route, area }, i) => {
  const locale = LOCALES[i % LOCALES.length]!;
  return { area, locale, path: route.pattern.replace('[locale]', locale).replace(/\[[^\]]+\]/g, '1') };
});

describe('the producer, staff and admin areas', () => {
  it('finds the area routes in src/pages', () => {
    expect(paths.filter((p) => p.area === 'producer').length).toBeGreaterThanOrEqual(8);
    expect(paths.filter((p) => p.area === 'staff').length).toBeGreaterThanOrEqual(15);
    expect(paths.filter((p) => p.area === 'admin').length).toBeGreaterThanOrEqual(3);
  });

  it('sends anonymous visitors to the sign-in page and back, for GET and POST', async () => {
    const visitor = new Buyer(base(), { localAddress: '127.0.0.11' });
    for (const { path, locale } of paths) {
      const sent = `/${locale}/account/sign-in?next=${encodeURIComponent(path)}`;
      const read = await visitor.get(path);
      expect(read.status, `GET ${path}`).toBe(303);
      expect(read.location, `GET ${path}`).toBe(sent);
      const posted = await visitor.post(path, { intent: 'save' });
      expect(posted.status, `POST ${path}`).toBe(303);
      expect(posted.location, `POST ${path}`).toBe(sent);
    }
  });

  it('refuses the other roles with 403, for GET and POST (staff included on admin pages)', async () => {
    for (const { path, area } of paths) {
      for (const intruder of intrudersOf(area)) {
        expect((await intruder.get(path)).status, `GET ${path}`).toBe(403);
        expect((await intruder.post(path, { intent: 'save' })).status, `POST ${path}`).toBe(403);
      }
    }
  });

  it('never shows staff a link into the admin area (it would answer them 403)', async () => {
    const staffPages = paths.filter((p) => p.area === 'staff');
    const dead: string[] = [];
    for (const { path } of staffPages) {
      const res = await staff.get(path);
      if (res.status !== 200) continue;
      for (const a of res.doc.querySelectorAll('a[href^="/"]')) {
        const target = new URL(a.getAttribute('href')!, base()).pathname;
        if (areaOf(target) === 'admin') dead.push(`${path} → ${target}`);
      }
    }
    expect(dead).toEqual([]);
  });

  it('lets the right role in', async () => {
    for (const { path, area } of paths) {
      const owner = ownerOf(area);
      const res = await owner.get(path);
      expect([200, 404], `GET ${path}`).toContain(res.status);
    }
  });
});
