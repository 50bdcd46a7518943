/** Password hashing with argon2id at (at least) OWASP's recommended cost: 19 MiB, 2 passes, 1 lane. */
import { hash, verify } from '@node-rs/argon2';

/** Algorithm 2 is argon2id in @node-rs/argon2's enum (a const enum, which Node's type stripping cannot read). */
const ARGON2ID = 2;
export const PASSWORD_HASH_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** A PHC-format argon2id hash of the password, with a fresh random salt. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASH_OPTIONS);
}

/** True when the password matches the stored hash; false for a wrong password or a malformed hash. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}
