#!/usr/bin/env node
// Serves the built renderer on this machine's loopback interface so the whole app runs in a
// browser. Usage: node scripts/serve-web.mjs [--port N] [--root dist/renderer-test] [--quiet]
// The port: --port, else the PORT environment variable, else 4173. (scripts/lib/webServer.mjs)
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWebServer } from './lib/webServer.mjs';
import { canRenderReports, renderReportPdf } from './lib/reportPdf.mjs';

const here = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const portText = option('--port') ?? process.env.PORT ?? '4173';
const port = Number(portText);
const root = resolve(here, option('--root') ?? 'dist/renderer');
const quiet = args.includes('--quiet');

if (!/^\d{1,5}$/.test(portText) || port > 65535) {
  console.error(`PORT must be a number from 0 to 65535, not ${JSON.stringify(portText)}.`);
  process.exit(2);
}
try {
  await stat(resolve(root, 'index.html'));
} catch {
  console.error(`No built renderer in ${root}. Run \`npm run web\` (it builds first).`);
  process.exit(1);
}

const web = createWebServer({ root, renderReport: canRenderReports() ? renderReportPdf : null });
try {
  const actual = await web.listen(port);
  const url = `http://127.0.0.1:${actual}/`;
  if (quiet) console.log(url);
  else {
    console.log(`Levenslijn is running at ${url}`);
    console.log(
      'Open it in Chromium or Chrome. Press Ctrl+C to stop. Your data stays in this browser profile.',
    );
  }
} catch (err) {
  console.error(err.message);
  process.exit(1);
}
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => void web.close().then(() => process.exit(0)));
