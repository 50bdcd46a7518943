import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { verifyPassword } from '../../src/lib/accounts/password.ts';
import { createUser, DuplicateEmailError, findUserByEmail } from '../../src/lib/accounts/users.ts';
import { loadCatalog } from '../factories/catalog.ts';
import { tinyCatalog } from '../factories/tiny.ts';
import { freshDb } from '../support/db.ts';

let db: Db;
beforeAll(async () => {
  db = await freshDb();
  await loadCatalog(db, tinyCatalog());
});

describe('accounts', () => {
  it('creates a staff account with a hashed password, found by email in any case', async () => {
    await createUser(db, { email: 'Staff@Ovop.kg', password: 'a long staff password', role: 'staff', name: 'Жылдыз' });
    const user = (await findUserByEmail(db, 'STAFF@ovop.kg'))!;
    expect(user).toMatchObject({
      email: 'staff@ovop.kg',
      role: 'staff',
      producerId: null,
      locale: 'ky',
      disabled: false,
    });
    expect(user.passwordHash).not.toContain('a long staff password');
    expect(await verifyPassword(user.passwordHash, 'a long staff password')).toBe(true);
  });
  it('refuses a second account with the same email', async () => {
    await expect(
      createUser(db, { email: 'staff@ovop.kg', password: 'another long password', role: 'admin', name: 'Нурлан' }),
    ).rejects.toBeInstanceOf(DuplicateEmailError);
  });
  it('ties a producer account to exactly one producer, and staff to none', async () => {
    await expect(
      createUser(db, { email: 'p@ovop.kg', password: 'producer password 1', role: 'producer', name: 'Асылбек' }),
    ).rejects.toThrow(/producer/);
    await expect(
      createUser(db, {
        email: 's2@ovop.kg',
        password: 'staff password 22',
        role: 'staff',
        name: 'Айгүл',
        producerId: 1,
      }),
    ).rejects.toThrow(/producer/);
    const id = await createUser(db, {
      email: 'p@ovop.kg',
      password: 'producer password 1',
      role: 'producer',
      name: 'Асылбек',
      producerId: 1,
    });
    expect(id).toBeGreaterThan(0);
  });
  it('asks for passwords of at least 12 characters', async () => {
    await expect(
      createUser(db, { email: 'short@ovop.kg', password: 'short', role: 'staff', name: 'Short' }),
    ).rejects.toThrow(/12/);
  });
});

describe('sessions and throttling', () => {
  it('ends a signed-in session after two idle hours and after twelve hours however busy', async () => {
    const { startUserSession, findSession, USER_IDLE_MS, USER_ABSOLUTE_MS } =
      await import('../../src/lib/sessions/session.ts');
    const user = await findUserByEmail(db, 'staff@ovop.kg');
    const t0 = Date.parse('2026-11-22T08:00:00Z');
    const idle = await startUserSession(db, null, user!.id, {}, t0);
    expect(await findSession(db, idle.token, t0 + USER_IDLE_MS - 1000)).not.toBeNull();
    expect(await findSession(db, idle.token, t0 + 2 * USER_IDLE_MS)).toBeNull();
    const busy = await startUserSession(db, null, user!.id, {}, t0);
    let now = t0;
    while (now < t0 + USER_ABSOLUTE_MS - 3_600_000) {
      now += 3_600_000;
      expect((await findSession(db, busy.token, now))?.user?.email).toBe('staff@ovop.kg');
    }
    expect(await findSession(db, busy.token, t0 + USER_ABSOLUTE_MS + 1)).toBeNull();
  });
  it('throttles one account from one address, and one address over many accounts', async () => {
    const { checkSignInThrottle, claimSignInAttempt, MAX_ADDRESS_FAILURES } =
      await import('../../src/lib/accounts/throttle.ts');
    const t0 = Date.parse('2026-11-22T08:00:00Z');
    for (let i = 0; i < 5; i++) expect(await claimSignInAttempt(db, 'a@ovop.kg', '10.0.0.1', t0 + i)).not.toBeNull();
    expect(await claimSignInAttempt(db, 'a@ovop.kg', '10.0.0.1', t0 + 6)).toBeNull();
    expect(await checkSignInThrottle(db, 'a@ovop.kg', '10.0.0.1', t0 + 10)).toMatchObject({ allowed: false });
    expect(await checkSignInThrottle(db, 'a@ovop.kg', '10.0.0.2', t0 + 10)).toEqual({ allowed: true });
    expect(await checkSignInThrottle(db, 'a@ovop.kg', '10.0.0.1', t0 + 16 * 60_000)).toEqual({ allowed: true });
    for (let i = 0; i < MAX_ADDRESS_FAILURES; i++) {
      await claimSignInAttempt(db, `u${i}@ovop.kg`, '10.0.0.3', t0 + i);
    }
    expect(await checkSignInThrottle(db, 'new@ovop.kg', '10.0.0.3', t0 + 100)).toMatchObject({ allowed: false });
    expect(await claimSignInAttempt(db, 'new@ovop.kg', '10.0.0.3', t0 + 100)).toBeNull();
  });
  it('counts a parallel burst of guesses as it arrives: only five are let through', async () => {
    const { claimSignInAttempt } = await import('../../src/lib/accounts/throttle.ts');
    const t0 = Date.parse('2026-11-23T08:00:00Z');
    const claims = await Promise.all(
      Array.from({ length: 100 }, () => claimSignInAttempt(db, 'burst@ovop.kg', '10.0.0.9', t0)),
    );
    expect(claims.filter((id) => id !== null)).toHaveLength(5);
  });
});
