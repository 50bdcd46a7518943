/**
 * The visitor memo of cached answers (decision 71): on an embedded file a visitor's row is kept while the
 * database's data version stays the same, and any write by any connection — this process's, another
 * worker's — makes the next answer read it again.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import { addToCart, cartIdFor } from '../../src/lib/cart/cart.ts';
import { findUserByEmail, createUser } from '../../src/lib/accounts/users.ts';
import { createSession, readVisitor, startUserSession } from '../../src/lib/sessions/session.ts';
import { loadCatalog } from '../factories/catalog.ts';
import { tinyCatalog } from '../factories/tiny.ts';
import { freshDb } from '../support/db.ts';

let db: Db;
/** A second client on the same file, as another worker of the machine has. */
let other: Db;
let variant: number;
beforeAll(async () => {
  db = await freshDb();
  await loadCatalog(db, tinyCatalog());
  other = openDb((db as Db & { $url: string }).$url);
  variant = Number((await db.$client.execute('SELECT id FROM variants WHERE active = 1 LIMIT 1')).rows[0]!.id);
});

describe('the visitor read of a cached answer', () => {
  it('sees a cart change made through another connection on the very next read', async () => {
    const session = await createSession(db);
    const cart = await cartIdFor(other, session.id);
    expect((await readVisitor(db, session.token))?.visitor).toEqual({ cartCount: 0, user: null });
    await addToCart(other, cart, variant, 2);
    expect((await readVisitor(db, session.token))?.visitor?.cartCount).toBe(2);
    // Read again with nothing written in between (the kept row), then a write of this client.
    expect((await readVisitor(db, session.token))?.visitor?.cartCount).toBe(2);
    await addToCart(db, cart, variant, 1);
    expect((await readVisitor(db, session.token))?.visitor?.cartCount).toBe(3);
    await other.$client.execute({ sql: 'DELETE FROM sessions WHERE id = ?', args: [session.id] });
    expect((await readVisitor(db, session.token))?.visitor).toBeNull();
  });

  it('sees a sign-in, a renamed or disabled account and the catalogue version move', async () => {
    await createUser(db, { email: 'memo@ovop.kg', password: 'a long staff password', role: 'staff', name: 'Айбек' });
    const user = (await findUserByEmail(db, 'memo@ovop.kg'))!;
    const { token } = await startUserSession(db, null, user.id);
    const first = await readVisitor(db, token);
    expect(first.visitor?.user).toEqual({ name: 'Айбек', role: 'staff' });
    await other.$client.execute({ sql: 'UPDATE users SET name = ? WHERE id = ?', args: ['Айбек Осмонов', user.id] });
    expect((await readVisitor(db, token)).visitor?.user?.name).toBe('Айбек Осмонов');
    await other.$client.execute('UPDATE catalog_version SET version = version + 1 WHERE id = 1');
    expect((await readVisitor(db, token)).version).toBe(first.version + 1);
    await other.$client.execute({ sql: 'UPDATE users SET disabled = 1 WHERE id = ?', args: [user.id] });
    expect((await readVisitor(db, token)).visitor).toBeNull();
  });

  it('ends a kept session when its time runs out, with nothing written', async () => {
    const session = await createSession(db);
    const now = Date.now();
    expect((await readVisitor(db, session.token, now)).visitor).not.toBeNull();
    expect((await readVisitor(db, session.token, now + 31 * 24 * 3_600_000)).visitor).toBeNull();
    expect((await readVisitor(db, 'not-a-token')).visitor).toBeNull();
  });
});
