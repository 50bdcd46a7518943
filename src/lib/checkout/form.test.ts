import { describe, expect, it } from 'vitest';
import { readCheckoutForm } from './form.ts';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return readCheckoutForm(data);
};
const pickup = {
  email: 'aigul@example.kg',
  name: 'Айгүл Токтогулова',
  phone: '+996 555 123 456',
  shipping: 'pickup',
  payment: 'pay_at_pickup',
};

describe('checkout form', () => {
  it('accepts a pickup order without an address', () => {
    expect(form(pickup).form).toMatchObject({
      shipping: 'pickup',
      payment: 'pay_at_pickup',
      email: 'aigul@example.kg',
    });
  });
  it('names each wrong field with a message key, and keeps what was typed', () => {
    const r = form({ ...pickup, email: 'aigul@', phone: 'call me' });
    expect(r.form).toBeUndefined();
    expect(r.errors).toEqual({ email: 'checkout.error.email', phone: 'checkout.error.phone' });
    expect(r.values.name).toBe('Айгүл Токтогулова');
    expect(r.values.email).toBe('aigul@');
  });
  it('needs a full address for delivery', () => {
    const r = form({ ...pickup, shipping: 'international', payment: 'bank_transfer', country: 'DE' });
    expect(Object.keys(r.errors).sort()).toEqual(['address', 'city', 'postalCode']);
  });
  it('keeps delivery methods to their countries, and paying at pickup to pickup', () => {
    const base = { ...pickup, city: 'Berlin', address: 'Torstraße 1', postalCode: '10119' };
    expect(form({ ...base, shipping: 'domestic', country: 'DE' }).errors.country).toBe('checkout.error.domesticOnly');
    expect(form({ ...base, shipping: 'international', country: 'KG' }).errors.country).toBe(
      'checkout.error.useDomestic',
    );
    expect(form({ ...base, shipping: 'international', country: 'DE' }).errors.payment).toBe(
      'checkout.error.payAtPickup',
    );
    expect(form({ ...base, shipping: 'international', country: 'XX', payment: 'stripe' }).errors.country).toBe(
      'checkout.error.country',
    );
    expect(form({ ...base, shipping: 'international', country: 'de', payment: 'stripe' }).form?.country).toBe('DE');
  });
  it('refuses unknown methods', () => {
    expect(form({ ...pickup, shipping: 'drone', payment: 'crypto' }).errors).toEqual({
      shipping: 'checkout.error.shipping',
      payment: 'checkout.error.payment',
    });
  });
});
