/**
 * A real TLS-terminating reverse proxy in front of a test shop: Debian's Caddy on 127.0.0.1 with a
 * self-signed certificate made by openssl, configured with the Caddyfile README.md's "Deploying" section
 * shows (only the site address, the upstream port and the certificate files are swapped in).
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Agent, fetch as fetchVia } from 'undici';
import { freePort, ROOT } from './server.ts';

export const CADDY = process.env.CADDY_PATH ?? '/usr/bin/caddy';

export interface RunningProxy {
  /** The proxy's public origin, https://127.0.0.1:<port>. */
  url: string;
  port: number;
  /** The self-signed certificate (PEM), for clients to trust. */
  ca: string;
  stop(): Promise<void>;
}

/** The Caddyfile README.md documents for production (the first ```caddy block under "## Deploying"). */
export function documentedCaddyfile(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Deploying'));
  const block = /```caddy\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('README.md has no ```caddy block under "## Deploying"');
  return block[1]!;
}

/** A certificate for 127.0.0.1, valid for two days, made without touching any trust store. */
async function selfSignedCertificate(dir: string): Promise<{ cert: string; key: string }> {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  await promisify(execFile)('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-days',
    '2',
    '-subj',
    '/CN=127.0.0.1',
    '-addext',
    'subjectAltName=IP:127.0.0.1',
    '-keyout',
    key,
    '-out',
    cert,
  ]);
  return { cert, key };
}

/** Starts Caddy on 127.0.0.1 (on `port`, or a free one), proxying to the shop on `upstreamPort`. */
export async function startCaddy(upstreamPort: number, port?: number): Promise<RunningProxy> {
  const dir = mkdtempSync(join(tmpdir(), 'ovop-caddy-'));
  const { cert, key } = await selfSignedCertificate(dir);
  port ??= await freePort();
  const site = documentedCaddyfile()
    .replace('shop.example.kg {', `https://127.0.0.1:${port} {\n\ttls ${cert} ${key}`)
    .replace('127.0.0.1:4321', `127.0.0.1:${upstreamPort}`);
  // Test-only global options: no admin endpoint, no port 80 redirect server, state kept in the temp folder.
  const global = `{\n\tadmin off\n\tauto_https disable_redirects\n\tstorage file_system ${dir}\n}\n`;
  writeFileSync(join(dir, 'Caddyfile'), global + site);
  const child = spawn(CADDY, ['run', '--adapter', 'caddyfile', '--config', join(dir, 'Caddyfile')], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const spawned = new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', (error) => reject(new Error(`cannot start ${CADDY}: ${error.message}`)));
  });
  await spawned;
  const ca = readFileSync(cert, 'utf8');
  const url = `https://127.0.0.1:${port}`;
  const agent = new Agent({ connect: { ca } });
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`caddy exited ${child.exitCode}:\n${log}`);
    try {
      const res = await fetchVia(`${url}/robots.txt`, { dispatcher: agent });
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`caddy did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await agent.close();
  return {
    url,
    port,
    ca,
    stop: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        };
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGTERM');
      }),
  };
}
