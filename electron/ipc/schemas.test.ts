import { describe, expect, it } from 'vitest';
import { IpcArgumentError, MAX_DATA_BYTES, ipcSchemas, parseIpcArgs } from './schemas';
import { IPC_CHANNELS } from './channels';

const goodSave = {
  suggestedName: 'gezin.levenslijn',
  mimeType: 'application/json',
  data: '{}',
  extensions: ['levenslijn'],
};

describe('ipc schemas', () => {
  it('has a schema for every channel in the table', () => {
    expect(Object.keys(ipcSchemas).sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
  });

  it('accepts valid arguments', () => {
    expect(parseIpcArgs('saveFile', [goodSave])).toEqual([goodSave]);
    expect(parseIpcArgs('saveFile', [{ ...goodSave, data: new Uint8Array([1, 2]) }])[0].data).toBeInstanceOf(
      Uint8Array,
    );
    expect(parseIpcArgs('openFile', [{ extensions: ['json', 'levenslijn'], maxBytes: 1024 }])).toHaveLength(
      1,
    );
    expect(parseIpcArgs('openWall', ['case_abc'])).toEqual(['case_abc']);
    expect(parseIpcArgs('writeBackup', ['case_abc', '{"a":1}'])).toEqual(['case_abc', '{"a":1}']);
    expect(parseIpcArgs('listBackups', [])).toEqual([]);
    expect(parseIpcArgs('appendJournal', ['case_abc', 'L1 2 {}\n'])).toEqual(['case_abc', 'L1 2 {}\n']);
    expect(parseIpcArgs('readJournal', ['case_abc'])).toEqual(['case_abc']);
    expect(parseIpcArgs('readBackup', ['case_abc-1700000000000.levenslijn'])).toHaveLength(1);
    expect(parseIpcArgs('saveCaseKey', ['case_abc', new Uint8Array(32)])).toHaveLength(2);
    expect(() => parseIpcArgs('saveCaseKey', ['case_abc', new Uint8Array(31)])).toThrow(/32 bytes/);
    expect(() => parseIpcArgs('destroyCaseKey', ['case_' + 'x'.repeat(100_005)])).toThrow(/caseId/);
    expect(
      parseIpcArgs('printReportToPdf', [
        { suggestedName: 'rapport.pdf', title: 'Rapport', author: 'A. Onderzoeker' },
      ]),
    ).toHaveLength(1);
  });

  const bad: [keyof typeof IPC_CHANNELS, unknown[], RegExp][] = [
    ['saveFile', [], /saveFile/],
    ['saveFile', [{ ...goodSave, suggestedName: '' }], /suggestedName/],
    ['saveFile', [{ ...goodSave, suggestedName: 'a'.repeat(201) }], /200/],
    ['saveFile', [{ ...goodSave, suggestedName: '../../etc/passwd' }], /separator/],
    ['saveFile', [{ ...goodSave, suggestedName: 'C:\\x.json' }], /separator/],
    ['saveFile', [{ ...goodSave, suggestedName: 'a\u0000b' }], /control/],
    ['saveFile', [{ ...goodSave, extensions: ['.json'] }], /extension/],
    ['saveFile', [{ ...goodSave, extensions: ['JSON'] }], /extension/],
    ['saveFile', [{ ...goodSave, extensions: ['abcdefghijk'] }], /extension/],
    ['saveFile', [{ ...goodSave, extensions: [] }], /extensions/],
    ['saveFile', [{ ...goodSave, data: 42 }], /data/],
    ['saveFile', [{ ...goodSave, extra: true }], /extra|Unrecognized/i],
    ['saveFile', [goodSave, 'surplus'], /saveFile/],
    ['openFile', [{ extensions: ['json'], maxBytes: -1 }], /maxBytes/],
    ['openFile', [{ extensions: ['json'], maxBytes: MAX_DATA_BYTES + 1 }], /maxBytes/],
    ['openFile', [{ extensions: ['json'], maxBytes: 1.5 }], /maxBytes/],
    ['openWall', ['../case_a'], /caseId/],
    ['openWall', [{ caseId: 'case_a' }], /openWall/],
    ['writeBackup', ['case_a'], /writeBackup/],
    ['writeBackup', ['CASE_A', '{}'], /caseId/],
    ['writeBackup', ['case_a', 123], /writeBackup/],
    ['listBackups', ['case_a'], /listBackups/],
    ['appendJournal', ['case_a', 'no newline'], /one line/],
    ['appendJournal', ['case_a', 'two\nlines\n'], /one line/],
    ['appendJournal', ['../case_a', 'x\n'], /caseId/],
    ['readJournal', ['case_a/../x'], /caseId/],
    ['readBackup', ['../secret.levenslijn'], /backup file name/],
    ['readBackup', ['/etc/passwd'], /backup file name/],
    ['printReportToPdf', [{ suggestedName: 'a/b.pdf', title: 'x', author: 'y' }], /separator/],
    ['printReportToPdf', [null], /printReportToPdf/],
  ];

  it.each(bad)('rejects bad %s arguments %#', (name, args, message) => {
    expect(() => parseIpcArgs(name, args)).toThrow(IpcArgumentError);
    expect(() => parseIpcArgs(name, args)).toThrow(message);
  });

  it('rejects data over 50 MB (text and bytes)', () => {
    const big = 'x'.repeat(MAX_DATA_BYTES + 1);
    expect(() => parseIpcArgs('saveFile', [{ ...goodSave, data: big }])).toThrow(/50 MB/);
    expect(() =>
      parseIpcArgs('saveFile', [{ ...goodSave, data: new Uint8Array(MAX_DATA_BYTES + 1) }]),
    ).toThrow(/50 MB/);
    expect(() => parseIpcArgs('writeBackup', ['case_a', big])).toThrow(/50 MB/);
  });

  it('counts UTF-8 bytes, not characters', () => {
    const multiByte = 'é'.repeat(MAX_DATA_BYTES / 2 + 1); // 2 bytes each
    expect(() => parseIpcArgs('writeBackup', ['case_a', multiByte])).toThrow(/50 MB/);
  });
});
