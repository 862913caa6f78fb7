import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  BackupStore,
  assertCaseId,
  atomicWriteFile,
  backupFileName,
  parseBackupFileName,
  writeTempSynced,
} from './backups';

let dir: string;
let clock: number;
const now = () => clock;

beforeEach(() => {
  dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'levenslijn-backups-')), 'backups');
  clock = 1_700_000_000_000;
});
afterEach(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));

const tempsIn = (d: string) => fs.readdirSync(d).filter((n) => n.endsWith('.tmp'));

describe('case ids and file names', () => {
  it('accepts valid case ids', () => {
    expect(() => assertCaseId('case_abc123')).not.toThrow();
    expect(() => assertCaseId('case_' + 'a'.repeat(40))).not.toThrow();
  });
  it.each(['', 'case_', 'case_ABC', 'case_a/b', '../case_a', 'case_a-1', 'case_' + 'a'.repeat(41), 'x_abc'])(
    'rejects %j',
    (id) => expect(() => assertCaseId(id)).toThrow(/Invalid caseId/),
  );
  it('rejects non-strings', () => {
    expect(() => assertCaseId(42)).toThrow();
    expect(() => assertCaseId(undefined)).toThrow();
  });
  it('round-trips file names', () => {
    const f = backupFileName('case_x1', 123);
    expect(f).toBe('case_x1-123.levenslijn');
    expect(parseBackupFileName(f)).toEqual({ caseId: 'case_x1', file: f, savedAt: 123 });
    expect(parseBackupFileName('../case_x1-123.levenslijn')).toBeNull();
    expect(parseBackupFileName('case_x1-123.levenslijn.tmp')).toBeNull();
  });
});

describe('atomicWriteFile', () => {
  it('writes and replaces atomically without leaving temp files', async () => {
    fs.mkdirSync(dir, { recursive: true });
    const f = path.join(dir, 'a.txt');
    await atomicWriteFile(f, 'one');
    await atomicWriteFile(f, 'two');
    expect(fs.readFileSync(f, 'utf8')).toBe('two');
    expect(tempsIn(dir)).toEqual([]);
  });
  it('keeps the old file when the rename fails, and removes its temp file', async () => {
    fs.mkdirSync(dir, { recursive: true });
    const f = path.join(dir, 'a.txt');
    await atomicWriteFile(f, 'old');
    await expect(
      atomicWriteFile(f, 'new', {
        beforeRename: () => {
          throw new Error('disk gone');
        },
      }),
    ).rejects.toThrow('disk gone');
    expect(fs.readFileSync(f, 'utf8')).toBe('old');
    expect(tempsIn(dir)).toEqual([]);
  });
});

describe('BackupStore', () => {
  it('writes, lists newest first and reads back', async () => {
    const store = new BackupStore({ dir, now });
    await store.write('case_a', '{"v":1}');
    clock += 1000;
    const second = await store.write('case_a', '{"v":2}');
    await store.write('case_b', '{"b":1}');
    const list = await store.list('case_a');
    expect(list.map((e) => e.savedAt)).toEqual([clock, clock - 1000]);
    expect(list[0]).toEqual(second);
    expect(await store.read(second.file)).toBe('{"v":2}');
    expect((await store.list()).length).toBe(3);
  });

  it('deletes every backup of one case and nothing else', async () => {
    const store = new BackupStore({ dir, now });
    await store.write('case_a', '{}');
    clock += 10;
    await store.write('case_a', '{}');
    await store.write('case_b', '{}');
    expect(await store.deleteAll('case_a')).toBe(2);
    expect(await store.list('case_a')).toEqual([]);
    expect(await store.list('case_b')).toHaveLength(1);
  });

  it('keeps only the N newest backups per case (default 5)', async () => {
    const store = new BackupStore({ dir, now });
    for (let i = 0; i < 8; i++) {
      clock += 10;
      await store.write('case_a', `{"i":${i}}`);
    }
    await store.write('case_b', '{}');
    const list = await store.list('case_a');
    expect(list).toHaveLength(5);
    expect(await store.read(list[0]!.file)).toBe('{"i":7}');
    expect(await store.read(list[4]!.file)).toBe('{"i":3}');
    expect(await store.list('case_b')).toHaveLength(1);
  });

  it('honours a custom keep and prune()', async () => {
    const store = new BackupStore({ dir, now, keep: 2 });
    for (let i = 0; i < 4; i++) await store.write('case_a', String(i));
    expect(await store.list('case_a')).toHaveLength(2);
    const smaller = new BackupStore({ dir, now, keep: 1 });
    expect(await smaller.prune('case_a')).toHaveLength(1);
    expect(await smaller.list('case_a')).toHaveLength(1);
  });

  it('never collides when two writes happen in the same millisecond', async () => {
    const store = new BackupStore({ dir, now });
    const [a, b] = await Promise.all([store.write('case_a', '1'), store.write('case_a', '2')]);
    expect(a.file).not.toBe(b.file);
    expect(await store.list('case_a')).toHaveLength(2);
  });

  it('rejects invalid case ids and file names', async () => {
    const store = new BackupStore({ dir, now });
    expect(() => store.write('../evil', '{}')).toThrow(/Invalid caseId/);
    expect(() => store.list('CASE_A')).toThrow(/Invalid caseId/);
    await expect(store.read('../../etc/passwd')).rejects.toThrow(/Invalid backup file name/);
    await expect(store.read('case_a-1.levenslijn/../x')).rejects.toThrow();
  });

  it('lists nothing when the folder does not exist yet', async () => {
    expect(await new BackupStore({ dir, now }).list()).toEqual([]);
  });

  it('requires an absolute folder', () => {
    expect(() => new BackupStore({ dir: 'relative/backups' })).toThrow(/absolute/);
  });

  it('survives a crash between temp write and rename: old backup intact, stray temp cleaned up', async () => {
    const store = new BackupStore({ dir, now });
    const first = await store.write('case_a', '{"good":true}');

    // Simulated crash: step 1 (temp file written and fsynced) happens, the process dies before rename.
    clock += 1000;
    const crashedTmp = await writeTempSynced(path.join(dir, backupFileName('case_a', clock)), '{"half":');
    expect(fs.existsSync(crashedTmp)).toBe(true);

    // After "restart": a fresh store sees only the intact old backup and removes the stray temp.
    const restarted = new BackupStore({ dir, now });
    const list = await restarted.list('case_a');
    expect(list).toEqual([first]);
    expect(await restarted.read(first.file)).toBe('{"good":true}');
    expect(fs.existsSync(crashedTmp)).toBe(false);
  });

  it('cleans stray temp files on the next write too', async () => {
    const store = new BackupStore({ dir, now });
    await store.write('case_a', '1');
    const stray = await writeTempSynced(path.join(dir, backupFileName('case_a', clock + 5)), 'partial');
    clock += 10;
    await store.write('case_a', '2');
    expect(fs.existsSync(stray)).toBe(false);
    expect(tempsIn(dir)).toEqual([]);
  });

  it('keeps the previous backup when a write fails right before rename', async () => {
    let crash = false;
    const store = new BackupStore({
      dir,
      now,
      beforeRename: () => {
        if (crash) throw new Error('power cut');
      },
    });
    const first = await store.write('case_a', 'old');
    crash = true;
    clock += 10;
    await expect(store.write('case_a', 'new')).rejects.toThrow('power cut');
    crash = false;
    expect(await store.list('case_a')).toEqual([first]);
    expect(await store.read(first.file)).toBe('old');
    // The queue keeps working after a failure.
    clock += 10;
    await store.write('case_a', 'newer');
    await store.flush();
    expect(await store.list('case_a')).toHaveLength(2);
  });

  it('keeps a safety journal per case: appended in order, emptied by the next snapshot, removed with the case', async () => {
    const store = new BackupStore({ dir, now });
    expect(await store.readJournal('case_a')).toBe('');
    await store.appendJournal('case_a', 'one\n');
    await store.appendJournal('case_a', 'two\n');
    await store.appendJournal('case_b', 'b\n');
    expect(await store.readJournal('case_a')).toBe('one\ntwo\n');
    await store.write('case_a', '{}');
    expect(await store.readJournal('case_a')).toBe('');
    expect(await store.readJournal('case_b')).toBe('b\n');
    // The journal is not a backup: listing shows snapshots only.
    expect((await store.list()).map((e) => e.caseId)).toEqual(['case_a']);
    await store.deleteAll('case_b');
    expect(fs.readdirSync(dir).filter((n) => n.startsWith('case_b'))).toEqual([]);
    await expect(store.appendJournal('case_a', 'no newline')).rejects.toThrow(/newline/);
    await expect(store.appendJournal('../x', 'x\n')).rejects.toThrow(/caseId/);
  });

  it('keeps the journal when the snapshot that would replace it fails', async () => {
    let crash = false;
    const store = new BackupStore({
      dir,
      now,
      beforeRename: () => {
        if (crash) throw new Error('disk full');
      },
    });
    await store.appendJournal('case_a', 'kept\n');
    crash = true;
    await expect(store.write('case_a', '{}')).rejects.toThrow('disk full');
    expect(await store.readJournal('case_a')).toBe('kept\n');
  });
});
