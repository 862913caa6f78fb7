#!/usr/bin/env node
// `npm run report -- CASE OUT`: the report of a case file without the UI, in the format OUT's
// extension names (see FORMATS), for batch re-exports. PDF goes through the app's own report
// view in a headless Chromium, served by a server of its own on a port the OS assigns (nothing
// is sent to any other program); DOCX, XLSX and CSV are written in Node by the same generators
// as the report view's buttons (scripts/lib/exportFormats.mjs). Every refusal is one line on stderr.
//   exit 0: written · 1: refused or failed · 2: wrong use
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  lstatSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { createWebServer } from './lib/webServer.mjs';
import { CHROMIUM_PATH, renderReportPdf } from './lib/reportPdf.mjs';
import { fileErrorText, loadShared } from './lib/shared.mjs';
import { exportCaseFileTo } from './lib/exportFormats.mjs';

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
const MAX_CASE_BYTES = 20 * 1024 * 1024;
/** Messages in the language of the shell (Dutch where LANG says so), English otherwise. */
const LANG = /^nl/i.test(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '')
  ? 'nl'
  : 'en';

/**
 * The output formats, by extension. Adding one is one entry: what it is, how to recognise an
 * existing file of that kind (which may then be replaced), and how to render it from the case.
 * `render` gets the case file's text and its checked records and returns the bytes to write.
 */
const FORMATS = {
  pdf: {
    what: 'the report as PDF',
    isSameKind: (head) => head.startsWith('%PDF-'),
    render: ({ text }) => renderPdf(text),
  },
  docx: {
    what: 'the report as Word document (DOCX)',
    isSameKind: (head, file) => isZipWith(head, file, 'word/'),
    render: ({ text }) => exportTo(text, 'docx'),
  },
  xlsx: {
    what: 'the cards (success factors and improvement points) as Excel workbook (XLSX)',
    isSameKind: (head, file) => isZipWith(head, file, 'xl/'),
    render: ({ text }) => exportTo(text, 'xlsx'),
  },
  csv: {
    what: 'the cards as CSV (UTF-8 with BOM; `;` in Dutch, `,` in English)',
    isSameKind: (head) =>
      !head.includes('\u0000') &&
      !/^\s*[{[]/.test(head) &&
      !head.startsWith('%PDF-') &&
      !head.startsWith('PK'),
    render: ({ text }) => exportTo(text, 'csv'),
  },
};

/** DOCX, XLSX and CSV by the app's own generators; headers and values in the shell's language. */
async function exportTo(text, format) {
  const r = await exportCaseFileTo({ caseText: text, format, uiLanguage: LANG });
  if (!r.ok) throw new Refusal(`refused: ${r.message}`);
  return r.bytes;
}

/** A zip (DOCX and XLSX are) holding entries under `folder` (`word/`, `xl/`). */
function isZipWith(head, file, folder) {
  if (!head.startsWith('PK\u0003\u0004')) return false;
  const st = statSync(file);
  if (st.size > 200 * 1024 * 1024) return false;
  return readFileSync(file).includes(Buffer.from(folder));
}

class Refusal extends Error {
  constructor(message, code = 1) {
    super(message);
    this.code = code;
  }
}

const usage = () =>
  `usage: npm run report -- <case.levenslijn> <output.${Object.keys(FORMATS).join('|output.')}>`;

try {
  await main(process.argv.slice(2));
  process.exit(0);
} catch (err) {
  // One line, never a stack trace.
  const message =
    String(err instanceof Error ? err.message : err)
      .split('\n')[0]
      .trim() || 'failed';
  console.error(`report: ${message}`);
  process.exit(err instanceof Refusal ? err.code : 1);
}

async function main(args) {
  if (args.some((a) => a === '--help' || a === '-h')) {
    console.log(usage());
    for (const [ext, f] of Object.entries(FORMATS)) console.log(`  .${ext}  ${f.what}`);
    return;
  }
  const option = args.find((a) => a.startsWith('-') && a !== '-');
  if (option) throw new Refusal(`unknown option ${option}; ${usage()}`, 2);
  if (args.length !== 2)
    throw new Refusal(`${args.length < 2 ? 'missing' : 'extra'} argument; ${usage()}`, 2);
  const [input, output] = args.map((a) => resolve(a));
  const ext = extname(output).slice(1).toLowerCase();
  const format = Object.hasOwn(FORMATS, ext) ? FORMATS[ext] : null;
  if (!format)
    throw new Refusal(
      `cannot write ${ext ? `.${ext}` : 'a file without an extension'}; supported: ${Object.keys(FORMATS)
        .map((e) => `.${e}`)
        .join(', ')}`,
      2,
    );
  checkOutput(input, output, format);

  const bytes = readCaseBytes(input);
  const shared = await loadShared();
  const text = shared.decodeFileBytes(bytes);
  if (text === null)
    throw new Refusal(`${basename(input)} refused: not a text file (neither UTF-8 nor UTF-16)`);
  const plain = shared.isEncryptedFile(text) ? await decrypt(shared, text, input) : text;
  const parsed = shared.parseCaseFile(plain, { maxBytes: MAX_CASE_BYTES });
  if (!parsed.ok)
    throw new Refusal(`${basename(input)} refused: ${fileErrorText(shared, parsed.error, LANG)}`);

  const written = await format.render({ text: plain, records: parsed.records });
  writeAtomically(output, written);
  console.log(`written ${output} (${Math.max(1, Math.round(written.length / 1024))} kB)`);
}

/** The case file's bytes (read as the app reads them: shared/file/decode.ts). */
function readCaseBytes(input) {
  let st;
  try {
    st = statSync(input);
  } catch {
    throw new Refusal(`cannot read ${input}: no such file`);
  }
  if (!st.isFile()) throw new Refusal(`cannot read ${input}: not a file`);
  if (st.size > MAX_CASE_BYTES)
    throw new Refusal(
      `${basename(input)} refused: larger than 20 MB (${(st.size / 1024 / 1024).toFixed(1)} MB)`,
    );
  let bytes;
  try {
    bytes = readFileSync(input);
  } catch (err) {
    throw new Refusal(`cannot read ${input}: ${err.code ?? err.message}`);
  }
  return bytes;
}

/**
 * Never over the input, never over a file of another kind (a folder, a link, a case file, a
 * PDF where a CSV was asked…): only a new file, or one of the same kind, is replaced.
 */
function checkOutput(input, output, format) {
  if (!existsSync(dirname(output))) throw new Refusal(`cannot write ${output}: its folder does not exist`);
  let st;
  try {
    st = lstatSync(output);
  } catch {
    return; // a new file
  }
  const same = (() => {
    try {
      const a = statSync(input);
      const b = statSync(output);
      return realpathSync(input) === realpathSync(output) || (a.dev === b.dev && a.ino === b.ino);
    } catch {
      return false;
    }
  })();
  if (same) throw new Refusal(`will not write over the input ${output}`);
  if (st.isSymbolicLink()) throw new Refusal(`will not write through the link ${output}`);
  if (!st.isFile()) throw new Refusal(`will not write over ${output}: it is not a file`);
  const head = readHead(output);
  if (/^\s*\{/.test(head) && /levenslijn/.test(head))
    throw new Refusal(`will not write over ${output}: it is a case file`);
  if (st.size > 0 && !format.isSameKind(head, output))
    throw new Refusal(
      `will not write over ${output}: it holds another kind of file (move it away or choose another name)`,
    );
}

function readHead(file) {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(512);
    const n = readSync(fd, buf, 0, 512, 0);
    return buf.subarray(0, n).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

function writeAtomically(output, bytes) {
  const tmp = join(dirname(output), `.${basename(output)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, bytes, { flag: 'wx' });
    renameSync(tmp, output);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new Refusal(`cannot write ${output}: ${err.code ?? err.message}`);
  }
}

async function decrypt(shared, text, input) {
  if (!process.stdin.isTTY)
    throw new Refusal(
      `${basename(input)} is encrypted: run this in a terminal to type its passphrase, or open it in the app`,
    );
  const passphrase = await askHidden(`Passphrase for ${basename(input)}: `);
  const r = await shared.decryptFileText(text, passphrase);
  if (!r.ok)
    throw new Refusal(
      r.reason === 'wrongPassphrase'
        ? `${basename(input)}: the passphrase is not right (or the file is damaged)`
        : `${basename(input)}: the encrypted file is ${r.reason === 'damaged' ? 'damaged' : 'of a version this app cannot open'}`,
    );
  if (r.content !== 'case') throw new Refusal(`${basename(input)} holds no case (${r.content})`);
  return r.text;
}

function askHidden(prompt) {
  return new Promise((resolvePass) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    rl._writeToOutput = (s) => {
      if (s.startsWith(prompt)) process.stderr.write(prompt);
    };
    rl.question(prompt, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolvePass(answer);
    });
  });
}

/** The PDF through the app's report view, on a server of our own on a port the OS assigns. */
async function renderPdf(text) {
  const root = join(repo, 'dist', 'renderer');
  if (!existsSync(join(root, 'index.html')))
    throw new Refusal('the app is not built yet: run `npx vite build` first (npm run report does this)');
  if (!existsSync(CHROMIUM_PATH))
    throw new Refusal(
      `no Chromium at ${CHROMIUM_PATH}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH`,
    );
  const web = createWebServer({ root, log: () => undefined });
  const port = await web.listen(0);
  try {
    const result = await renderReportPdf({
      caseText: text,
      baseUrl: `http://127.0.0.1:${port}/`,
      locale: LANG,
    });
    if (!result.ok) throw new Refusal(`refused: ${result.message}`);
    return result.pdf;
  } finally {
    await web.close();
  }
}
