import type { SessionUser } from '../sessions/session.ts';

/** Who may open a certificate's document: staff, its own producer, and anyone once staff verified it. */
export function canSeeCertificateDocument(
  user: SessionUser | null,
  certificate: { status: string; producerId: number },
): boolean {
  if (certificate.status === 'verified') return true;
  if (!user) return false;
  if (user.role === 'staff' || user.role === 'admin') return true;
  return user.role === 'producer' && user.producerId === certificate.producerId;
}
