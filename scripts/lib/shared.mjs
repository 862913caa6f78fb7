// Loads shared/ (TypeScript) in Node: bundled once with esbuild into dist/.levenslijn-node.mjs.
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
let loaded;

/** @returns {Promise<typeof import('./nodeShared')>} */
export function loadShared() {
  loaded ??= (async () => {
    const out = join(repo, 'dist', '.levenslijn-node.mjs');
    mkdirSync(join(repo, 'dist'), { recursive: true });
    if (!isFresh(out))
      await build({
        entryPoints: [join(repo, 'scripts/lib/nodeShared.ts')],
        bundle: true,
        platform: 'node',
        format: 'esm',
        outfile: out,
        logLevel: 'warning',
        absWorkingDir: repo,
      });
    return import(pathToFileURL(out).href);
  })();
  return loaded;
}

/** A refused case file in one line, in a language of the app. */
export function fileErrorText(shared, error, lang = 'en') {
  const messages = shared.LOCALES[lang];
  const problem = error.rule ? shared.describeViolation(messages, error.rule) : '';
  const text = shared.message(messages, error.messageKey, { ...error.values, problem });
  const detail = error.code === 'invalid' && error.details[0] ? ` (${error.details[0]})` : '';
  return `${text}${detail}`.replace(/\s+/g, ' ');
}

function newest(path) {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) return 0;
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((n) => newest(join(path, n))));
}

/** The bundle is newer than everything it is made of. */
function isFresh(out) {
  if (!existsSync(out)) return false;
  const built = statSync(out).mtimeMs;
  return [join(repo, 'shared'), join(repo, 'scripts/lib/nodeShared.ts')].every((p) => newest(p) < built);
}
