/**
 * Restores an archive into a NEW folder: `<to>/ovop.db` and `<to>/uploads`. Every file is checked against
 * the manifest's SHA-256, the database against `PRAGMA integrity_check` and every media row against its
 * files, before anything is moved into place; an existing target (above all the live database) is refused.
 */
import { mkdir, mkdtemp, readdir, readFile, rename, rm, rmdir, stat } from 'node:fs/promises';
import { dirname, join, resolve, basename } from 'node:path';
import Database from 'libsql';
import { extract } from 'tar';
import { DATABASE_ENTRY, MANIFEST_ENTRY, UPLOADS_ENTRY, type Manifest } from './backup.ts';
import { filesOfMedia, listFiles, sha256File, type MediaRow } from './files.ts';

export class RestoreError extends Error {}

export interface RestoreResult {
  dir: string;
  databaseFile: string;
  uploadDir: string;
  manifest: Manifest;
  files: number;
  orders: number;
  media: number;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * Restores `archive` into the folder `to`, which must not exist or be empty; `liveDatabase` (the running
 * shop's file) is never a target. Throws RestoreError with a plain reason.
 */
export async function restoreBackup(
  archive: string,
  to: string,
  { liveDatabase }: { liveDatabase?: string | null } = {},
): Promise<RestoreResult> {
  const dir = resolve(to);
  const databaseFile = join(dir, 'ovop.db');
  if (liveDatabase && [dir, databaseFile].includes(resolve(liveDatabase))) {
    throw new RestoreError(`refusing to restore over the live database ${resolve(liveDatabase)}`);
  }
  if ((await exists(dir)) && (await readdir(dir)).length > 0) {
    throw new RestoreError(`refusing to restore into ${dir}: it exists and is not empty (choose a new path with --to)`);
  }
  if (!(await exists(archive))) throw new RestoreError(`no such archive: ${archive}`);

  await mkdir(dirname(dir), { recursive: true });
  const staging = await mkdtemp(join(dirname(dir), `.${basename(dir)}.restoring-`));
  try {
    // Only plain files and folders, inside the staging folder (tar refuses `..` and absolute paths).
    await extract({
      file: archive,
      cwd: staging,
      strict: true,
      filter: (_path, entry) => 'type' in entry && (entry.type === 'File' || entry.type === 'Directory'),
    });
    const manifestPath = join(staging, MANIFEST_ENTRY);
    if (!(await exists(manifestPath))) throw new RestoreError('the archive has no manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Manifest;
    if (manifest.format !== 1) throw new RestoreError(`unknown archive format ${String(manifest.format)}`);

    const listed = new Set(manifest.files.map((f) => f.path));
    const present = (await listFiles(staging)).filter((p) => p !== MANIFEST_ENTRY);
    const extra = present.filter((p) => !listed.has(p));
    if (extra.length) throw new RestoreError(`files not in the manifest: ${extra.slice(0, 5).join(', ')}`);
    for (const file of manifest.files) {
      const path = join(staging, file.path);
      if (!(await exists(path))) throw new RestoreError(`missing from the archive: ${file.path}`);
      if ((await sha256File(path)) !== file.sha256) throw new RestoreError(`checksum mismatch: ${file.path}`);
    }

    const db = new Database(join(staging, DATABASE_ENTRY));
    let orders: number;
    let mediaRows: MediaRow[];
    try {
      const check = db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[];
      if (check.length !== 1 || check[0]!.integrity_check !== 'ok') {
        throw new RestoreError(`integrity_check failed: ${check.map((c) => c.integrity_check).join('; ')}`);
      }
      orders = Number((db.prepare('SELECT count(*) AS n FROM orders').get() as { n: number }).n);
      mediaRows = db.prepare('SELECT key, kind, mime, widths FROM media').all() as MediaRow[];
    } finally {
      db.close();
    }
    const missing = mediaRows.flatMap(filesOfMedia).filter((p) => !listed.has(`${UPLOADS_ENTRY}/${p}`));
    if (missing.length) {
      throw new RestoreError(
        `${missing.length} upload file(s) of media rows are missing: ${missing.slice(0, 5).join(', ')}`,
      );
    }

    await rename(join(staging, DATABASE_ENTRY), join(staging, 'ovop.db'));
    await mkdir(join(staging, UPLOADS_ENTRY), { recursive: true });
    // The target was checked empty above; rmdir removes only an empty folder, so nothing is overwritten.
    if (await exists(dir)) await rmdir(dir);
    await rename(staging, dir);
    return {
      dir,
      databaseFile,
      uploadDir: join(dir, UPLOADS_ENTRY),
      manifest,
      files: manifest.files.length,
      orders,
      media: mediaRows.length,
    };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
