/**
 * Role checks for pages and endpoints. The middleware already turns anonymous visitors to the sign-in
 * page and other roles away from each area; pages check again so none depends on a path rule alone.
 */
import type { SessionUser } from '../sessions/session.ts';

export interface ProducerActor {
  userId: number;
  producerId: number;
  name: string;
  locale: SessionUser['locale'];
  ip: string;
}
export interface StaffActor {
  userId: number;
  name: string;
  role: 'staff' | 'admin';
  ip: string;
}

/** The signed-in producer (with their producer id), or null for anyone else. */
export function producerActor(user: SessionUser | null, ip: string): ProducerActor | null {
  if (!user || user.role !== 'producer' || user.producerId === null) return null;
  return { userId: user.id, producerId: user.producerId, name: user.name, locale: user.locale, ip };
}

/** The signed-in staff member or admin, or null for anyone else. */
export function staffActor(user: SessionUser | null, ip: string): StaffActor | null {
  if (!user || (user.role !== 'staff' && user.role !== 'admin')) return null;
  return { userId: user.id, name: user.name, role: user.role, ip };
}

/** The signed-in admin, or null for anyone else (staff included). */
export function adminActor(user: SessionUser | null, ip: string): StaffActor | null {
  if (!user || user.role !== 'admin') return null;
  return { userId: user.id, name: user.name, role: user.role, ip };
}
