/**
 * `npm test`: the type check, then unit, integration and end-to-end tests on an embedded database,
 * then the integration tests again against a real libSQL server (sqld). Ends with "N passed, N failed".
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './support/server.ts';
import { startSqld } from './support/sqld.ts';

let passed = 0;
let failed = 0;
const node = process.execPath;

function exec(args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(node, args, {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/** Runs one vitest project and adds its counts from the JSON report. */
async function vitest(
  project: string,
  label: string,
  env: Record<string, string> = {},
  extra: string[] = [],
): Promise<void> {
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  const report = join(ROOT, 'tmp', `vitest-${label}.json`);
  rmSync(report, { force: true });
  const code = await exec(
    [
      `${ROOT}/node_modules/vitest/vitest.mjs`,
      'run',
      '--config',
      'tests/vitest.config.ts',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
      ...extra,
    ],
    env,
  );
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numTotalTests: number;
    };
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    if (code !== 0 && r.numFailedTests === 0) failed += 1; // a suite that crashed before its tests ran
    console.log(`\n[${label}] ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
  } else {
    failed += 1;
    console.log(`\n[${label}] produced no report (exit ${code})`);
  }
}

/**
 * Integration files the sqld pass leaves out because they would test the same thing twice: they start their
 * own shop on their own embedded file (backups, crash, holds, observability, workers), start their own sqld anyway
 * (backup-sqld, replicas), or check what the database does not change (HTML validity, the proxy, the Host header).
 */
const SAME_ON_BOTH_PASSES = [
  'backups.test.ts',
  'crash.test.ts',
  'holds.test.ts',
  'workers.test.ts',
  'observability.test.ts',
  'backup-sqld.test.ts',
  'replicas.test.ts',
  'round-trips.test.ts',
  'html-validity.test.ts',
  'proxy.test.ts',
  'host-header.test.ts',
  'shared-nothing.test.ts',
];

const started = Date.now();
const only = process.argv[2];

if (!only || only === 'check') {
  // The one gate: types (astro check, zero errors and warnings) and formatting.
  for (const [name, args] of [
    ['astro check', [`${ROOT}/node_modules/astro/bin/astro.mjs`, 'check', '--minimumSeverity', 'warning']],
    ['prettier --check', [`${ROOT}/node_modules/prettier/bin/prettier.cjs`, '--check', '.']],
  ] as const) {
    const code = await exec([...args]);
    if (code === 0) passed += 1;
    else failed += 1;
    console.log(`\n[check] ${name} ${code === 0 ? 'passed' : 'FAILED'}`);
  }
}
if ((await exec([`${ROOT}/node_modules/astro/bin/astro.mjs`, 'build'])) !== 0) {
  failed += 1;
  console.log('\n[build] FAILED');
} else {
  if (!only || only === 'unit') await vitest('unit', 'unit');
  if (!only || only === 'integration') await vitest('integration', 'integration (embedded file:)');
  if (!only || only === 'e2e') await vitest('e2e', 'e2e (chromium)');
  if (!only || only === 'sqld') {
    const sqld = await startSqld();
    try {
      await vitest(
        'integration',
        'integration (sqld)',
        { TEST_DATABASE_URL: sqld.url },
        SAME_ON_BOTH_PASSES.flatMap((file) => ['--exclude', `tests/integration/${file}`]),
      );
    } finally {
      sqld.stop();
    }
  }
}
console.log(`\nnpm test finished in ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
