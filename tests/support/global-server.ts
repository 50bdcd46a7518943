/** Vitest global setup: one migrated, seeded database and one running shop per test project. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startShop, type RunningServer } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
  }
}

let server: RunningServer | undefined;
let dir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  dir = mkdtempSync(join(tmpdir(), 'ovop-test-'));
  // TEST_DATABASE_URL points the whole suite at a libSQL server (sqld) instead of an embedded file.
  const databaseUrl = process.env.TEST_DATABASE_URL ?? `file:${join(dir, 'shop.db')}`;
  server = await startShop({ DATABASE_URL: databaseUrl, PAGE_CACHE_SECONDS: '300' });
  project.provide('baseUrl', server.url);
  project.provide('databaseUrl', databaseUrl);
}

export async function teardown(): Promise<void> {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
