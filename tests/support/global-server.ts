/**
 * Vitest global setup: one migrated, seeded database and one running shop per test project.
 * The e2e project's shop takes cards through a local fake Stripe; the integration project's shop has no
 * Stripe key (the offline-payment path), and the Stripe integration tests start their own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startFakeStripe, type FakeStripe } from '../fake-stripe/server.ts';
import { startShop, type RunningServer } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
    /** Where the shop keeps uploaded photos and documents. */
    uploadDir: string;
    /** Set for the e2e project: the fake Stripe the shop pays through. */
    fakeStripeUrl: string;
  }
}

export const WEBHOOK_SECRET = 'whsec_test_ovop';
let server: RunningServer | undefined;
let stripe: FakeStripe | undefined;
let dir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  dir = mkdtempSync(join(tmpdir(), 'ovop-test-'));
  // TEST_DATABASE_URL points the whole suite at a libSQL server (sqld) instead of an embedded file.
  const databaseUrl = process.env.TEST_DATABASE_URL ?? `file:${join(dir, 'shop.db')}`;
  const uploadDir = join(dir, 'uploads');
  const env: Record<string, string> = {
    DATABASE_URL: databaseUrl,
    PAGE_CACHE_SECONDS: '300',
    UPLOAD_DIR: uploadDir,
    // "Back up now" in a test writes its archives beside the test database, not into the checkout's db/backups.
    BACKUP_DIR: join(dir, 'backups'),
  };
  if (project.name === 'e2e') {
    stripe = await startFakeStripe({ webhookSecret: WEBHOOK_SECRET });
    Object.assign(env, {
      STRIPE_SECRET_KEY: 'sk_test_ovop',
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STRIPE_API_BASE: stripe.url,
    });
  }
  server = await startShop(env);
  stripe?.setWebhookUrl(`${server.url}/api/stripe/webhook`);
  project.provide('baseUrl', server.url);
  project.provide('databaseUrl', databaseUrl);
  project.provide('uploadDir', uploadDir);
  project.provide('fakeStripeUrl', stripe?.url ?? '');
}

export async function teardown(): Promise<void> {
  await server?.stop();
  await stripe?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
