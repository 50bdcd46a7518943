import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/client.ts';
import { freshDb } from '../../../tests/support/db.ts';
import { createUser } from '../accounts/users.ts';
import { auditStatement, bishkekDayStart } from './audit.ts';
import { AUDIT_PAGE_SIZE, auditPageView } from './audit-view.ts';

let db: Db;
let aigul = 0;
let bakyt = 0;
const DAY = 86_400_000;
const start = bishkekDayStart('2026-11-01');

beforeAll(async () => {
  db = await freshDb();
  aigul = await createUser(db, { email: 'aigul@ovop.kg', password: 'long password one', role: 'staff', name: 'Айгүл' });
  bakyt = await createUser(db, { email: 'bakyt@ovop.kg', password: 'long password two', role: 'admin', name: 'Бакыт' });
  // 120 entries over 12 Bishkek days: Aigul packs orders, Bakyt changes commissions, the shop marks orders paid.
  const statements = Array.from({ length: 120 }, (_, i) => {
    const at = start + Math.floor(i / 10) * DAY + (i % 10) * 60_000;
    const who = i % 3;
    return who === 0
      ? auditStatement(
          {
            userId: aigul,
            action: 'order_packed',
            entity: 'order',
            entityId: `OVP-${i}`,
            before: { status: 'paid' },
            after: { status: 'packed' },
          },
          at,
        )
      : who === 1
        ? auditStatement(
            {
              userId: bakyt,
              action: 'commission_set',
              entity: 'producer',
              entityId: 1,
              before: { commission_bps: 1000 },
              after: { commission_bps: 1200 },
            },
            at,
          )
        : auditStatement(
            {
              userId: null,
              action: 'order_paid',
              entity: 'order',
              entityId: `OVP-${i}`,
              before: { status: 'pending_payment' },
              after: { status: 'paid' },
            },
            at,
          );
  });
  await db.$client.batch(statements, 'write');
});

describe('the audit page', () => {
  it('pages 50 at a time, newest first, with the total', async () => {
    const first = await auditPageView(db, 'en', {}, { isAdmin: false });
    expect(first.total).toBe(120);
    expect(first.pages).toBe(3);
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
    const third = await auditPageView(db, 'en', { page: '3' }, { isAdmin: false });
    expect(third.entries).toHaveLength(20);
    const ids = [
      ...first.entries,
      ...(await auditPageView(db, 'en', { page: '2' }, { isAdmin: false })).entries,
      ...third.entries,
    ].map((e) => e.id);
    expect(new Set(ids).size).toBe(120);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('filters by person, by the shop itself, by kind or one action, and by Bishkek days', async () => {
    const view = (q: Record<string, string>) => auditPageView(db, 'en', q, { isAdmin: false });
    expect((await view({ person: String(aigul) })).total).toBe(40);
    const system = await view({ person: 'system' });
    expect(system.total).toBe(40);
    expect(system.entries.every((e) => e.who === null && e.label === 'Order paid')).toBe(true);
    expect((await view({ kind: 'orders' })).total).toBe(80);
    expect((await view({ kind: 'commission_set' })).total).toBe(40);
    expect((await view({ kind: 'money', person: String(aigul) })).total).toBe(0);
    // Days 2 to 4 of November, both included: 30 entries.
    const days = await view({ from: '2026-11-02', to: '2026-11-04' });
    expect(days.total).toBe(30);
    expect(days.query).toBe('from=2026-11-02&to=2026-11-04');
    expect((await view({ entity: 'order', id: 'OVP-0' })).total).toBe(1);
  });

  it('lists the people who acted, and ignores filters it cannot read instead of failing', async () => {
    const v = await auditPageView(
      db,
      'en',
      { person: 'drop table', kind: 'nope', from: '2026-13-45', page: '-4' },
      { isAdmin: false },
    );
    expect(v.total).toBe(120);
    expect(v.page).toBe(1);
    expect(v.filter).toMatchObject({ person: undefined, kind: undefined, from: undefined });
    expect(v.actors.map((a) => a.name)).toEqual(['Айгүл', 'Бакыт']);
  });
});
