import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { APIRoute } from 'astro';
import { adminActor } from '../../../../lib/accounts/guard.ts';
import { backupFile } from '../../../../lib/backup/backup.ts';
import { getEnv } from '../../../../lib/env.ts';

/**
 * One backup archive, for admins only, as a download. The name must be an archive name this app writes
 * (`ovop-backup-<time>.tar.gz`), so no other file of the server can be named here.
 */
export const GET: APIRoute = async ({ params, locals, rewrite }) => {
  if (!adminActor(locals.user, locals.client.ip)) return rewrite('/403');
  const found = await backupFile(getEnv().BACKUP_DIR, params.file ?? '');
  if (!found) return rewrite('/404');
  const body = Readable.toWeb(createReadStream(found.path)) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      'Content-Type': 'application/gzip',
      'Content-Length': String(found.bytes),
      'Content-Disposition': `attachment; filename="${params.file}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
};
