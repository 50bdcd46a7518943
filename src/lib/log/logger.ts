/**
 * The one logger: pino, JSON lines on stdout (pretty under NODE_ENV=development), level from LOG_LEVEL.
 * The front server and Astro's bundle import this file separately, so they meet on globalThis and share
 * one destination.
 */
import pino, { type Logger } from 'pino';

export type { Logger };

const SHARED = Symbol.for('ovop.logger');
const FLUSH_MS = 1000;
const BATCH_BYTES = 32 * 1024;
const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Where batched lines go: sonic-boom on stdout, or a test's sink. */
export interface LineSink {
  write(chunk: string): boolean;
  flushSync(): void;
}

/**
 * Log lines gathered in memory and handed to sonic-boom (pino's asynchronous stdout writer, which handles
 * partial writes and a full pipe) 32 KB at a time, and at least every second. Handing it each line cost
 * about 10 µs a request: it measures the byte length of its whole pending string on every write. Error
 * lines are handed over at once.
 */
export class BatchedStdout {
  private lines: string[] = [];
  private bytes = 0;
  private readonly out: LineSink;

  constructor(out: LineSink = pino.destination({ dest: 1, sync: false })) {
    this.out = out;
    setInterval(() => this.handOver(), FLUSH_MS).unref();
  }

  write(line: string): boolean {
    this.lines.push(line);
    this.bytes += line.length;
    // Errors (level 50, fatal 60: pino writes the level first) go out at once, in case the process dies.
    if (this.bytes >= BATCH_BYTES || line.startsWith('{"level":5') || line.startsWith('{"level":6')) this.handOver();
    return true;
  }

  private handOver(): void {
    if (this.lines.length === 0) return;
    const chunk = this.lines.join('');
    this.lines = [];
    this.bytes = 0;
    this.out.write(chunk);
  }

  /** Writes out everything still held, synchronously (pino's `logger.flush()` calls it before exit). */
  flush(done?: (error?: Error) => void): void {
    this.handOver();
    try {
      this.out.flushSync();
    } catch {
      // A write in flight finishes on its own; nothing else is held.
    }
    done?.();
  }
}

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
    // Never log a cookie or an authorization header, whatever a caller passes in. Named paths only: a
    // wildcard (`*.headers.cookie`) walks every field of every line and tripled the request line's cost.
    redact: {
      paths: ['headers.cookie', 'headers.authorization', 'req.headers.cookie', 'req.headers.authorization'],
    },
  };
  if (destination) return pino(options, destination);
  if (env.NODE_ENV === 'development') {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { ignore: 'pid', singleLine: true } } });
  }
  return pino(options, new BatchedStdout());
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
