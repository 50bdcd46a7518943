import { describe, expect, it } from 'vitest';
import { ORDER_STATUSES } from '../../../db/schema/commerce.ts';
import { canTransition, IllegalTransitionError, requireTransition } from './status.ts';

describe('order status machine', () => {
  it.each([
    ['pending_payment', 'paid'],
    ['pending_payment', 'cancelled'],
    ['paid', 'packed'],
    ['packed', 'shipped'],
    ['shipped', 'delivered'],
    ['paid', 'ready_for_pickup'],
    ['ready_for_pickup', 'delivered'],
    ['delivered', 'refunded'],
  ] as const)('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });
  it.each([
    ['pending_payment', 'shipped'],
    ['cancelled', 'paid'],
    ['refunded', 'paid'],
    ['delivered', 'packed'],
    ['shipped', 'cancelled'],
    ['paid', 'pending_payment'],
  ] as const)('refuses %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    expect(() => requireTransition(from, to)).toThrow(IllegalTransitionError);
  });
  it('ends in cancelled and refunded', () => {
    for (const to of ORDER_STATUSES) {
      expect(canTransition('cancelled', to)).toBe(false);
      expect(canTransition('refunded', to)).toBe(false);
    }
  });
});
