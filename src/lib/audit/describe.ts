/**
 * Turns a stored audit entry into a line of history a person reads: the event's name in their language,
 * what changed (before → after) with money, dates, statuses and roles written out, and the object it
 * concerns. Only fields a reader knows are shown; ids of payment intents, file keys and the like are left out.
 */
import { isLocale, LOCALES, type Locale } from '../i18n/locales.ts';
import { formatDate, formatDateTime, formatNumber, languageName } from '../i18n/format.ts';
import { getTranslator, MESSAGES, type MessageKey } from '../i18n/translate.ts';
import { ListingDraft } from '../listings/draft.ts';
import { listingChanges } from '../listings/listings.ts';
import { formatMoney, isCurrency } from '../money/money.ts';
import { isAuditAction } from './actions.ts';
import type { AuditRow } from './audit.ts';

export interface AuditChange {
  /** The field's name in the reader's language. */
  field: string;
  before: string | null;
  after: string | null;
}

export interface AuditObject {
  label: string;
  /** A staff page about it (path without the locale), when there is one the reader may open. */
  href: string | null;
}

export interface AuditEntryView {
  id: number;
  action: string;
  /** The event's name; an action no code writes any more shows its stored name. */
  label: string;
  /** Who did it: a person's name and email, or null for the shop itself (webhooks, sweepers). */
  who: { name: string; email: string | null } | null;
  when: string;
  /** ISO timestamp, for <time datetime>. */
  iso: string;
  object: AuditObject;
  changes: AuditChange[];
}

/** Names of the objects entries point at, looked up in one go by the page's view model. */
export interface AuditNames {
  products: Map<string, { name: string; slug: string | null }>;
  producers: Map<string, string>;
  users: Map<string, string>;
  variants: Map<string, { sku: string; name: string }>;
  villages: Map<string, { name: string; slug: string }>;
  regions: Map<string, { name: string; slug: string }>;
  locations: Map<string, string>;
}

export const emptyNames = (): AuditNames => ({
  products: new Map(),
  producers: new Map(),
  users: new Map(),
  variants: new Map(),
  villages: new Map(),
  regions: new Map(),
  locations: new Map(),
});

/** Fields shown with a label of their own (`audit.field.<name>`), in this order. */
export const AUDIT_FIELDS = [
  'status',
  'role',
  'producer',
  'disabled',
  'name',
  'email',
  'locale',
  'reason',
  'reject_reason',
  'method',
  'payment',
  'amount',
  'cash_given',
  'commission',
  'carrier',
  'tracking',
  'note',
  'answer',
  'kind',
  'issuer',
  'number',
  'valid_from',
  'valid_until',
  'location',
  'from',
  'to',
  'quantity',
  'delta',
  'count',
  'batch',
  'produced_on',
  'best_before',
  'consignment',
  'sku',
  'units',
  'lines',
  'village',
  'region',
  'district',
  'story',
  'lat',
  'lng',
  'countries',
  'rates',
] as const;
type AuditField = (typeof AUDIT_FIELDS)[number];

/** Stored names that mean one of the fields above. */
const ALIASES: Record<string, AuditField> = {
  producerId: 'producer',
  cashGiven: 'cash_given',
  commission_bps: 'commission',
  units: 'units',
  regionSlug: 'region',
  villageSlug: 'village',
  latitude: 'lat',
  longitude: 'lng',
};

const has = (key: string) => key in MESSAGES.en;

/** The first of these message keys that exists, translated; else null. */
function firstKey(t: (k: MessageKey) => string, keys: string[]): string | null {
  const key = keys.find(has);
  return key ? t(key as MessageKey) : null;
}

const truncate = (s: string, n = 140) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

interface Ctx {
  locale: Locale;
  t: ReturnType<typeof getTranslator>;
  row: AuditRow;
  names: AuditNames;
}

/** A field's name: its own label, or a text field in one language ("Name (KY)"). */
function fieldLabel(ctx: Ctx, field: AuditField, lang?: Locale): string {
  const label = ctx.t(`audit.field.${field}` as MessageKey);
  return lang ? `${label} (${lang.toUpperCase()})` : label;
}

/** A value as the reader should see it, or null to leave the field out. */
function formatValue(ctx: Ctx, field: AuditField, value: unknown, sibling: Record<string, unknown>): string | null {
  const { t, locale, row } = ctx;
  if (value === null || value === undefined || value === '') return null;
  const text = String(value);
  switch (field) {
    case 'status':
      return (
        firstKey(t, [
          `${row.entity}.status.${text}`,
          `order.status.${text}`,
          `producer.inquiries.status.${text}`,
          `audit.value.${text}`,
        ]) ?? text
      );
    case 'role':
      return firstKey(t, [`people.role.${text}`]) ?? text;
    case 'producer':
      return ctx.names.producers.get(text) ?? `#${text}`;
    case 'disabled':
      return t(value ? 'audit.value.disabled' : 'audit.value.active');
    case 'consignment':
      return t(value ? 'audit.value.yes' : 'audit.value.no');
    case 'locale':
      return isLocale(text) ? languageName(locale, text) : text;
    case 'reason':
    case 'reject_reason':
      return (
        firstKey(t, [
          ...(row.entity === 'certificate' ? [`certificate.reject.${text}`] : []),
          ...(row.entity === 'product' ? [`listing.reject.${text}`] : []),
          `audit.value.${text}`,
          `staff.payments.reason.${text}`,
          `stock.reasons.${text}`,
        ]) ?? text
      );
    case 'method':
      // A producer's payout was paid in cash or by transfer; an order's money went back by one of the refund ways.
      return (
        firstKey(
          t,
          row.entity === 'producer'
            ? [`payout.methods.${text}`, `fulfil.refund.${text}`]
            : [`fulfil.refund.${text}`, `payout.methods.${text}`],
        ) ?? text
      );
    case 'payment':
      return firstKey(t, [`fulfil.payment.${text}`]) ?? text;
    case 'amount': {
      const currency = sibling.currency;
      if (typeof value !== 'number') return text;
      return isCurrency(currency)
        ? formatMoney(locale, { amount: value, currency })
        : formatMoney(locale, { amount: value, currency: 'KGS' });
    }
    case 'cash_given':
      return typeof value === 'number' ? formatMoney(locale, { amount: value, currency: 'KGS' }) : null;
    case 'commission':
      return typeof value === 'number' ? `${formatNumber(locale, value / 100, 2)} %` : text;
    case 'valid_from':
    case 'valid_until':
    case 'produced_on':
    case 'best_before':
      return /^\d{4}-\d{2}-\d{2}$/.test(text) ? formatDate(locale, text) : text;
    case 'location':
    case 'from':
    case 'to':
      return ctx.names.locations.get(text) ?? `#${text}`;
    case 'quantity':
    case 'delta':
    case 'count':
    case 'units':
      return typeof value === 'number' ? formatNumber(locale, value) : text;
    case 'lines':
      return Array.isArray(value)
        ? value
            .map((l: { sku?: string; quantity?: number; counted?: number; variant?: number }) =>
              l.sku ? `${l.sku} × ${l.quantity ?? l.counted ?? ''}` : `× ${l.counted ?? l.quantity ?? ''}`,
            )
            .join(', ')
        : null;
    case 'countries':
      return Array.isArray(value) ? value.join(', ') : text;
    case 'rates':
      return Array.isArray(value)
        ? value
            .map(
              (r: { maxWeightGrams?: number; priceTiyin?: number }) =>
                `≤ ${formatNumber(locale, Number(r.maxWeightGrams))} g: ${formatMoney(locale, { amount: Number(r.priceTiyin), currency: 'KGS' })}`,
            )
            .join('; ')
        : null;
    default:
      if (typeof value === 'object') return null;
      if (typeof value === 'boolean') return t(value ? 'audit.value.yes' : 'audit.value.no');
      if (typeof value === 'number') return formatNumber(locale, value, 6);
      return truncate(text);
  }
}

const asRecord = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** The known field a stored key means, and the language of a per-language text (`name_ky`). */
function knownField(key: string): { field: AuditField; lang?: Locale } | null {
  const m = /^(.*)_(ky|ru|en)$/.exec(key);
  const base = m ? m[1]! : key;
  const field = ALIASES[base] ?? ((AUDIT_FIELDS as readonly string[]).includes(base) ? (base as AuditField) : null);
  if (!field) return null;
  return m ? { field, lang: m[2] as Locale } : { field };
}

/** Field-by-field changes between two stored objects (or the values set, when there is no before). */
function fieldChanges(ctx: Ctx, before: unknown, after: unknown): AuditChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .map((k) => ({ key: k, known: knownField(k) }))
    .filter((k): k is { key: string; known: { field: AuditField; lang?: Locale } } => k.known !== null)
    .sort(
      (x, y) =>
        AUDIT_FIELDS.indexOf(x.known.field) - AUDIT_FIELDS.indexOf(y.known.field) ||
        LOCALES.indexOf(x.known.lang ?? 'ky') - LOCALES.indexOf(y.known.lang ?? 'ky'),
    );
  const out: AuditChange[] = [];
  for (const { key, known } of keys) {
    const was = before === null || before === undefined ? null : formatValue(ctx, known.field, b[key], b);
    const now = formatValue(ctx, known.field, a[key], a);
    if (was === now || (was === null && now === null)) continue;
    out.push({ field: fieldLabel(ctx, known.field, known.lang), before: was, after: now });
  }
  return out;
}

/** A listing's changes as the review page names them (only the fields that changed). */
function listingDiff(ctx: Ctx): AuditChange[] {
  const after = ListingDraft.safeParse(ctx.row.after);
  if (!after.success) return [];
  const before = ListingDraft.safeParse(ctx.row.before);
  return listingChanges(before.success ? before.data : null, after.data, (id) => `#${id}`)
    .filter((c) => c.changed)
    .map((c) => ({
      field: `${ctx.t(c.field as MessageKey)}${c.locale ? ` (${c.locale.toUpperCase()})` : ''}`,
      before: c.before ? truncate(c.before, 100) : null,
      after: c.after ? truncate(c.after, 100) : null,
    }));
}

/** Currency rates as set: one line per currency, from its date. */
function ratesDiff(ctx: Ctx): AuditChange[] {
  const rows = Array.isArray(ctx.row.after)
    ? (ctx.row.after as { currency?: string; effectiveOn?: string; kgsPerUnitMicros?: number }[])
    : [];
  return rows.map((r) => ({
    field: `${r.currency ?? ''} · ${r.effectiveOn ? formatDate(ctx.locale, r.effectiveOn) : ''}`,
    before: null,
    after: `${formatNumber(ctx.locale, Number(r.kgsPerUnitMicros) / 1_000_000, 4)} ${ctx.t('audit.value.som')}`,
  }));
}

/** Shop details: each key that changed, with its old and new value. */
function settingsDiff(ctx: Ctx): AuditChange[] {
  const flat = (v: unknown): Map<string, string> => {
    const out = new Map<string, string>();
    const walk = (o: unknown, prefix: string) => {
      if (o && typeof o === 'object' && !Array.isArray(o)) {
        for (const [k, x] of Object.entries(o)) walk(x, prefix ? `${prefix}.${k}` : k);
      } else if (o !== null && o !== undefined && o !== '')
        out.set(prefix, Array.isArray(o) ? o.join(', ') : String(o));
    };
    walk(v, '');
    return out;
  };
  const b = flat(ctx.row.before);
  const a = flat(ctx.row.after);
  return [...new Set([...b.keys(), ...a.keys()])]
    .filter((k) => b.get(k) !== a.get(k))
    .map((k) => {
      const [key, lang] = k.split('.') as [string, string | undefined];
      const label = firstKey(ctx.t, [`settings.field.${key}`, `settings.${key}`]) ?? key;
      return {
        field: lang && (LOCALES as readonly string[]).includes(lang) ? `${label} (${lang.toUpperCase()})` : label,
        before: b.has(k) ? truncate(b.get(k)!, 100) : null,
        after: a.has(k) ? truncate(a.get(k)!, 100) : null,
      };
    });
}

/** The object an entry is about: its name and, where the reader may open one, its staff page. */
export function auditObject(
  row: AuditRow,
  names: AuditNames,
  t: ReturnType<typeof getTranslator>,
  isAdmin: boolean,
): AuditObject {
  const id = row.entityId;
  switch (row.entity) {
    case 'order':
      return {
        label: t('audit.object.order', { number: id }),
        href: /^payment-/.test(id) ? '/staff/payments' : `/staff/orders/${encodeURIComponent(id)}`,
      };
    case 'product': {
      const p = names.products.get(id);
      return { label: p?.name || t('audit.object.product', { id }), href: p?.slug ? `/products/${p.slug}` : null };
    }
    case 'producer':
      return { label: names.producers.get(id) ?? t('audit.object.producer', { id }), href: `/staff/producers/${id}` };
    case 'user':
      return {
        label: names.users.get(id) ?? t('audit.object.user', { id }),
        href: isAdmin ? `/staff/people/${id}` : null,
      };
    case 'variant': {
      const v = names.variants.get(id);
      return v
        ? { label: `${v.name} · ${v.sku}`, href: `/staff/stock?q=${encodeURIComponent(v.sku)}` }
        : { label: t('audit.object.variant', { id }), href: null };
    }
    case 'village': {
      const v = names.villages.get(id);
      return {
        label: v?.name ?? t('audit.object.village', { id }),
        href: v ? `/staff/places/villages/${v.slug}` : null,
      };
    }
    case 'region': {
      const r = names.regions.get(id);
      return { label: r?.name ?? t('audit.object.region', { id }), href: r ? `/staff/places/regions/${r.slug}` : null };
    }
    case 'certificate':
      return { label: t('audit.object.certificate', { id }), href: `/staff/certificates#c${id}` };
    case 'inquiry':
      return { label: t('audit.object.inquiry', { id }), href: `/staff/inquiries#i${id}` };
    case 'outbox':
      return { label: t('audit.object.mail', { id }), href: '/staff/outbox' };
    case 'stock':
      return { label: t('audit.object.stocktake'), href: '/staff/stock' };
    case 'currency_rate':
      return { label: id, href: isAdmin ? '/staff/rates' : null };
    case 'shipping_zone':
      return { label: t('audit.object.shipping', { zone: id }), href: isAdmin ? '/staff/shipping' : null };
    case 'shop_page': {
      const [slug = id, lang] = id.split('/');
      return {
        label: t('audit.object.page', { page: lang ? `${slug} (${lang.toUpperCase()})` : slug }),
        href: isAdmin ? `/staff/pages/${slug}${lang ? `?lang=${lang}` : ''}` : null,
      };
    }
    case 'shop_settings':
      return { label: t('audit.object.settings'), href: isAdmin ? '/staff/settings' : null };
    default:
      return { label: `${row.entity} ${id}`, href: null };
  }
}

/** One audit entry as the history page shows it. */
export function describeAuditEntry(
  row: AuditRow,
  locale: Locale,
  names: AuditNames,
  options: { isAdmin: boolean },
): AuditEntryView {
  const t = getTranslator(locale);
  const ctx: Ctx = { locale, t, row, names };
  let changes: AuditChange[];
  if (['listing_saved', 'listing_approved', 'listing_created'].includes(row.action)) changes = listingDiff(ctx);
  else if (row.action === 'rates.set' || row.action === 'rates.import') changes = ratesDiff(ctx);
  else if (row.action === 'settings.update') changes = settingsDiff(ctx);
  else if (row.action === 'stocktake') {
    const lines = asRecord(row.after).lines;
    changes = [
      {
        field: t('audit.field.lines'),
        before: null,
        after: formatNumber(locale, Array.isArray(lines) ? lines.length : 0),
      },
      ...fieldChanges(ctx, null, { note: asRecord(row.after).note }),
    ];
  } else changes = fieldChanges(ctx, row.before, row.after);
  const when = new Date(row.createdAt);
  return {
    id: row.id,
    action: row.action,
    label: isAuditAction(row.action) ? t(`audit.action.${row.action}` as MessageKey) : row.action,
    who: row.userId === null ? null : { name: row.userName ?? `#${row.userId}`, email: row.userEmail },
    when: formatDateTime(locale, when, 'medium'),
    iso: when.toISOString(),
    object: auditObject(row, names, t, options.isAdmin),
    changes,
  };
}
