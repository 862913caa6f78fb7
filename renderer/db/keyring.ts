import type { CaseKeyStore } from '@shared/platform/types';
import { SCOPE_ID_RE } from '@shared/model/ids';

/** Bytes of a case key (XChaCha20-Poly1305). */
export const CASE_KEY_BYTES = 32;

/**
 * The per-case keys that encrypt a case's records and undo history in IndexedDB
 * (renderer/db/encryption.ts). They are kept OUTSIDE IndexedDB, in the platform's key store
 * (browser: the origin private file system; desktop: `<userData>/keys`), because IndexedDB
 * (LevelDB) keeps old values in its files after a delete until it compacts them: destroying a
 * case's key when the case is purged makes whatever the database files still hold of it
 * unreadable ("crypto-shredding"). The key store's files are deleted outright.
 *
 * Reads and writes need the key synchronously (inside IndexedDB transactions), so every key is
 * loaded at start (`loadAll`) and kept in memory; windows of the app tell each other about new
 * and destroyed keys over a BroadcastChannel (in memory, never on disk).
 */
export class CaseKeyring {
  private readonly keys = new Map<string, Uint8Array>();
  private readonly channel: BroadcastChannel | null;
  private refreshing: Promise<boolean> | null = null;
  /** Called after keys arrived that were missing (views then read again). */
  onKeysAdded: () => void = () => undefined;
  /** Called when a case's key was destroyed (caches of its plain text are dropped). */
  onKeyDestroyed: (caseId: string) => void = () => undefined;

  constructor(
    private readonly store: CaseKeyStore,
    opts: { broadcast?: boolean } = {},
  ) {
    this.channel =
      opts.broadcast !== false && typeof BroadcastChannel === 'function'
        ? new BroadcastChannel('levenslijn-case-keys')
        : null;
    this.channel?.addEventListener('message', (e: MessageEvent) => this.onMessage(e.data));
  }

  /** Loads every key from the store (at start, before the database is read). */
  async loadAll(): Promise<void> {
    for (const { caseId, key } of await this.store.listCaseKeys()) if (isKey(key)) this.keys.set(caseId, key);
  }

  get(caseId: string): Uint8Array | undefined {
    return this.keys.get(caseId);
  }

  has(caseId: string): boolean {
    return this.keys.has(caseId);
  }

  /**
   * The case's key, made and stored first when the case has none yet (a new, imported or
   * restored case). Resolves only after the key is stored, so no record is ever written that
   * its key could not outlive.
   */
  async ensure(caseId: string): Promise<Uint8Array> {
    const known = this.keys.get(caseId);
    if (known) return known;
    if (!SCOPE_ID_RE.test(caseId)) throw new Error(`invalid case id ${caseId.slice(0, 60)}`);
    // Another window may have made it meanwhile.
    await this.refresh();
    const loaded = this.keys.get(caseId);
    if (loaded) return loaded;
    const key = globalThis.crypto.getRandomValues(new Uint8Array(CASE_KEY_BYTES));
    await this.store.saveCaseKey(caseId, key);
    this.keys.set(caseId, key);
    this.channel?.postMessage({ kind: 'created', caseId, key });
    return key;
  }

  /** Destroys a case's key in the store and in every window: what is left of the case becomes unreadable. */
  async destroy(caseId: string): Promise<void> {
    await this.store.destroyCaseKey(caseId);
    this.forget(caseId);
    this.channel?.postMessage({ kind: 'destroyed', caseId });
  }

  /** Reads the store again (a row with an unknown key was met); true when keys were added. */
  refresh(): Promise<boolean> {
    this.refreshing ??= (async () => {
      const before = this.keys.size;
      try {
        await this.loadAll();
      } finally {
        this.refreshing = null;
      }
      const added = this.keys.size > before;
      if (added) this.onKeysAdded();
      return added;
    })();
    return this.refreshing;
  }

  close(): void {
    this.channel?.close();
  }

  private forget(caseId: string): void {
    const key = this.keys.get(caseId);
    key?.fill(0);
    this.keys.delete(caseId);
    this.onKeyDestroyed(caseId);
  }

  private onMessage(data: unknown): void {
    if (typeof data !== 'object' || data === null) return;
    const m = data as { kind?: unknown; caseId?: unknown; key?: unknown };
    if (typeof m.caseId !== 'string' || !SCOPE_ID_RE.test(m.caseId)) return;
    if (m.kind === 'created' && isKey(m.key) && !this.keys.has(m.caseId)) {
      this.keys.set(m.caseId, m.key);
      this.onKeysAdded();
    } else if (m.kind === 'destroyed') this.forget(m.caseId);
  }
}

function isKey(key: unknown): key is Uint8Array {
  return key instanceof Uint8Array && key.length === CASE_KEY_BYTES;
}

/** Keys in memory only: unit tests, and a browser without any storage for them. */
/** A keyring on keys in memory, for unit tests of the database. */
export function testKeyring(): CaseKeyring {
  return new CaseKeyring(memoryKeyStore(), { broadcast: false });
}

export function memoryKeyStore(): CaseKeyStore & { readonly keys: Map<string, Uint8Array> } {
  const keys = new Map<string, Uint8Array>();
  return {
    keys,
    listCaseKeys: async () => [...keys].map(([caseId, key]) => ({ caseId, key: key.slice() })),
    saveCaseKey: async (caseId, key) => void keys.set(caseId, key.slice()),
    destroyCaseKey: async (caseId) => void keys.delete(caseId),
  };
}
