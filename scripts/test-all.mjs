#!/usr/bin/env node
// `npm test`: every check CI runs, in order, with one summary line at the end.
// Steps: type-check, lint, format check, unit tests (Vitest), security scan, the shipped and the test build,
// end-to-end tests (Playwright + Debian Chromium), bench smoke.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
mkdirSync('test-results', { recursive: true });

const steps = [
  ['type-check', 'npm', ['run', '-s', 'typecheck']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  // Unformatted files fail the run; `npm run format` fixes them.
  ['format check', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
  [
    'unit tests',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json'],
  ],
  ['security scan', 'node', ['scripts/security-scan.mjs']],
  ['build', 'npx', ['vite', 'build', '--logLevel', 'warn']],
  // The test build (dist/renderer-test, with the test API) for the e2e tests and the benchmark.
  ['test build', 'npx', ['vite', 'build', '--mode', 'test', '--logLevel', 'warn']],
  ['end-to-end tests', 'npx', ['playwright', 'test']],
  // A short benchmark run so CI prints the numbers; targets are reported, not enforced here.
  ['bench smoke', 'node', ['scripts/bench.mjs', '--quick', '--no-fail']],
];

const failed = [];
for (const [name, cmd, args] of steps) {
  if (name === 'security scan' && !existsSync('scripts/security-scan.mjs')) continue;
  if ((name === 'end-to-end tests' || name === 'bench smoke') && !existsSync(chromium)) {
    console.error(
      `\n✖ ${name}: no Chromium at ${chromium}. Install it: sudo apt-get install chromium (or set CHROMIUM_PATH).`,
    );
    failed.push(name);
    continue;
  }
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  if (r.status !== 0) {
    console.error(`✖ ${name} failed (exit ${r.status})`);
    failed.push(name);
  }
}

function count(file, read) {
  try {
    return read(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return { passed: 0, failed: 0, skipped: 0 };
  }
}
const unit = count('test-results/unit.json', (j) => ({
  passed: j.numPassedTests ?? 0,
  failed: j.numFailedTests ?? 0,
  skipped: (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0),
}));
const e2e = count('test-results/e2e.json', (j) => ({
  passed: j.stats?.expected ?? 0,
  failed: (j.stats?.unexpected ?? 0) + (j.stats?.flaky ?? 0) * 0,
  skipped: j.stats?.skipped ?? 0,
}));
const passed = unit.passed + e2e.passed;
const failedTests = unit.failed + e2e.failed;
console.log(
  `\nunit: ${unit.passed} passed, ${unit.failed} failed; e2e: ${e2e.passed} passed, ${e2e.failed} failed`,
);
if (failed.length) console.log(`failed steps: ${failed.join(', ')}`);
console.log(
  `Summary: ${passed} passed, ${failedTests + (failed.length && !failedTests ? 1 : 0)} failed, ${unit.skipped + e2e.skipped} skipped`,
);
process.exit(failed.length ? 1 : 0);
