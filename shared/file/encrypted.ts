/**
 * Case files encrypted with a passphrase: the ordinary case file (or any other export, e.g. a
 * study) inside a small JSON envelope, AES-256-GCM with a key derived by PBKDF2-SHA-256 from the
 * passphrase (600,000 iterations, random 16-byte salt, random 12-byte IV). The envelope's header
 * is authenticated with the content: a changed iteration count or content type does not decrypt.
 * WebCrypto only (browsers, Electron and Node all have it); no plain text is written anywhere.
 */
export const ENCRYPTED_FILE_FORMAT = 'levenslijn-encrypted';
export const ENCRYPTED_FILE_VERSION = 1;
/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000;
/** Iteration counts a file may name: not weaker than this, not so many that opening it hangs. */
const MIN_ITERATIONS = 100_000;
const MAX_ITERATIONS = 10_000_000;
export const MIN_PASSPHRASE_LENGTH = 8;

export interface EncryptedFileHeader {
  readonly format: typeof ENCRYPTED_FILE_FORMAT;
  readonly formatVersion: typeof ENCRYPTED_FILE_VERSION;
  /** What the plain text is: 'case' (a .levenslijn case file) or another export, e.g. 'study'. */
  readonly content: string;
  readonly kdf: {
    readonly name: 'PBKDF2';
    readonly hash: 'SHA-256';
    readonly iterations: number;
    readonly salt: string;
  };
  readonly cipher: { readonly name: 'AES-GCM'; readonly iv: string };
}

export type DecryptResult =
  | { readonly ok: true; readonly text: string; readonly content: string }
  | { readonly ok: false; readonly reason: 'wrongPassphrase' | 'damaged' | 'unsupported' };

/** Whether a file's text is an encrypted envelope (cheap: looks at the start only). */
export function isEncryptedFile(text: string): boolean {
  const head = text.slice(0, 200).replace(/^\uFEFF/, '');
  return /^\s*\{\s*"format"\s*:\s*"levenslijn-encrypted"/.test(head);
}

export async function encryptFileText(
  text: string,
  passphrase: string,
  opts: { content?: string; iterations?: number } = {},
): Promise<string> {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH)
    throw new Error(`passphrase shorter than ${MIN_PASSPHRASE_LENGTH}`);
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const header: EncryptedFileHeader = {
    format: ENCRYPTED_FILE_FORMAT,
    formatVersion: ENCRYPTED_FILE_VERSION,
    content: opts.content ?? 'case',
    kdf: {
      name: 'PBKDF2',
      hash: 'SHA-256',
      iterations: opts.iterations ?? PBKDF2_ITERATIONS,
      salt: toBase64(salt),
    },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
  };
  const key = await deriveKey(passphrase, salt, header.kdf.iterations);
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: headerBytes(header) },
    key,
    new TextEncoder().encode(text),
  );
  return `${JSON.stringify({ ...header, data: toBase64(new Uint8Array(data)) }, null, 1)}\n`;
}

/** Opens an envelope; never throws. A wrong passphrase and a damaged file cannot be told apart by AES-GCM: both fail authentication. */
export async function decryptFileText(text: string, passphrase: string): Promise<DecryptResult> {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  const header = readHeader(doc);
  if (!header) return { ok: false, reason: 'unsupported' };
  const data = (doc as { data?: unknown }).data;
  let salt: Uint8Array, iv: Uint8Array, bytes: Uint8Array;
  try {
    if (typeof data !== 'string') return { ok: false, reason: 'damaged' };
    salt = fromBase64(header.kdf.salt);
    iv = fromBase64(header.cipher.iv);
    bytes = fromBase64(data);
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  if (salt.length < 16 || iv.length !== 12 || bytes.length < 16) return { ok: false, reason: 'damaged' };
  try {
    const key = await deriveKey(passphrase, salt, header.kdf.iterations);
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: iv as BufferSource, additionalData: headerBytes(header) },
      key,
      bytes as BufferSource,
    );
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true }).decode(plain),
      content: header.content,
    };
  } catch {
    return { ok: false, reason: 'wrongPassphrase' };
  }
}

function readHeader(doc: unknown): EncryptedFileHeader | null {
  if (typeof doc !== 'object' || doc === null) return null;
  const d = doc as Record<string, unknown>;
  const kdf = d.kdf as Record<string, unknown> | undefined;
  const cipher = d.cipher as Record<string, unknown> | undefined;
  if (d.format !== ENCRYPTED_FILE_FORMAT || d.formatVersion !== ENCRYPTED_FILE_VERSION) return null;
  if (typeof d.content !== 'string' || d.content.length > 40) return null;
  if (!kdf || kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256' || typeof kdf.salt !== 'string') return null;
  const iterations = kdf.iterations;
  if (typeof iterations !== 'number' || !Number.isInteger(iterations)) return null;
  if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) return null;
  if (!cipher || cipher.name !== 'AES-GCM' || typeof cipher.iv !== 'string') return null;
  return {
    format: ENCRYPTED_FILE_FORMAT,
    formatVersion: ENCRYPTED_FILE_VERSION,
    content: d.content,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: kdf.salt },
    cipher: { name: 'AES-GCM', iv: cipher.iv },
  };
}

/** The authenticated header: fixed key order, so both sides see the same bytes. */
function headerBytes(h: EncryptedFileHeader): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(
    JSON.stringify([
      h.format,
      h.formatVersion,
      h.content,
      h.kdf.name,
      h.kdf.hash,
      h.kdf.iterations,
      h.kdf.salt,
      h.cipher.name,
      h.cipher.iv,
    ]),
  );
}

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
