import Dexie, { type Table } from 'dexie';
import type { CaseKeyEntry, CaseKeyStore } from '@shared/platform/types';
import { SCOPE_ID_RE } from '@shared/model/ids';

/**
 * The browser's store of case keys: one small file per case in the origin private file system
 * (`keys/<caseId>.key`, outside IndexedDB), so destroying a key removes its file. Where a browser
 * has no such file system, a separate database holds them (README: the guarantee is weaker there).
 */
export function createBrowserKeyStore(): CaseKeyStore {
  return typeof navigator.storage?.getDirectory === 'function' ? opfsKeyStore() : databaseKeyStore();
}

const keyFile = (caseId: string) => {
  if (!SCOPE_ID_RE.test(caseId)) throw new Error(`invalid case id ${caseId.slice(0, 60)}`);
  return `${caseId}.key`;
};

async function keyDirectory(): Promise<FileSystemDirectoryHandle> {
  return (await navigator.storage.getDirectory()).getDirectoryHandle('keys', { create: true });
}

function opfsKeyStore(): CaseKeyStore {
  return {
    async listCaseKeys() {
      const dir = await keyDirectory();
      const out: CaseKeyEntry[] = [];
      for await (const [name, handle] of (
        dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }
      ).entries()) {
        const m = /^((?:case|study)_[a-z0-9]+)\.key$/.exec(name);
        if (!m || handle.kind !== 'file' || !SCOPE_ID_RE.test(m[1]!)) continue;
        const key = new Uint8Array(await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer());
        out.push({ caseId: m[1]!, key });
      }
      return out;
    },
    async saveCaseKey(caseId, key) {
      const handle = await (await keyDirectory()).getFileHandle(keyFile(caseId), { create: true });
      const writable = await handle.createWritable();
      try {
        await writable.write(key as BufferSource);
        await writable.close();
      } catch (err) {
        await writable.abort().catch(() => undefined);
        throw err;
      }
    },
    async destroyCaseKey(caseId) {
      await (await keyDirectory()).removeEntry(keyFile(caseId)).catch((err: unknown) => {
        if ((err as DOMException)?.name !== 'NotFoundError') throw err;
      });
    },
  };
}

class KeyDb extends Dexie {
  keys!: Table<CaseKeyEntry, string>;
  constructor() {
    super('levenslijn-keys', { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ keys: 'caseId' });
  }
}

function databaseKeyStore(): CaseKeyStore {
  const db = new KeyDb();
  return {
    listCaseKeys: () => db.keys.toArray(),
    saveCaseKey: async (caseId, key) =>
      void (await db.keys.put({ caseId: keyFile(caseId).slice(0, -4), key })),
    destroyCaseKey: (caseId) => db.keys.delete(caseId),
  };
}
