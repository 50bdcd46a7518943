/**
 * The one rule for "is this certificate valid today": verified by staff and not past its last day
 * (in Bishkek; a certificate without an end date never expires). The public pages, the certificate
 * pack and the producer's and staff's lists all read it from here.
 */

/** The SQL form of the rule for a certificate aliased `alias`; binds one argument, today's date. */
export const validCertificateSql = (alias = 'ce'): string =>
  `${alias}.status = 'verified' AND (${alias}.valid_until IS NULL OR ${alias}.valid_until >= ?)`;

interface CertificateDates {
  status: 'pending' | 'verified' | 'rejected';
  validUntil: string | null;
}

/** Whether the certificate's last day (YYYY-MM-DD) is before `today` (YYYY-MM-DD, Bishkek). */
export function isCertificateExpired(c: { validUntil: string | null }, today: string): boolean {
  return c.validUntil !== null && c.validUntil < today;
}

/** Whether the certificate is valid on `today`: verified and unexpired. */
export function isCertificateValid(c: CertificateDates, today: string): boolean {
  return c.status === 'verified' && !isCertificateExpired(c, today);
}

/** What a list shows for a certificate: its review status, except that a verified one past its last day is expired. */
export function certificateState(c: CertificateDates, today: string): CertificateDates['status'] | 'expired' {
  return c.status === 'verified' && isCertificateExpired(c, today) ? 'expired' : c.status;
}
