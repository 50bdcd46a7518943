/**
 * Every action the audit log records, grouped into the kinds staff filter by. `auditStatement` accepts only
 * these names, so a new action fails the type check until it is listed here, and the unit test beside this
 * file fails until it has a label (`audit.action.<name>`) in every language.
 */
export const AUDIT_KINDS = {
  orders: [
    'order_paid',
    'order_cancelled',
    'order_short',
    'order_packed',
    'order_shipped',
    'order_ready_for_pickup',
    'order_delivered',
    'order_handed_over',
    'order_refunded',
    'order_returned',
    'order_payment_unapplied',
    'order_unapplied_refunded',
    'order_unapplied_resolved',
    'counter_sale',
  ],
  listings: ['listing_created', 'listing_saved', 'listing_submitted', 'listing_approved', 'listing_rejected'],
  certificates: ['certificate_uploaded', 'certificate_verified', 'certificate_rejected'],
  stock: ['stock_received', 'stock_transferred', 'stock_adjusted', 'stocktake', 'home_stock_counted', 'batch_added'],
  money: ['payout_recorded', 'commission_set', 'rates.set', 'rates.import', 'shipping.create', 'shipping.update'],
  producers: [
    'producer_created',
    'producer_updated',
    'profile_updated',
    'village_created',
    'village_updated',
    'region_updated',
  ],
  people: [
    'user_invited',
    'invitation_resent',
    'invitation_accepted',
    'user_role_changed',
    'user_disabled',
    'user_enabled',
    'password_reset',
  ],
  inquiries: ['inquiry_answer', 'inquiry_close'],
  reviews: ['review_approved', 'review_rejected', 'review_answered'],
  shop: ['settings.update', 'page.update', 'page.remove', 'outbox_retried', 'backup.created'],
} as const;

export type AuditKind = keyof typeof AUDIT_KINDS;
export type AuditAction = (typeof AUDIT_KINDS)[AuditKind][number];

export const AUDIT_KIND_NAMES = Object.keys(AUDIT_KINDS) as AuditKind[];
export const AUDIT_ACTIONS = Object.values(AUDIT_KINDS).flat() as AuditAction[];

/** Whether a stored action name is one the code writes today (older rows may carry others). */
export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as string[]).includes(value);
}

/** The kind an action belongs to, or null for a name no code writes any more. */
export function kindOfAction(action: string): AuditKind | null {
  for (const kind of AUDIT_KIND_NAMES) if ((AUDIT_KINDS[kind] as readonly string[]).includes(action)) return kind;
  return null;
}
