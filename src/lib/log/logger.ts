/**
 * The one logger: pino, JSON lines on stdout (pretty under NODE_ENV=development), level from LOG_LEVEL.
 * The front server and Astro's bundle import this file separately, so they meet on globalThis and share
 * one destination.
 */
import pino, { type Logger } from 'pino';

export type { Logger };

const SHARED = Symbol.for('ovop.logger');
const FLUSH_MS = 1000;
const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A logger for an environment; `destination` (a stream) is for tests. */
export function createLogger(
  env: Record<string, string | undefined> = process.env,
  destination?: NodeJS.WritableStream,
): Logger {
  const level = LEVELS.find((l) => l === env.LOG_LEVEL) ?? 'info';
  const options = {
    level,
    // No hostname: one line per request is read by people and jq, not by a fleet manager.
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Never log a cookie or an authorization header, whatever a caller passes in.
    redact: { paths: ['headers.cookie', 'headers.authorization', '*.headers.cookie', '*.headers.authorization'] },
  };
  if (destination) return pino(options, destination);
  if (env.NODE_ENV === 'development') {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { ignore: 'pid', singleLine: true } } });
  }
  // Asynchronous writes gathered to 4 KB (one write per ~20 request lines; a write per line cost 30 µs a
  // request), and written out at least every second when traffic is low. `flushLogs` runs before exit.
  const stream = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  setInterval(() => {
    try {
      stream.flush();
    } catch {
      // Nothing buffered, or a write in flight: the next tick writes it.
    }
  }, FLUSH_MS).unref();
  return pino(options, stream);
}

/** The logger of this process. */
export function getLogger(): Logger {
  const g = globalThis as typeof globalThis & { [SHARED]?: Logger };
  g[SHARED] ??= createLogger();
  return g[SHARED];
}

/** Writes out what is still buffered (before process.exit). */
export function flushLogs(): void {
  try {
    getLogger().flush();
  } catch {
    // A transport (pino-pretty) flushes on its own.
  }
}
