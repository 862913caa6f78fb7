import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { encryptFileText, serializeCase } from '../shared/file';
import { publishedCaseRecords } from '../shared/fixtures/publishedCase';

/** The report command line (`npm run report -- CASE OUT`), run as a user runs it. */
const dir = mkdtempSync(join(tmpdir(), 'levenslijn-report-'));
const good = join(dir, 'gezin.levenslijn');
copyFileSync('shared/file/fixtures/case-v1.json', good);
const broken = join(dir, 'stickers.levenslijn');
copyFileSync('shared/rules/corpus/sticker.budget-50-on-one-card.levenslijn', broken);

function report(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['scripts/report.mjs', ...args], {
      env: { ...process.env, LANG: 'en_GB.UTF-8', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

/** A refusal is one line on stderr, without a stack trace. */
function oneLine(stderr: string): string {
  const lines = stderr.trimEnd().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at |node:internal|Error:/);
  return lines[0]!;
}

describe('npm run report', { timeout: 90_000 }, () => {
  beforeAll(() => {
    if (!existsSync('dist/renderer/index.html'))
      expect(spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' }).status).toBe(0);
  }, 120_000);

  it('refuses wrong use in one line: an extra argument, a missing one, an option, an unknown format', async () => {
    for (const [args, pattern] of [
      [[good, join(dir, 'a.pdf'), 'extra'], /^report: extra argument; usage: /],
      [[good], /^report: missing argument; usage: /],
      [[good, join(dir, 'a.pdf'), '--fast'], /^report: unknown option --fast/],
      [[good, join(dir, 'a.odt')], /^report: cannot write \.odt; supported: \.pdf, \.docx, \.xlsx, \.csv$/],
      [
        [good, join(dir, 'a')],
        /^report: cannot write a file without an extension; supported: \.pdf, \.docx, \.xlsx, \.csv$/,
      ],
    ] as const) {
      const r = await report([...args]);
      expect(r.status, args.join(' ')).toBe(2);
      expect(oneLine(r.stderr)).toMatch(pattern);
    }
  });

  it('prints the reason of every refused file in one line, naming the broken rule', async () => {
    const r = await report([broken, join(dir, 'x.csv')]);
    expect(r.status).toBe(1);
    expect(oneLine(r.stderr)).toMatch(
      /^report: stickers\.levenslijn refused: The file breaks a rule of the app: participant participant_s901 has 50 stickers .* \(rule sticker\.budget, sticker_\w+\)\.$/,
    );
    const notJson = join(dir, 'kapot.levenslijn');
    writeFileSync(notJson, '{"format": "levenslijn-case", ');
    expect(oneLine((await report([notJson, join(dir, 'y.csv')])).stderr)).toMatch(
      /refused: This is not a readable case file/,
    );
    const binary = join(dir, 'plaatje.levenslijn');
    writeFileSync(binary, new Uint8Array([0x7b, 0xff, 0xfe, 0xfd, 0x00, 0x01, 0x7d]));
    expect(oneLine((await report([binary, join(dir, 'z.csv')])).stderr)).toMatch(/not a text file/);
    expect(oneLine((await report([join(dir, 'weg.levenslijn'), join(dir, 'z.csv')])).stderr)).toMatch(
      /no such file/,
    );
    const encrypted = join(dir, 'geheim.levenslijn');
    writeFileSync(
      encrypted,
      await encryptFileText(readFileSync(good, 'utf8'), 'correct horse', { iterations: 100_000 }),
    );
    expect(oneLine((await report([encrypted, join(dir, 'z.csv')])).stderr)).toMatch(
      /is encrypted: run this in a terminal/,
    );
  });

  it('reads what the app imports: UTF-8 with and without BOM, UTF-16 LE and BE', async () => {
    const text = readFileSync(good, 'utf8');
    const utf16be = Buffer.from(`\ufeff${text}`, 'utf16le').swap16();
    const inputs = {
      'utf8.levenslijn': Buffer.from(text, 'utf8'),
      'bom.levenslijn': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
      'utf16le.levenslijn': Buffer.from(`\ufeff${text}`, 'utf16le'),
      'utf16be.levenslijn': utf16be,
      'utf16-nobom.levenslijn': Buffer.from(text, 'utf16le'),
    };
    const csvs: string[] = [];
    for (const [name, bytes] of Object.entries(inputs)) {
      writeFileSync(join(dir, name), bytes);
      const out = join(dir, `${name}.csv`);
      const r = await report([join(dir, name), out]);
      expect(r.status, `${name}: ${r.stderr}`).toBe(0);
      csvs.push(readFileSync(out, 'utf8').split('\n').slice(0, 3).join('\n'));
    }
    expect(new Set(csvs).size).toBe(1);
    expect(csvs[0]).toContain('Afspraken nakomen');
  });

  it('never writes over its input, through a link, or over a file of another kind', async () => {
    const asCsv = join(dir, 'invoer.csv');
    copyFileSync(good, asCsv);
    expect(oneLine((await report([asCsv, asCsv])).stderr)).toMatch(/will not write over the input/);
    const link = join(dir, 'link.csv');
    writeFileSync(join(dir, 'elders.csv'), 'a,b\n');
    symlinkSync(join(dir, 'elders.csv'), link);
    expect(oneLine((await report([good, link])).stderr)).toMatch(/will not write through the link/);
    const pdfNamedCsv = join(dir, 'echt-een-pdf.csv');
    writeFileSync(pdfNamedCsv, '%PDF-1.7\n...');
    expect(oneLine((await report([good, pdfNamedCsv])).stderr)).toMatch(/holds another kind of file/);
    expect(readFileSync(pdfNamedCsv, 'utf8')).toBe('%PDF-1.7\n...');
    const caseNamedPdf = join(dir, 'casus.pdf');
    copyFileSync(good, caseNamedPdf);
    expect(oneLine((await report([good, caseNamedPdf])).stderr)).toMatch(/it is a case file/);
    expect(oneLine((await report([good, dir + '/'])).stderr)).toMatch(
      /cannot write a file without an extension/,
    );
    // A CSV it wrote before may be replaced.
    const csv = join(dir, 'opnieuw.csv');
    expect((await report([good, csv])).status).toBe(0);
    expect((await report([good, csv])).status).toBe(0);
  });

  it('writes DOCX, XLSX and CSV by the extension, each read back by a parser', async () => {
    const published = join(dir, 'gepubliceerd.levenslijn');
    writeFileSync(published, serializeCase(publishedCaseRecords(), { appVersion: 'test' }));
    const out = (ext: string) => join(dir, `rapport-cli.${ext}`);
    for (const ext of ['docx', 'xlsx', 'csv']) {
      const r = await report([published, out(ext)]);
      expect(r.status, `${ext}: ${r.stderr}`).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^written .*rapport-cli\\.${ext} \\(\\d+ kB\\)\\n$`));
    }
    // DOCX: the report's text, with the researchers' own words
    const docx = (await mammoth.extractRawText({ buffer: readFileSync(out('docx')) })).value;
    expect(docx).toContain('Groepsinterview op 12 juni 2025 in Buurthuis De Kruisstraat, Eindhoven');
    // XLSX: every card of the case, headers in the shell's language (English here)
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(out('xlsx')) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    expect(header.slice(0, 3)).toEqual(['case', 'list', 'text']);
    const cards = publishedCaseRecords().filter((r) => r.type === 'card');
    expect(sheet.actualRowCount - 1).toBe(cards.length);
    const texts = new Set<string>();
    sheet.eachRow((row, n) => n > 1 && texts.add(String(row.getCell(3).value)));
    for (const c of cards) expect(texts, c.text).toContain(c.text);
    // CSV: the same rows, UTF-8 with a byte-order mark, ',' in English
    const csv = readFileSync(out('csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split(/\r?\n/)[0]).toMatch(/^case,list,text/);
    for (const c of cards.slice(0, 5)) expect(csv).toContain(c.text);
    // Dutch in a Dutch shell: ';'
    const nl = join(dir, 'rapport-cli-nl.csv');
    expect((await report([published, nl], { LANG: 'nl_NL.UTF-8' })).status).toBe(0);
    expect(readFileSync(nl, 'utf8').slice(1)).toMatch(/^casus;lijst;tekst/);
    // Each replaces a file of its own kind, never one of another
    expect((await report([published, out('docx')])).status).toBe(0);
    const xlsxNamedDocx = join(dir, 'eigenlijk-excel.docx');
    copyFileSync(out('xlsx'), xlsxNamedDocx);
    expect(oneLine((await report([published, xlsxNamedDocx])).stderr)).toMatch(/holds another kind of file/);
    const docxNamedXlsx = join(dir, 'eigenlijk-word.xlsx');
    copyFileSync(out('docx'), docxNamedXlsx);
    expect(oneLine((await report([published, docxNamedXlsx])).stderr)).toMatch(/holds another kind of file/);
    expect(readFileSync(docxNamedXlsx)).toEqual(readFileSync(out('docx')));
    const pdfNamedDocx = join(dir, 'eigenlijk-pdf.docx');
    writeFileSync(pdfNamedDocx, '%PDF-1.7\n...');
    expect(oneLine((await report([published, pdfNamedDocx])).stderr)).toMatch(/holds another kind of file/);
    const docxNamedCsv = join(dir, 'eigenlijk-word.csv');
    copyFileSync(out('docx'), docxNamedCsv);
    expect(oneLine((await report([published, docxNamedCsv])).stderr)).toMatch(/holds another kind of file/);
    // and never over its input
    const inputNamedXlsx = join(dir, 'invoer.xlsx');
    copyFileSync(published, inputNamedXlsx);
    expect(oneLine((await report([inputNamedXlsx, inputNamedXlsx])).stderr)).toMatch(
      /will not write over the input/,
    );
  });

  it('renders the PDF on a port of its own: a program listening where a port might be guessed gets nothing', async () => {
    // A stand-in listener on a port an older version could have picked (and on PORT).
    const received: Buffer[] = [];
    const sockets: Socket[] = [];
    const standIn = createServer((socket) => {
      sockets.push(socket);
      socket.on('data', (d) => received.push(d));
    });
    await new Promise<void>((r) => standIn.listen(4836, '127.0.0.1', () => r()));
    try {
      const out = join(dir, 'rapport.pdf');
      const r = await report([good, out], { PORT: '4836', E2E_PORT: '4836', BENCH_PORT: '4836' });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^written .*rapport\.pdf \(\d+ kB\)\n$/);
      expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
      expect(received).toHaveLength(0);
      expect(sockets).toHaveLength(0);
      const info = spawnSync('pdfinfo', [out], { encoding: 'utf8' }).stdout;
      expect(info).toMatch(/Title:\s+Levenslijn-rapport – Gezin Duinkerk/);
    } finally {
      standIn.close();
    }
  }, 120_000);
});
