/**
 * Nothing a stranger sends gives a 5xx. Every route from src/pages/** (dynamic segments filled with real
 * values and garbage) is sent, as an anonymous visitor, one with forged cookies, a producer, staff and an admin, GETs with garbage query
 * strings and forged headers, and POSTs with garbage bodies of every kind a client can send. Requests come
 * from their own loopback address, so the sign-in throttle they trip does not touch other test files.
 */
import { request as httpRequest, Agent } from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDb } from '../../db/client.ts';
import { Buyer } from '../support/client.ts';
import { fill, GARBAGE, listRoutes, realParams } from '../support/routes.ts';

const base = () => inject('baseUrl');
const FROM = '127.0.0.9';
const agent = new Agent({ keepAlive: true, maxSockets: 8, localAddress: FROM });

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
}

/** One raw HTTP request (node:http, so Host and Transfer-Encoding can be anything). */
function send(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: Uint8Array | string,
): Promise<Reply> {
  const url = new URL(base());
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, method, path, headers, agent, localAddress: FROM },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    // A request the shop never answers is a failure too (and must not stall the run).
    req.setTimeout(15_000, () => req.destroy(new Error('no answer within 15 s')));
    req.end(body);
  });
}

const QUERY_NAMES = [
  'page',
  'q',
  'from',
  'to',
  'group',
  'channel',
  'sort',
  'id',
  'location',
  'low',
  'next',
  'product',
  'producer',
  'status',
  'category',
  'region',
  'currency',
  'sent',
  'done',
  'lot',
  'code',
  'count',
  'variant',
  'view',
  'size',
  'person',
  'kind',
  'entity',
  'show',
  'open',
  'owed',
  'lang',
  'text',
  'village',
  'cert',
  'min',
  'max',
  'stock',
];
const QUERY_VALUES = [
  '1e5',
  '-1',
  'abc',
  '%00',
  '',
  '%F0%9F%92%A5',
  '9'.repeat(30),
  '%3Cscript%3E',
  '2026-13-45',
  '..%2F..%2Fx',
  "'%20OR%201%3D1%20--",
  'NaN',
  'Infinity',
  '%E0%A4%A',
  '1,2',
];

/**
 * A garbage query string: every known name with one garbage value (so no sane value next to it lets the
 * page give up early), then one name repeated with another.
 */
function garbageQuery(seed: number): string {
  const value = QUERY_VALUES[seed % QUERY_VALUES.length]!;
  const parts = QUERY_NAMES.map((name) => `${name}=${value}`);
  parts.push(`${QUERY_NAMES[seed % QUERY_NAMES.length]}=${QUERY_VALUES[(seed + 5) % QUERY_VALUES.length]}`);
  return parts.join('&');
}

const BOUNDARY = '----fuzz7MA4YWxkTrZu0gW';
/** Bodies a browser would never send, each with its Content-Type. */
const BODIES: { kind: string; type?: string; body: Uint8Array | string }[] = [
  { kind: 'json', type: 'application/json', body: '{"email":"a@b.c","password":{"$gt":""},"quantity":-1}' },
  { kind: 'text', type: 'text/plain', body: 'email=a@b.c&password=x' },
  { kind: 'multipart without boundary', type: 'multipart/form-data', body: 'a=1&b=2' },
  {
    kind: 'broken multipart',
    type: `multipart/form-data; boundary=${BOUNDARY}`,
    body: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="x"\r\n\r\nunterminated`,
  },
  {
    kind: 'multipart with garbage fields',
    type: `multipart/form-data; boundary=${BOUNDARY}`,
    body: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="intent"\r\n\r\n\u{1F4A5}\r\n--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="x.csv"\r\nContent-Type: text/csv\r\n\r\nsku,location,counted\r\n=1+1,\u0000,-5\r\n--${BOUNDARY}--\r\n`,
  },
  {
    kind: 'huge field',
    type: 'application/x-www-form-urlencoded',
    body: `note=${'A'.repeat(900_000)}&email=${'b'.repeat(5000)}`,
  },
  {
    kind: 'binary',
    type: 'application/octet-stream',
    body: Uint8Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256),
  },
  {
    kind: 'wrong charset',
    type: 'application/x-www-form-urlencoded; charset=iso-8859-1',
    body: Uint8Array.from([0x6e, 0x61, 0x6d, 0x65, 0x3d, 0xff, 0xfe, 0xc3, 0x28, 0x26, 0x71, 0x3d, 0xe9]),
  },
  { kind: 'empty', type: 'application/x-www-form-urlencoded', body: '' },
  {
    kind: 'repeated and unicode',
    type: 'application/x-www-form-urlencoded',
    body: 'intent=%F0%9F%92%A5&intent=save&id=abc&id=-1&action=%00&action=zzz&page=1e5&q=%D1%91%D2%A3&name=%E2%80%AE&quantity=1e309&variant=-1&from=1e5&to=abc&count=NaN&amount=-0&email=%3Cscript%3E&password=&category=%27&village=new&village=%00&region=%27&v_region=..&kind=%00&main_locale=xx&lat=1e309&lng=-0&v_lat=NaN&v_lng=abc&population=-1&percent=Infinity&grant_year=0x7E6&family_members=1e5&social_contract=%00&name_ky=%E2%80%AE',
  },
  { kind: 'no content type', body: 'a=1' },
  ...['review', 'place', 'edit'].map((step) => ({
    kind: `checkout step ${step} with a forged quote`,
    type: 'application/x-www-form-urlencoded',
    body: `step=${step}&quote=${'A'.repeat(43)}&email=a%40b.c&name=x&shipping=international&country=ZZ&payment=stripe&city=%00&address=x&postalCode=1e5&intent=release&tendered=1e309`,
  })),
  ...['abc', '1e5', '-1', '%00'].map((v) => ({
    kind: `every field ${v}`,
    type: 'application/x-www-form-urlencoded',
    body: [
      'id',
      'intent',
      'action',
      'quantity',
      'variant',
      'product',
      'location',
      'count',
      'amount',
      'cash',
      'from',
      'to',
      'page',
      'status',
      'commission',
      'method',
      'reason',
      'code',
      'batch',
      'key',
      'email',
      'locale',
      'answer',
      'note',
      // the checkout's review step, the till and the staff order and payments pages
      'step',
      'quote',
      'shipping',
      'country',
      'payment',
      'tendered',
      'receipt_locale',
      'carrier',
      'tracking',
      // the people pages (invite, role, producer) and the invitation's password form
      'name',
      'role',
      'producer',
      'password',
      'confirm',
      // the admin's money settings: rates, the shipping table, the shop's details
      'currency',
      'rate',
      'effectiveOn',
      'zone',
      'version',
      'name_ky',
      'name_ru',
      'name_en',
      'countries',
      'w0',
      'p0',
      'w1',
      'p1',
      'legalName',
      'phone',
      'whatsapp',
      'telegram',
      'bankRecipient',
      'bankName',
      'bankAccount',
      'bankBic',
      'bankSwift',
      'address_ky',
      'address_ru',
      'address_en',
      'hours_ky',
      'hours_ru',
      'hours_en',
      // the admin's page editor
      'markdown',
      'revision',
      // the return form of a delivered order (line ids are small numbers in the seed)
      'qty_1',
      'to_1',
      'qty_2',
      // "my orders": buy again names an order by number
      'order',
      // the buyer's review form and staff's decision on a review
      'line',
      'rating',
      'body',
      'decision',
      // the producer's listing editor: a size's weights (net weight for customs)
      'variant_rows',
      'v0_price',
      'v0_weight',
      'v0_net',
    ]
      .map((n) => `${n}=${v}`)
      .join('&'),
  })),
];

type Role = 'anonymous' | 'forged cookies' | 'producer' | 'staff' | 'admin';
const cookies: Record<Role, string> = {
  anonymous: '',
  // A session that does not exist, under both cookie names, and a currency and language that are not.
  'forged cookies': 'sid=%00%FF%FEnot-a-session; __Host-sid=x; currency=%3Cscript%3E; lang=zz',
  producer: '',
  staff: '',
  admin: '',
};

beforeAll(async () => {
  for (const [role, email, password] of [
    ['producer', 'producer@ovop.kg', 'demo-producer-2026'],
    ['staff', 'staff@ovop.kg', 'demo-staff-2026'],
    ['admin', 'admin@ovop.kg', 'demo-admin-2026'],
  ] as const) {
    const visitor = new Buyer(base(), { localAddress: '127.0.0.10' });
    expect((await visitor.signIn(email, password)).status).toBe(303);
    cookies[role] = [...visitor.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
});

/** Runs tasks with a fixed number in flight. */
async function pool<T>(tasks: (() => Promise<T>)[], size: number): Promise<T[]> {
  const out: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < tasks.length) {
        const i = next++;
        out[i] = await tasks[i]!();
      }
    }),
  );
  return out;
}

describe('fuzz', () => {
  it('answers every route, role and garbage input below 500', async () => {
    const db = openDb(inject('databaseUrl'));
    const real = await realParams(db);
    const origin = base();
    const host = new URL(origin).host;
    const tasks: (() => Promise<string | null>)[] = [];
    const statuses: Record<number, number> = {};
    let seed = 0;
    for (const route of listRoutes()) {
      const paths = fill(route, real, 1, ['en', 'ky', 'ru'][seed % 3], seed);
      for (const role of ['anonymous', 'forged cookies', 'producer', 'staff', 'admin'] as const) {
        for (const path of paths) {
          const cookie: Record<string, string> = cookies[role] ? { Cookie: cookies[role] } : {};
          // GETs: garbage query strings, forged Host and forwarding headers.
          for (let g = 0; g < 3; g++) {
            const s = seed++;
            const headers: Record<string, string> = {
              ...cookie,
              Host: g < 2 ? host : 'evil.example',
              'X-Forwarded-Host': 'evil.example',
              'X-Forwarded-Proto': g === 0 ? 'https' : 'gopher',
              'X-Forwarded-For': GARBAGE[s % GARBAGE.length]!,
              'Accept-Language': 'zz;q=abc, *;q=-1, ky-KG-x-',
            };
            const target = `${path}?${garbageQuery(s)}`;
            tasks.push(async () => {
              const r = await send('GET', target, headers).catch((e: Error) => ({ status: 599, error: e.message }));
              statuses[r.status] = (statuses[r.status] ?? 0) + 1;
              return r.status >= 500 ? `${r.status} GET ${target} as ${role}` : null;
            });
          }
          // POSTs: every garbage body, with the shop's own Origin so the origin checks let them through.
          // Signing out would end the role's session for the rest of the run: only anonymous posts there.
          if (role !== 'anonymous' && role !== 'forged cookies' && route.pattern.endsWith('/sign-out')) continue;
          for (const b of BODIES) {
            const s = seed++;
            const headers: Record<string, string> = {
              ...cookie,
              Origin: origin,
              Host: host,
              'X-Forwarded-For': GARBAGE[s % GARBAGE.length]!,
              'X-Forwarded-Host': 'evil.example',
              ...(b.type ? { 'Content-Type': b.type } : {}),
              ...(b.kind === 'repeated and unicode' ? { 'Stripe-Signature': 't=1,v1=00' } : {}),
            };
            tasks.push(async () => {
              const r = await send('POST', path, headers, b.body).catch((e: Error) => ({
                status: 599,
                error: e.message,
              }));
              statuses[r.status] = (statuses[r.status] ?? 0) + 1;
              return r.status >= 500 ? `${r.status} POST ${path} (${b.kind}) as ${role}` : null;
            });
          }
        }
      }
    }
    // On a libSQL server (the suite's second pass) every request costs HTTP round trips to sqld: a third of
    // the same requests, spread over every route and role, checks the engine's errors without the full
    // two minutes; the embedded pass sends them all.
    const sample = inject('databaseUrl').startsWith('file:') ? tasks : tasks.filter((_, i) => i % 3 === 0);
    const started = Date.now();
    const failures = (await pool(sample, 6)).filter((f): f is string => f !== null);
    console.log(
      `fuzz: ${sample.length} requests over ${listRoutes().length} routes in ${Date.now() - started} ms, ${failures.length} answered 5xx; statuses ${JSON.stringify(statuses)}`,
    );
    expect(failures).toEqual([]);
  }, 180_000);
});
