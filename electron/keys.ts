/**
 * The desktop's store of case keys (renderer/db/keyring.ts): `<userData>/keys/<caseId>.key`, 32
 * random bytes each, outside the renderer's IndexedDB. Destroying a key deletes its file, which
 * makes whatever Chromium's database files still hold of a purged case unreadable. Files are
 * written atomically (temp → fsync → rename) with owner-only permissions.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { atomicWriteFile } from './backups';
import { SCOPE_ID_RE } from '../shared/model/ids';

export const CASE_KEY_BYTES = 32;
const KEY_FILE_RE = /^((?:case|study)_[a-z0-9]{1,40})\.key$/;

export interface StoredCaseKey {
  readonly caseId: string;
  readonly key: Uint8Array;
}

export class CaseKeyFiles {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly dir: string) {
    if (!path.isAbsolute(dir)) throw new Error('Key folder must be an absolute path.');
  }

  private serial<T>(op: () => Promise<T>): Promise<T> {
    const run = this.queue.then(op, op);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private file(caseId: string): string {
    if (!SCOPE_ID_RE.test(caseId)) throw new Error(`Invalid caseId: ${JSON.stringify(caseId).slice(0, 60)}`);
    return path.join(this.dir, `${caseId}.key`);
  }

  list(): Promise<StoredCaseKey[]> {
    return this.serial(async () => {
      let names: string[];
      try {
        names = await fs.readdir(this.dir);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw err;
      }
      const out: StoredCaseKey[] = [];
      for (const name of names) {
        const m = KEY_FILE_RE.exec(name);
        if (!m) continue;
        const key = new Uint8Array(await fs.readFile(path.join(this.dir, name)));
        if (key.length === CASE_KEY_BYTES) out.push({ caseId: m[1]!, key });
      }
      return out;
    });
  }

  save(caseId: string, key: Uint8Array): Promise<void> {
    const file = this.file(caseId);
    if (!(key instanceof Uint8Array) || key.length !== CASE_KEY_BYTES)
      throw new Error('A case key has 32 bytes.');
    return this.serial(async () => {
      await fs.mkdir(this.dir, { recursive: true, mode: 0o700 });
      await atomicWriteFile(file, key);
    });
  }

  destroy(caseId: string): Promise<void> {
    const file = this.file(caseId);
    return this.serial(() => fs.rm(file, { force: true }));
  }
}
