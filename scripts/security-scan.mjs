#!/usr/bin/env node
// Security scan of the Electron shell (electron/**), run by `npm test`. Offline and fast.
//  1. Electronegativity (static checks for Electron misconfigurations), driven through its
//     library internals instead of the CLI: the CLI always fetches translations and Electron's
//     release list from the internet; here both are skipped so the scan works offline.
//  2. Custom regex checks: forbidden insecure flags anywhere in electron/, and positive checks
//     that the hardening the baseline below relies on is really present.
// Exit 1 on any finding that is not in BASELINE, on any custom-check failure, or if the scanner
// cannot run.
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'electron');
const ELECTRON_VERSION = '45.4.1';

/**
 * Accepted Electronegativity findings. Every entry needs a reason; keep this list short.
 * `files` are relative to electron/ ("N/A" for global findings).
 */
const BASELINE = [
  {
    id: 'CSP_GLOBAL_CHECK',
    files: ['N/A'],
    reason:
      'The CSP is sent as a response header by the app:// protocol handler (electron/protocol.ts, ' +
      'CONTENT_SECURITY_POLICY, asserted in protocol.test.ts and by the custom check below). ' +
      'Electronegativity only recognises CSPs set via webRequest.onHeadersReceived or <meta>.',
  },
  {
    id: 'CONTEXT_ISOLATION_JS_CHECK',
    files: ['main.ts', 'wall.ts'],
    reason:
      'webPreferences come from windowOptions.ts (contextIsolation: true), which the scanner cannot follow; ' +
      'asserted in windowOptions.test.ts and by the custom check below.',
  },
  {
    id: 'SANDBOX_JS_CHECK',
    files: ['main.ts', 'wall.ts'],
    reason: 'Same as above: sandbox: true in windowOptions.ts, plus app.enableSandbox() in main.ts.',
  },
  {
    id: 'AUXCLICK_JS_CHECK',
    files: ['main.ts', 'wall.ts'],
    reason:
      "Same as above: disableBlinkFeatures: 'Auxclick' in windowOptions.ts; window.open is denied anyway.",
  },
];

/** Insecure settings that must not appear in any electron/ source (tests excluded). */
const FORBIDDEN = [
  [/nodeIntegration\w*\s*:\s*true/, 'nodeIntegration*: true'],
  [/contextIsolation\s*:\s*false/, 'contextIsolation: false'],
  [/sandbox\s*:\s*false/, 'sandbox: false'],
  [/webSecurity\s*:\s*false/, 'webSecurity: false'],
  [/enableRemoteModule/, 'enableRemoteModule'],
  [/allowRunningInsecureContent\s*:\s*true/, 'allowRunningInsecureContent: true'],
  [/experimentalFeatures\s*:\s*true/, 'experimentalFeatures: true'],
  [/webviewTag\s*:\s*true/, 'webviewTag: true'],
  [/ELECTRON_DISABLE_SECURITY_WARNINGS/, 'ELECTRON_DISABLE_SECURITY_WARNINGS'],
];

/** Hardening that must be present (the baseline relies on it). [file, regex, what]. */
const REQUIRED = [
  ['windowOptions.ts', /contextIsolation:\s*true/, 'contextIsolation: true'],
  ['windowOptions.ts', /sandbox:\s*true/, 'sandbox: true'],
  ['windowOptions.ts', /nodeIntegration:\s*false/, 'nodeIntegration: false'],
  ['windowOptions.ts', /webSecurity:\s*true/, 'webSecurity: true'],
  ['windowOptions.ts', /disableBlinkFeatures:\s*'Auxclick'/, "disableBlinkFeatures: 'Auxclick'"],
  ['windowOptions.ts', /devTools:\s*!isProduction/, 'no devtools in production'],
  ['main.ts', /app\.enableSandbox\(\)/, 'app.enableSandbox()'],
  ['protocol.ts', /"default-src 'self'"/, 'CSP default-src'],
  ['protocol.ts', /"object-src 'none'"/, 'CSP object-src'],
  ['protocol.ts', /'Content-Security-Policy': CONTENT_SECURITY_POLICY/, 'CSP header on every response'],
  ['security.ts', /'will-navigate'/, 'will-navigate guard'],
  ['security.ts', /setWindowOpenHandler/, 'setWindowOpenHandler'],
  ['security.ts', /setPermissionRequestHandler/, 'setPermissionRequestHandler'],
  ['security.ts', /setPermissionCheckHandler/, 'setPermissionCheckHandler'],
  ['security.ts', /'web-contents-created'/, 'web-contents-created hardening'],
  ['preload.ts', /exposeInMainWorld\('levenslijnPlatform'/, 'single contextBridge API'],
];

function sourceFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
    .map((f) => path.join(dir, f));
}

async function runElectronegativity(input) {
  const rootRequire = createRequire(path.join(root, 'package.json'));
  const pkgDir = path.dirname(rootRequire.resolve('@doyensec/electronegativity/package.json'));
  const dist = path.join(pkgDir, 'dist');
  const req = createRequire(path.join(dist, 'runner.js'));
  // Same i18n setup as the CLI, minus the download of translations.
  const i18n = req('i18n');
  i18n.configure({
    locales: ['en-US'],
    defaultLocale: 'en-US',
    directory: path.join(dist, 'locales'),
    updateFiles: false,
    objectNotation: true,
    retryInDefaultLocale: true,
    register: globalThis,
  });
  i18n.setLocale('en-US');
  const { LoaderDirectory } = req('./loader');
  const { Parser } = req('./parser');
  const { Finder, GlobalChecks } = req('./finder');

  const loader = new LoaderDirectory();
  await loader.load(input);
  const parser = new Parser(false, true);
  // AvailableSecurityFixesGlobalCheck downloads Electron's release list: skipped (offline).
  const globalChecks = new GlobalChecks([], ['availablesecurityfixesglobalcheck'], undefined);
  const finder = await new Finder([], [], undefined);
  const files = [...loader.list_files];
  const parseErrors = [];
  let issues = [];
  for (const file of files) {
    const [type, data, content] = parser.parse(file, loader.load_buffer(file));
    if (data === null) {
      parseErrors.push(path.relative(input, file));
      continue;
    }
    issues.push(...(await finder.find(file, data, type, content, null, ELECTRON_VERSION)));
  }
  issues = await globalChecks.getResults(issues, undefined);
  issues = issues.filter(
    (i) => !i.visibility || (!i.visibility.inlineDisabled && !i.visibility.globalCheckDisabled),
  );
  return {
    files: files.length,
    checks: finder._enabled_checks.length + globalChecks._enabled_checks.length,
    parseErrors,
    issues: issues.map((i) => ({
      id: i.id,
      file: i.file === 'N/A' ? 'N/A' : path.relative(input, i.file).split(path.sep).join('/'),
      line: i.location?.line ?? 0,
      severity: i.severity?.name ?? String(i.severity),
      confidence: i.confidence?.name ?? String(i.confidence),
      description: i.description,
    })),
  };
}

const started = Date.now();
const problems = [];

// 1. Electronegativity
let scan;
try {
  scan = await runElectronegativity(electronDir);
} catch (err) {
  console.error(`✖ electronegativity could not run: ${err instanceof Error ? err.stack : err}`);
  process.exit(1);
}
const baselined = [];
for (const issue of scan.issues) {
  const entry = BASELINE.find((b) => b.id === issue.id && b.files.includes(issue.file));
  const where = issue.file === 'N/A' ? 'global' : `electron/${issue.file}:${issue.line}`;
  const line = `${issue.id} [${issue.severity}/${issue.confidence}] ${where} — ${issue.description}`;
  if (entry) baselined.push(line);
  else problems.push(`electronegativity: ${line}`);
}
for (const f of scan.parseErrors) problems.push(`electronegativity could not parse electron/${f}`);
const unusedBaseline = BASELINE.filter(
  (b) => !scan.issues.some((i) => i.id === b.id && b.files.includes(i.file)),
);

// 2. Custom checks
const files = sourceFiles(electronDir);
for (const file of files) {
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((text, idx) => {
    for (const [re, what] of FORBIDDEN) {
      if (re.test(text))
        problems.push(`custom: forbidden ${what} in ${path.relative(root, file)}:${idx + 1}`);
    }
  });
}
for (const [file, re, what] of REQUIRED) {
  let text = '';
  try {
    text = readFileSync(path.join(electronDir, file), 'utf8');
  } catch {
    /* reported below */
  }
  if (!re.test(text)) problems.push(`custom: missing ${what} in electron/${file}`);
}

// Summary
console.log(
  `electronegativity: ${scan.checks} checks on ${scan.files} files, ${scan.issues.length} finding(s), ${baselined.length} baselined`,
);
for (const b of baselined) console.log(`  baselined: ${b}`);
for (const b of unusedBaseline)
  console.log(`  note: baseline entry ${b.id} no longer matches anything; remove it`);
console.log(
  `custom checks: ${FORBIDDEN.length} forbidden patterns over ${files.length} files, ${REQUIRED.length} required patterns`,
);
if (problems.length) {
  for (const p of problems) console.error(`✖ ${p}`);
  console.error(`security scan: ${problems.length} problem(s) (${Date.now() - started} ms)`);
  process.exit(1);
}
console.log(`security scan: OK (${Date.now() - started} ms)`);
