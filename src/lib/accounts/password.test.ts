import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';

describe('password hashing', () => {
  it('uses argon2id with at least OWASP’s cost (19 MiB, 2 passes, 1 lane) and a fresh salt', async () => {
    const a = await hashPassword('correct horse battery staple');
    const b = await hashPassword('correct horse battery staple');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
  });
  it('verifies the right password only', async () => {
    const h = await hashPassword('Бир айыл – бир продукт');
    expect(await verifyPassword(h, 'Бир айыл – бир продукт')).toBe(true);
    expect(await verifyPassword(h, 'бир айыл – бир продукт')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });
});
