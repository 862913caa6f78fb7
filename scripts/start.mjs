#!/usr/bin/env node
// `npm start`: the desktop app. Where the Electron binary is missing (it is downloaded at install
// time and some machines cannot), say so in one line and run the browser version instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The Electron binary, downloaded on first start when the install did not (npm may skip install
 * scripts). The download's own output is kept quiet: where it cannot be reached, one line below
 * says so instead of a stack trace.
 */
function electronBinary() {
  let dir;
  try {
    dir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return require('electron');
  const located = () => {
    try {
      const full = join(dir, 'dist', readFileSync(join(dir, 'path.txt'), 'utf8'));
      return existsSync(full) ? full : null;
    } catch {
      return null;
    }
  };
  if (located()) return located();
  console.log('Downloading Electron (first start)…');
  const download = spawnSync(process.execPath, [join(dir, 'install.js')], { encoding: 'utf8' });
  return download.status === 0 ? located() : null;
}

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

const binary = electronBinary();
if (!binary) {
  console.log(
    'Electron is not installed on this machine (its binary could not be downloaded); starting the browser version instead — same as `npm run web`.',
  );
  run('npm', ['run', 'web']);
} else {
  run('npm', ['run', 'build']);
  const child = spawn(binary, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
