/**
 * Restores a backup archive into a new folder: npm run restore -- ARCHIVE [--to PATH]. The folder gets
 * `ovop.db` and `uploads/`; it must not exist (or be empty) and is never the live database. Checksums,
 * `PRAGMA integrity_check` and every media row's files are verified before anything is put in place.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { getEnv } from '../lib/env.ts';
import { databaseFilePath } from '../lib/backup/files.ts';
import { restoreBackup, RestoreError } from '../lib/backup/restore.ts';

const { values, positionals } = parseArgs({ options: { to: { type: 'string' } }, allowPositionals: true });
const archive = positionals[0];
if (!archive || positionals.length > 1) {
  console.error('usage: npm run restore -- ARCHIVE [--to PATH]');
  process.exit(2);
}
const env = getEnv();
const stamp = /ovop-backup-([0-9TZ]+)\.tar\.gz$/.exec(archive)?.[1] ?? String(Date.now());
const to = values.to ?? `db/restored-${stamp}`;
try {
  const started = performance.now();
  const result = await restoreBackup(resolve(archive), to, { liveDatabase: databaseFilePath(env.DATABASE_URL) });
  console.log(
    `restored ${result.files} files (${result.orders} orders, ${result.media} media) from ${result.manifest.createdAt} ` +
      `into ${result.dir} in ${Math.round(performance.now() - started)} ms; checksums and integrity_check ok`,
  );
  console.log(`serve it with: DATABASE_URL=file:${result.databaseFile} UPLOAD_DIR=${result.uploadDir}`);
} catch (error) {
  if (!(error instanceof RestoreError)) throw error;
  console.error(`restore refused: ${error.message}`);
  process.exit(1);
}
