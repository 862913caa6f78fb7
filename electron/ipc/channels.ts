/**
 * The one table of IPC channel names, shared by preload (ipcRenderer.invoke) and main (ipcMain.handle).
 * Keep this file free of runtime dependencies: it is bundled into the sandboxed preload.
 */
import type { Platform, PrintReportRequest, SaveFileResult } from '../../shared/platform/types';

export const IPC_CHANNELS = {
  saveFile: 'levenslijn:save-file',
  openFile: 'levenslijn:open-file',
  openWall: 'levenslijn:open-wall',
  writeBackup: 'levenslijn:write-backup',
  listBackups: 'levenslijn:list-backups',
  readBackup: 'levenslijn:read-backup',
  deleteBackups: 'levenslijn:delete-backups',
  appendJournal: 'levenslijn:append-journal',
  readJournal: 'levenslijn:read-journal',
  printReportToPdf: 'levenslijn:print-report-to-pdf',
  listCaseKeys: 'levenslijn:list-case-keys',
  saveCaseKey: 'levenslijn:save-case-key',
  destroyCaseKey: 'levenslijn:destroy-case-key',
  takeOpenedFiles: 'levenslijn:take-opened-files',
} as const;

/** Messages from main to a window (ipcRenderer.on in the preload), as opposed to invoked channels. */
export const IPC_EVENTS = {
  menuAction: 'levenslijn:menu-action',
  /** Case files were opened from the file manager: take them (takeOpenedFiles). */
  filesOpened: 'levenslijn:files-opened',
} as const;

export type IpcName = keyof typeof IPC_CHANNELS;
export type IpcChannel = (typeof IPC_CHANNELS)[IpcName];

export interface BackupListEntry {
  readonly caseId: string;
  readonly file: string;
  readonly savedAt: number;
}

/** What the preload exposes as `window.levenslijnPlatform`. */
export interface DesktopPlatform extends Platform {
  readonly kind: 'electron';
  listBackups(): Promise<BackupListEntry[]>;
  readBackup(file: string): Promise<string>;
  /** The desktop prints the report page itself; the case source of the browser build is not sent. */
  printReportToPdf(req: PrintReportRequest): Promise<SaveFileResult>;
}

/** Every invoked IPC method of DesktopPlatform (all but `kind` and the event subscriptions). */
export type IpcMethods = { [K in IpcName]: DesktopPlatform[K] };
export type IpcArgs<K extends IpcName> = Parameters<IpcMethods[K]>;
export type IpcResult<K extends IpcName> = Awaited<ReturnType<IpcMethods[K]>>;
