/**
 * The IPC handlers: native dialogs, file I/O, backups, wall, PDF. Arguments arrive already
 * validated by electron/ipc/register.ts; file writes still pass through the PathPolicy.
 */
import { BrowserWindow, app, dialog, type SaveDialogOptions, type WebContents } from 'electron';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { SaveFileResult } from '../shared/platform/types';
import { withPdfInfo } from '../shared/report/pdfInfo';
import { decodeFileBytes } from '../shared/file/decode';
import { atomicWriteFile, type BackupStore } from './backups';
import type { IpcHandlers } from './ipc/register';
import type { PathPolicy } from './paths';
import type { WallController } from './wall';
import type { CaseKeyFiles } from './keys';
import type { OpenedFiles } from './openFiles';

export interface HandlerDeps {
  readonly backups: BackupStore;
  readonly keys: CaseKeyFiles;
  readonly openedFiles: OpenedFiles;
  readonly policy: PathPolicy;
  readonly wall: WallController;
  readonly consoleWindow: () => BrowserWindow | null;
}

/** Filter label for a dialog, e.g. "LEVENSLIJN, JSON". */
function filterName(extensions: readonly string[]): string {
  return extensions.map((e) => e.toUpperCase()).join(', ');
}

async function saveWithDialog(
  deps: HandlerDeps,
  owner: BrowserWindow | null,
  suggestedName: string,
  extensions: readonly string[],
  data: string | Uint8Array,
): Promise<SaveFileResult> {
  const options: SaveDialogOptions = {
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    filters: [{ name: filterName(extensions), extensions: [...extensions] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return { saved: false };
  // The user chose this path in a native dialog: record it, then check it like any other write.
  deps.policy.allowUserChosen(result.filePath);
  const target = deps.policy.assertWritable(result.filePath);
  await atomicWriteFile(target, data);
  return { saved: true, location: target };
}

export function createIpcHandlers(deps: HandlerDeps): IpcHandlers {
  const ownerOf = (sender: WebContents) => BrowserWindow.fromWebContents(sender) ?? deps.consoleWindow();

  return {
    saveFile: (event, req) =>
      saveWithDialog(deps, ownerOf(event.sender), req.suggestedName, req.extensions, req.data),

    openFile: async (event, req) => {
      const owner = ownerOf(event.sender);
      const options = {
        properties: ['openFile' as const],
        filters: [{ name: filterName(req.extensions), extensions: [...req.extensions] }],
      };
      const result = owner
        ? await dialog.showOpenDialog(owner, options)
        : await dialog.showOpenDialog(options);
      const file = result.filePaths[0];
      if (result.canceled || !file) return { opened: false, reason: 'cancelled' };
      const name = path.basename(file);
      const { size } = await fs.stat(file);
      if (size > req.maxBytes) return { opened: false, reason: 'tooLarge', name, bytes: size };
      // UTF-8 with or without a byte-order mark, or UTF-16, as the browser build reads it.
      return { opened: true, name, text: decodeFileBytes(new Uint8Array(await fs.readFile(file))) ?? '' };
    },

    openWall: (_event, caseId) => deps.wall.open(caseId, deps.consoleWindow()),

    writeBackup: async (_event, caseId, json) => {
      deps.policy.assertWritable(deps.backups.dir);
      await deps.backups.write(caseId, json);
    },

    listBackups: async () =>
      (await deps.backups.list()).map(({ caseId, file, savedAt }) => ({ caseId, file, savedAt })),

    readBackup: (_event, file) => deps.backups.read(file),

    appendJournal: async (_event, caseId, line) => {
      deps.policy.assertWritable(deps.backups.dir);
      await deps.backups.appendJournal(caseId, line);
    },

    readJournal: (_event, caseId) => deps.backups.readJournal(caseId),

    deleteBackups: async (_event, caseId) => {
      await deps.backups.deleteAll(caseId);
    },

    listCaseKeys: () => deps.keys.list(),

    saveCaseKey: async (_event, caseId, key) => {
      deps.policy.assertWritable(deps.keys.dir);
      await deps.keys.save(caseId, key);
    },

    destroyCaseKey: (_event, caseId) => deps.keys.destroy(caseId),

    takeOpenedFiles: async () => deps.openedFiles.take(),

    printReportToPdf: async (event, req) => {
      // The report's own @page rules decide paper size (A4/A3) and landscape lifeline pages.
      const printed = await event.sender.printToPDF({ preferCSSPageSize: true, printBackground: true });
      const pdf = withPdfInfo(new Uint8Array(printed), { title: req.title, author: req.author });
      const name = /\.pdf$/i.test(req.suggestedName) ? req.suggestedName : `${req.suggestedName}.pdf`;
      return saveWithDialog(deps, ownerOf(event.sender), name, ['pdf'], pdf);
    },
  };
}
