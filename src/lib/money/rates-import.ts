/**
 * Imports the National Bank's rates from RATES_URL on a schedule. Several processes may run the shop; the one
 * whose guarded UPDATE moves the job's next run time does the import, the others skip it.
 */
import type { Db } from '../../../db/client.ts';
import { claimScheduledJob, recordScheduledRun } from '../jobs/schedule.ts';
import { getLogger } from '../log/logger.ts';
import { decodeNbkr, parseNbkrRates } from './nbkr.ts';
import { saveRates } from './rates.ts';

const JOB = 'rates-import';
/** The bank's file is a few kilobytes; anything much larger is not it. */
const MAX_BYTES = 512 * 1024;

/** A failed import is tried again after this long rather than a whole period later. */
const RETRY_MS = 15 * 60_000;

export type RatesImportResult =
  { ok: true; date: string; currencies: string[] } | { ok: false; reason: 'unreachable' | 'bad_file' };

/** Fetches the rates file and saves the shown currencies' rates (others keep theirs). */
export async function importRatesFromUrl(
  db: Db,
  url: string,
  fetchImpl: typeof fetch = fetch,
): Promise<RatesImportResult> {
  let bytes: Uint8Array;
  try {
    const res = await fetchImpl(url, { signal: AbortSignal.timeout(20_000), redirect: 'follow' });
    if (!res.ok) return { ok: false, reason: 'unreachable' };
    const body = new Uint8Array(await res.arrayBuffer());
    if (body.byteLength > MAX_BYTES) return { ok: false, reason: 'bad_file' };
    bytes = body;
  } catch {
    return { ok: false, reason: 'unreachable' };
  }
  const parsed = parseNbkrRates(decodeNbkr(bytes));
  if (!parsed) return { ok: false, reason: 'bad_file' };
  await saveRates(db, { userId: 0, ip: 'schedule' }, parsed.rates, 'nbkr');
  return { ok: true, date: parsed.date, currencies: parsed.rates.map((r) => r.currency) };
}

/** One tick of the schedule: imports when due and this process claimed the run. */
export async function runScheduledRatesImport(
  db: Db,
  url: string,
  everyHours: number,
  now = Date.now(),
): Promise<void> {
  if (!(await claimScheduledJob(db, JOB, everyHours * 3_600_000, now))) return;
  const result = await importRatesFromUrl(db, url);
  const summary = result.ok ? `ok ${result.date} ${result.currencies.join(',')}` : `failed: ${result.reason}`;
  await recordScheduledRun(db, JOB, `${new Date(now).toISOString()} ${summary}`, result.ok ? null : now + RETRY_MS);
  if (!result.ok) getLogger().error({ reason: result.reason }, 'importing currency rates from RATES_URL failed');
}

/** How the last scheduled import went, or null when none ran. */
export async function lastScheduledImport(db: Db): Promise<string | null> {
  const rs = await db.$client.execute({ sql: 'SELECT last_result FROM scheduled_jobs WHERE name = ?', args: [JOB] });
  const v = rs.rows[0]?.last_result;
  return v === undefined || v === null ? null : String(v);
}

/** Imports an uploaded rates file for an admin; null when it is not the bank's format. */
export async function importRatesFile(
  db: Db,
  actor: { userId: number; ip: string },
  bytes: Uint8Array,
): Promise<{ date: string; currencies: string[] } | null> {
  if (bytes.byteLength === 0 || bytes.byteLength > MAX_BYTES) return null;
  const parsed = parseNbkrRates(decodeNbkr(bytes));
  if (!parsed || parsed.rates.length === 0) return null;
  await saveRates(db, actor, parsed.rates, 'nbkr');
  return { date: parsed.date, currencies: parsed.rates.map((r) => r.currency) };
}
