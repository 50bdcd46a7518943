import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/client.ts';
import { loadCatalog } from '../../../tests/factories/catalog.ts';
import { tinyCatalog } from '../../../tests/factories/tiny.ts';
import { freshDb } from '../../../tests/support/db.ts';
import { listAudit } from '../audit/audit.ts';
import { listOutbox } from '../mail/outbox.ts';
import { createSession, findSession, startUserSession } from '../sessions/session.ts';
import type { StaffActor } from './guard.ts';
import { acceptInvitation, findInvitation, InviteForm, inviteAccount, resendInvitation } from './invitations.ts';
import { changeRole, findPerson, listPeople, listProducerChoices, PeopleQuery, setDisabled } from './people.ts';
import { verifySignIn } from './sign-in.ts';
import { createUser } from './users.ts';

let db: Db;
let admin: StaffActor;
let producerId = 0;
const ORIGIN = 'https://shop.example';
const DAY = 86_400_000;
const tokenOf = (link: string) => link.split('/').pop()!;
const invite = (fields: Record<string, string>) =>
  inviteAccount(db, admin, InviteForm.parse({ locale: 'ky', role: 'staff', ...fields }), ORIGIN);

beforeAll(async () => {
  db = await freshDb();
  await loadCatalog(db, tinyCatalog());
  producerId = Number((await db.$client.execute('SELECT id FROM producers LIMIT 1')).rows[0]!.id);
  const id = await createUser(db, {
    email: 'boss@ovop.kg',
    password: 'boss password long',
    role: 'admin',
    name: 'Boss',
  });
  admin = { userId: id, name: 'Boss', role: 'admin', ip: '127.0.0.1' };
});

describe('invitations', () => {
  it('creates an account without a password, its mail in the invitee language and an audit entry', async () => {
    const result = await invite({
      name: 'Айгүл',
      email: 'Aigul@Example.kg',
      role: 'producer',
      producer: String(producerId),
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.link).toMatch(/^https:\/\/shop\.example\/ky\/account\/invite\/[A-Za-z0-9_-]{43}$/);
    const person = await findPerson(db, result.userId, 'en');
    expect(person).toMatchObject({ email: 'aigul@example.kg', role: 'producer', producerId, status: 'invited' });
    expect(person!.inviteExpiresAt).toBeGreaterThan(Date.now() + 6 * DAY);
    const mail = (await listOutbox(db)).find((m) => m.to === 'aigul@example.kg')!;
    expect(mail.locale).toBe('ky');
    expect(mail.text).toContain(result.link);
    expect(mail.text).toContain('өндүрүүчү');
    const [entry] = await listAudit(db, { entity: 'user', entityId: String(result.userId) });
    expect(entry).toMatchObject({ action: 'user_invited', userId: admin.userId });
    // The database keeps only the hash.
    const stored = await db.$client.execute('SELECT token_hash FROM invitations');
    expect(stored.rows.map((r) => r.token_hash)).not.toContain(tokenOf(result.link));
    // No password signs in before the link is used.
    expect((await verifySignIn(db, { email: 'aigul@example.kg', password: '' + 'x' }, '10.0.0.1')).ok).toBe(false);
  });

  it('refuses a taken email and a producer account without a producer', async () => {
    expect(await invite({ name: 'Boss two', email: 'BOSS@ovop.kg' })).toEqual({
      ok: false,
      field: 'email',
      error: 'people.error.email_taken',
    });
    const form = InviteForm.safeParse({ name: 'X Y', email: 'x@y.kg', role: 'producer', locale: 'ru' });
    expect(form.success).toBe(false);
    expect(form.error!.issues[0]!.message).toBe('people.error.producer');
    expect(await invite({ name: 'X Y', email: 'x@y.kg', role: 'producer', producer: '999999' })).toMatchObject({
      ok: false,
      field: 'producer',
    });
  });

  it('is one-time: accepting sets the password, and the link then stops working', async () => {
    const result = await invite({ name: 'Бакыт', email: 'bakyt@example.kg' });
    if (!result.ok) throw new Error('not invited');
    const token = tokenOf(result.link);
    expect(await findInvitation(db, token)).toMatchObject({ email: 'bakyt@example.kg' });
    const [first, second] = await Promise.all([
      acceptInvitation(db, token, 'a long new password', '10.0.0.2'),
      acceptInvitation(db, token, 'another long password', '10.0.0.3'),
    ]);
    expect([first, second].filter((r) => r === result.userId)).toHaveLength(1);
    expect(await findInvitation(db, token)).toBeNull();
    const signIn = await verifySignIn(
      db,
      { email: 'bakyt@example.kg', password: first ? 'a long new password' : 'another long password' },
      '10.0.0.4',
    );
    expect(signIn.ok).toBe(true);
    expect((await findPerson(db, result.userId, 'en'))!.status).toBe('active');
    expect((await findPerson(db, result.userId, 'en'))!.lastSignInAt).not.toBeNull();
  });

  it('expires after INVITE_DAYS', async () => {
    const result = await invite({ name: 'Late One', email: 'late@example.kg' });
    if (!result.ok) throw new Error('not invited');
    const later = Date.now() + 8 * DAY;
    expect(await findInvitation(db, tokenOf(result.link), later)).toBeNull();
    expect(await acceptInvitation(db, tokenOf(result.link), 'a long new password', 'x', later)).toBeNull();
  });

  it('a resend kills the old link and mails the new one', async () => {
    const result = await invite({ name: 'Resent One', email: 'resent@example.kg' });
    if (!result.ok) throw new Error('not invited');
    const again = await resendInvitation(db, admin, result.userId, ORIGIN);
    expect(again).not.toBeNull();
    expect(await findInvitation(db, tokenOf(result.link))).toBeNull();
    expect(await findInvitation(db, tokenOf(again!.link))).not.toBeNull();
    expect((await listOutbox(db)).filter((m) => m.to === 'resent@example.kg')[0]!.text).toContain(again!.link);
    // An account that has its password needs no invitation.
    expect(await resendInvitation(db, admin, admin.userId, ORIGIN)).toBeNull();
  });
});

describe('roles and disabling', () => {
  it('changes a role with before and after in the audit log', async () => {
    const id = await createUser(db, {
      email: 'st@ovop.kg',
      password: 'staff password long',
      role: 'staff',
      name: 'St',
    });
    expect(await changeRole(db, admin, id, 'producer', producerId)).toBe('done');
    expect(await changeRole(db, admin, id, 'producer', producerId)).toBe('unchanged');
    expect(await findPerson(db, id, 'en')).toMatchObject({ role: 'producer', producerId });
    const [entry] = await listAudit(db, { entity: 'user', entityId: String(id) });
    expect(entry).toMatchObject({
      action: 'user_role_changed',
      before: { role: 'staff', producerId: null },
      after: { role: 'producer', producerId },
    });
    expect(await changeRole(db, admin, id, 'admin', undefined)).toBe('done');
    expect(await findPerson(db, id, 'en')).toMatchObject({ role: 'admin', producerId: null });
  });

  it('refuses changes to oneself', async () => {
    expect(await changeRole(db, admin, admin.userId, 'staff', undefined)).toBe('self');
    expect(await setDisabled(db, admin, admin.userId, true)).toBe('self');
  });

  it('never disables or demotes the last active admin', async () => {
    const other = await createUser(db, {
      email: 'a2@ovop.kg',
      password: 'admin password long',
      role: 'admin',
      name: 'A2',
    });
    // Acting as another admin who is then disabled leaves `admin` as the only one.
    const ghost: StaffActor = { userId: other, name: 'A2', role: 'admin', ip: 'x' };
    expect(await setDisabled(db, admin, other, true)).toBe('done');
    const admins = await db.$client.execute("SELECT id FROM users WHERE role = 'admin' AND disabled = 0");
    for (const row of admins.rows) {
      if (Number(row.id) !== admin.userId) await setDisabled(db, admin, Number(row.id), true);
    }
    expect(await setDisabled(db, ghost, admin.userId, true)).toBe('last_admin');
    expect(await changeRole(db, ghost, admin.userId, 'staff', undefined)).toBe('last_admin');
    expect((await findPerson(db, admin.userId, 'en'))!.status).toBe('active');
  });

  it('disabling ends the sessions at once and blocks sign-in; enabling lets it in again', async () => {
    const id = await createUser(db, {
      email: 'gone@ovop.kg',
      password: 'gone password long',
      role: 'staff',
      name: 'Gone',
    });
    const anon = await createSession(db);
    const { token } = await startUserSession(db, anon, id);
    expect((await findSession(db, token))?.user?.id).toBe(id);
    expect(await setDisabled(db, admin, id, true)).toBe('done');
    expect(await findSession(db, token)).toBeNull();
    expect(await verifySignIn(db, { email: 'gone@ovop.kg', password: 'gone password long' }, '10.1.0.1')).toEqual({
      ok: false,
      reason: 'disabled',
    });
    // A wrong password says nothing about the account being disabled.
    expect(await verifySignIn(db, { email: 'gone@ovop.kg', password: 'wrong' }, '10.1.0.2')).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await setDisabled(db, admin, id, false)).toBe('done');
    expect((await verifySignIn(db, { email: 'gone@ovop.kg', password: 'gone password long' }, '10.1.0.3')).ok).toBe(
      true,
    );
    const actions = (await listAudit(db, { entity: 'user', entityId: String(id) })).map((a) => a.action);
    expect(actions).toEqual(['user_enabled', 'user_disabled']);
  });

  it('lists and searches by name, email, producer, role and status', async () => {
    const all = await listPeople(db, PeopleQuery.parse({}), 'en');
    expect(all.total).toBeGreaterThanOrEqual(8);
    const byEmail = await listPeople(db, PeopleQuery.parse({ q: 'AIGUL' }), 'en');
    expect(byEmail.people.map((p) => p.email)).toEqual(['aigul@example.kg']);
    const invited = await listPeople(db, PeopleQuery.parse({ status: 'invited' }), 'en');
    expect(invited.people.every((p) => p.status === 'invited')).toBe(true);
    // Cyrillic names in any case, and the producer's names in any language (SQLite folds ASCII only).
    for (const q of ['айгүл', 'АЙГҮЛ', 'Айгүл aigul@', 'токтогуловдор', 'семья токтогуловых', 'TOKTOGULOV'])
      expect(
        (await listPeople(db, PeopleQuery.parse({ q }), 'en')).people.map((p) => p.email),
        q,
      ).toContain('aigul@example.kg');
    expect((await listPeople(db, PeopleQuery.parse({ q: 'айгүл', role: 'staff' }), 'en')).total).toBe(0);
    expect((await listProducerChoices(db, 'en', 'токтогулов')).map((p) => p.name)).toEqual(['The Toktogulov family']);
    expect((await listProducerChoices(db, 'en', '')).length).toBe(3);
    const staff = await listPeople(db, PeopleQuery.parse({ role: 'staff', q: '%' }), 'en');
    expect(staff.people).toEqual([]);
    expect(PeopleQuery.parse({ role: 'root', page: '-3' })).toEqual({
      q: '',
      page: 1,
      role: undefined,
      status: undefined,
    });
  });
});
