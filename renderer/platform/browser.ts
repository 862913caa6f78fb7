import { decodeFileBytes } from '@shared/file/decode';
import { SCOPE_ID_RE } from '@shared/model/ids';
import { createBrowserKeyStore } from './browserKeys';
import type {
  BackupEntry,
  OpenFileRequest,
  OpenFileResult,
  Platform,
  PrintReportRequest,
  ReportSource,
  SaveFileRequest,
  SaveFileResult,
  WallOpenResult,
} from '@shared/platform/types';

/**
 * The platform in a plain browser (`npm run web`): downloads for saving, a file input for
 * opening, a second window for the wall, the origin private file system for backups.
 */
export function createBrowserPlatform(): Platform {
  return {
    kind: 'browser',
    ...createBrowserKeyStore(),
    saveFile,
    openFile,
    openWall,
    writeBackup,
    appendJournal,
    readJournal,
    listBackups,
    readBackup,
    deleteBackups,
    printReportToPdf,
    // A browser tab is not opened with files from the file manager.
    takeOpenedFiles: async () => [],
    onFilesOpened: () => () => undefined,
    // No application menu in a browser tab: its keys reach the page directly (shared/keymap).
    onMenuAction: () => () => undefined,
  };
}

async function saveFile(req: SaveFileRequest): Promise<SaveFileResult> {
  const blob = new Blob([req.data as BlobPart], { type: req.mimeType });
  const url = URL.createObjectURL(blob);
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = req.suggestedName;
    a.style.display = 'none';
    document.body.append(a);
    a.click();
    a.remove();
  } finally {
    // Give the browser time to start the download before the URL is released.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  return { saved: true, location: req.suggestedName };
}

function openFile(req: OpenFileRequest): Promise<OpenFileResult> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = req.extensions.map((e) => `.${e}`).join(',');
    input.style.display = 'none';
    input.dataset.testid = 'file-input';
    let settled = false;
    const done = (r: OpenFileResult) => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(r);
    };
    input.addEventListener('cancel', () => done({ opened: false, reason: 'cancelled' }));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return done({ opened: false, reason: 'cancelled' });
      if (file.size > req.maxBytes)
        return done({ opened: false, reason: 'tooLarge', name: file.name, bytes: file.size });
      // UTF-8 with or without a byte-order mark, or UTF-16 (shared/file/decode.ts); not text: ''.
      file.arrayBuffer().then(
        (buf) => done({ opened: true, name: file.name, text: decodeFileBytes(new Uint8Array(buf)) ?? '' }),
        () => done({ opened: false, reason: 'cancelled' }),
      );
    });
    document.body.append(input);
    input.click();
  });
}

async function openWall(caseId: string): Promise<WallOpenResult> {
  const url = new URL(window.location.href);
  url.hash = `#/wall/${encodeURIComponent(caseId)}`;
  const w = window.open(url.toString(), `levenslijn-wall-${caseId}`, 'popup,width=1280,height=720');
  if (!w) return { placement: 'blocked' };
  w.focus();
  return { placement: 'window' };
}

/** One backup file per case in the origin private file system; createWritable commits atomically on close. */
async function writeBackup(caseId: string, json: string): Promise<void> {
  const dir = await backupDirectory();
  if (!dir) return;
  const handle = await dir.getFileHandle(`${caseId}.levenslijn`, { create: true });
  const writable = await handle.createWritable();
  await writable.write(json);
  await writable.close();
  // The snapshot now holds everything the journal held: start it afresh.
  await dir.removeEntry(journalName(caseId)).catch(() => undefined);
}

function journalName(caseId: string): string {
  // A scope of the store: a case, or a study (onderzoek), which is journaled the same way.
  if (!SCOPE_ID_RE.test(caseId)) throw new Error(`invalid case id ${caseId.slice(0, 60)}`);
  return `${caseId}.journal`;
}

/**
 * Appends to the case's journal in the origin private file system. The caller holds the
 * journal lock of the case (see renderer/db/journal.ts), so appends never race; the writable
 * commits on close, and a failed write (quota, full disk) rejects.
 */
async function appendJournal(caseId: string, line: string): Promise<void> {
  const dir = await backupDirectory();
  if (!dir) return;
  const handle = await dir.getFileHandle(journalName(caseId), { create: true });
  const size = (await handle.getFile()).size;
  const writable = await handle.createWritable({ keepExistingData: true });
  try {
    await writable.seek(size);
    await writable.write(line);
    await writable.close();
  } catch (err) {
    await writable.abort().catch(() => undefined);
    throw err;
  }
}

async function readJournal(caseId: string): Promise<string> {
  const dir = await backupDirectory();
  if (!dir) return '';
  try {
    return await (await (await dir.getFileHandle(journalName(caseId))).getFile()).text();
  } catch (err) {
    if ((err as DOMException)?.name === 'NotFoundError') return '';
    throw err;
  }
}

export async function backupDirectory(): Promise<FileSystemDirectoryHandle | null> {
  if (!navigator.storage?.getDirectory) return null;
  const root = await navigator.storage.getDirectory();
  return root.getDirectoryHandle('backups', { create: true });
}

async function listBackups(): Promise<BackupEntry[]> {
  const dir = await backupDirectory();
  if (!dir) return [];
  const out: BackupEntry[] = [];
  for await (const [name, handle] of (
    dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }
  ).entries()) {
    const m = /^((?:case|study)_[a-z0-9]+)\.levenslijn$/.exec(name);
    if (!m || handle.kind !== 'file') continue;
    const file = await (handle as FileSystemFileHandle).getFile();
    out.push({ caseId: m[1]!, file: name, savedAt: file.lastModified });
  }
  return out.sort((a, b) => b.savedAt - a.savedAt);
}

async function readBackup(file: string): Promise<string> {
  const dir = await backupDirectory();
  if (!dir || !/^(case|study)_[a-z0-9]+\.levenslijn$/.test(file)) throw new Error('no such backup');
  return (await (await dir.getFileHandle(file)).getFile()).text();
}

async function deleteBackups(caseId: string): Promise<void> {
  const dir = await backupDirectory();
  if (!dir) return;
  await dir.removeEntry(`${caseId}.levenslijn`).catch(() => undefined);
  await dir.removeEntry(journalName(caseId)).catch(() => undefined);
}

/** The local web server (`npm run web`) renders the report through the same view in Chromium. */
const REPORT_ENDPOINT = '/__levenslijn/report.pdf';

async function printReportToPdf(req: PrintReportRequest, source?: ReportSource): Promise<SaveFileResult> {
  if (source) {
    let response: Response | null = null;
    try {
      response = await fetch(REPORT_ENDPOINT, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: await source.caseFileText(),
      });
    } catch {
      response = null; // no server (static hosting, file://): print instead
    }
    if (response?.ok) {
      const pdf = new Uint8Array(await response.arrayBuffer());
      return saveFile({
        suggestedName: req.suggestedName,
        mimeType: 'application/pdf',
        data: pdf,
        extensions: ['pdf'],
      });
    }
    if (response && response.status === 422) throw new Error(await response.text());
  }
  // The browser's own print dialog offers "Save as PDF"; the report's print styles do the rest.
  window.print();
  return { saved: false };
}
