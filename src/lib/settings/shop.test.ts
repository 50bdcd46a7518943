import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/client.ts';
import { freshDb } from '../../../tests/support/db.ts';
import {
  getShopDetails,
  getShopSettings,
  messengerLinks,
  saveShopSettings,
  settingsFromForm,
  settingsToForm,
  ShopSettingsForm,
} from './shop.ts';

let db: Db;
beforeAll(async () => {
  db = await freshDb();
});

describe('shop settings', () => {
  it('start from the BANK_* defaults and the locale files until an admin saves them', async () => {
    const details = await getShopDetails(db, 'ru');
    expect(details.bankSwift).toBe('AILBKG22');
    expect(details.address).toBe('г. Каракол, ул. Токтогула, 123, Иссык-Кульская область');
    expect(details.email).toBe('shop@ovop.kg');
  });

  it('validate the form and keep each language’s address and hours apart', async () => {
    const form = { ...settingsToForm(await getShopSettings(db)), bankAccount: '12', bankSwift: 'x', telegram: '@ab' };
    const bad = ShopSettingsForm.safeParse({ ...form, address_en: ' ' });
    expect(bad.success).toBe(false);
    expect(Object.fromEntries(bad.error!.issues.map((i) => [i.path[0], i.message]))).toEqual({
      bankAccount: 'settings.error.account',
      bankSwift: 'settings.error.swift',
      telegram: 'settings.error.telegram',
      address_en: 'settings.error.required',
    });
    const good = ShopSettingsForm.parse({
      ...form,
      bankAccount: '1350100020009999',
      bankSwift: 'ailbkg22',
      telegram: '',
      email: 'Shop@OVOP.kg',
      address_ky: 'Каракол ш., Абдрахманов көч., 130',
    }) as Record<string, string>;
    expect(good.bankSwift).toBe('AILBKG22');
    expect(good.email).toBe('shop@ovop.kg');
    await saveShopSettings(db, { userId: 1, ip: 'test' }, settingsFromForm(good));
    expect((await getShopDetails(db, 'ky')).address).toBe('Каракол ш., Абдрахманов көч., 130');
    expect((await getShopDetails(db, 'en')).bankAccount).toBe('1350100020009999');
    const audit = await db.$client.execute("SELECT before, after FROM audit_log WHERE action = 'settings.update'");
    expect(JSON.parse(String(audit.rows[0]!.before)).bankAccount).toBe('1350100020003001');
    expect(JSON.parse(String(audit.rows[0]!.after)).bankAccount).toBe('1350100020009999');
  });

  it('link WhatsApp by number and Telegram by name', () => {
    expect(messengerLinks({ whatsapp: '+996 (555) 04-12-12', telegram: '@ovop_karakol' })).toEqual({
      whatsapp: 'https://wa.me/996555041212',
      telegram: 'https://t.me/ovop_karakol',
    });
    expect(messengerLinks({ whatsapp: '', telegram: '' })).toEqual({ whatsapp: undefined, telegram: undefined });
  });
});
