/**
 * Sales reports for staff and the public impact figures, from one definition of a sale.
 *
 * A sale is an order line of an order in a sold status (paid, packed, shipped, ready for pickup,
 * delivered): pending, cancelled and refunded orders are not sales, and an order leaves every figure
 * the moment it is refunded. Revenue is the goods' value (line totals, in KGS tiyin); shipping is
 * not the producers' and is left out. The shop's commission on a line is the one the producer's payout
 * ledger recorded when the sale credited them (`payout_entries` kind 'sale'), so a later change of a
 * producer's rate never rewrites history; a line the ledger has not credited takes the producer's
 * current rate, rounded half-up exactly like the ledger, and a line with no producer is all the shop's.
 *
 * Income returned to villages = the producers' share = revenue − commission, over all sold lines.
 * Staff reports and the impact page both read it through `totalsStatement`, so they always agree.
 */
import type { InStatement, InValue, Row } from '@libsql/client';
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { bestLocaleSql, type Localized } from '../catalog/localized.ts';
import type { Locale } from '../i18n/locales.ts';
import {
  addDays,
  bishkekDate,
  bishkekDayStart,
  countPeriods,
  isIsoDate,
  PERIOD_UNITS,
  periodKeys,
  periodKeySql,
  type PeriodUnit,
} from './period.ts';

/** Order statuses whose lines count as sold. */
export const SOLD_STATUSES = ['paid', 'packed', 'shipped', 'ready_for_pickup', 'delivered'] as const;

export const REPORT_GROUPS = [...PERIOD_UNITS, 'producer', 'village', 'region', 'category'] as const;
export type ReportGroup = (typeof REPORT_GROUPS)[number];
export const REPORT_CHANNELS = ['all', 'online', 'counter'] as const;
export type ReportChannel = (typeof REPORT_CHANNELS)[number];

/** More periods than this (e.g. days over several years) make an unreadable chart and table. */
export const MAX_PERIODS = 400;

export function isPeriodGroup(group: ReportGroup): group is PeriodUnit {
  return (PERIOD_UNITS as readonly string[]).includes(group);
}

/** Which sales a figure covers. Times are epoch milliseconds; `toMs` is exclusive. */
export interface SalesFilter {
  fromMs?: number;
  toMs?: number;
  channel?: ReportChannel;
}

export interface SalesFigures {
  /** Distinct orders. */
  orders: number;
  units: number;
  revenueTiyin: number;
  commissionTiyin: number;
  /** Revenue less the shop's commission: income returned to the producers' villages. */
  producersShareTiyin: number;
}

export interface SalesTotals extends SalesFigures {
  /** Producers and villages with at least one sale. */
  producers: number;
  villages: number;
}

export interface ReportRow extends SalesFigures {
  /** The period key (yyyy-mm-dd, or yyyy-mm for months), or the slug of the producer, village, region or category; null when unknown. */
  key: string | null;
  /** The producer's, village's, region's or category's name in the best language; null for periods and unknowns. */
  name: Localized | null;
}

export interface SalesReport {
  query: ReportQuery;
  rows: ReportRow[];
  totals: SalesTotals;
}

const isoDate = z.string().refine(isIsoDate, 'reports.error.date');
// The selects only offer valid choices: anything else is taken as the default.
const groupField = z.enum(REPORT_GROUPS).catch('day');
const channelField = z.enum(REPORT_CHANNELS).catch('all');

/** The report form: a Bishkek date range (both days included), a grouping and a sales channel. */
export const ReportQuery = z
  .object({
    from: isoDate,
    to: isoDate,
    group: groupField,
    channel: channelField,
  })
  .superRefine((q, ctx) => {
    // Zod runs this even when a date did not validate (its issue is already recorded): compare real dates only.
    if (!isIsoDate(q.from) || !isIsoDate(q.to)) return;
    if (q.from > q.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'reports.error.range' });
    else if (isPeriodGroup(q.group) && countPeriods(q.from, q.to, q.group, MAX_PERIODS) > MAX_PERIODS)
      ctx.addIssue({ code: 'custom', path: ['group'], message: 'reports.error.too_many_periods' });
  });
export type ReportQuery = z.infer<typeof ReportQuery>;

/** What the form shows when it opens: the last 30 days, day by day, all channels. */
export function defaultReportQuery(today: string): ReportQuery {
  return { from: addDays(today, -29), to: today, group: 'day', channel: 'all' };
}

export interface ParsedReportQuery {
  /** The values to show in the form (what was typed, defaults for what was left out). */
  values: ReportQuery;
  /** The query to run, or null when a field is wrong. */
  query: ReportQuery | null;
  /** Message keys per field. */
  errors: Partial<Record<keyof ReportQuery, string>>;
}

/** Reads the report form from a URL's query; empty or missing fields take the defaults. */
export function parseReportQuery(params: URLSearchParams, today: string): ParsedReportQuery {
  const defaults = defaultReportQuery(today);
  const raw = {
    from: params.get('from')?.trim() || defaults.from,
    to: params.get('to')?.trim() || defaults.to,
    group: params.get('group') || defaults.group,
    channel: params.get('channel') || defaults.channel,
  };
  const parsed = ReportQuery.safeParse(raw);
  const values: ReportQuery = {
    ...raw,
    group: groupField.parse(raw.group),
    channel: channelField.parse(raw.channel),
  };
  if (parsed.success) return { values, query: parsed.data, errors: {} };
  const errors: ParsedReportQuery['errors'] = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as keyof ReportQuery;
    errors[field] ??= issue.message;
  }
  return { values, query: null, errors };
}

/** The instants a query's Bishkek dates cover. */
export function queryFilter(query: ReportQuery): Required<SalesFilter> {
  return {
    fromMs: bishkekDayStart(query.from),
    toMs: bishkekDayStart(addDays(query.to, 1)),
    channel: query.channel,
  };
}

const SOLD_IN = SOLD_STATUSES.map((s) => `'${s}'`).join(', ');

/**
 * The sold lines a filter covers, as the CTE `sold`. The status and time conditions use the
 * orders(status, created_at) index; each line's ledger credit is looked up by its order line.
 */
function soldCte(filter: SalesFilter): { sql: string; args: InValue[] } {
  const channel = filter.channel && filter.channel !== 'all' ? filter.channel : null;
  return {
    sql: `WITH sold AS (
      SELECT ol.order_id, ol.producer_id, ol.product_id, ol.producer_name, ol.quantity, o.created_at,
             pr.village_id, ol.line_total_tiyin AS gross,
             coalesce(pe.commission_tiyin,
                      (ol.line_total_tiyin * coalesce(pr.commission_bps, 10000) + 5000) / 10000) AS commission
        FROM orders o
        JOIN order_lines ol ON ol.order_id = o.id
        LEFT JOIN producers pr ON pr.id = ol.producer_id
        LEFT JOIN payout_entries pe ON pe.order_line_id = ol.id AND pe.kind = 'sale'
       WHERE o.status IN (${SOLD_IN}) AND o.created_at >= ? AND o.created_at < ?
         ${channel ? 'AND o.channel = ?' : ''}
    )`,
    args: [filter.fromMs ?? 0, filter.toMs ?? Number.MAX_SAFE_INTEGER, ...(channel ? [channel] : [])],
  };
}

const FIGURES = `count(DISTINCT s.order_id) AS orders, coalesce(sum(s.quantity), 0) AS units,
  coalesce(sum(s.gross), 0) AS revenue, coalesce(sum(s.commission), 0) AS commission`;

/** The one statement behind every total: staff report totals and the public impact figures. */
export function totalsStatement(filter: SalesFilter = {}): InStatement {
  const cte = soldCte(filter);
  return {
    sql: `${cte.sql} SELECT ${FIGURES}, count(DISTINCT s.producer_id) AS producers,
            count(DISTINCT s.village_id) AS villages FROM sold s`,
    args: cte.args,
  };
}

function figures(r: Row): SalesFigures {
  const revenueTiyin = Number(r.revenue ?? 0);
  const commissionTiyin = Number(r.commission ?? 0);
  return {
    orders: Number(r.orders ?? 0),
    units: Number(r.units ?? 0),
    revenueTiyin,
    commissionTiyin,
    producersShareTiyin: revenueTiyin - commissionTiyin,
  };
}

function totalsOf(r: Row | undefined): SalesTotals {
  if (!r)
    return {
      orders: 0,
      units: 0,
      revenueTiyin: 0,
      commissionTiyin: 0,
      producersShareTiyin: 0,
      producers: 0,
      villages: 0,
    };
  return { ...figures(r), producers: Number(r.producers ?? 0), villages: Number(r.villages ?? 0) };
}

/** Sales figures over a filter (all time by default): what the impact page shows. */
export async function salesTotals(db: Db, filter: SalesFilter = {}): Promise<SalesTotals> {
  const rs = await db.$client.execute(totalsStatement(filter));
  return totalsOf(rs.rows[0]);
}

/** Per group: the id expression over `sold s`, joins it needs, and the named entity it points at. */
const ENTITIES = {
  producer: { id: 's.producer_id', joins: '', table: 'producers', tr: 'producer_translations', fk: 'producer_id' },
  village: { id: 's.village_id', joins: '', table: 'villages', tr: 'village_translations', fk: 'village_id' },
  region: {
    id: 'v.region_id',
    joins: 'LEFT JOIN villages v ON v.id = s.village_id',
    table: 'regions',
    tr: 'region_translations',
    fk: 'region_id',
  },
  category: {
    id: 'p.category_id',
    joins: 'LEFT JOIN products p ON p.id = s.product_id',
    table: 'categories',
    tr: 'category_translations',
    fk: 'category_id',
  },
} as const;

function groupStatement(query: ReportQuery, locale: Locale): InStatement {
  const cte = soldCte(queryFilter(query));
  const { group } = query;
  if (isPeriodGroup(group)) {
    return {
      sql: `${cte.sql} SELECT ${periodKeySql(group, 's.created_at')} AS id, ${FIGURES}
              FROM sold s GROUP BY 1 ORDER BY 1`,
      args: cte.args,
    };
  }
  const e = ENTITIES[group];
  return {
    sql: `${cte.sql}, g AS (
            SELECT ${e.id} AS id, ${FIGURES}, max(s.producer_name) AS snapshot FROM sold s ${e.joins} GROUP BY 1
          )
          SELECT g.*, e.slug, t.name, t.locale AS name_locale
            FROM g LEFT JOIN ${e.table} e ON e.id = g.id
            LEFT JOIN ${e.tr} t ON t.${e.fk} = g.id AND t.locale = ${bestLocaleSql(e.tr, e.fk, 'g.id', locale)}
           ORDER BY g.revenue DESC, t.name`,
    args: cte.args,
  };
}

const ZERO: SalesFigures = { orders: 0, units: 0, revenueTiyin: 0, commissionTiyin: 0, producersShareTiyin: 0 };

/**
 * Sales over a query's dates and channel, grouped by period (every period listed, empty ones as zero)
 * or by producer, village, region or category (largest revenue first), with the totals. An order with
 * goods from several producers counts once in each of their rows and once in the totals.
 */
export async function salesReport(db: Db, locale: Locale, query: ReportQuery): Promise<SalesReport> {
  const [grouped, totals] = await db.$client.batch(
    [groupStatement(query, locale), totalsStatement(queryFilter(query))],
    'read',
  );
  const { group } = query;
  let rows: ReportRow[];
  if (isPeriodGroup(group)) {
    const found = new Map(grouped!.rows.map((r) => [String(r.id), figures(r)]));
    rows = periodKeys(query.from, query.to, group).map((key) => ({ key, name: null, ...(found.get(key) ?? ZERO) }));
  } else {
    rows = grouped!.rows.map((r) => {
      const name: Localized | null =
        r.name !== null && r.name !== undefined
          ? { text: String(r.name), locale: String(r.name_locale) as Locale }
          : group === 'producer' && r.snapshot !== null && r.id !== null
            ? { text: String(r.snapshot), locale }
            : null;
      return { key: r.slug === null || r.slug === undefined ? null : String(r.slug), name, ...figures(r) };
    });
  }
  return { query, rows, totals: totalsOf(totals!.rows[0]) };
}

/** Today's date in Bishkek, the default end of a report. */
export function reportToday(now = Date.now()): string {
  return bishkekDate(now);
}
