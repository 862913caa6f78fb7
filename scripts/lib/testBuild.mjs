// The test build of the renderer (dist/renderer-test: `vite build --mode test`, with the test
// API the e2e tests and the benchmark use). Built when missing or older than its sources, so
// `npx playwright test` never runs against a stale build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const TEST_BUILD_DIR = join(repo, 'dist', 'renderer-test');
const SOURCES = ['renderer', 'shared', 'resources', 'vite.config.ts', 'package.json', 'package-lock.json'];

function newest(path) {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) return 0;
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(path))
    if (name !== 'node_modules') max = Math.max(max, newest(join(path, name)));
  return max;
}

export function testBuildIsFresh() {
  const index = join(TEST_BUILD_DIR, 'index.html');
  if (!existsSync(index)) return false;
  const built = statSync(index).mtimeMs;
  return SOURCES.every((s) => newest(join(repo, s)) <= built);
}

export function ensureTestBuild({ force = false } = {}) {
  if (!force && testBuildIsFresh()) return;
  const r = spawnSync('npx', ['vite', 'build', '--mode', 'test', '--logLevel', 'warn'], {
    cwd: repo,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (r.status !== 0) throw new Error('the test build failed (npx vite build --mode test)');
}
