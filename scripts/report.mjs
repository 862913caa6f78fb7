#!/usr/bin/env node
// `npm run report -- case.levenslijn out.pdf`: renders the PDF report of a case file without the
// UI, through the same report view (built renderer + Debian/any Chromium), for batch re-exports.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM_PATH, renderReportPdf } from './lib/reportPdf.mjs';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: npm run report -- <case.levenslijn> <out.pdf>');
  process.exit(2);
}
if (!existsSync('dist/renderer/index.html')) {
  console.error('The renderer is not built yet: run `npx vite build` first (npm run report does this).');
  process.exit(2);
}
if (!existsSync(CHROMIUM_PATH)) {
  console.error(
    `No Chromium at ${CHROMIUM_PATH}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`,
  );
  process.exit(2);
}
const text = readFileSync(resolve(input), 'utf8');
const port = 4796 + Math.floor(Math.random() * 100);
const server = spawn('node', ['scripts/serve-web.mjs', '--port', String(port), '--quiet'], {
  stdio: 'inherit',
});
let code = 0;
try {
  await waitFor(`http://127.0.0.1:${port}/`);
  const result = await renderReportPdf({ caseText: text, baseUrl: `http://127.0.0.1:${port}/` });
  if (!result.ok) {
    console.error(`Cannot read ${input}: ${result.message}`);
    code = 1;
  } else {
    writeFileSync(resolve(output), result.pdf);
    console.log(`written ${output} (${Math.round(result.pdf.length / 1024)} kB)`);
  }
} catch (err) {
  console.error(String(err?.message ?? err));
  code = 1;
} finally {
  server.kill();
}
process.exit(code);

async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not start at ${url}`);
}
