/** Small file helpers the backup and the restore share: checksums, walking a folder, what media rows need. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The SHA-256 of a file, hex, read as a stream. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Every regular file under a folder, as `/`-separated paths relative to it (none when it does not exist). */
export async function listFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) out.push(relative(root, path).split(sep).join('/'));
    }
  };
  await walk(root);
  return out.sort();
}

/** The file path of an embedded `file:` database URL, or null for a libSQL server URL. */
export function databaseFilePath(url: string): string | null {
  if (!url.startsWith('file:')) return null;
  return url.startsWith('file://') ? fileURLToPath(url) : url.slice('file:'.length);
}

export interface MediaRow {
  key: string;
  kind: string;
  mime: string;
  widths: string | null;
}

/** The upload files a media row needs (as store.ts writes them): each width of a photo, or the document. */
export function filesOfMedia(row: MediaRow): string[] {
  if (row.kind === 'photo') {
    const widths = JSON.parse(row.widths ?? '[]') as number[];
    return widths.map((w) => `photos/${row.key}-${w}.webp`);
  }
  return [`documents/${row.key}.${row.mime === 'application/pdf' ? 'pdf' : 'webp'}`];
}
