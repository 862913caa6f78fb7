#!/usr/bin/env node
// Bundles the Electron main process and preload with esbuild:
//   electron/main.ts    → dist/electron/main.cjs
//   electron/preload.ts → dist/electron/preload.cjs
// CommonJS for Node/Electron, `electron` stays external. Needs no Electron binary.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'electron');
mkdirSync(outdir, { recursive: true });
const production = process.env.NODE_ENV !== 'development';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: production ? false : 'inline',
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
  define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
};

const started = Date.now();
await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: path.join(outdir, 'main.cjs') }),
  // The preload runs sandboxed: it may only require('electron'), so everything else is bundled in.
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: path.join(outdir, 'preload.cjs') }),
]);
console.log(
  `electron: built dist/electron/main.cjs and dist/electron/preload.cjs in ${Date.now() - started} ms`,
);
