import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseFilesFromArgv, OpenedFiles } from './openFiles';

describe('case files opened from the file manager', () => {
  it('finds the .levenslijn files on a command line (first start, second instance)', () => {
    expect(
      caseFilesFromArgv(['/opt/Levenslijn/levenslijn', 'Gezin Zeeland.levenslijn'], {
        cwd: '/home/a',
        skip: 1,
      }),
    ).toEqual(['/home/a/Gezin Zeeland.levenslijn']);
    // Unpackaged: electron . file; options and other files are left alone.
    expect(
      caseFilesFromArgv(
        ['electron', '.', '--inspect', '/tmp/x.LEVENSLIJN', 'notes.txt', '--flag=a.levenslijn'],
        {
          cwd: '/w',
          skip: 2,
        },
      ),
    ).toEqual(['/tmp/x.LEVENSLIJN']);
    // A study file (with its cases) too.
    expect(
      caseFilesFromArgv(['levenslijn', 'Drie gezinnen.levenslijn-onderzoek', 'x.levenslijn-oud'], {
        cwd: '/home/a',
        skip: 1,
      }),
    ).toEqual(['/home/a/Drie gezinnen.levenslijn-onderzoek']);
  });

  it('reads them as the import reads files, queues them, tells the window once per batch, hands them over once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opened-'));
    const text = '{"format":"levenslijn-case","t":"Gezin Özdemir"}';
    writeFileSync(join(dir, 'a.levenslijn'), text);
    writeFileSync(join(dir, 'b16.levenslijn'), Buffer.from(`\ufeff${text}`, 'utf16le'));
    mkdirSync(join(dir, 'map.levenslijn'));
    let notified = 0;
    const opened = new OpenedFiles(() => notified++);
    await opened.add([
      join(dir, 'a.levenslijn'),
      join(dir, 'b16.levenslijn'),
      join(dir, 'weg.levenslijn'),
      join(dir, 'map.levenslijn'),
    ]);
    expect(notified).toBe(1);
    expect(opened.take()).toEqual([
      { name: 'a.levenslijn', text },
      { name: 'b16.levenslijn', text },
    ]);
    expect(opened.take()).toEqual([]);
    await opened.add([join(dir, 'weg.levenslijn')]);
    expect(notified).toBe(1);
  });
});
