/**
 * Wholesale and export inquiries: a buyer without an account writes to a producer about a product (or
 * the producer as a whole); the producer's accounts get a mail pointing to their area, where they
 * answer, and the answer is mailed back to the buyer in the language they wrote in.
 */
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { auditStatement } from '../audit/audit.ts';
import { bestLocaleSql as best, type Localized } from '../catalog/localized.ts';
import { isCountryCode } from '../i18n/countries.ts';
import { countryName, formatDate } from '../i18n/format.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales.ts';
import { localePath } from '../i18n/paths.ts';
import { getTranslator } from '../i18n/translate.ts';
import { sendMail } from '../mail/outbox.ts';

/** Inquiries one address may send in an hour. */
export const MAX_INQUIRIES_PER_HOUR = 10;
const HOUR_MS = 3_600_000;

/** Every message key a field error or a refusal of the inquiry form can show (each exists in all locales). */
export const INQUIRY_ERROR_KEYS = [
  'inquiry.error.company',
  'inquiry.error.contactName',
  'inquiry.error.email',
  'inquiry.error.country',
  'inquiry.error.quantity',
  'inquiry.error.message',
  'inquiry.error.throttled',
  'inquiry.error.answer',
] as const;
export type InquiryErrorKey = (typeof INQUIRY_ERROR_KEYS)[number];

const text = (min: number, max: number, error: InquiryErrorKey) =>
  z.string().trim().min(min, { error }).max(max, { error });
const id = z.coerce.number().int().positive();

/**
 * The inquiry form. Error messages are message keys (inquiry.error.*) the page shows in its language.
 * `website` is a honeypot: hidden from people, so anything in it was typed by a bot.
 */
export const InquiryForm = z
  .object({
    company: text(2, 200, 'inquiry.error.company'),
    contactName: z.string().trim().max(120, { error: 'inquiry.error.contactName' }).default(''),
    email: z
      .string()
      .trim()
      .max(200, { error: 'inquiry.error.email' })
      .pipe(z.email({ error: 'inquiry.error.email' })),
    country: z.string().trim().toUpperCase().refine(isCountryCode, { error: 'inquiry.error.country' }),
    quantity: text(1, 100, 'inquiry.error.quantity'),
    message: text(10, 4000, 'inquiry.error.message'),
    website: z.string().max(0).default(''),
    productId: id.optional(),
    producerId: id.optional(),
  })
  .refine((f) => f.productId !== undefined || f.producerId !== undefined, {
    error: 'an inquiry is about a product or a producer',
    path: ['productId'],
  });
export type InquiryForm = z.infer<typeof InquiryForm>;

/** The fields a person fills in, in the order the form shows them. */
export const INQUIRY_FIELDS = ['company', 'contactName', 'email', 'country', 'quantity', 'message'] as const;
export type InquiryField = (typeof INQUIRY_FIELDS)[number];
export type InquiryValues = Record<InquiryField, string>;
export type InquiryErrors = Partial<Record<InquiryField, InquiryErrorKey>>;

/** An empty form, for the first GET. */
export function emptyInquiryValues(): InquiryValues {
  return { company: '', contactName: '', email: '', country: '', quantity: '', message: '' };
}

/**
 * Reads a posted inquiry form: the typed values (to show again), and either the parsed form or a
 * message key per field. `spam` is true when the honeypot was filled: the page answers as if it was sent.
 */
export function readInquiryForm(
  data: FormData,
  about: { productId?: number; producerId?: number },
): { values: InquiryValues; form?: InquiryForm; errors: InquiryErrors; spam: boolean } {
  const field = (name: string) => {
    const v = data.get(name);
    return typeof v === 'string' ? v.slice(0, 5000) : '';
  };
  const values = Object.fromEntries(INQUIRY_FIELDS.map((f) => [f, field(f)])) as InquiryValues;
  const spam = field('website') !== '';
  const parsed = InquiryForm.safeParse({ ...values, ...about });
  if (parsed.success) return { values, form: parsed.data, errors: {}, spam };
  const errors: InquiryErrors = {};
  for (const issue of parsed.error.issues) {
    const name = issue.path[0] as InquiryField;
    if (!INQUIRY_FIELDS.includes(name)) continue;
    errors[name] ??= (INQUIRY_ERROR_KEYS as readonly string[]).includes(issue.message)
      ? (issue.message as InquiryErrorKey)
      : (`inquiry.error.${name}` as InquiryErrorKey);
  }
  return { values, errors, spam };
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,150}$/;

/** What an inquiry is about, with names in the page's language (fallback marked by `locale`). */
export interface InquirySubject {
  productId: number | null;
  productSlug: string | null;
  productName: Localized | null;
  producerId: number;
  producerSlug: string;
  producerName: Localized;
}

/**
 * The published product (`product` slug) or active producer (`producer` slug) an inquiry page is
 * about; null when neither names one (the page answers 404).
 */
export async function findInquirySubject(
  db: Db,
  locale: Locale,
  query: { product?: string | null; producer?: string | null },
): Promise<InquirySubject | null> {
  const productSlug = query.product ?? '';
  const producerSlug = query.producer ?? '';
  const byProduct = SLUG.test(productSlug);
  if (!byProduct && !SLUG.test(producerSlug)) return null;
  const rs = await db.$client.execute({
    sql: byProduct
      ? `SELECT p.id AS product_id, p.slug AS product_slug, pt.name AS product_name, pt.locale AS product_locale,
           pr.id AS producer_id, pr.slug AS producer_slug, prt.name AS producer_name, prt.locale AS producer_locale
         FROM products p JOIN producers pr ON pr.id = p.producer_id
         LEFT JOIN product_translations pt ON pt.product_id = p.id AND pt.locale = ${best('product_translations', 'product_id', 'p.id', locale)}
         LEFT JOIN producer_translations prt ON prt.producer_id = pr.id AND prt.locale = ${best('producer_translations', 'producer_id', 'pr.id', locale)}
         WHERE p.slug = ? AND p.status = 'published' AND pr.status = 'active'`
      : `SELECT NULL AS product_id, NULL AS product_slug, NULL AS product_name, NULL AS product_locale,
           pr.id AS producer_id, pr.slug AS producer_slug, prt.name AS producer_name, prt.locale AS producer_locale
         FROM producers pr
         LEFT JOIN producer_translations prt ON prt.producer_id = pr.id AND prt.locale = ${best('producer_translations', 'producer_id', 'pr.id', locale)}
         WHERE pr.slug = ? AND pr.status = 'active'`,
    args: [byProduct ? productSlug : producerSlug],
  });
  const r = rs.rows[0];
  if (!r) return null;
  return {
    productId: r.product_id === null ? null : Number(r.product_id),
    productSlug: r.product_slug === null ? null : String(r.product_slug),
    productName: r.product_id === null ? null : localized(r.product_name, r.product_locale),
    producerId: Number(r.producer_id),
    producerSlug: String(r.producer_slug),
    producerName: localized(r.producer_name, r.producer_locale),
  };
}

function localized(text: unknown, locale: unknown): Localized {
  return { text: String(text ?? ''), locale: isLocale(locale) ? locale : 'en' };
}

export type CreateInquiryResult = { ok: true; id: number } | { ok: false; error: 'throttled' | 'not_found' };

/**
 * Records an inquiry and mails the producer: every active producer account (in its own language) and
 * the producer's public email when set, each with a link to the inquiries page of the producer area.
 * At most MAX_INQUIRIES_PER_HOUR per address: the count and the insert are one statement, so a burst
 * cannot slip past it. `not_found` when the product is not published or the producer not active.
 */
export async function createInquiry(
  db: Db,
  input: z.input<typeof InquiryForm>,
  context: { locale: Locale; ip: string; origin: string; now?: number },
): Promise<CreateInquiryResult> {
  const form = InquiryForm.parse(input);
  const now = context.now ?? Date.now();
  const byProduct = form.productId !== undefined;
  const subject = byProduct
    ? `FROM products p JOIN producers pr ON pr.id = p.producer_id WHERE p.id = ? AND p.status = 'published' AND pr.status = 'active'`
    : `FROM producers pr WHERE pr.id = ? AND pr.status = 'active'`;
  const subjectId = byProduct ? form.productId! : form.producerId!;
  const recent = `(SELECT count(*) FROM inquiries WHERE ip = ? AND created_at > ?) < ?`;
  const inserted = await db.$client.execute({
    sql: `INSERT INTO inquiries (producer_id, product_id, company, contact_name, email, country, quantity, message,
            locale, ip, created_at, updated_at)
          SELECT pr.id, ${byProduct ? 'p.id' : 'NULL'}, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? ${subject} AND ${recent}
          RETURNING id, producer_id, product_id`,
    args: [
      form.company,
      form.contactName || null,
      form.email,
      form.country,
      form.quantity,
      form.message,
      context.locale,
      context.ip,
      now,
      now,
      subjectId,
      context.ip,
      now - HOUR_MS,
      MAX_INQUIRIES_PER_HOUR,
    ],
  });
  const row = inserted.rows[0];
  if (!row) {
    const exists = await db.$client.execute({ sql: `SELECT 1 ${subject}`, args: [subjectId] });
    return { ok: false, error: exists.rows.length > 0 ? 'throttled' : 'not_found' };
  }
  const inquiryId = Number(row.id);
  await mailProducer(db, {
    id: inquiryId,
    producerId: Number(row.producer_id),
    productId: row.product_id === null ? null : Number(row.product_id),
    form,
    origin: context.origin,
  });
  return { ok: true, id: inquiryId };
}

/** The addresses that hear about a producer's inquiries, each with the language to write to it in. */
async function producerRecipients(db: Db, producerId: number): Promise<{ email: string; locale: Locale }[]> {
  const [accounts, producer] = await db.$client.batch(
    [
      {
        sql: `SELECT email, locale FROM users WHERE role = 'producer' AND producer_id = ? AND disabled = 0 ORDER BY id`,
        args: [producerId],
      },
      { sql: 'SELECT email FROM producers WHERE id = ?', args: [producerId] },
    ],
    'read',
  );
  const recipients = accounts!.rows.map((r) => ({
    email: String(r.email),
    locale: isLocale(r.locale) ? r.locale : DEFAULT_LOCALE,
  }));
  const publicEmail = producer!.rows[0]?.email;
  if (typeof publicEmail === 'string' && publicEmail.trim()) {
    const email = publicEmail.trim();
    // The producer's own address hears in the language of their first account, else the site's default.
    if (!recipients.some((r) => r.email.toLowerCase() === email.toLowerCase()))
      recipients.push({ email, locale: recipients[0]?.locale ?? DEFAULT_LOCALE });
  }
  return recipients;
}

async function productName(db: Db, productId: number | null, locale: Locale): Promise<string | null> {
  if (productId === null) return null;
  const rs = await db.$client.execute({
    sql: `SELECT name FROM product_translations WHERE product_id = ?1
          AND locale = ${best('product_translations', 'product_id', '?1', locale)}`,
    args: [productId],
  });
  return rs.rows[0] ? String(rs.rows[0].name) : null;
}

/**
 * The mail to the producer carries the inquiry but not the buyer's address: the answer goes through
 * the producer area, so it is recorded and reaches the buyer in their language.
 */
async function mailProducer(
  db: Db,
  inquiry: { id: number; producerId: number; productId: number | null; form: InquiryForm; origin: string },
): Promise<void> {
  const { form } = inquiry;
  for (const to of await producerRecipients(db, inquiry.producerId)) {
    const t = getTranslator(to.locale);
    const product = await productName(db, inquiry.productId, to.locale);
    const lines = [
      t('mail.inquiry.intro'),
      '',
      `${t('inquiry.company')}: ${form.company}`,
      ...(form.contactName ? [`${t('inquiry.contactName')}: ${form.contactName}`] : []),
      `${t('inquiry.country')}: ${countryName(to.locale, form.country)}`,
      ...(product ? [`${t('inquiry.product')}: ${product}`] : []),
      `${t('inquiry.quantity')}: ${form.quantity}`,
      '',
      `${t('inquiry.message')}:`,
      form.message,
      '',
      t('mail.inquiry.answerHere'),
      `${inquiry.origin}${localePath(to.locale, '/producer/inquiries')}#inquiry-${inquiry.id}`,
      '',
      t('mail.signature'),
    ];
    await sendMail(db, {
      to: to.email,
      locale: to.locale,
      subject: t('mail.inquiry.subject', { company: form.company, country: countryName(to.locale, form.country) }),
      text: lines.join('\n'),
    });
  }
}

export type InquiryStatus = 'new' | 'answered' | 'closed';

/** One inquiry as the producer area lists it. */
export interface ProducerInquiry {
  id: number;
  productId: number | null;
  productSlug: string | null;
  productName: string | null;
  company: string;
  contactName: string | null;
  email: string;
  country: string;
  quantity: string;
  message: string;
  locale: Locale;
  status: InquiryStatus;
  answer: string | null;
  answeredAt: number | null;
  createdAt: number;
}

/**
 * A producer's inquiries, new ones first, then newest first. Product names are in `locale` (with the
 * usual fallback); `status` narrows the list.
 */
export async function listProducerInquiries(
  db: Db,
  producerId: number,
  options: { locale?: Locale; status?: InquiryStatus; limit?: number } = {},
): Promise<ProducerInquiry[]> {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const rs = await db.$client.execute({
    sql: `SELECT i.*, p.slug AS product_slug, pt.name AS product_name
          FROM inquiries i
          LEFT JOIN products p ON p.id = i.product_id
          LEFT JOIN product_translations pt ON pt.product_id = p.id AND pt.locale = ${best('product_translations', 'product_id', 'p.id', locale)}
          WHERE i.producer_id = ? ${options.status ? 'AND i.status = ?' : ''}
          ORDER BY i.status = 'new' DESC, i.created_at DESC, i.id DESC LIMIT ?`,
    args: [producerId, ...(options.status ? [options.status] : []), options.limit ?? 200],
  });
  return rs.rows.map((r) => ({
    id: Number(r.id),
    productId: r.product_id === null ? null : Number(r.product_id),
    productSlug: r.product_slug === null ? null : String(r.product_slug),
    productName: r.product_name === null ? null : String(r.product_name),
    company: String(r.company),
    contactName: r.contact_name === null ? null : String(r.contact_name),
    email: String(r.email),
    country: String(r.country),
    quantity: String(r.quantity),
    message: String(r.message),
    locale: isLocale(r.locale) ? r.locale : DEFAULT_LOCALE,
    status: r.status as InquiryStatus,
    answer: r.answer === null ? null : String(r.answer),
    answeredAt: r.answered_at === null ? null : Number(r.answered_at),
    createdAt: Number(r.created_at),
  }));
}

/** A producer's answer to an inquiry. */
export const InquiryAnswer = z.string().trim().min(2, { error: 'inquiry.error.answer' }).max(4000, {
  error: 'inquiry.error.answer',
});

/**
 * Answers an inquiry of this producer (not a closed one): stores the answer, marks it answered, writes
 * the audit log, and mails the answer to the buyer in the inquiry's language. A later answer replaces
 * the stored one (the audit log keeps the earlier). False when the inquiry is not this producer's or is
 * closed. `origin` adds a link to the producer's page to the mail.
 */
export async function answerInquiry(
  db: Db,
  producerId: number,
  inquiryId: number,
  answer: string,
  userId: number,
  options: { origin?: string; ip?: string; now?: number } = {},
): Promise<boolean> {
  const text = InquiryAnswer.parse(answer);
  const now = options.now ?? Date.now();
  const before = await db.$client.execute({
    sql: `SELECT status, answer FROM inquiries WHERE id = ? AND producer_id = ?`,
    args: [inquiryId, producerId],
  });
  const previous = before.rows[0];
  if (!previous || previous.status === 'closed') return false;
  const [updated] = await db.$client.batch(
    [
      {
        sql: `UPDATE inquiries SET answer = ?, status = 'answered', answered_at = ?, updated_at = ?
              WHERE id = ? AND producer_id = ? AND status != 'closed'
              RETURNING email, locale, message, created_at,
                (SELECT slug FROM producers WHERE id = inquiries.producer_id) AS producer_slug`,
        args: [text, now, now, inquiryId, producerId],
      },
      auditStatement(
        {
          userId,
          action: 'inquiry_answer',
          entity: 'inquiry',
          entityId: inquiryId,
          before: { status: previous.status, answer: previous.answer },
          after: { status: 'answered', answer: text },
          ip: options.ip ?? null,
        },
        now,
      ),
    ],
    'write',
  );
  const row = updated!.rows[0];
  if (!row) return false;
  const locale = isLocale(row.locale) ? row.locale : DEFAULT_LOCALE;
  const t = getTranslator(locale);
  const producer = await producerName(db, producerId, locale);
  const lines = [
    t('mail.inquiryAnswer.intro', { producer, date: formatDate(locale, Number(row.created_at)) }),
    '',
    text,
    '',
    `${t('mail.inquiryAnswer.yours')}:`,
    ...String(row.message)
      .split('\n')
      .map((l) => `> ${l}`),
    '',
    ...(options.origin
      ? [t('mail.inquiryAnswer.more'), `${options.origin}${localePath(locale, `/producers/${row.producer_slug}`)}`, '']
      : []),
    t('mail.signature'),
  ];
  await sendMail(db, {
    to: String(row.email),
    locale,
    subject: t('mail.inquiryAnswer.subject', { producer }),
    text: lines.join('\n'),
  });
  return true;
}

async function producerName(db: Db, producerId: number, locale: Locale): Promise<string> {
  const rs = await db.$client.execute({
    sql: `SELECT name FROM producer_translations WHERE producer_id = ?1
          AND locale = ${best('producer_translations', 'producer_id', '?1', locale)}`,
    args: [producerId],
  });
  return String(rs.rows[0]?.name ?? '');
}

/** Closes an inquiry of this producer (no answer needed); false when it is not theirs or already closed. */
export async function closeInquiry(
  db: Db,
  producerId: number,
  inquiryId: number,
  userId: number,
  options: { ip?: string; now?: number } = {},
): Promise<boolean> {
  const now = options.now ?? Date.now();
  const before = await db.$client.execute({
    sql: 'SELECT status FROM inquiries WHERE id = ? AND producer_id = ?',
    args: [inquiryId, producerId],
  });
  const status = before.rows[0]?.status;
  if (status === undefined || status === 'closed') return false;
  await db.$client.batch(
    [
      {
        sql: `UPDATE inquiries SET status = 'closed', updated_at = ? WHERE id = ? AND producer_id = ?`,
        args: [now, inquiryId, producerId],
      },
      auditStatement(
        {
          userId,
          action: 'inquiry_close',
          entity: 'inquiry',
          entityId: inquiryId,
          before: { status },
          after: { status: 'closed' },
          ip: options.ip ?? null,
        },
        now,
      ),
    ],
    'write',
  );
  return true;
}

/** One inquiry as staff see it: the producer it went to, and whether it still waits for an answer. */
export interface StaffInquiry extends ProducerInquiry {
  producerId: number;
  producerName: string;
}

/**
 * Inquiries to every producer for staff, the oldest waiting first when listing `new` ones, else newest
 * first; product and producer names in `locale`.
 */
export async function listInquiriesForStaff(
  db: Db,
  options: { locale?: Locale; status?: InquiryStatus; limit?: number } = {},
): Promise<StaffInquiry[]> {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const rs = await db.$client.execute({
    sql: `SELECT i.*, p.slug AS product_slug, pt.name AS product_name,
                 (SELECT name FROM producer_translations WHERE producer_id = i.producer_id
                     AND locale = ${best('producer_translations', 'producer_id', 'i.producer_id', locale)}) AS producer_name
          FROM inquiries i
          LEFT JOIN products p ON p.id = i.product_id
          LEFT JOIN product_translations pt ON pt.product_id = p.id AND pt.locale = ${best('product_translations', 'product_id', 'p.id', locale)}
          ${options.status ? 'WHERE i.status = ?' : ''}
          ORDER BY ${options.status === 'new' ? 'i.created_at, i.id' : 'i.created_at DESC, i.id DESC'} LIMIT ?`,
    args: [...(options.status ? [options.status] : []), options.limit ?? 200],
  });
  return rs.rows.map((r) => ({
    id: Number(r.id),
    producerId: Number(r.producer_id),
    producerName: String(r.producer_name ?? ''),
    productId: r.product_id === null ? null : Number(r.product_id),
    productSlug: r.product_slug === null ? null : String(r.product_slug),
    productName: r.product_name === null ? null : String(r.product_name),
    company: String(r.company),
    contactName: r.contact_name === null ? null : String(r.contact_name),
    email: String(r.email),
    country: String(r.country),
    quantity: String(r.quantity),
    message: String(r.message),
    locale: isLocale(r.locale) ? r.locale : DEFAULT_LOCALE,
    status: r.status as InquiryStatus,
    answer: r.answer === null ? null : String(r.answer),
    answeredAt: r.answered_at === null ? null : Number(r.answered_at),
    createdAt: Number(r.created_at),
  }));
}
