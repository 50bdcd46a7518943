/**
 * One consistent archive of the shop: the database (SQLite's online `VACUUM INTO` for an embedded
 * database, a logical copy through one read batch for a libSQL server), the uploads, and a manifest with
 * every file's SHA-256, packed as `ovop-backup-<UTC time>.tar.gz` in BACKUP_DIR.
 */
import {
  link,
  copyFile,
  mkdir,
  mkdtemp,
  readFile,
  rename,
  rm,
  stat,
  unlink,
  writeFile,
  readdir,
} from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import Database from 'libsql';
import { create as createTar } from 'tar';
import type { Client } from '@libsql/client';
import { databaseFilePath, filesOfMedia, listFiles, sha256File, type MediaRow } from './files.ts';
import { BACKUP_RUNNING } from './jobs.ts';
import { copyDatabase } from './logical-copy.ts';
import type { MediaStorage } from '../media/storage.ts';

export const DATABASE_ENTRY = 'database.sqlite';
export const UPLOADS_ENTRY = 'uploads';
export const MANIFEST_ENTRY = 'manifest.json';
const ARCHIVE_NAME = /^ovop-backup-\d{8}T\d{6}(?:\d{3})?Z\.tar\.gz$/;

export interface ManifestFile {
  path: string;
  bytes: number;
  sha256: string;
}
export interface Manifest {
  format: 1;
  createdAt: string;
  appVersion: string;
  /** The last migration applied to the copied database (its drizzle tag). */
  migration: string | null;
  /** How the database was copied: `vacuum-into` (embedded) or `logical` (libSQL server). */
  method: 'vacuum-into' | 'logical';
  databaseBytes: number;
  /** Upload files a media row of the copy refers to but the uploads folder lacked (should be empty). */
  missingMedia: string[];
  files: ManifestFile[];
}

export interface BackupSource {
  /** The open database (for the logical copy of a libSQL server, and for nothing else). */
  client: Client;
  databaseUrl: string;
  uploadDir: string;
  /**
   * An S3 bucket holding the uploads (decision 59): the files the copy's media rows name are downloaded
   * from it after the database copy; a file deleted in between is listed in `missingMedia`.
   */
  media?: MediaStorage;
  backupDir: string;
  appVersion: string;
  migrationsJournal: string;
}

export interface BackupResult {
  file: string;
  name: string;
  bytes: number;
  ms: number;
  manifest: Manifest;
}

/** True for the name of an archive this module writes (so a download can never name another file). */
export function isBackupName(name: string): boolean {
  return ARCHIVE_NAME.test(name);
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('.', '');
}

/** Hard-links (same disk: instant, no space) or copies a file; false when it vanished meanwhile. */
async function stageFile(from: string, to: string): Promise<boolean> {
  await mkdir(dirname(to), { recursive: true });
  try {
    await link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return false;
    if (code === 'EEXIST') return true;
    try {
      await copyFile(from, to);
    } catch (copyError) {
      if ((copyError as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw copyError;
    }
  }
  return true;
}

/** Stages every upload not staged yet. */
async function stageUploads(uploadDir: string, staged: Set<string>, into: string): Promise<void> {
  for (const path of await listFiles(uploadDir)) {
    if (staged.has(path)) continue;
    if (await stageFile(join(uploadDir, path), join(into, path))) staged.add(path);
  }
}

/** Downloads each named upload from a bucket into the staging folder; returns those it did not find. */
async function downloadMedia(
  media: MediaStorage,
  paths: string[],
  staged: Set<string>,
  into: string,
): Promise<string[]> {
  const missing: string[] = [];
  for (const path of paths) {
    const bytes = await media.get(path);
    if (!bytes) {
      missing.push(path);
      continue;
    }
    await mkdir(dirname(join(into, path)), { recursive: true });
    await writeFile(join(into, path), bytes);
    staged.add(path);
  }
  return missing;
}

/** The drizzle tag of the last migration the copy has, from the migrations journal. */
function lastMigration(copy: InstanceType<typeof Database>, journal: string): string | null {
  try {
    const row = copy.prepare('SELECT max(created_at) AS at FROM __drizzle_migrations').get() as { at: number | null };
    const entries = (JSON.parse(journal) as { entries: { when: number; tag: string }[] }).entries;
    return entries.find((e) => e.when === Number(row.at))?.tag ?? null;
  } catch {
    return null;
  }
}

/**
 * Writes one archive. The uploads are staged (hard links) before the database is copied and again after,
 * so a file that a media row of the copy names is in the archive even if it was deleted or written while
 * the copy ran; the database copy is one read snapshot, so every order committed before it is in it.
 */
export async function createBackup(source: BackupSource, now = new Date()): Promise<BackupResult> {
  const started = performance.now();
  const backupDir = resolve(source.backupDir);
  const uploadDir = resolve(source.uploadDir);
  await mkdir(backupDir, { recursive: true });
  const staging = await mkdtemp(join(backupDir, '.staging-'));
  try {
    const stagedUploads = join(staging, UPLOADS_ENTRY);
    const staged = new Set<string>();
    await mkdir(stagedUploads, { recursive: true });
    await stageUploads(uploadDir, staged, stagedUploads);

    const dbCopy = join(staging, DATABASE_ENTRY);
    const file = databaseFilePath(source.databaseUrl);
    let method: Manifest['method'];
    if (file) {
      // One read transaction on a WAL database: writers go on selling while it runs.
      const live = new Database(resolve(file), { readonly: true, timeout: 10_000 });
      try {
        live.prepare('VACUUM INTO ?').run(dbCopy);
      } finally {
        live.close();
      }
      method = 'vacuum-into';
    } else {
      await copyDatabase(source.client, dbCopy);
      method = 'logical';
    }
    await stageUploads(uploadDir, staged, stagedUploads);

    const copy = new Database(dbCopy);
    let migration: string | null;
    let missingMedia: string[];
    try {
      migration = lastMigration(copy, source.migrationsJournal);
      // The copy is a backup, not a running shop: the lease of the run writing it does not carry over.
      copy.prepare('DELETE FROM scheduled_jobs WHERE name = ?').run(BACKUP_RUNNING);
      const rows = copy.prepare('SELECT key, kind, mime, widths FROM media').all() as MediaRow[];
      missingMedia = rows.flatMap(filesOfMedia).filter((path) => !staged.has(path));
    } finally {
      copy.close();
    }
    if (source.media) missingMedia = await downloadMedia(source.media, missingMedia, staged, stagedUploads);

    const files: ManifestFile[] = [];
    for (const path of [DATABASE_ENTRY, ...[...staged].sort().map((p) => `${UPLOADS_ENTRY}/${p}`)]) {
      const full = join(staging, path);
      files.push({ path, bytes: (await stat(full)).size, sha256: await sha256File(full) });
    }
    const manifest: Manifest = {
      format: 1,
      createdAt: now.toISOString(),
      appVersion: source.appVersion,
      migration,
      method,
      databaseBytes: files[0]!.bytes,
      missingMedia,
      files,
    };
    await writeFile(join(staging, MANIFEST_ENTRY), JSON.stringify(manifest, null, 2));

    const name = `ovop-backup-${stamp(now)}.tar.gz`;
    const partial = join(backupDir, `.${name}.partial`);
    await createTar({ gzip: true, file: partial, cwd: staging, portable: true }, [
      DATABASE_ENTRY,
      UPLOADS_ENTRY,
      MANIFEST_ENTRY,
    ]);
    const target = join(backupDir, name);
    await rename(partial, target);
    return {
      file: target,
      name,
      bytes: (await stat(target)).size,
      ms: Math.round(performance.now() - started),
      manifest,
    };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

export interface BackupListing {
  name: string;
  bytes: number;
  createdAt: Date;
}

/** The finished archives in a folder, newest first. */
export async function listBackups(backupDir: string): Promise<BackupListing[]> {
  let names: string[];
  try {
    names = await readdir(resolve(backupDir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const out: BackupListing[] = [];
  for (const name of names.filter(isBackupName)) {
    const info = await stat(join(resolve(backupDir), name)).catch(() => null);
    if (info?.isFile()) out.push({ name, bytes: info.size, createdAt: info.mtime });
  }
  // The name's UTC time sorts as text.
  return out.sort((a, b) => b.name.localeCompare(a.name));
}

/** Deletes all but the newest `keep` archives; returns the names deleted. */
export async function pruneBackups(backupDir: string, keep: number): Promise<string[]> {
  const old = (await listBackups(backupDir)).slice(keep);
  for (const backup of old) await unlink(join(resolve(backupDir), backup.name)).catch(() => {});
  return old.map((b) => b.name);
}

/** The path of an archive to download, or null when the name is not one of ours or it does not exist. */
export async function backupFile(backupDir: string, name: string): Promise<{ path: string; bytes: number } | null> {
  if (!isBackupName(name)) return null;
  const path = join(resolve(backupDir), name);
  const info = await stat(path).catch(() => null);
  return info?.isFile() ? { path, bytes: info.size } : null;
}

/** Reads the drizzle migrations journal that ships with the app. */
export async function readJournal(migrationsFolder: string): Promise<string> {
  return readFile(join(migrationsFolder, 'meta', '_journal.json'), 'utf8');
}
