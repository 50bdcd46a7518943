import { z } from 'zod';

/** Every environment variable the app reads; README.md and .env.example list the same. */
export const Env = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().default('localhost'),
  PORT: z.coerce.number().int().min(1).max(65535).default(4321),
  /** Public origin used in canonical URLs, sitemap and share cards. */
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z.string().min(1).default('file:db/ovop.db'),
  DATABASE_AUTH_TOKEN: z.string().optional(),
  /** Folder for uploaded photos and certificate documents (server-chosen names). */
  UPLOAD_DIR: z.string().min(1).default('db/uploads'),
  /** Seed the demo catalogue into an empty database on start ("false" to skip). */
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Seconds a rendered anonymous page may be served from memory (0 turns the cache off). */
  PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).default(300),
  /** Megabytes the page cache may hold (bodies and headers); the least recently used pages go first. */
  PAGE_CACHE_MB: z.coerce.number().int().min(1).max(4096).default(64),
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
  /** SMTP server for outgoing mail, e.g. smtps://user:pass@smtp.example.kg:465; without it mail stays in the outbox. */
  SMTP_URL: z.string().min(1).optional(),
  MAIL_FROM: z.string().min(3).default('Made in Kyrgyzstan <shop@ovop.kg>'),
  /** Bank details printed on bank-transfer invoices. */
  BANK_RECIPIENT: z.string().min(1).default('ОсОО «OVOP Каракол» / OVOP Karakol LLC'),
  BANK_NAME: z.string().min(1).default('ОАО «Айыл Банк», Каракольский филиал'),
  BANK_ACCOUNT: z.string().min(1).default('1350100020003001'),
  BANK_BIC: z.string().min(1).default('135001'),
  BANK_SWIFT: z.string().min(1).default('AILBKG22'),
});
export type Env = z.infer<typeof Env>;

let cached: Env | undefined;

/** Parses process.env once; fails fast with every problem named. */
export function getEnv(source: Record<string, string | undefined> = process.env): Env {
  if (cached && source === process.env) return cached;
  const parsed = Env.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  if (source === process.env) cached = parsed.data;
  return parsed.data;
}
