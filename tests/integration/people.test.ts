/** People over HTTP: admins invite, change and disable accounts; invitees set their password and land signed in. */
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDb, type Db } from '../../db/client.ts';
import en from '../../src/lib/i18n/locales/en.json' with { type: 'json' };
import ky from '../../src/lib/i18n/locales/ky.json' with { type: 'json' };
import ru from '../../src/lib/i18n/locales/ru.json' with { type: 'json' };
import { Buyer } from '../support/client.ts';

let db: Db;
let admin: Buyer;
let producerId = 0;
const base = () => inject('baseUrl');
const ADMIN = { email: 'admin@ovop.kg', password: 'demo-admin-2026' };

/** The newest outbox mail to an address. */
async function mailTo(email: string) {
  const rs = await db.$client.execute({
    sql: 'SELECT * FROM outbox WHERE "to" = ? ORDER BY id DESC LIMIT 1',
    args: [email],
  });
  return rs.rows[0]
    ? { text: String(rs.rows[0].text), locale: String(rs.rows[0].locale), subject: String(rs.rows[0].subject) }
    : null;
}
const linkIn = (text: string) => /https?:\/\/\S+\/account\/invite\/[A-Za-z0-9_-]{43}/.exec(text)![0];
const pathOf = (link: string) => new URL(link).pathname;
const userId = async (email: string) =>
  Number((await db.$client.execute({ sql: 'SELECT id FROM users WHERE email = ?', args: [email] })).rows[0]!.id);

/** Invites through the form; answers the reply. */
function invite(fields: Record<string, string>, locale = 'en') {
  return admin.post(`/${locale}/staff/people/invite`, { role: 'staff', locale: 'ru', ...fields });
}

beforeAll(async () => {
  db = openDb(inject('databaseUrl'));
  producerId = Number((await db.$client.execute(`SELECT id FROM producers ORDER BY id LIMIT 1`)).rows[0]!.id);
  admin = new Buyer(base(), { localAddress: '127.0.0.21' });
  expect((await admin.signIn(ADMIN.email, ADMIN.password)).status).toBe(303);
});

describe('inviting an account', () => {
  it('mails a one-time link in the invitee language, shows it once, and accepting signs in with the right role', async () => {
    const form = await admin.get(`/ky/staff/people/invite?producer=${producerId}`);
    expect(form.status).toBe(200);
    expect(form.doc.querySelector('select[name=role] option[selected]')!.getAttribute('value')).toBe('producer');
    expect(form.doc.querySelector('select[name=producer] option[selected]')!.getAttribute('value')).toBe(
      String(producerId),
    );

    const res = await invite(
      {
        name: 'Жылдыз Токтогулова',
        email: 'Jyldyz@Example.kg',
        role: 'producer',
        producer: String(producerId),
        locale: 'ky',
      },
      'ky',
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const shown = res.doc.querySelector('#invite-link')!.getAttribute('value')!;
    const mail = (await mailTo('jyldyz@example.kg'))!;
    expect(mail.locale).toBe('ky');
    expect(mail.subject).toBe(ky['mail.invite.subject']);
    expect(linkIn(mail.text)).toBe(shown);
    expect(shown).toContain('/ky/account/invite/');

    const invitee = new Buyer(base(), { localAddress: '127.0.0.22' });
    const page = await invitee.get(pathOf(shown));
    expect(page.status).toBe(200);
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('cache-control')).toContain('no-store');
    const short = await invitee.post(pathOf(shown), { password: 'short', confirm: 'short' });
    expect(short.status).toBe(422);
    expect(short.doc.querySelector('#e-password')!.textContent.trim()).toBe(ky['account.error.password_short']);
    // As a browser sends it from a no-referrer page: Origin null, Fetch Metadata same-origin.
    const accepted = await invitee.post(
      pathOf(shown),
      { password: 'бал жана тоо гүлү', confirm: 'бал жана тоо гүлү' },
      { Origin: 'null', 'Sec-Fetch-Site': 'same-origin' },
    );
    expect(accepted.status).toBe(303);
    expect(accepted.location).toBe('/ky/producer');
    expect((await invitee.get('/ky/producer')).status).toBe(200);
    // One time only.
    const again = await new Buyer(base()).get(pathOf(shown));
    expect(again.status).toBe(410);
    expect(again.doc.querySelector('[role=alert]')!.textContent.trim()).toBe(ky['account.invite_invalid']);
    const row = await db.$client.execute({
      sql: 'SELECT role, producer_id FROM users WHERE email = ?',
      args: ['jyldyz@example.kg'],
    });
    expect(row.rows[0]).toMatchObject({ role: 'producer', producer_id: producerId });
    const audit = await db.$client.execute({
      sql: `SELECT action FROM audit_log WHERE entity = 'user' AND entity_id = ? ORDER BY id`,
      args: [String(await userId('jyldyz@example.kg'))],
    });
    expect(audit.rows.map((r) => r.action)).toEqual(['user_invited', 'invitation_accepted']);
  });

  it('keeps the typed values and says what is wrong, in the page language', async () => {
    const res = await invite({ name: 'A', email: 'not an email', role: 'producer', producer: '' }, 'ru');
    expect(res.status).toBe(422);
    expect(res.doc.querySelector('#e-name')!.textContent.trim()).toBe(ru['people.error.name']);
    expect(res.doc.querySelector('#e-email')!.textContent.trim()).toBe(ru['account.error.email']);
    expect(res.doc.querySelector('#e-producer')!.textContent.trim()).toBe(ru['people.error.producer']);
    expect(res.doc.querySelector('input[name=email]')!.getAttribute('value')).toBe('not an email');
    expect(res.doc.querySelector('select[name=role] option[selected]')!.getAttribute('value')).toBe('producer');
    const taken = await invite({ name: 'Someone', email: 'STAFF@ovop.kg' });
    expect(taken.status).toBe(422);
    expect(taken.doc.querySelector('#e-email')!.textContent.trim()).toBe(en['people.error.email_taken']);
    expect(taken.doc.querySelector('input[name=name]')!.getAttribute('value')).toBe('Someone');
  });

  it('a resent invitation kills the old link; an expired link does not work', async () => {
    const first = await invite({ name: 'Марат', email: 'marat@example.kg' });
    const old = first.doc.querySelector('#invite-link')!.getAttribute('value')!;
    const id = await userId('marat@example.kg');
    const resent = await admin.post(`/en/staff/people/${id}`, { intent: 'resend' });
    expect(resent.status).toBe(200);
    const fresh = resent.doc.querySelector('#invite-link')!.getAttribute('value')!;
    expect(fresh).not.toBe(old);
    expect(linkIn((await mailTo('marat@example.kg'))!.text)).toBe(fresh);
    expect((await new Buyer(base()).get(pathOf(old))).status).toBe(410);
    expect((await new Buyer(base()).get(pathOf(fresh))).status).toBe(200);
    await db.$client.execute({
      sql: 'UPDATE invitations SET expires_at = ? WHERE user_id = ?',
      args: [Date.now() - 1, id],
    });
    const lapsed = await new Buyer(base()).post(pathOf(fresh), {
      password: 'a long enough password',
      confirm: 'a long enough password',
    });
    expect(lapsed.status).toBe(410);
    expect((await admin.get(`/en/staff/people/${id}`)).html).toContain(en['people.invite_lapsed']);
  });
});

describe('changing and disabling accounts', () => {
  it('disabling ends an open session at once and blocks sign-in with a clear message; enabling lets in again', async () => {
    const staffer = new Buyer(base(), { localAddress: '127.0.0.23' });
    expect((await staffer.signIn('staff@ovop.kg', 'demo-staff-2026')).status).toBe(303);
    expect((await staffer.get('/en/staff')).status).toBe(200);
    const id = await userId('staff@ovop.kg');
    const res = await admin.post(`/en/staff/people/${id}`, { intent: 'disable' });
    expect(res.status).toBe(303);
    expect((await admin.get(res.location!)).html).toContain(en['people.done.disabled']);
    const next = await staffer.get('/en/staff');
    expect(next.status).toBe(303);
    expect(next.location).toContain('/en/account/sign-in');
    const refused = await new Buyer(base(), { localAddress: '127.0.0.23' }).post('/ky/account/sign-in', {
      email: 'staff@ovop.kg',
      password: 'demo-staff-2026',
    });
    expect(refused.status).toBe(403);
    expect(refused.doc.querySelector('[role=alert]')!.textContent.trim()).toBe(ky['account.error.disabled']);
    // A wrong password learns nothing more than before.
    const wrong = await new Buyer(base(), { localAddress: '127.0.0.24' }).post('/en/account/sign-in', {
      email: 'staff@ovop.kg',
      password: 'wrong password',
    });
    expect(wrong.status).toBe(401);
    expect((await admin.post(`/en/staff/people/${id}`, { intent: 'enable' })).status).toBe(303);
    expect(
      (await new Buyer(base(), { localAddress: '127.0.0.25' }).signIn('staff@ovop.kg', 'demo-staff-2026')).status,
    ).toBe(303);
    const audit = await db.$client.execute({
      sql: `SELECT action, before, after FROM audit_log WHERE entity = 'user' AND entity_id = ? ORDER BY id DESC LIMIT 2`,
      args: [String(id)],
    });
    expect(audit.rows.map((r) => [r.action, r.before, r.after])).toEqual([
      ['user_enabled', '{"disabled":true}', '{"disabled":false}'],
      ['user_disabled', '{"disabled":false}', '{"disabled":true}'],
    ]);
  });

  it('changes a role; an admin cannot demote or disable themselves', async () => {
    const first = await invite({ name: 'Role Change', email: 'role@example.kg' });
    expect(first.status).toBe(200);
    const id = await userId('role@example.kg');
    const changed = await admin.post(`/en/staff/people/${id}`, { intent: 'role', role: 'admin' });
    expect(changed.status).toBe(303);
    expect((await db.$client.execute({ sql: 'SELECT role FROM users WHERE id = ?', args: [id] })).rows[0]!.role).toBe(
      'admin',
    );
    const noProducer = await admin.post(`/ru/staff/people/${id}`, { intent: 'role', role: 'producer', producer: '' });
    expect(noProducer.status).toBe(422);
    expect(noProducer.doc.querySelector('[role=alert]')!.textContent.trim()).toBe(ru['people.error.producer']);
    expect(noProducer.doc.querySelector('select[name=role] option[selected]')!.getAttribute('value')).toBe('producer');
    const self = await userId(ADMIN.email);
    const own = await admin.post(`/en/staff/people/${self}`, { intent: 'disable' });
    expect(own.status).toBe(422);
    expect(own.doc.querySelector('[role=alert]')!.textContent.trim()).toBe(en['people.error.self']);
    expect((await admin.post(`/en/staff/people/${self}`, { intent: 'role', role: 'staff' })).status).toBe(422);
    expect(
      (await db.$client.execute({ sql: 'SELECT role, disabled FROM users WHERE id = ?', args: [self] })).rows[0],
    ).toMatchObject({
      role: 'admin',
      disabled: 0,
    });
  });

  it('lists and searches accounts with role, status and producer', async () => {
    const list = await admin.get('/en/staff/people?q=jyldyz');
    expect(list.status).toBe(200);
    const items = list.doc.querySelectorAll('[data-person]');
    expect(items).toHaveLength(1);
    expect(items[0]!.textContent).toContain('jyldyz@example.kg');
    expect(items[0]!.querySelector('[data-status]')!.getAttribute('data-status')).toBe('active');
    const invited = await admin.get('/en/staff/people?status=invited&role=staff');
    expect(invited.doc.querySelectorAll('[data-person]').length).toBeGreaterThanOrEqual(1);
    expect(
      invited.doc.querySelectorAll('[data-status]').every((s) => s.getAttribute('data-status') === 'invited'),
    ).toBe(true);
    // The admin sees the People link; staff do not, and cannot open the page.
    expect(list.doc.querySelector('a[href="/en/staff/people"]')).not.toBeNull();
    const staffer = new Buyer(base(), { localAddress: '127.0.0.26' });
    await staffer.signIn('staff@ovop.kg', 'demo-staff-2026');
    const staffHome = await staffer.get('/en/staff');
    expect(staffHome.doc.querySelector('a[href="/en/staff/people"]')).toBeNull();
    expect((await staffer.get('/en/staff/people')).status).toBe(403);
  });
});
