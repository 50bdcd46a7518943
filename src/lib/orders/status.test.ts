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
    ['paid', 'refunded'],
    ['packed', 'refunded'],
    ['ready_for_pickup', 'refunded'],
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
    ['paid', 'cancelled'],
    ['paid', 'shipped'],
    ['shipped', 'refunded'],
    ['delivered', 'refunded'],
  ] as const)('refuses %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    expect(() => requireTransition(from, to)).toThrow(IllegalTransitionError);
  });
  it('ends in delivered, cancelled and refunded', () => {
    for (const to of ORDER_STATUSES) {
      expect(canTransition('delivered', to)).toBe(false);
      expect(canTransition('cancelled', to)).toBe(false);
      expect(canTransition('refunded', to)).toBe(false);
    }
  });
});
