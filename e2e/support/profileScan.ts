import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';

const snappy = createRequire(import.meta.url)('snappyjs') as { uncompress(b: Uint8Array): Uint8Array };

/**
 * Searches every file of a browser profile for byte patterns (a marker string in UTF-8 and
 * UTF-16, a key's bytes), also where a plain byte search cannot see them: inside LevelDB (the
 * engine of IndexedDB, Local Storage and more) log records split over 32 KiB blocks, inside
 * Snappy-compressed table blocks, and inside IndexedDB values Blink compressed with Snappy.
 */
export interface ScanHit {
  readonly file: string;
  readonly pattern: string;
  /** 'raw', 'leveldb-log', 'leveldb-table', 'snappy-value'. */
  readonly where: string;
}

export interface ScanResult {
  readonly files: number;
  readonly bytes: number;
  readonly leveldbLogs: number;
  readonly leveldbTables: number;
  readonly decompressedBlocks: number;
  readonly hits: ScanHit[];
}

/** A text in the encodings a browser stores strings in: UTF-8/Latin-1, UTF-16 LE and BE. */
export function textPatterns(name: string, text: string): { name: string; bytes: Uint8Array }[] {
  const le = Buffer.from(text, 'utf16le');
  return [
    { name: `${name} (UTF-8)`, bytes: Buffer.from(text, 'utf8') },
    { name: `${name} (UTF-16LE)`, bytes: le },
    { name: `${name} (UTF-16BE)`, bytes: Buffer.from(le).swap16() },
  ];
}

export function scanProfile(root: string, patterns: { name: string; bytes: Uint8Array }[]): ScanResult {
  const result = {
    files: 0,
    bytes: 0,
    leveldbLogs: 0,
    leveldbTables: 0,
    decompressedBlocks: 0,
    hits: [] as ScanHit[],
  };
  const search = (file: string, data: Uint8Array, where: string, values: Uint8Array[] = []) => {
    for (const p of patterns)
      if (Buffer.from(data.buffer, data.byteOffset, data.byteLength).indexOf(p.bytes) >= 0)
        result.hits.push({ file: relative(root, file), pattern: p.name, where });
    // Values Blink compressed with Snappy (header FF 11 02) are searched uncompressed too.
    for (const inner of values.flatMap(snappyValues)) {
      result.decompressedBlocks++;
      for (const p of patterns)
        if (Buffer.from(inner).indexOf(p.bytes) >= 0)
          result.hits.push({ file: relative(root, file), pattern: p.name, where: `${where}+snappy-value` });
    }
  };
  for (const file of walk(root)) {
    let data: Uint8Array;
    try {
      data = readFileSync(file);
    } catch {
      continue; // a lock file or socket
    }
    result.files++;
    result.bytes += data.length;
    search(file, data, 'raw');
    const name = file.split('/').pop()!;
    if (/^\d+\.log$/.test(name)) {
      result.leveldbLogs++;
      for (const record of leveldbLogRecords(data)) search(file, record, 'leveldb-log', batchValues(record));
    } else if (/^\d+\.(ldb|sst)$/.test(name)) {
      result.leveldbTables++;
      for (const block of leveldbTableBlocks(data)) {
        result.decompressedBlocks++;
        search(file, block.all, 'leveldb-table', block.values);
      }
    } else if (file.includes('.blob/')) {
      search(file, data, 'indexeddb-blob', [data]);
    }
  }
  return result;
}

function* walk(dir: string): Generator<string> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const n of names) {
    const p = join(dir, n);
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isDirectory()) yield* walk(p);
    else if (st.isFile()) yield p;
  }
}

/** LevelDB log: 32 KiB blocks of records (crc 4, length 2, type 1); FIRST/MIDDLE/LAST fragments joined. */
export function leveldbLogRecords(data: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let pending: Uint8Array[] = [];
  const BLOCK = 32768;
  let pos = 0;
  while (pos + 7 <= data.length) {
    const blockLeft = BLOCK - (pos % BLOCK);
    if (blockLeft < 7) {
      pos += blockLeft;
      continue;
    }
    const length = data[pos + 4]! | (data[pos + 5]! << 8);
    const type = data[pos + 6]!;
    const start = pos + 7;
    if (type === 0 && length === 0) {
      pos += blockLeft; // zero padding to the end of the block
      continue;
    }
    if (start + length > data.length) break;
    const fragment = data.subarray(start, start + length);
    if (type === 1) out.push(fragment);
    else if (type === 2) pending = [fragment];
    else if (type === 3) pending.push(fragment);
    else if (type === 4) {
      pending.push(fragment);
      out.push(Buffer.concat(pending));
      pending = [];
    }
    pos = start + length;
  }
  if (pending.length) out.push(Buffer.concat(pending));
  return out;
}

function varint(data: Uint8Array, pos: number): [number, number] {
  let result = 0;
  let shift = 0;
  for (let i = 0; i < 10 && pos < data.length; i++) {
    const b = data[pos++]!;
    result += (b & 0x7f) * 2 ** shift;
    if ((b & 0x80) === 0) return [result, pos];
    shift += 7;
  }
  throw new Error('bad varint');
}

/** Values of a LevelDB write batch (sequence 8, count 4, then tagged puts and deletes). */
export function batchValues(batch: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  try {
    let p = 12;
    while (p < batch.length) {
      const tag = batch[p++];
      let len: number;
      [len, p] = varint(batch, p);
      p += len; // key
      if (tag === 1) {
        [len, p] = varint(batch, p);
        out.push(batch.subarray(p, p + len));
        p += len;
      } else if (tag !== 0) break;
    }
  } catch {
    // a torn batch: its raw bytes were searched anyway
  }
  return out;
}

/** Every data block of a LevelDB table, uncompressed, with its prefix-compressed keys restored. */
export function leveldbTableBlocks(data: Uint8Array): { all: Uint8Array; values: Uint8Array[] }[] {
  const out: { all: Uint8Array; values: Uint8Array[] }[] = [];
  try {
    if (data.length < 48) return out;
    const footer = data.subarray(data.length - 48);
    let p = 0;
    [, p] = varint(footer, p); // metaindex offset
    [, p] = varint(footer, p); // metaindex size
    const [indexOffset, p2] = varint(footer, p);
    const [indexSize] = varint(footer, p2);
    const index = readBlock(data, indexOffset, indexSize);
    for (const { value } of blockEntries(index)) {
      const [offset, q] = varint(value, 0);
      const [size] = varint(value, q);
      const block = readBlock(data, offset, size);
      const parts: Uint8Array[] = [block];
      const values: Uint8Array[] = [];
      for (const e of blockEntries(block)) {
        parts.push(e.key, e.value);
        values.push(e.value);
      }
      out.push({ all: Buffer.concat(parts), values });
    }
  } catch {
    // not a table after all: its raw bytes were searched anyway
  }
  return out;
}

function readBlock(data: Uint8Array, offset: number, size: number): Uint8Array {
  const contents = data.subarray(offset, offset + size);
  const type = data[offset + size];
  return type === 1 ? snappy.uncompress(contents) : contents;
}

function blockEntries(block: Uint8Array): { key: Uint8Array; value: Uint8Array }[] {
  const restarts = Buffer.from(block.buffer, block.byteOffset, block.byteLength).readUInt32LE(
    block.length - 4,
  );
  const end = block.length - 4 - restarts * 4;
  const out: { key: Uint8Array; value: Uint8Array }[] = [];
  let key = Buffer.alloc(0);
  let p = 0;
  while (p < end) {
    let shared: number, nonShared: number, valueLength: number;
    [shared, p] = varint(block, p);
    [nonShared, p] = varint(block, p);
    [valueLength, p] = varint(block, p);
    key = Buffer.concat([key.subarray(0, shared), block.subarray(p, p + nonShared)]);
    p += nonShared;
    out.push({ key, value: block.subarray(p, p + valueLength) });
    p += valueLength;
  }
  return out;
}

/** Blink's IndexedDB values compressed with Snappy start with FF 11 02; every such place is tried. */
function snappyValues(data: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  for (
    let i = buf.indexOf(Buffer.from([0xff, 0x11, 0x02]));
    i >= 0 && out.length < 10_000;
    i = buf.indexOf(Buffer.from([0xff, 0x11, 0x02]), i + 1)
  ) {
    try {
      out.push(snappy.uncompress(buf.subarray(i + 3)));
    } catch {
      // not a compressed value here
    }
  }
  return out;
}
