/**
 * Case files opened from the file manager: on the first start (in argv), by a second start
 * while the app runs (argv of the second instance, forwarded by the single-instance lock), and on
 * macOS by the 'open-file' event. They are read here (size-capped, decoded as the import reads
 * files), queued, and the console window is told; the renderer takes them and runs its normal
 * import (renderer/views/library/useCaseImport.tsx), which checks them completely.
 * No 'electron' import at run time: tested in plain Node.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { decodeFileBytes } from '../shared/file/decode';

export const CASE_FILE_SUFFIX = '.levenslijn';
/** A study (onderzoek) with its cases: the same import opens it (useCaseImport.tsx). */
export const STUDY_FILE_SUFFIX = '.levenslijn-onderzoek';
/** The import's own limit (renderer/views/library/caseFileIO.ts). */
export const MAX_OPENED_FILE_BYTES = 20 * 1024 * 1024;
/** A study file holds its cases (renderer/views/study/studyFileIO.ts). */
export const MAX_OPENED_STUDY_BYTES = 5 * MAX_OPENED_FILE_BYTES;

const isOpenable = (name: string) =>
  [CASE_FILE_SUFFIX, STUDY_FILE_SUFFIX].some((s) => name.toLowerCase().endsWith(s));
/** At most this many files wait for the renderer; more at once are dropped. */
const MAX_PENDING = 20;

export interface OpenedFile {
  readonly name: string;
  readonly text: string;
}

/**
 * The case and study files named on a command line: arguments ending in .levenslijn or
 * .levenslijn-onderzoek that are not options,
 * made absolute against the folder the command was started in. `skip` leading entries are the
 * executable (and, unpackaged, the app folder).
 */
export function caseFilesFromArgv(argv: readonly string[], opts: { cwd: string; skip: number }): string[] {
  return argv
    .slice(opts.skip)
    .filter((a) => !a.startsWith('-') && isOpenable(a))
    .map((a) => path.resolve(opts.cwd, a));
}

export class OpenedFiles {
  private pending: OpenedFile[] = [];
  private chain: Promise<unknown> = Promise.resolve();

  /** `notify` is called after files were queued (the console window is told to take them). */
  constructor(private readonly notify: () => void = () => undefined) {}

  /** Reads the files in order and queues those that are readable case-file candidates. */
  add(paths: readonly string[]): Promise<void> {
    const run = this.chain.then(async () => {
      let added = 0;
      for (const p of paths) {
        const file = await readCandidate(p);
        if (file && this.pending.length < MAX_PENDING) {
          this.pending.push(file);
          added++;
        }
      }
      if (added) this.notify();
    });
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Hands the queued files over (once). */
  take(): OpenedFile[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }
}

/**
 * A file the import may look at: a regular file, not larger than the import limit, text. A file
 * that is too big or no text is still handed over with text '' so the import says what is wrong.
 */
async function readCandidate(file: string): Promise<OpenedFile | null> {
  const name = path.basename(file);
  try {
    const st = await fs.stat(file);
    if (!st.isFile()) return null;
    const max = name.toLowerCase().endsWith(STUDY_FILE_SUFFIX)
      ? MAX_OPENED_STUDY_BYTES
      : MAX_OPENED_FILE_BYTES;
    if (st.size > max) return { name, text: '' };
    return { name, text: decodeFileBytes(new Uint8Array(await fs.readFile(file))) ?? '' };
  } catch {
    return null;
  }
}
