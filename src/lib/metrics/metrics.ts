/**
 * Prometheus metrics (prom-client): request durations by route and page-cache hits, counted by the front
 * server as responses finish; orders, payments, held stock and the outbox read from the database at
 * scrape time; Node's default process metrics. The front server and Astro's bundle meet on globalThis.
 * Under node:cluster (WORKERS > 1) a scrape lands on one worker, which asks the primary for every worker's
 * counters summed (prom-client's AggregatorRegistry), so each scrape sees the whole machine.
 */
import { timingSafeEqual, createHash } from 'node:crypto';
import cluster from 'node:cluster';
import { AggregatorRegistry, Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Db } from '../../../db/client.ts';

export interface ShopMetrics {
  /** What this process counts itself: requests, the page cache, Node's process metrics. */
  registry: Registry;
  /** What is read from the database at scrape time: the same for every worker, so never summed. */
  database: Registry;
  requestSeconds: Histogram<'method' | 'route' | 'status'>;
  pageCache: Counter<'result'>;
  orders: Gauge<'status'>;
  payments: Gauge<'status'>;
  heldUnits: Gauge;
  outbox: Gauge<'status'>;
}

const SHARED = Symbol.for('ovop.metrics');

function createMetrics(): ShopMetrics {
  const registry = new Registry();
  const database = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  // A worker answers the primary's requests for its counters (prom-client listens once it is constructed).
  if (cluster.isWorker) {
    AggregatorRegistry.setRegistries([registry]);
    new AggregatorRegistry();
  }
  const inDatabase = [database];
  return {
    registry,
    database,
    requestSeconds: new Histogram({
      name: 'ovop_http_request_duration_seconds',
      help: 'Time from request to the last byte of the response, by route pattern',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    }),
    pageCache: new Counter({
      name: 'ovop_page_cache_requests_total',
      help: 'Anonymous page requests answered from the page cache (hit) or rendered and stored (miss)',
      labelNames: ['result'],
      registers,
    }),
    orders: new Gauge({
      name: 'ovop_orders',
      help: 'Orders by status',
      labelNames: ['status'],
      registers: inDatabase,
    }),
    payments: new Gauge({
      name: 'ovop_payments',
      help: 'Payments by status',
      labelNames: ['status'],
      registers: inDatabase,
    }),
    heldUnits: new Gauge({
      name: 'ovop_stock_reserved_units',
      help: 'Stock units held (reserved) for unpaid or unshipped orders',
      registers: inDatabase,
    }),
    outbox: new Gauge({
      name: 'ovop_outbox_mails',
      help: 'Outbox mails by status',
      labelNames: ['status'],
      registers: inDatabase,
    }),
  };
}

/** The metrics of this process. */
export function sharedMetrics(): ShopMetrics {
  const g = globalThis as typeof globalThis & { [SHARED]?: ShopMetrics };
  g[SHARED] ??= createMetrics();
  return g[SHARED];
}

type Count = { status: string; n: number };

async function setByStatus(gauge: Gauge<'status'>, rows: Count[]): Promise<void> {
  gauge.reset();
  for (const row of rows) gauge.set({ status: row.status }, Number(row.n));
}

/** Reads the database's gauges and renders every metric in Prometheus' text format. */
export async function renderMetrics(db: Db, metrics = sharedMetrics()): Promise<string> {
  const [orders, payments, held, outbox] = await db.$client.batch(
    [
      'SELECT status, count(*) AS n FROM orders GROUP BY status',
      'SELECT status, count(*) AS n FROM payments GROUP BY status',
      'SELECT coalesce(sum(reserved), 0) AS n FROM stock_levels',
      'SELECT status, count(*) AS n FROM outbox GROUP BY status',
    ],
    'read',
  );
  await setByStatus(metrics.orders, orders!.rows as unknown as Count[]);
  await setByStatus(metrics.payments, payments!.rows as unknown as Count[]);
  metrics.heldUnits.set(Number(held!.rows[0]?.n ?? 0));
  await setByStatus(metrics.outbox, outbox!.rows as unknown as Count[]);
  const counted = cluster.isWorker
    ? ((await workersMetrics()) ?? (await metrics.registry.metrics()))
    : await metrics.registry.metrics();
  return counted + (await metrics.database.metrics());
}

const METRICS_REQUEST = 'ovop:metrics-request';
const METRICS_ANSWER = 'ovop:metrics-answer';
let asked = 0;

/** Every worker's counters summed, asked of the cluster primary; null when it does not answer in time. */
function workersMetrics(): Promise<string | null> {
  const id = ++asked;
  return new Promise((resolve) => {
    const onMessage = (message: { type?: string; id?: number; text?: string | null }) => {
      if (message?.type !== METRICS_ANSWER || message.id !== id) return;
      finish(message.text ?? null);
    };
    const finish = (text: string | null) => {
      clearTimeout(timer);
      process.off('message', onMessage);
      resolve(text);
    };
    const timer = setTimeout(() => finish(null), 6000);
    process.on('message', onMessage);
    process.send?.({ type: METRICS_REQUEST, id });
  });
}

/** In the cluster primary: answers workers' requests for the whole machine's counters. */
export function serveWorkersMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: { type?: string; id?: number }) => {
    if (message?.type !== METRICS_REQUEST) return;
    aggregator
      .clusterMetrics()
      .then((text) => worker.send({ type: METRICS_ANSWER, id: message.id, text }))
      .catch(() => worker.send({ type: METRICS_ANSWER, id: message.id, text: null }));
  });
}

/** The content type of `renderMetrics`' text. */
export function metricsContentType(metrics = sharedMetrics()): string {
  return metrics.registry.contentType;
}

export type MetricsAccess = 'disabled' | 'unauthorized' | 'ok';

/**
 * Whether a request may read the metrics: none without METRICS_TOKEN (the endpoint does not exist), and
 * only with `Authorization: Bearer <token>`, compared in constant time (over digests, so lengths match).
 */
export function metricsAccess(authorization: string | null, token: string | undefined): MetricsAccess {
  if (!token) return 'disabled';
  const given = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim() ?? '';
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(token)) ? 'ok' : 'unauthorized';
}
