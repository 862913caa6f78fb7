#!/usr/bin/env node
// `npm start`: the desktop app. Where the Electron binary is missing (it is downloaded at install
// time and some machines cannot), say so in one line and run the browser version instead.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    return require('electron'); // the package's index.js returns the binary path, or throws
  } catch {
    return null;
  }
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
