/**
 * Writes a backup archive of the database and the uploads into BACKUP_DIR: npm run backup [-- --json].
 * `--json` prints the outcome as one JSON line (the server's schedule and the admins' "back up now" read it).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { getDb } from '../../db/client.ts';
import { MIGRATIONS_FOLDER } from '../../db/migrate.ts';
import { getEnv } from '../lib/env.ts';
import { runBackup } from '../lib/backup/run.ts';
import { getMediaStorage } from '../lib/media/storage.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean' } } });
const env = getEnv();
const db = getDb();
const appVersion = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
const settings = {
  databaseUrl: env.DATABASE_URL,
  uploadDir: env.UPLOAD_DIR,
  // With S3 the uploads are read from the bucket (UPLOAD_DIR is then empty or absent).
  ...(env.S3_BUCKET ? { media: getMediaStorage() } : {}),
  backupDir: env.BACKUP_DIR,
  keep: env.BACKUP_KEEP,
  appVersion,
  migrationsFolder: MIGRATIONS_FOLDER,
};
const outcome = await runBackup(db, settings);
db.$client.close();
if (values.json) console.log(JSON.stringify(outcome));
else if (outcome.ok) {
  const { result, pruned } = outcome;
  const mb = (result.bytes / 1024 / 1024).toFixed(1);
  console.log(`${result.file}: ${mb} MB, ${result.manifest.files.length} files, in ${result.ms} ms`);
  console.log(
    `database ${result.manifest.databaseBytes} bytes (${result.manifest.method}), migration ${result.manifest.migration}`,
  );
  if (result.manifest.missingMedia.length) {
    console.warn(`warning: ${result.manifest.missingMedia.length} media file(s) were missing from the uploads`);
  }
  if (pruned.length) console.log(`deleted ${pruned.length} old archive(s) (BACKUP_KEEP=${env.BACKUP_KEEP})`);
} else if (outcome.reason === 'failed') console.error(`backup failed: ${outcome.error}`);
else console.error('another backup is running');
process.exit(outcome.ok ? 0 : 1);
