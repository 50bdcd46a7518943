/**
 * A long form that fails shows what is wrong at the top of the page, focused (autofocus, no script), with
 * a link to each field: the producer's product editor after "send for review", the producer's profile.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import en from '../../src/lib/i18n/locales/en.json' with { type: 'json' };
import { Buyer } from '../support/client.ts';
import { fieldsOf } from '../support/forms.ts';
import { startShop, type RunningServer } from '../support/server.ts';

let db: Db;
let shop: RunningServer;
let producer: Buyer;

beforeAll(async () => {
  db = openDb(inject('databaseUrl'));
  shop = await startShop({ DATABASE_URL: inject('databaseUrl') });
  producer = new Buyer(shop.url, { localAddress: '127.0.0.9' });
  expect((await producer.signIn('producer@ovop.kg', 'demo-producer-2026', 'en')).status).toBe(303);
});
afterAll(async () => {
  await shop?.stop();
});

describe('form errors', () => {
  it('after "send for review" sit at the top of the product editor, focused, linking to the field', async () => {
    const id = Number(
      (
        await db.$client.execute(
          `SELECT p.id FROM products p JOIN users u ON u.producer_id = p.producer_id WHERE u.email = 'producer@ovop.kg' ORDER BY p.id LIMIT 1`,
        )
      ).rows[0]!.id,
    );
    const editor = await producer.get(`/en/producer/products/${id}`);
    expect(editor.status).toBe(200);
    const form = editor.doc.querySelectorAll('main form.form.section').find((f) => f.querySelector('[name=v0_price]'))!;
    const res = await producer.post(`/en/producer/products/${id}`, {
      ...fieldsOf(form),
      v0_price: 'abc',
      intent: 'submit',
    });
    expect(res.status).toBe(422);
    const summary = res.doc.querySelector('#form-errors')!;
    expect(summary.hasAttribute('autofocus')).toBe(true);
    expect(summary.getAttribute('role')).toBe('alert');
    expect(summary.querySelector('a[href="#v0_price"]')?.textContent.trim()).toBe(en['listing.error.price']);
    // It comes before the photos and the form, right under the title: where the page opens.
    const html = res.html;
    expect(html.indexOf('id="form-errors"')).toBeLessThan(html.indexOf('id="photos"'));
    expect(html.indexOf('id="form-errors"')).toBeGreaterThan(html.indexOf('<h1'));
    expect(res.doc.querySelector('#v0_price')!.getAttribute('value')).toBe('abc');
    expect(res.doc.querySelectorAll('[autofocus]')).toHaveLength(1);
  });

  it('on the producer profile link to each wrong field', async () => {
    const page = await producer.get('/en/producer/profile');
    const form = page.doc.querySelector('main form.form')!;
    const fields = fieldsOf(form);
    const nameField = Object.keys(fields).find((k) => /^name_/.test(k))!;
    const res = await producer.post('/en/producer/profile', { ...fields, [nameField]: 'x'.repeat(500) });
    expect(res.status).toBe(422);
    const summary = res.doc.querySelector('#form-errors')!;
    expect(summary.hasAttribute('autofocus')).toBe(true);
    expect(summary.querySelector(`a[href="#${nameField}"]`)).not.toBeNull();
  });
});
