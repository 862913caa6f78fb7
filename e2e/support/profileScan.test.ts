import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanProfile, textPatterns } from './profileScan';

const snappy = createRequire(import.meta.url)('snappyjs') as { compress(b: Uint8Array): Uint8Array };
const MARKER = 'ZQX-merkteken-4417';

function varint(n: number): number[] {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
}

/** A LevelDB table of one Snappy-compressed data block whose keys share prefixes, and its index. */
function table(entries: [string, Uint8Array][]): Buffer {
  let last = Buffer.alloc(0);
  const body: number[] = [];
  for (const [k, v] of entries) {
    const key = Buffer.from(k);
    let shared = 0;
    while (shared < last.length && shared < key.length && last[shared] === key[shared]) shared++;
    body.push(
      ...varint(shared),
      ...varint(key.length - shared),
      ...varint(v.length),
      ...key.subarray(shared),
      ...v,
    );
    last = key;
  }
  body.push(0, 0, 0, 0, 1, 0, 0, 0); // one restart at 0, count 1
  const data = Buffer.from(snappy.compress(Buffer.from(body)));
  const handle = [...varint(0), ...varint(data.length)];
  const indexBody = Buffer.from([0, 1, handle.length, 0x7a, ...handle, 0, 0, 0, 0, 1, 0, 0, 0]);
  const indexOffset = data.length + 5;
  const footer = Buffer.alloc(48);
  Buffer.from([...varint(0), ...varint(0), ...varint(indexOffset), ...varint(indexBody.length)]).copy(footer);
  Buffer.from([0x57, 0xfb, 0x80, 0x8b, 0x24, 0x75, 0x47, 0xdb]).copy(footer, 40);
  return Buffer.concat([data, Buffer.from([1, 0, 0, 0, 0]), indexBody, Buffer.from([0, 0, 0, 0, 0]), footer]);
}

/** A LevelDB log whose one write batch is split over two 32 KiB blocks (FIRST + LAST). */
function log(value: Uint8Array): Buffer {
  const batch = Buffer.from([
    ...Buffer.alloc(8),
    1,
    0,
    0,
    0,
    1,
    ...varint(3),
    0x6b,
    0x65,
    0x79,
    ...varint(value.length),
    ...value,
  ]);
  const firstLen = 32768 - 7;
  const rec = (type: number, d: Buffer) =>
    Buffer.concat([Buffer.alloc(4), Buffer.from([d.length & 255, d.length >> 8, type]), d]);
  return Buffer.concat([rec(2, batch.subarray(0, firstLen)), rec(4, batch.subarray(firstLen))]);
}

describe('the profile scanner finds a marker where a plain search cannot', () => {
  it('in a Snappy-compressed table block, in a log record torn over two blocks, in a Snappy-compressed value', () => {
    const root = mkdtempSync(join(tmpdir(), 'scan-'));
    const dir = join(root, 'Default', 'IndexedDB', 'x.leveldb');
    mkdirSync(dir, { recursive: true });
    // Compressed, the marker is a literal 'Z' and a copy of the look-alike before it: no plain marker.
    const repeated = `A${MARKER.slice(1)} ${MARKER} `.repeat(5);
    writeFileSync(
      join(dir, '000005.ldb'),
      table([
        ['key-a', Buffer.from(repeated)],
        ['key-b', Buffer.from('x')],
      ]),
    );
    // UTF-16, the marker spanning the border of the two log blocks.
    const utf16 = Buffer.from(`${'a'.repeat(16_365)}${MARKER}`, 'utf16le');
    writeFileSync(join(dir, '000003.log'), log(utf16));
    const compressedValue = Buffer.concat([
      Buffer.from([0xff, 0x11, 0x02]),
      Buffer.from(snappy.compress(Buffer.from(repeated))),
    ]);
    writeFileSync(join(dir, '000007.log'), log(compressedValue));
    const r = scanProfile(root, textPatterns('marker', MARKER));
    const where = r.hits.map((h) => `${h.file.split('/').pop()} ${h.where} ${h.pattern}`).sort();
    expect(where).toContain('000005.ldb leveldb-table marker (UTF-8)');
    expect(where).toContain('000003.log leveldb-log marker (UTF-16LE)');
    expect(where).toContain('000007.log leveldb-log+snappy-value marker (UTF-8)');
    // None of the three is visible in the files' raw bytes.
    expect(r.hits.filter((h) => h.where === 'raw')).toEqual([]);
  });
});
