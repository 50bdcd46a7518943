import { ORDER_STATUSES } from '../../../db/schema/commerce.ts';

export type OrderStatus = (typeof ORDER_STATUSES)[number];

/**
 * Which status may follow which. Anything else is refused. An unpaid order ends `cancelled`; a paid one
 * that has not left the shop ends `refunded` (its money goes back and its stock returns to the shelf).
 * Once a parcel is shipped or handed over, the order only moves on to `delivered`, which is final.
 */
export const TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  pending_payment: ['paid', 'cancelled'],
  paid: ['packed', 'ready_for_pickup', 'refunded'],
  packed: ['shipped', 'ready_for_pickup', 'refunded'],
  shipped: ['delivered'],
  ready_for_pickup: ['delivered', 'refunded'],
  delivered: [],
  cancelled: [],
  refunded: [],
};

export class IllegalTransitionError extends Error {
  readonly from: OrderStatus;
  readonly to: OrderStatus;

  constructor(from: OrderStatus, to: OrderStatus) {
    super(`An order cannot go from ${from} to ${to}`);
    this.from = from;
    this.to = to;
  }
}

/** True when an order in `from` may move to `to`. */
export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Throws IllegalTransitionError unless the move is allowed. */
export function requireTransition(from: OrderStatus, to: OrderStatus): void {
  if (!canTransition(from, to)) throw new IllegalTransitionError(from, to);
}
