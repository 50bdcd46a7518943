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
  /** Seed the demo catalogue into an empty database on start ("false" to skip). */
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Seconds a rendered anonymous page may be served from memory (0 turns the cache off). */
  PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).default(300),
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
