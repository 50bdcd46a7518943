import { randomBytes, randomInt } from 'node:crypto';

/** A readable order number: OVP-YYMMDD-NNNNN (Bishkek date, random digits; unique index catches a clash). */
export function newOrderNumber(now = new Date()): string {
  const bishkek = new Date(now.getTime() + 6 * 3_600_000).toISOString();
  const date = `${bishkek.slice(2, 4)}${bishkek.slice(5, 7)}${bishkek.slice(8, 10)}`;
  return `OVP-${date}-${String(randomInt(0, 100_000)).padStart(5, '0')}`;
}

/** An unguessable token for the private order link (256 bits). */
export function newAccessToken(): string {
  return randomBytes(32).toString('base64url');
}
