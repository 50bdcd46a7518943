/**
 * The built static files (dist/client: public/ and Astro's assets), served by the front server. The files are
 * listed once at start, so a page's request costs a Set lookup instead of the adapter's per-request
 * `lstat` and `send` attempt on a file that is not there (about 5 % of a fresh product page's time).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import send from 'send';

/** Every file under `root` as the URL path that names it (`/img/og/honey.png`). */
function listFiles(root: string): Set<string> {
  const files = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.add('/' + relative(root, path).split(sep).join('/'));
    }
  };
  try {
    walk(root);
  } catch {
    // No client folder (a build without public files): nothing is static.
  }
  return files;
}

/**
 * The decoded path of a request URL (no query or fragment), or null when the URL does not decode: the
 * adapter's standalone server answered those 400, and so does the front server.
 */
export function pathOfUrl(url: string): string | null {
  const end = url.search(/[?#]/);
  try {
    decodeURI(url);
    return decodeURI(end === -1 ? url : url.slice(0, end));
  } catch {
    return null;
  }
}

export interface StaticFiles {
  /** Whether the request names one of the built files. */
  has(path: string): boolean;
  /** Sends the file as the adapter did (ETag, Last-Modified, ranges); `fallback` when it cannot be read. */
  serve(req: IncomingMessage, res: ServerResponse, path: string, fallback: () => void): void;
}

/** The static files of `root`, with Astro's hashed assets (`/<assetsDir>/`) cached for a year. */
export function staticFiles(root: string, assetsDir = '_astro'): StaticFiles {
  const files = listFiles(root);
  return {
    has: (path) => files.has(path),
    serve(req, res, path, fallback) {
      let sending = false;
      const stream = send(req, path, { root, dotfiles: path.startsWith('/.well-known/') ? 'allow' : 'deny' });
      stream.on('error', (error: Error & { statusCode?: number }) => {
        if (!sending) return fallback();
        res.writeHead(error.statusCode ?? 500);
        res.end();
      });
      stream.on('file', () => (sending = true));
      stream.on('stream', () => {
        if (path.startsWith(`/${assetsDir}/`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      });
      stream.pipe(res);
    },
  };
}
