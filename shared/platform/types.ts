import type { MenuAction } from '../keymap/keymap';

/**
 * The one typed interface through which the renderer reaches platform features.
 * Implemented by the Electron preload (IPC to main) and by the browser (downloads, file input,
 * window.open). The renderer never checks which one it has except through `kind`.
 */
export interface SaveFileRequest {
  /** File name offered to the user, e.g. "gezin-zeeland.levenslijn.json". */
  readonly suggestedName: string;
  readonly mimeType: string;
  /** Text (UTF-8) or bytes. */
  readonly data: string | Uint8Array;
  /** Extensions without the dot, e.g. ["json"]. */
  readonly extensions: readonly string[];
}

export type SaveFileResult = { readonly saved: true; readonly location: string } | { readonly saved: false };

export interface OpenFileRequest {
  readonly extensions: readonly string[];
  /** Files larger than this are refused before they are read. */
  readonly maxBytes: number;
}

export type OpenFileResult =
  | { readonly opened: true; readonly name: string; readonly text: string }
  | { readonly opened: false; readonly reason: 'cancelled' }
  | { readonly opened: false; readonly reason: 'tooLarge'; readonly name: string; readonly bytes: number };

export interface WallOpenResult {
  /** 'secondDisplay' when the wall went full screen on another display; 'window' otherwise. */
  readonly placement: 'secondDisplay' | 'window' | 'blocked';
}

export interface BackupEntry {
  readonly caseId: string;
  readonly file: string;
  readonly savedAt: number;
}

export interface PrintReportRequest {
  readonly suggestedName: string;
  /** Document information for the PDF (pseudonymous title; researchers as author). */
  readonly title: string;
  readonly author: string;
}

/** Where the browser build gets the case to render (the desktop prints the page itself). */
export interface ReportSource {
  caseFileText(): Promise<string>;
}

/** One case's encryption key as the key store holds it. */
export interface CaseKeyEntry {
  readonly caseId: string;
  readonly key: Uint8Array;
}

/**
 * Where the per-case keys that encrypt case contents in IndexedDB live: outside IndexedDB, so
 * that destroying a key when a case is purged leaves nothing readable of it in the database
 * files (renderer/db/keyring.ts). Browser: the origin private file system; desktop:
 * `<userData>/keys`.
 */
export interface CaseKeyStore {
  /** Every stored key (at start). */
  listCaseKeys(): Promise<CaseKeyEntry[]>;
  /** Stores a new key; resolves once it is written (before any record of the case is). */
  saveCaseKey(caseId: string, key: Uint8Array): Promise<void>;
  /** Deletes a key for good (its file is removed). */
  destroyCaseKey(caseId: string): Promise<void>;
}

/** A case file the user opened from the file manager (double-click, "Open with"). */
export interface OpenedCaseFile {
  readonly name: string;
  readonly text: string;
}

export interface Platform extends CaseKeyStore {
  readonly kind: 'electron' | 'browser';
  saveFile(req: SaveFileRequest): Promise<SaveFileResult>;
  openFile(req: OpenFileRequest): Promise<OpenFileResult>;
  /** Opens (or focuses) the wall view of a case. */
  openWall(caseId: string): Promise<WallOpenResult>;
  /**
   * Writes a backup copy (snapshot) of a case file outside IndexedDB and starts the case's
   * safety journal afresh: the snapshot holds everything the journal held.
   */
  writeBackup(caseId: string, json: string): Promise<void>;
  /**
   * Appends one line (see shared/store/journal.ts) to the case's safety journal outside
   * IndexedDB; resolves once it is written to disk, rejects when it could not be (disk full).
   */
  appendJournal(caseId: string, line: string): Promise<void>;
  /** The case's safety journal ('' when there is none). */
  readJournal(caseId: string): Promise<string>;
  /** Backups kept outside IndexedDB, newest first per case (empty where the platform has none). */
  listBackups(): Promise<BackupEntry[]>;
  /** The case file text of one backup (a name from listBackups). */
  readBackup(file: string): Promise<string>;
  /** Removes every backup and the journal of a case: deleting a case must really delete it. */
  deleteBackups(caseId: string): Promise<void>;
  /**
   * Saves the report view (the current page) as PDF with its document information. The desktop
   * prints this page to a file; the browser build has the local web server render the case
   * file (`source`) through the same report view, and falls back to the print dialog where no
   * such server is available (then `saved: false`).
   */
  printReportToPdf(req: PrintReportRequest, source?: ReportSource): Promise<SaveFileResult>;
  /**
   * Case files opened from the file manager (desktop: at the first start, by a second start, or
   * macOS's open-file) that the app has not taken yet; each is handed over once. Browser: none.
   */
  takeOpenedFiles(): Promise<OpenedCaseFile[]>;
  /** Calls `listener` when such files arrive while the app runs; returns the unsubscribe. */
  onFilesOpened(listener: () => void): () => void;
  /**
   * Calls `listener` when the desktop menu asks this window to run an action (Edit → Undo runs
   * the case history, see shared/keymap); returns the unsubscribe. The browser has no such menu.
   */
  onMenuAction(listener: (action: MenuAction) => void): () => void;
}
