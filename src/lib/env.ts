import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { parseTrustedProxies, type ProxyTrust } from './http/client-address.ts';

/** Every environment variable the app reads; README.md and .env.example list the same. */
export const Env = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
    HOST: z.string().default('localhost'),
    PORT: z.coerce.number().int().min(1).max(65535).default(4321),
    /**
     * The shop's public origin, as visitors type it (https://shop.example.kg behind a proxy): every link,
     * mail, redirect and the cross-site check use it, never the Host header. Default http://localhost:<PORT>.
     */
    PUBLIC_URL: z
      .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
      .refine((v) => /^https?:\/\/[^/?#]+\/?$/.test(v), 'must be an origin only, without a path')
      .transform((v) => new URL(v).origin)
      .optional(),
    /**
     * Reverse proxies whose X-Forwarded-For is believed: comma-separated IPs or CIDR ranges (IPv4 or IPv6),
     * `loopback` or `private`. Empty (the default) trusts nobody: the TCP peer is the client.
     */
    TRUSTED_PROXIES: z
      .string()
      .default('')
      .transform((v, ctx): ProxyTrust => {
        try {
          return parseTrustedProxies(v);
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: (error as Error).message });
          return z.NEVER;
        }
      }),
    /**
     * Server processes (`npm start`): one per core by default, each a whole shop on the same port and
     * database (node:cluster); 1 runs the shop in the starting process itself.
     */
    WORKERS: z.coerce.number().int().min(1).max(256).default(availableParallelism()),
    DATABASE_URL: z.string().min(1).default('file:db/ovop.db'),
    DATABASE_AUTH_TOKEN: z.string().optional(),
    /**
     * With a libSQL server as DATABASE_URL: an embedded replica file each server process reads from (writes go
     * to the server). Under WORKERS>1 each worker gets its own file, `<path>.<worker>`.
     */
    DATABASE_REPLICA_PATH: z.string().min(1).optional(),
    /** Seconds between a replica's pulls from the server: how stale another visitor's change may be. */
    DATABASE_SYNC_INTERVAL: z.coerce.number().min(0.05).max(3600).default(1),
    /** Folder for uploaded photos and certificate documents (server-chosen names). */
    UPLOAD_DIR: z.string().min(1).default('db/uploads'),
    /**
     * An S3-compatible bucket for the uploads instead of UPLOAD_DIR (decision 59): with S3_BUCKET set, photos
     * and documents are written there and read back through the app. Endpoint empty = AWS itself.
     */
    S3_BUCKET: z.string().min(3).max(63).optional(),
    S3_ENDPOINT: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
    S3_REGION: z.string().min(1).default('us-east-1'),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    /** Path-style addresses (endpoint/bucket/key), which MinIO, Ceph, Garage and most self-hosted stores need. */
    S3_FORCE_PATH_STYLE: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
    /** Seed the demo catalogue into an empty database on start ("false" to skip). */
    SEED_DEMO: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
    /** Seconds a rendered anonymous page may be served from memory (0 turns the cache off). */
    PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).default(300),
    /** Megabytes the page cache may hold (bodies and headers); the least recently used pages go first. */
    PAGE_CACHE_MB: z.coerce.number().int().min(1).max(4096).default(128),
    /** Stripe: with a secret key, card payment through Stripe Checkout is offered. */
    STRIPE_SECRET_KEY: z.string().min(1).optional(),
    STRIPE_WEBHOOK_SECRET: z.string().min(1).optional(),
    /** Another Stripe API origin (a local fake in tests), e.g. http://127.0.0.1:12111. */
    STRIPE_API_BASE: z.url().optional(),
    /** Minutes an unpaid card order holds its stock (Stripe's session expires after 30). */
    CARD_RESERVATION_MINUTES: z.coerce
      .number()
      .int()
      .min(31)
      .max(24 * 60)
      .default(45),
    /** Days an order paid by bank transfer or at pickup holds its stock before it lapses. */
    OFFLINE_RESERVATION_DAYS: z.coerce.number().int().min(1).max(60).default(5),
    /** Most units of one variant in one cart or order. */
    CART_MAX_LINE_UNITS: z.coerce.number().int().min(1).max(999).default(20),
    /** Most lines (different variants) in one cart or order. */
    ORDER_MAX_LINES: z.coerce.number().int().min(1).max(500).default(30),
    /** Most units in one cart or order, all lines together. */
    ORDER_MAX_UNITS: z.coerce.number().int().min(1).max(10_000).default(100),
    /** Unpaid online orders one visitor (session) may have at once. */
    UNPAID_ORDERS_PER_VISITOR: z.coerce.number().int().min(1).max(100_000).default(2),
    /** Unpaid online orders one client address may have at once (addresses are shared: mobile networks, schools). */
    UNPAID_ORDERS_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(5),
    /** Highest total, in som, of an order paid by bank transfer or at pickup (its stock is held for days unpaid). */
    OFFLINE_ORDER_MAX_SOM: z.coerce.number().int().min(1).default(150_000),
    /**
     * Contents value, in som, up to which a parcel abroad travels with a CN22 (above it, a CN23): the UPU's
     * 300 SDR at about 119.7 som per SDR (IMF 1 SDR ≈ 1.37 USD × the National Bank's 87.4 som per USD).
     */
    CUSTOMS_CN22_MAX_SOM: z.coerce.number().int().min(1).default(35_900),
    /** SMTP server for outgoing mail, e.g. smtps://user:pass@smtp.example.kg:465; without it mail stays in the outbox. */
    SMTP_URL: z.string().min(1).optional(),
    MAIL_FROM: z.string().min(3).default('Made in Kyrgyzstan <shop@ovop.kg>'),
    /** Seconds between two runs of the outbox worker (only with SMTP_URL). */
    OUTBOX_POLL_SECONDS: z.coerce.number().int().min(1).max(3600).default(5),
    /** First retry of a failed send after this many seconds, doubling with each attempt. */
    OUTBOX_RETRY_SECONDS: z.coerce.number().int().min(1).max(86_400).default(30),
    /** Attempts before a mail is marked failed for staff to see. */
    OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
    /** Log level of the JSON logs: fatal, error, warn, info (one line per request), debug, trace or silent. */
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Bearer token for /api/metrics (Prometheus); without it the endpoint answers 404. */
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    /** Folder for backup archives (npm run backup, the scheduled backup, the admins' backups page). */
    BACKUP_DIR: z.string().min(1).default('db/backups'),
    /** Hours between two backups taken by the server itself; 0 turns the schedule off. */
    BACKUP_EVERY_HOURS: z.coerce
      .number()
      .min(0)
      .max(24 * 30)
      .default(24),
    /** Backup archives kept in BACKUP_DIR; older ones are deleted after each new backup. */
    BACKUP_KEEP: z.coerce.number().int().min(1).max(1000).default(14),
    /** Days an invitation link (to set a first password) works before the admin must send a new one. */
    INVITE_DAYS: z.coerce.number().int().min(1).max(60).default(7),
    /**
     * The National Bank's daily rates file (https://www.nbkr.kg/XML/daily.xml); with it, rates are imported
     * every RATES_EVERY_HOURS by one of the shop's processes. Without it admins enter or upload them.
     */
    RATES_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
    RATES_EVERY_HOURS: z.coerce.number().int().min(1).max(168).default(6),
    /** The staff dashboard warns when the rates in force are older than this many days. */
    RATES_STALE_DAYS: z.coerce.number().int().min(1).max(365).default(3),
    /** The shop's bank details until an admin saves them in the shop settings (then the database's are used). */
    BANK_RECIPIENT: z.string().min(1).default('ОсОО «OVOP Каракол» / OVOP Karakol LLC'),
    BANK_NAME: z.string().min(1).default('ОАО «Айыл Банк», Каракольский филиал'),
    BANK_ACCOUNT: z.string().min(1).default('1350100020003001'),
    BANK_BIC: z.string().min(1).default('135001'),
    BANK_SWIFT: z.string().min(1).default('AILBKG22'),
  })
  .refine((e) => !e.S3_ACCESS_KEY_ID === !e.S3_SECRET_ACCESS_KEY, {
    message: 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together',
    path: ['S3_SECRET_ACCESS_KEY'],
  });
/** The parsed environment; PUBLIC_URL always has a value (its default depends on PORT). */
export type Env = z.infer<typeof Env> & { PUBLIC_URL: string };

let cached: Env | undefined;

/** Parses process.env once; fails fast with every problem named. */
export function getEnv(source: Record<string, string | undefined> = process.env): Env {
  if (cached && source === process.env) return cached;
  const parsed = Env.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  // `npm start` with nothing configured serves http://localhost:4321, so that is its public origin too.
  const env = { ...parsed.data, PUBLIC_URL: parsed.data.PUBLIC_URL ?? `http://localhost:${parsed.data.PORT}` };
  if (source === process.env) cached = env;
  return env;
}
