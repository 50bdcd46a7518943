import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/translate.ts';
import type { AuditRow } from './audit.ts';
import { describeAuditEntry, emptyNames } from './describe.ts';

const row = (over: Partial<AuditRow>): AuditRow => ({
  id: 1,
  userId: 7,
  userName: 'Айгүл',
  userEmail: 'aigul@ovop.kg',
  action: 'order_packed',
  entity: 'order',
  entityId: 'OVP-1',
  before: null,
  after: null,
  ip: null,
  createdAt: Date.parse('2026-12-03T03:30:00Z'),
  ...over,
});
const names = emptyNames();

describe('an audit entry as history', () => {
  it('names the event, who and when in Bishkek time, and links the order', () => {
    const e = describeAuditEntry(row({ before: { status: 'paid' }, after: { status: 'packed' } }), 'en', names, {
      isAdmin: false,
    });
    expect(e.label).toBe('Order packed');
    expect(e.who).toEqual({ name: 'Айгүл', email: 'aigul@ovop.kg' });
    expect(e.when).toContain('9:30'); // 03:30 UTC is 09:30 in Bishkek
    expect(e.object).toEqual({ label: 'Order OVP-1', href: '/staff/orders/OVP-1' });
    expect(e.changes).toEqual([{ field: 'Status', before: 'Paid', after: 'Packed' }]);
  });

  it('formats a refund: money in its currency, the method by name, no Stripe ids', () => {
    const e = describeAuditEntry(
      row({
        action: 'order_refunded',
        userId: null,
        userName: null,
        userEmail: null,
        before: { status: 'paid' },
        after: {
          status: 'refunded',
          method: 'stripe',
          amount: 4550,
          currency: 'USD',
          stripeRefund: 're_123',
          via: null,
          note: null,
        },
      }),
      'en',
      names,
      { isAdmin: false },
    );
    expect(e.who).toBeNull();
    const text = JSON.stringify(e.changes);
    expect(e.changes.find((c) => c.field === 'Amount')!.after).toBe('$45.50');
    expect(e.changes.find((c) => c.field === 'Method')!.after).toBe('To the card, through Stripe');
    expect(text).not.toContain('re_123');
  });

  it('writes roles, producers, commissions and account states in the reader language', () => {
    const withProducer = emptyNames();
    withProducer.producers.set('3', 'Токтогуловдор');
    const role = describeAuditEntry(
      row({
        action: 'user_role_changed',
        entity: 'user',
        entityId: '9',
        before: { role: 'staff', producerId: null },
        after: { role: 'producer', producerId: 3 },
      }),
      'ky',
      withProducer,
      { isAdmin: true },
    );
    expect(role.label).toBe('Ролу өзгөрдү');
    expect(role.changes).toEqual([
      { field: 'Ролу', before: 'кызматкер', after: 'өндүрүүчү' },
      { field: 'Өндүрүүчү', before: null, after: 'Токтогуловдор' },
    ]);
    expect(role.object.href).toBe('/staff/people/9');
    // Staff cannot open People: the account is named without a link.
    expect(
      describeAuditEntry(row({ entity: 'user', entityId: '9', action: 'user_disabled' }), 'ru', names, {
        isAdmin: false,
      }).object.href,
    ).toBeNull();
    const commission = describeAuditEntry(
      row({
        action: 'commission_set',
        entity: 'producer',
        entityId: '3',
        before: { commission_bps: 1500 },
        after: { commission_bps: 1250 },
      }),
      'ru',
      names,
      { isAdmin: false },
    );
    expect(commission.changes).toEqual([{ field: 'Комиссия', before: '15 %', after: '12,5 %' }]);
    const disabled = describeAuditEntry(
      row({
        action: 'user_disabled',
        entity: 'user',
        entityId: '9',
        before: { disabled: false },
        after: { disabled: true },
      }),
      'en',
      names,
      { isAdmin: true },
    );
    expect(disabled.changes).toEqual([{ field: 'Account', before: 'active', after: 'disabled' }]);
  });

  it('shows texts per language and leaves out what a reader cannot use (ids, file keys, nested objects)', () => {
    const e = describeAuditEntry(
      row({
        action: 'village_updated',
        entity: 'village',
        entityId: '5',
        before: { name_ky: 'Барскоон', name_en: 'Barskoon', lat: '42.1' },
        after: { name_ky: 'Барскоон', name_en: 'Barskaun', lat: '42.15', secret_key: 'abc', nested: { a: 1 } },
      }),
      'en',
      names,
      { isAdmin: false },
    );
    expect(e.changes).toEqual([
      { field: 'Name (EN)', before: 'Barskoon', after: 'Barskaun' },
      { field: 'Latitude', before: '42.1', after: '42.15' },
    ]);
  });

  it('keeps the stored name of an action no code writes any more, and never throws on odd JSON', () => {
    const e = describeAuditEntry(
      row({ action: 'legacy_thing', entity: 'gizmo', after: 'not an object' }),
      'en',
      names,
      {
        isAdmin: false,
      },
    );
    expect(e.label).toBe('legacy_thing');
    expect(e.object.label).toBe('gizmo OVP-1');
    expect(e.changes).toEqual([]);
  });

  it('names the listing fields that changed, as the review page does', () => {
    const draft = (name: string, price: number) => ({
      categoryId: 1,
      texts: {
        ky: { name, description: 'd', ingredients: '' },
        ru: { name, description: 'd', ingredients: '' },
        en: { name, description: 'd', ingredients: '' },
      },
      variants: [
        {
          label: { ky: '1', ru: '1', en: '1' },
          priceTiyin: price,
          weightGrams: 500,
          sku: 'OVP-1-1',
          barcode: '',
          hsCode: '',
        },
      ],
      photos: [],
    });
    const e = describeAuditEntry(
      row({
        action: 'listing_saved',
        entity: 'product',
        entityId: '4',
        before: draft('Бал', 45000),
        after: draft('Бал', 50000),
      }),
      'en',
      names,
      { isAdmin: false },
    );
    expect(e.changes.map((c) => c.field)).toEqual([MESSAGES.en['listing.field.variant']]);
    expect(e.changes[0]!.before).toContain('450.00 KGS');
    expect(e.changes[0]!.after).toContain('500.00 KGS');
  });
});
