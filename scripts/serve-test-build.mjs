#!/usr/bin/env node
// The e2e tests' server: builds the test build when stale, then serves it like `npm run web`.
// Usage: node scripts/serve-test-build.mjs --port N [--quiet]
import { spawn } from 'node:child_process';
import { ensureTestBuild } from './lib/testBuild.mjs';

try {
  ensureTestBuild();
} catch (err) {
  console.error(err.message);
  process.exit(1);
}
const child = spawn(
  process.execPath,
  ['scripts/serve-web.mjs', '--root', 'dist/renderer-test', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
