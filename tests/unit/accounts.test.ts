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
