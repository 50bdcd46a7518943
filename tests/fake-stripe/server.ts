/** A local stand-in for the parts of the Stripe API the shop uses: Checkout Sessions, refunds, signed webhooks. */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';

export interface FakeStripeOptions {
  webhookUrl?: string;
  webhookSecret: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** The form body (or, for GET, the query) decoded from Stripe's bracket notation into nested objects and arrays. */
  body: Record<string, unknown>;
}

export interface WebhookDelivery {
  event: Record<string, unknown>;
  /** The HTTP status the app answered, or 0 if it could not be reached. */
  status: number;
  body: string;
}

type Json = Record<string, unknown>;
type EventResult = { status: number; event: Json; body: string };

export interface FakeStripe {
  url: string;
  port: number;
  requests: RecordedRequest[];
  /** Checkout Session objects by id, including the `line_items` as sent (the API answers leave them out, as Stripe does). */
  sessions: Map<string, Json>;
  refunds: Json[];
  deliveries: WebhookDelivery[];
  setWebhookUrl(url: string): void;
  sendEvent(type: string, object: Json, opts?: { id?: string; signatureSecret?: string }): Promise<EventResult>;
  completeSession(id: string, opts?: { paymentStatus?: 'paid' | 'unpaid' }): Promise<EventResult>;
  /**
   * The buyer pays an open session but Stripe's `checkout.session.completed` is late: it is kept back
   * until `deliverCompleted` sends it.
   */
  payWithoutWebhook(id: string): void;
  /** Delivers (again) `checkout.session.completed` for a session the buyer paid. */
  deliverCompleted(id: string, opts?: { id?: string }): Promise<EventResult>;
  /** The session reaches its `expires_at` at Stripe: it expires and `checkout.session.expired` is sent. */
  expireSession(id: string): Promise<EventResult>;
  /**
   * Makes the next `times` API requests matching `method` and `path` fail with `status` (as when Stripe
   * is down or refuses); the SDK's own retries count as requests.
   */
  failNext(method: string, path: RegExp, opts?: { times?: number; status?: number; message?: string }): void;
  /** Resolves once every webhook the fake sent on its own (after an API call) has been delivered. */
  settled(): Promise<void>;
  /**
   * Holds back the webhooks the fake sends on its own until `resumeWebhooks` (Stripe's deliveries come
   * when they come): lets a test run another process against the database without the app writing too.
   */
  pauseWebhooks(): void;
  resumeWebhooks(): void;
  /** The Charge of a paid session's PaymentIntent as Stripe shows it, with what has been refunded of it. */
  charge(paymentIntent: string): Json;
  /** Delivers `charge.refunded` for a PaymentIntent, as Stripe does after each refund (the app is told, not asked). */
  sendChargeRefunded(paymentIntent: string, opts?: { id?: string }): Promise<EventResult>;
  close(): Promise<void>;
}

/** Stripe's answer to a request it refuses. */
class ApiError extends Error {
  status: number;
  type: string;
  code: string | undefined;
  param: string | undefined;
  constructor(status: number, message: string, extra: { type?: string; code?: string; param?: string } = {}) {
    super(message);
    this.status = status;
    this.type = extra.type ?? 'invalid_request_error';
    this.code = extra.code;
    this.param = extra.param;
  }
}

const UNSAFE_KEYS = new Set(['__proto__', 'prototype', 'constructor']);
const ZERO_DECIMAL = new Set('bif clp djf gnf jpy kmf krw mga pyg rwf ugx vnd vuv xaf xof xpf'.split(' '));
/** Checkout's locales, from the SDK's `SessionCreateParams.Locale`: note there is no Kyrgyz. */
const LOCALES = new Set(
  (
    'auto bg cs da de el en en-GB es es-419 et fi fil fr fr-CA hi-IN hr hu id it ja ko lt lv ms mt nb nl ' +
    'pl pt pt-BR ro ru sk sl sv th tr vi zh zh-HK zh-TW'
  ).split(' '),
);

const randomId = (prefix: string) => prefix + randomBytes(12).toString('hex');
const now = () => Math.floor(Date.now() / 1000);
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Decodes `a[0][b]=1&m[k]=v` into `{ a: [{ b: '1' }], m: { k: 'v' } }`, as Stripe reads form bodies. */
export function decodeForm(text: string): Json {
  const root: Json = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
    const path = match ? [match[1]!, ...[...match[2]!.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1]!)] : [key];
    if (path.some((p) => UNSAFE_KEYS.has(p))) continue;
    let node = root as Record<string, unknown>;
    path.forEach((segment, i) => {
      const k = Array.isArray(node) && segment === '' ? String(node.length) : segment;
      const next = path[i + 1];
      if (next === undefined) node[k] = value;
      else {
        if (typeof node[k] !== 'object' || node[k] === null) node[k] = next === '' || /^\d+$/.test(next) ? [] : {};
        node = node[k] as Record<string, unknown>;
      }
    });
  }
  return root;
}

/** Parses a non-negative integer parameter the way Stripe does, or throws its 400. */
function integer(value: unknown, param: string, min: number): number {
  const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : NaN;
  if (Number.isNaN(n))
    throw new ApiError(400, `Invalid integer: ${String(value)}`, { param, code: 'parameter_invalid_integer' });
  if (n < min) throw new ApiError(400, `This value must be greater than or equal to ${min}.`, { param });
  return n;
}

const missing = (param: string) =>
  new ApiError(400, `Missing required param: ${param}.`, { param, code: 'parameter_missing' });

/** Validates a Checkout Session create request and builds the session object Stripe would return. */
function buildSession(body: Json, baseUrl: string): Json {
  if (body.mode === undefined) throw missing('mode');
  if (body.mode !== 'payment')
    throw new ApiError(400, `This fake only supports mode=payment, got ${String(body.mode)}.`, { param: 'mode' });
  if (body.success_url === undefined || body.success_url === '') throw missing('success_url');
  const items = body.line_items;
  if (!Array.isArray(items) || items.length === 0) throw missing('line_items');
  let amount = 0;
  let currency: string | undefined;
  items.forEach((item: unknown, i) => {
    const p = `line_items[${i}]`;
    if (!isObject(item) || !isObject(item.price_data)) throw missing(`${p}[price_data]`);
    const price = item.price_data;
    if (typeof price.currency !== 'string' || !/^[a-z]{3}$/i.test(price.currency))
      throw missing(`${p}[price_data][currency]`);
    const cur = price.currency.toLowerCase();
    if (currency !== undefined && cur !== currency) {
      throw new ApiError(400, 'All line items must have the same currency.', { param: `${p}[price_data][currency]` });
    }
    currency = cur;
    if (
      !isObject(price.product_data) ||
      typeof price.product_data.name !== 'string' ||
      price.product_data.name === ''
    ) {
      throw missing(`${p}[price_data][product_data][name]`);
    }
    if (price.unit_amount !== undefined && price.unit_amount_decimal !== undefined) {
      throw new ApiError(400, 'You may only specify one of these parameters: unit_amount, unit_amount_decimal.', {
        param: `${p}[price_data][unit_amount]`,
      });
    }
    let unit: number;
    if (price.unit_amount !== undefined) unit = integer(price.unit_amount, `${p}[price_data][unit_amount]`, 0);
    else if (typeof price.unit_amount_decimal === 'string' && /^\d+(\.\d{1,12})?$/.test(price.unit_amount_decimal)) {
      unit = Number(price.unit_amount_decimal);
    } else throw missing(`${p}[price_data][unit_amount]`);
    if (item.quantity === undefined) throw missing(`${p}[quantity]`);
    amount += unit * integer(item.quantity, `${p}[quantity]`, 1);
  });
  if (body.expires_at !== undefined) {
    const at = integer(body.expires_at, 'expires_at', 0);
    const slack = 10;
    if (at < now() + 30 * 60 - slack || at > now() + 24 * 3600 + slack) {
      throw new ApiError(400, 'The `expires_at` timestamp must be between 30 minutes and 24 hours from now.', {
        param: 'expires_at',
      });
    }
  }
  if (body.locale !== undefined && !LOCALES.has(String(body.locale))) {
    throw new ApiError(400, `Invalid locale: ${String(body.locale)}`, { param: 'locale' });
  }
  if (body.metadata !== undefined && !isObject(body.metadata))
    throw new ApiError(400, 'Invalid object', { param: 'metadata' });
  const id = randomId('cs_test_');
  const total = Math.round(amount);
  return {
    id,
    object: 'checkout.session',
    mode: 'payment',
    status: 'open',
    payment_status: 'unpaid',
    currency,
    amount_subtotal: total,
    amount_total: total,
    locale: body.locale ?? null,
    customer_email: body.customer_email ?? null,
    client_reference_id: body.client_reference_id ?? null,
    metadata: body.metadata ?? {},
    success_url: String(body.success_url).replaceAll('{CHECKOUT_SESSION_ID}', id),
    cancel_url: body.cancel_url ?? null,
    created: now(),
    expires_at: body.expires_at === undefined ? now() + 24 * 3600 : Number(body.expires_at),
    livemode: false,
    payment_intent: null,
    url: `${baseUrl}/pay/${id}`,
    line_items: items,
  };
}

/** The session as the API shows it: a copy without the `line_items` Stripe only returns when expanded. */
function view(session: Json): Json {
  const { line_items: _lineItems, ...rest } = structuredClone(session);
  return rest;
}

/** Formats an amount in minor units for the stand-in checkout page. */
function formatAmount(amount: number, currency: string): string {
  const major = ZERO_DECIMAL.has(currency) ? String(amount) : (amount / 100).toFixed(2);
  return `${major} ${currency.toUpperCase()}`;
}

/** The stand-in hosted checkout page. */
function payPage(session: Json): string {
  const id = escapeHtml(String(session.id));
  const amount = formatAmount(Number(session.amount_total), String(session.currency));
  const items = (session.line_items as Json[])
    .map((item) => {
      const name = String(((item.price_data as Json).product_data as Json).name);
      return `<li>${escapeHtml(name)} × ${escapeHtml(String(item.quantity))}</li>`;
    })
    .join('');
  const open = session.status === 'open';
  const cancel = session.cancel_url
    ? `<p><a id="cancel" href="${escapeHtml(String(session.cancel_url))}">Cancel</a></p>`
    : '';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Fake Stripe Checkout</title></head>
<body><main>
<h1>Fake Stripe Checkout</h1>
<ul>${items}</ul>
<p>Total: <strong id="amount" data-amount="${Number(session.amount_total)}">${escapeHtml(amount)}</strong></p>
${open ? `<form method="post" action="/pay/${id}"><button type="submit" id="pay">Pay</button></form>` : `<p id="closed">This Checkout Session is ${escapeHtml(String(session.status))}.</p>`}
${cancel}
</main></body>
</html>
`;
}

/** Starts the fake Stripe API on a free port of 127.0.0.1. */
export async function startFakeStripe(options: FakeStripeOptions): Promise<FakeStripe> {
  let webhookUrl = options.webhookUrl;
  const requests: RecordedRequest[] = [];
  const sessions = new Map<string, Json>();
  const refunds: Json[] = [];
  const deliveries: WebhookDelivery[] = [];
  const idempotent = new Map<string, { fingerprint: string; status: number; payload: Json }>();
  const failures: { method: string; path: RegExp; times: number; status: number; message: string }[] = [];
  /** Webhooks sent after an API answer, as Stripe sends them: the app's request has returned by then. */
  const background = new Set<Promise<unknown>>();
  let baseUrl = '';
  let gate: { promise: Promise<void>; open: () => void } | null = null;

  function sendLater(type: string, object: Json) {
    if (!webhookUrl) return;
    const delivery = new Promise((resolve) => setTimeout(resolve, 5))
      .then(() => gate?.promise)
      .then(() => sendEvent(type, object));
    background.add(delivery);
    void delivery.finally(() => background.delete(delivery));
  }

  async function sendEvent(type: string, object: Json, opts: { id?: string; signatureSecret?: string } = {}) {
    if (!webhookUrl) throw new Error('fake-stripe: no webhook URL set');
    const event = {
      id: opts.id ?? randomId('evt_test_'),
      object: 'event',
      type,
      created: now(),
      data: { object },
      livemode: false,
      api_version: Stripe.API_VERSION,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
    };
    const payload = JSON.stringify(event, null, 2);
    const signature = Stripe.webhooks.generateTestHeaderString({
      payload,
      secret: opts.signatureSecret ?? options.webhookSecret,
    });
    let result: EventResult;
    try {
      const res = await fetch(webhookUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'stripe-signature': signature,
          'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
        },
        body: payload,
        redirect: 'manual',
      });
      result = { status: res.status, event, body: await res.text() };
    } catch (error) {
      result = { status: 0, event, body: String(error) };
    }
    deliveries.push(result);
    return result;
  }

  function openSession(id: string): Json {
    const session = sessions.get(id);
    if (!session)
      throw new ApiError(404, `No such checkout.session: '${id}'`, { code: 'resource_missing', param: 'session' });
    if (session.status !== 'open') {
      throw new ApiError(
        400,
        `Only Checkout Sessions with a status in ["open"] can be expired or paid; this one is ${String(session.status)}.`,
      );
    }
    return session;
  }

  function markComplete(session: Json, paymentStatus: 'paid' | 'unpaid') {
    Object.assign(session, { status: 'complete', payment_status: paymentStatus, payment_intent: randomId('pi_test_') });
  }

  async function completeSession(id: string, opts: { paymentStatus?: 'paid' | 'unpaid' } = {}) {
    const session = openSession(id);
    markComplete(session, opts.paymentStatus ?? 'paid');
    return sendEvent('checkout.session.completed', view(session));
  }

  async function deliverCompleted(id: string, opts: { id?: string } = {}) {
    const session = sessions.get(id);
    if (!session || session.status !== 'complete') throw new Error(`fake-stripe: session ${id} is not complete`);
    return sendEvent('checkout.session.completed', view(session), opts);
  }

  async function expireSession(id: string) {
    const session = openSession(id);
    session.status = 'expired';
    return sendEvent('checkout.session.expired', view(session));
  }

  function paidSession(paymentIntent: unknown): Json {
    const session = [...sessions.values()].find((s) => s.payment_intent === paymentIntent);
    if (!session || session.payment_status !== 'paid') {
      throw new ApiError(404, `No such payment_intent: '${String(paymentIntent)}'`, {
        code: 'resource_missing',
        param: 'payment_intent',
      });
    }
    return session;
  }

  function charge(paymentIntent: string): Json {
    const session = paidSession(paymentIntent);
    const mine = refunds.filter((r) => r.payment_intent === paymentIntent);
    const refunded = mine.reduce((a, r) => a + Number(r.amount), 0);
    return {
      id: `ch_${String(paymentIntent).replace(/^pi_/, '')}`,
      object: 'charge',
      amount: Number(session.amount_total),
      amount_captured: Number(session.amount_total),
      amount_refunded: refunded,
      refunded: refunded >= Number(session.amount_total),
      captured: true,
      paid: true,
      status: 'succeeded',
      currency: session.currency,
      payment_intent: paymentIntent,
      metadata: {},
      livemode: false,
      created: Number(session.created),
    };
  }

  /** Answers the /v1 API routes; returns the status and JSON body. */
  function api(method: string, path: string, body: Json): [number, Json] {
    let m: RegExpExecArray | null;
    if (method === 'POST' && path === '/v1/checkout/sessions') {
      const session = buildSession(body, baseUrl);
      sessions.set(String(session.id), session);
      return [200, view(session)];
    }
    if (method === 'GET' && (m = /^\/v1\/checkout\/sessions\/([^/]+)$/.exec(path))) {
      const session = sessions.get(decodeURIComponent(m[1]!));
      if (!session)
        throw new ApiError(404, `No such checkout.session: '${m[1]}'`, { code: 'resource_missing', param: 'id' });
      return [200, view(session)];
    }
    if (method === 'POST' && (m = /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/.exec(path))) {
      const session = openSession(decodeURIComponent(m[1]!));
      session.status = 'expired';
      // Stripe tells the webhook about a session expired through the API too.
      sendLater('checkout.session.expired', view(session));
      return [200, view(session)];
    }
    if (method === 'GET' && path === '/v1/refunds') {
      const data = refunds
        .filter((r) => body.payment_intent === undefined || r.payment_intent === body.payment_intent)
        .toReversed()
        .slice(0, body.limit === undefined ? 10 : integer(body.limit, 'limit', 1));
      return [200, { object: 'list', data, has_more: false, url: '/v1/refunds' }];
    }
    if (method === 'POST' && path === '/v1/refunds') {
      if (typeof body.payment_intent !== 'string' || body.payment_intent === '') throw missing('payment_intent');
      const session = paidSession(body.payment_intent);
      const refunded = refunds
        .filter((r) => r.payment_intent === body.payment_intent)
        .reduce((a, r) => a + Number(r.amount), 0);
      const left = Number(session.amount_total) - refunded;
      const amount = body.amount === undefined ? left : integer(body.amount, 'amount', 1);
      if (amount > left || amount === 0) {
        const code = left === 0 ? 'charge_already_refunded' : 'amount_too_large';
        throw new ApiError(400, `Refund amount (${amount}) is greater than unrefunded amount (${left}).`, { code });
      }
      const refund = {
        id: randomId('re_test_'),
        object: 'refund',
        status: 'succeeded',
        amount,
        payment_intent: body.payment_intent,
        currency: session.currency,
        metadata: body.metadata ?? {},
        created: now(),
      };
      refunds.push(refund);
      return [200, refund];
    }
    throw new ApiError(404, `Unrecognized request URL (${method}: ${path}).`);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const { pathname, search } = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const pay = /^\/pay\/([^/]+)$/.exec(pathname);
    if (pay) {
      const session = sessions.get(decodeURIComponent(pay[1]!));
      if (!session) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('No such checkout session');
      if (method === 'POST' && session.status === 'open') {
        markComplete(session, 'paid');
        if (webhookUrl) await sendEvent('checkout.session.completed', view(session));
        return void res.writeHead(303, { location: String(session.success_url) }).end();
      }
      const status = method === 'GET' ? 200 : 409;
      return void res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(payPage(session));
    }
    if (!pathname.startsWith('/v1/')) {
      const error = { type: 'invalid_request_error', message: `Unrecognized request URL (${method}: ${pathname}).` };
      return void res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error }));
    }
    const body = decodeForm(method === 'GET' ? search.slice(1) : raw);
    requests.push({ method, path: pathname, headers: { ...req.headers }, body });
    const headers: Record<string, string> = { 'content-type': 'application/json', 'request-id': randomId('req_') };
    const version = req.headers['stripe-version'];
    if (typeof version === 'string') headers['stripe-version'] = version;
    const key = req.headers['idempotency-key'];
    let status: number;
    let payload: Json;
    try {
      if (!/^Bearer \S+/.test(req.headers.authorization ?? '')) {
        throw new ApiError(401, 'You did not provide an API key.', { type: 'authentication_error' });
      }
      const fingerprint = `${method} ${pathname} ${raw}`;
      const previous = method === 'POST' && typeof key === 'string' ? idempotent.get(key) : undefined;
      if (previous && previous.fingerprint !== fingerprint) {
        throw new ApiError(
          400,
          `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
          { type: 'idempotency_error' },
        );
      }
      const failure = failures.find((f) => f.times > 0 && f.method === method && f.path.test(pathname));
      if (failure) {
        failure.times--;
        headers['stripe-should-retry'] = 'false';
        throw new ApiError(failure.status, failure.message, { type: failure.status >= 500 ? 'api_error' : undefined });
      }
      if (previous) {
        headers['idempotent-replayed'] = 'true';
        [status, payload] = [previous.status, previous.payload];
      } else {
        [status, payload] = api(method, pathname, body);
        if (method === 'POST' && typeof key === 'string') idempotent.set(key, { fingerprint, status, payload });
      }
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      status = error.status;
      payload = { error: { type: error.type, message: error.message, code: error.code, param: error.param } };
    }
    res.writeHead(status, headers).end(JSON.stringify(payload));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { type: 'api_error', message: String(error) } }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    url: baseUrl,
    port,
    requests,
    sessions,
    refunds,
    deliveries,
    setWebhookUrl: (url) => void (webhookUrl = url),
    sendEvent,
    completeSession,
    payWithoutWebhook: (id) => markComplete(openSession(id), 'paid'),
    deliverCompleted,
    expireSession,
    failNext: (method, path, opts = {}) =>
      void failures.push({
        method,
        path,
        times: opts.times ?? 1,
        status: opts.status ?? 500,
        message: opts.message ?? 'An unknown error occurred',
      }),
    pauseWebhooks: () => {
      if (gate) return;
      let open!: () => void;
      const promise = new Promise<void>((resolve) => (open = resolve));
      gate = { promise, open };
    },
    resumeWebhooks: () => {
      gate?.open();
      gate = null;
    },
    settled: async () => {
      while (background.size > 0) await Promise.all([...background]);
    },
    charge,
    sendChargeRefunded: (paymentIntent, opts = {}) => sendEvent('charge.refunded', charge(paymentIntent), opts),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
