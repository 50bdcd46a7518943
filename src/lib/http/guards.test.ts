import { describe, expect, it } from 'vitest';
import { areaOf, canEnter, isCrossSite } from './guards.ts';

const SHOP = 'https://shop.example.kg';
const post = (headers: Record<string, string>, method = 'POST') =>
  new Request('http://127.0.0.1:4321/en/cart', { method, headers });
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

describe('isCrossSite', () => {
  it('lets a form from the public origin through, whatever the Host the server saw', () => {
    expect(isCrossSite(post({ ...FORM, origin: SHOP, 'sec-fetch-site': 'same-origin' }), SHOP)).toBe(false);
    expect(isCrossSite(post({ ...FORM, origin: SHOP }), SHOP)).toBe(false);
  });

  it('refuses a form whose Origin is not the public origin, even one matching the Host header', () => {
    expect(isCrossSite(post({ ...FORM, origin: 'http://127.0.0.1:4321' }), SHOP)).toBe(true);
    expect(isCrossSite(post({ ...FORM, origin: 'https://evil.example' }), SHOP)).toBe(true);
    expect(isCrossSite(post({ ...FORM, origin: 'null' }), SHOP)).toBe(true);
    // Same host, plain http: another origin.
    expect(isCrossSite(post({ ...FORM, origin: 'http://shop.example.kg' }), SHOP)).toBe(true);
  });

  it('refuses what Fetch Metadata calls cross-site or same-site, with any body type', () => {
    for (const site of ['cross-site', 'same-site'])
      expect(isCrossSite(post({ 'content-type': 'application/json', 'sec-fetch-site': site }), SHOP)).toBe(true);
  });

  it('refuses form-like and typeless bodies without Origin, and lets other clients send JSON', () => {
    expect(isCrossSite(post(FORM), SHOP)).toBe(true);
    expect(isCrossSite(post({ 'content-type': 'multipart/form-data; boundary=x' }), SHOP)).toBe(true);
    expect(isCrossSite(post({ 'content-type': 'text/plain' }), SHOP)).toBe(true);
    expect(isCrossSite(post({}, 'DELETE'), SHOP)).toBe(true);
    expect(isCrossSite(post({ 'content-type': 'application/json' }), SHOP)).toBe(false);
  });

  it('never questions reads', () => {
    expect(isCrossSite(post({ origin: 'https://evil.example' }, 'GET'), SHOP)).toBe(false);
  });
});

describe('isCrossSite on pages without a referrer', () => {
  it('lets through the Origin: null a browser sends from a no-referrer page of the shop, and nothing else', () => {
    expect(isCrossSite(post({ ...FORM, origin: 'null', 'sec-fetch-site': 'same-origin' }), SHOP)).toBe(false);
    expect(isCrossSite(post({ ...FORM, origin: 'null', 'sec-fetch-site': 'cross-site' }), SHOP)).toBe(true);
    expect(isCrossSite(post({ ...FORM, origin: 'null', 'sec-fetch-site': 'none' }), SHOP)).toBe(true);
    expect(isCrossSite(post({ ...FORM, origin: 'null' }), SHOP)).toBe(true);
  });
});

describe('areaOf', () => {
  it('puts the people pages in the admin area and the rest of the staff area in staff', () => {
    expect(areaOf('/ky/staff/people')).toBe('admin');
    expect(areaOf('/ru/staff/people/12')).toBe('admin');
    expect(areaOf('/en/staff/people/invite')).toBe('admin');
    expect(areaOf('/en/staff/peoples')).toBe('staff');
    expect(areaOf('/en/staff')).toBe('staff');
    expect(areaOf('/ky/staff/backups')).toBe('admin');
    expect(areaOf('/en/staff/backups/ovop-backup-20261203T142622853Z.tar.gz')).toBe('admin');
    expect(areaOf('/ky/producer/backups')).toBe('producer');
    expect(areaOf('/en/producer/products')).toBe('producer');
    expect(areaOf('/en/products/people')).toBeNull();
    expect(canEnter('staff', 'admin')).toBe(false);
    expect(canEnter('admin', 'admin')).toBe(true);
  });
});
