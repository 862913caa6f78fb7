import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import type { CaseKeyring } from './keyring';

/**
 * Case contents are encrypted in IndexedDB, each case with its own key (renderer/db/keyring.ts),
 * so that a purged case — whose key is destroyed — cannot be read from the database files even
 * where the engine keeps old values on disk until it compacts them.
 *
 * A Dexie middleware (outermost, so Dexie's own caches and change tracking see the stored form):
 * every row of an encrypted table is stored as its index fields in plain (ids, case id, type —
 * no text) plus `e`: a 24-byte random nonce followed by XChaCha20-Poly1305 ciphertext of the
 * row's JSON, authenticated together with the row's table and index fields (a ciphertext moved
 * to another row does not decrypt). Rows without `e` (written before encryption) pass through
 * as they are until the start-up migration rewrites them (encryptLegacyRows).
 *
 * Synchronous cipher (@noble/ciphers) on purpose: WebCrypto is asynchronous, and awaiting it
 * inside an IndexedDB transaction lets the transaction commit early. Decrypted JSON is cached per
 * case by nonce and tag, so re-reading an unchanged case costs a JSON.parse per record.
 */
export interface EncryptedTable {
  /** Fields kept in plain beside `e`: the key path and every indexed field, never free text. */
  readonly plain: readonly string[];
  /** The additional authenticated data of a row (from plain fields known before it is stored). */
  readonly aad: (row: Record<string, unknown>) => string;
}

export const ENCRYPTED_TABLES: Readonly<Record<string, EncryptedTable>> = {
  records: {
    plain: ['id', 'caseId', 'type'],
    aad: (r) => `records\u0000${String(r.id)}\u0000${String(r.caseId)}\u0000${String(r.type)}`,
  },
  history: {
    // `seq` is given by IndexedDB when the row is added, so it is not part of the AAD.
    plain: ['seq', 'caseId', 'undone'],
    aad: (r) => `history\u0000${String(r.caseId)}`,
  },
};

const NONCE_BYTES = 24;
const TAG_BYTES = 16;
/** Decrypted rows kept in memory (all cases together); the oldest go first. */
const CACHE_LIMIT = 40_000;

export class CaseKeyMissingError extends Error {
  constructor(caseId: string) {
    super(`no encryption key for case ${caseId.slice(0, 60)}`);
    this.name = 'CaseKeyMissingError';
  }
}

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

/** Plain JSON of decrypted rows by case and by nonce + tag (which name one encryption). */
class PlainCache {
  private readonly byCase = new Map<string, Map<string, string>>();
  private size = 0;

  get(caseId: string, id: string): string | undefined {
    return this.byCase.get(caseId)?.get(id);
  }

  set(caseId: string, id: string, json: string): void {
    let m = this.byCase.get(caseId);
    if (!m) this.byCase.set(caseId, (m = new Map()));
    if (!m.has(id)) this.size++;
    m.set(id, json);
    if (this.size > CACHE_LIMIT) this.shrink();
  }

  drop(caseId: string): void {
    this.size -= this.byCase.get(caseId)?.size ?? 0;
    this.byCase.delete(caseId);
  }

  private shrink(): void {
    // Drop the older half of every case's entries (insertion order).
    for (const m of this.byCase.values()) {
      let n = Math.ceil(m.size / 2);
      for (const k of m.keys()) {
        if (n-- <= 0) break;
        m.delete(k);
        this.size--;
      }
    }
  }
}

export class RowCipher {
  private readonly cache = new PlainCache();

  constructor(private readonly keyring: CaseKeyring) {
    const previous = keyring.onKeyDestroyed;
    keyring.onKeyDestroyed = (caseId) => {
      this.cache.drop(caseId);
      previous(caseId);
    };
  }

  /** Whether the row's case has a key (a row can be sealed). */
  canSeal(row: Record<string, unknown>): boolean {
    return this.keyring.has(String(row.caseId));
  }

  /** The stored form of a row: its plain fields and `e`. Throws when the case has no key. */
  seal(table: EncryptedTable, row: Record<string, unknown>): Record<string, unknown> {
    const caseId = String(row.caseId);
    const key = this.keyring.get(caseId);
    if (!key) throw new CaseKeyMissingError(caseId);
    const json = JSON.stringify(row);
    const nonce = globalThis.crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
    const aad = table.aad(row);
    const sealed = xchacha20poly1305(key, nonce, utf8.encode(aad)).encrypt(utf8.encode(json));
    const e = new Uint8Array(NONCE_BYTES + sealed.length);
    e.set(nonce, 0);
    e.set(sealed, NONCE_BYTES);
    this.cache.set(caseId, cacheId(aad, e), json);
    const stored: Record<string, unknown> = { e };
    for (const f of table.plain) if (row[f] !== undefined) stored[f] = row[f];
    return stored;
  }

  /**
   * The row a stored form holds; a legacy plain row as it is; null when its case has no key
   * (purged, or made by another window whose key has not arrived yet: `keyring.refresh`).
   */
  open(table: EncryptedTable, stored: unknown): unknown {
    if (!isSealed(stored)) return stored;
    const caseId = String(stored.caseId);
    const aad = table.aad(stored);
    const id = cacheId(aad, stored.e);
    const cached = this.cache.get(caseId, id);
    if (cached !== undefined) return withPlain(table, stored, JSON.parse(cached));
    const key = this.keyring.get(caseId);
    if (!key) {
      void this.keyring.refresh();
      return null;
    }
    const nonce = stored.e.subarray(0, NONCE_BYTES);
    const json = fromUtf8.decode(
      xchacha20poly1305(key, nonce, utf8.encode(aad)).decrypt(stored.e.subarray(NONCE_BYTES)),
    );
    this.cache.set(caseId, id, json);
    return withPlain(table, stored, JSON.parse(json));
  }
}

/** Fields given by IndexedDB after sealing (`seq`) or changed in plain (`undone`) win over the sealed copy. */
function withPlain(
  table: EncryptedTable,
  stored: Record<string, unknown>,
  row: Record<string, unknown>,
): unknown {
  for (const f of table.plain) if (stored[f] !== undefined) row[f] = stored[f];
  return row;
}

function isSealed(x: unknown): x is Record<string, unknown> & { e: Uint8Array } {
  return typeof x === 'object' && x !== null && (x as { e?: unknown }).e instanceof Uint8Array;
}

/** Names one sealing: where (the AAD), nonce and tag; a cached plain text is only reused for exactly that. */
function cacheId(aad: string, e: Uint8Array): string {
  let s = aad;
  for (let i = 0; i < NONCE_BYTES; i++) s += String.fromCharCode(e[i]!);
  for (let i = e.length - TAG_BYTES; i < e.length; i++) s += String.fromCharCode(e[i]!);
  return s;
}

/** The Dexie middleware that seals rows of ENCRYPTED_TABLES on the way in and opens them on the way out. */
export function encryptionMiddleware(cipher: RowCipher): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'LevenslijnEncryption',
    level: 100,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        const spec = ENCRYPTED_TABLES[name];
        return spec ? encryptedTable(table, spec, cipher) : table;
      },
    }),
  };
}

function encryptedTable(table: DBCoreTable, spec: EncryptedTable, cipher: RowCipher): DBCoreTable {
  const open = (v: unknown) => (v === undefined ? v : (cipher.open(spec, v) ?? undefined));
  return {
    ...table,
    mutate: (req) => {
      if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
      // A schema upgrade runs before the start-up step that gives rows of older versions their
      // key (secureStoredCases): there a row whose case has no key yet stays as it was.
      const upgrading = (req.trans as unknown as IDBTransaction).mode === 'versionchange';
      const values = req.values.map((v) => {
        const row = v as Record<string, unknown>;
        return upgrading && !cipher.canSeal(row) ? row : cipher.seal(spec, row);
      });
      return table.mutate({ ...req, values });
    },
    get: (req) => table.get(req).then(open),
    getMany: (req) => table.getMany(req).then((values) => values.map(open)),
    query: async (req) => {
      const res = await table.query(req);
      if (!req.values) return res;
      // Rows whose key is not (yet) known are left out; the keyring reads its store again.
      return { ...res, result: res.result.map(open).filter((v) => v !== undefined) };
    },
    openCursor: async (req) => {
      const cursor = await table.openCursor(req);
      if (!cursor || !req.values) return cursor;
      // A proxy, not a derived object: IndexedDB's cursor getters (key, primaryKey) and methods
      // (continue, advance) only work on the cursor itself (else "Illegal invocation", met by
      // anyOf() queries, which walk a cursor).
      return new Proxy(cursor, {
        get(target, prop) {
          if (prop === 'value') return open(target.value);
          const v: unknown = Reflect.get(target, prop, target);
          return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
        },
      });
    },
  };
}
