import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/client.ts';
import { loadCatalog } from '../../../tests/factories/catalog.ts';
import { tinyCatalog } from '../../../tests/factories/tiny.ts';
import { freshDb } from '../../../tests/support/db.ts';
import { createUser } from '../accounts/users.ts';
import { listOutbox } from '../mail/outbox.ts';
import {
  answerInquiry,
  closeInquiry,
  createInquiry,
  findInquirySubject,
  INQUIRY_ERROR_KEYS,
  listProducerInquiries,
  MAX_INQUIRIES_PER_HOUR,
  readInquiryForm,
} from './inquiries.ts';

let db: Db;
type Known = 'white-honey' | 'draft-honey' | 'shyrdak' | 'toktogulovs' | 'altyn-kol';
const ids = {} as Record<Known, number>;
let producerUser = 0;
const ORIGIN = 'https://shop.example';

async function idOf(table: 'products' | 'producers', slug: string): Promise<number> {
  const rs = await db.$client.execute({ sql: `SELECT id FROM ${table} WHERE slug = ?`, args: [slug] });
  return Number(rs.rows[0]!.id);
}

function formData(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

const GOOD = {
  company: 'Bergkäse GmbH',
  contactName: 'Anna Keller',
  email: 'anna@bergkaese.example',
  country: 'de',
  quantity: '500 jars / month',
  message: 'We would like to stock your white honey in 250 g jars from spring.',
};

beforeAll(async () => {
  db = await freshDb();
  await loadCatalog(db, tinyCatalog());
  for (const slug of ['white-honey', 'draft-honey', 'shyrdak'] as const) ids[slug] = await idOf('products', slug);
  for (const slug of ['toktogulovs', 'altyn-kol'] as const) ids[slug] = await idOf('producers', slug);
  producerUser = await createUser(db, {
    email: 'asylbek@toktogulovs.kg',
    password: 'a long producer password',
    role: 'producer',
    name: 'Асылбек',
    locale: 'ky',
    producerId: ids.toktogulovs,
  });
  await createUser(db, {
    email: 'aigul@toktogulovs.kg',
    password: 'another producer password',
    role: 'producer',
    name: 'Айгүл',
    locale: 'ru',
    producerId: ids.toktogulovs,
  });
  const gone = await createUser(db, {
    email: 'left@toktogulovs.kg',
    password: 'a disabled producer password',
    role: 'producer',
    name: 'Бакыт',
    producerId: ids.toktogulovs,
  });
  await db.$client.execute({ sql: 'UPDATE users SET disabled = 1 WHERE id = ?', args: [gone] });
  await db.$client.execute({
    sql: `UPDATE producers SET email = 'Honey@Toktogulovs.kg' WHERE id = ?`,
    args: [ids.toktogulovs],
  });
});
beforeEach(async () => {
  await db.$client.batch(['DELETE FROM inquiries', 'DELETE FROM outbox', 'DELETE FROM audit_log'], 'write');
});

describe('the inquiry form', () => {
  it('parses a good form, upper-casing the country', () => {
    const read = readInquiryForm(formData({ ...GOOD, website: '' }), { productId: 1 });
    expect(read.errors).toEqual({});
    expect(read.spam).toBe(false);
    expect(read.form).toMatchObject({ country: 'DE', quantity: '500 jars / month', productId: 1 });
  });

  it('keeps every typed value and names each bad field with a message key', () => {
    const typed = {
      company: 'X',
      contactName: '',
      email: 'not-an-email',
      country: 'XX',
      quantity: ' ',
      message: 'short',
    };
    const read = readInquiryForm(formData(typed), { producerId: 2 });
    expect(read.form).toBeUndefined();
    expect(read.values).toEqual(typed);
    expect(read.errors).toEqual({
      company: 'inquiry.error.company',
      email: 'inquiry.error.email',
      country: 'inquiry.error.country',
      quantity: 'inquiry.error.quantity',
      message: 'inquiry.error.message',
    });
    for (const key of Object.values(read.errors)) expect(INQUIRY_ERROR_KEYS).toContain(key);
  });

  it('refuses overlong texts', () => {
    const read = readInquiryForm(
      formData({ ...GOOD, company: 'c'.repeat(201), quantity: 'q'.repeat(101), message: 'm'.repeat(4001) }),
      { productId: 1 },
    );
    expect(Object.keys(read.errors).sort()).toEqual(['company', 'message', 'quantity']);
  });

  it('flags a filled honeypot as spam', () => {
    expect(readInquiryForm(formData({ ...GOOD, website: 'http://spam.example' }), { productId: 1 }).spam).toBe(true);
  });
});

describe('what an inquiry is about', () => {
  it('finds a published product with its producer, in the page language', async () => {
    const subject = await findInquirySubject(db, 'ru', { product: 'white-honey' });
    expect(subject).toMatchObject({
      productId: ids['white-honey'],
      productSlug: 'white-honey',
      productName: { text: 'Белый мёд', locale: 'ru' },
      producerId: ids.toktogulovs,
      producerSlug: 'toktogulovs',
    });
  });

  it('finds an active producer', async () => {
    const subject = await findInquirySubject(db, 'en', { producer: 'altyn-kol' });
    expect(subject).toMatchObject({
      productId: null,
      producerId: ids['altyn-kol'],
      producerName: { text: 'Altyn-Kol' },
    });
  });

  it('knows nothing of drafts, unknown slugs or odd input', async () => {
    expect(await findInquirySubject(db, 'en', { product: 'draft-honey' })).toBeNull();
    expect(await findInquirySubject(db, 'en', { product: 'no-such-thing' })).toBeNull();
    expect(await findInquirySubject(db, 'en', { producer: "x' OR 1=1 --" })).toBeNull();
    expect(await findInquirySubject(db, 'en', {})).toBeNull();
  });
});

describe('createInquiry', () => {
  it('stores the inquiry for the product’s producer and mails each active account in its language, and the producer’s address', async () => {
    const result = await createInquiry(
      db,
      { ...GOOD, productId: ids['white-honey'] },
      { locale: 'en', ip: '203.0.113.5', origin: ORIGIN },
    );
    expect(result.ok).toBe(true);
    const [row] = (await db.$client.execute('SELECT * FROM inquiries')).rows;
    expect(row).toMatchObject({
      producer_id: ids.toktogulovs,
      product_id: ids['white-honey'],
      company: 'Bergkäse GmbH',
      contact_name: 'Anna Keller',
      country: 'DE',
      locale: 'en',
      status: 'new',
      ip: '203.0.113.5',
    });
    const mail = await listOutbox(db);
    expect(mail.map((m) => [m.to, m.locale]).sort()).toEqual([
      ['Honey@Toktogulovs.kg', 'ky'],
      ['aigul@toktogulovs.kg', 'ru'],
      ['asylbek@toktogulovs.kg', 'ky'],
    ]);
    const ky = mail.find((m) => m.to === 'asylbek@toktogulovs.kg')!;
    expect(ky.subject).toContain('Bergkäse GmbH');
    expect(ky.text).toContain('Германия');
    expect(ky.text).toContain('Ак бал');
    expect(ky.text).toContain('500 jars / month');
    expect(ky.text).toContain(`${ORIGIN}/ky/producer/inquiries#inquiry-${Number(row!.id)}`);
    expect(ky.text).not.toContain('anna@bergkaese.example');
    const ru = mail.find((m) => m.to === 'aigul@toktogulovs.kg')!;
    expect(ru.text).toContain('Германия');
    expect(ru.text).toContain('Белый мёд');
    expect(ru.text).toContain(`${ORIGIN}/ru/producer/inquiries`);
  });

  it('takes an inquiry about a producer as a whole', async () => {
    const result = await createInquiry(
      db,
      { ...GOOD, contactName: '', producerId: ids['altyn-kol'] },
      { locale: 'ru', ip: '203.0.113.6', origin: ORIGIN },
    );
    expect(result.ok).toBe(true);
    const [row] = (await db.$client.execute('SELECT producer_id, product_id, contact_name FROM inquiries')).rows;
    expect(row).toMatchObject({ producer_id: ids['altyn-kol'], product_id: null, contact_name: null });
    // Altyn-Kol has no account and no public address: the inquiry waits in their area.
    expect(await listOutbox(db)).toEqual([]);
  });

  it('refuses an unpublished product', async () => {
    const result = await createInquiry(
      db,
      { ...GOOD, productId: ids['draft-honey'] },
      { locale: 'en', ip: '203.0.113.7', origin: ORIGIN },
    );
    expect(result).toEqual({ ok: false, error: 'not_found' });
    expect((await db.$client.execute('SELECT count(*) AS n FROM inquiries')).rows[0]!.n).toBe(0);
  });

  it(`takes at most ${MAX_INQUIRIES_PER_HOUR} inquiries an hour from one address`, async () => {
    const now = Date.now();
    const send = (ip: string, at: number) =>
      createInquiry(db, { ...GOOD, producerId: ids['altyn-kol'] }, { locale: 'en', ip, origin: ORIGIN, now: at });
    for (let i = 0; i < MAX_INQUIRIES_PER_HOUR; i++) expect((await send('198.51.100.1', now + i)).ok).toBe(true);
    expect(await send('198.51.100.1', now + 100)).toEqual({ ok: false, error: 'throttled' });
    expect((await send('198.51.100.2', now + 100)).ok).toBe(true);
    expect((await send('198.51.100.1', now + 3_600_000 + 1)).ok).toBe(true);
  });
});

describe('answering', () => {
  let sent = 0;
  async function inquiry(locale: 'ky' | 'ru' | 'en' = 'ru'): Promise<number> {
    const result = await createInquiry(
      db,
      { ...GOOD, message: 'Сколько банок по 250 г вы можете дать в месяц?', productId: ids['white-honey'] },
      { locale, ip: `192.0.2.${++sent}`, origin: ORIGIN },
    );
    if (!result.ok) throw new Error(result.error);
    return result.id;
  }

  it('lists a producer’s own inquiries, new first, with product names in the asked language', async () => {
    const first = await inquiry();
    const second = await inquiry();
    await createInquiry(
      db,
      { ...GOOD, producerId: ids['altyn-kol'] },
      { locale: 'en', ip: '192.0.2.1', origin: ORIGIN },
    );
    await answerInquiry(db, ids.toktogulovs, second, 'Можем 300 банок в месяц.', producerUser);
    const list = await listProducerInquiries(db, ids.toktogulovs, { locale: 'en' });
    expect(list.map((i) => [i.id, i.status])).toEqual([
      [first, 'new'],
      [second, 'answered'],
    ]);
    expect(list[0]).toMatchObject({ productSlug: 'white-honey', productName: 'White sainfoin honey', locale: 'ru' });
    expect(await listProducerInquiries(db, ids.toktogulovs, { status: 'answered' })).toHaveLength(1);
  });

  it('mails the answer to the buyer in the language they wrote in, and records who answered', async () => {
    const id = await inquiry('ru');
    await db.$client.execute('DELETE FROM outbox');
    expect(
      await answerInquiry(db, ids.toktogulovs, id, '  Да, 300 банок в месяц.  ', producerUser, { origin: ORIGIN }),
    ).toBe(true);
    const [row] = (await db.$client.execute({ sql: 'SELECT * FROM inquiries WHERE id = ?', args: [id] })).rows;
    expect(row).toMatchObject({ status: 'answered', answer: 'Да, 300 банок в месяц.' });
    expect(Number(row!.answered_at)).toBeGreaterThan(0);
    const [mail] = await listOutbox(db);
    expect(mail).toMatchObject({ to: 'anna@bergkaese.example', locale: 'ru' });
    expect(mail!.subject).toContain('Семья Токтогуловых');
    expect(mail!.text).toContain('Да, 300 банок в месяц.');
    expect(mail!.text).toContain('> Сколько банок');
    expect(mail!.text).toContain(`${ORIGIN}/ru/producers/toktogulovs`);
    const audit = (await db.$client.execute(`SELECT * FROM audit_log WHERE action = 'inquiry_answer'`)).rows;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ user_id: producerUser, entity: 'inquiry', entity_id: String(id) });
  });

  it('refuses another producer’s inquiry, a missing one and a closed one', async () => {
    const id = await inquiry();
    await db.$client.execute('DELETE FROM outbox');
    expect(await answerInquiry(db, ids['altyn-kol'], id, 'Not ours to answer.', producerUser)).toBe(false);
    expect(await answerInquiry(db, ids.toktogulovs, 999_999, 'Nothing here.', producerUser)).toBe(false);
    expect(await closeInquiry(db, ids['altyn-kol'], id, producerUser)).toBe(false);
    expect(await closeInquiry(db, ids.toktogulovs, id, producerUser)).toBe(true);
    expect(await closeInquiry(db, ids.toktogulovs, id, producerUser)).toBe(false);
    expect(await answerInquiry(db, ids.toktogulovs, id, 'Too late now.', producerUser)).toBe(false);
    const [row] = (await db.$client.execute({ sql: 'SELECT status, answer FROM inquiries WHERE id = ?', args: [id] }))
      .rows;
    expect(row).toMatchObject({ status: 'closed', answer: null });
    expect(await listOutbox(db)).toEqual([]);
    const audit = (await db.$client.execute('SELECT action FROM audit_log')).rows.map((r) => r.action);
    expect(audit).toEqual(['inquiry_close']);
  });

  it('needs an answer of some substance', async () => {
    const id = await inquiry();
    await expect(answerInquiry(db, ids.toktogulovs, id, ' ', producerUser)).rejects.toThrow();
  });
});
