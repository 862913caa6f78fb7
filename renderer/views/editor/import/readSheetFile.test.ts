import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readRows, readCells } from '@shared/rows';
import { readSheetFile, type SheetFile } from './readSheetFile';

const fileOf = (name: string, bytes: Uint8Array) => ({
  name,
  size: bytes.byteLength,
  arrayBuffer: async () =>
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
});

async function workbookBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Momenten');
  ws.addRow(['Datum', 'Baan', 'Titel', 'Toelichting', 'Gezinsleden']);
  ws.addRow([2019, 'Gezin', 'Verhuizing', '', 'Tom']);
  ws.addRow([new Date(Date.UTC(2018, 2, 3)), 'Wijkteam', 'Eerste gesprek', 'Bij oma thuis', 'Ilse, Tom']);
  ws.addRow([
    'voorjaar 2019',
    'GGZ',
    { richText: [{ text: 'Tom naar de ' }, { text: 'psycholoog', font: { bold: true } }] },
  ]);
  ws.addRow([{ formula: '2015+1', result: 2016 }, 'Gezin', 'Geboorte Noor']);
  ws.addRow([]);
  ws.addRow(['groep 8', 'School', 'Dyslexie-onderzoek']);
  wb.addWorksheet('Leeg');
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const ctx = {
  lanes: [
    { id: 'lane_g', name: 'Gezin', kind: 'family' as const },
    { id: 'lane_w', name: 'Wijkteam', kind: 'help' as const },
  ],
  members: [{ id: 'member_tom', pseudonym: 'Tom' }],
  referenceYear: 2026,
};

describe('reading spreadsheet files', () => {
  it('reads an Excel workbook: dates, numbers, rich text and formulas as text; empty sheets left out', async () => {
    const read = (await readSheetFile(fileOf('momenten.xlsx', await workbookBytes()))) as SheetFile;
    expect(read.sheets.map((s) => s.name)).toEqual(['Momenten']);
    const rows = read.sheets[0]!.rows;
    expect(rows[1]).toEqual(['2019', 'Gezin', 'Verhuizing', '', 'Tom']);
    expect(rows[2]![0]).toBe('2018-03-03');
    expect(rows[3]![2]).toBe('Tom naar de psycholoog');
    expect(rows[4]![0]).toBe('2016');
    // and the same preview as pasted rows
    const reading = readCells(rows, ctx, '\t');
    expect(reading.header).toBe(true);
    expect(reading.rows.map((r) => (r.ok ? r.title : r.reason.key))).toEqual([
      'Verhuizing',
      'Eerste gesprek',
      'Tom naar de psycholoog',
      'Geboorte Noor',
      'datePhrase.refused.schoolYear',
    ]);
  });

  it('reads CSV in UTF-8 (with a byte-order mark) and in Windows-1252, with ; or , between columns', async () => {
    const utf8 = new TextEncoder().encode('\uFEFFDatum;Baan;Titel\n3 maart 2018;Gezin;Naar de crèche\n');
    const a = (await readSheetFile(fileOf('a.csv', utf8))) as SheetFile;
    expect(a.sheets[0]!.rows[1]).toEqual(['3 maart 2018', 'Gezin', 'Naar de crèche']);
    const latin1 = Uint8Array.from([...'2019,Gezin,Caf'].map((c) => c.charCodeAt(0)).concat([0xe9]));
    const b = (await readSheetFile(fileOf('b.csv', latin1))) as SheetFile;
    expect(b.sheets[0]!.rows[0]).toEqual(['2019', 'Gezin', 'Café']);
    // a CSV reads the same as the same rows pasted
    const pasted = readRows('Datum;Baan;Titel\n3 maart 2018;Gezin;Naar de crèche', ctx);
    expect(readCells(a.sheets[0]!.rows, ctx, ';').rows).toEqual(pasted.rows);
  });

  it('refuses what is not a spreadsheet, too large or damaged, with a reason', async () => {
    expect(await readSheetFile(fileOf('foto.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47])))).toEqual({
      kind: 'notASheet',
    });
    expect(
      await readSheetFile({ ...fileOf('x.csv', new Uint8Array(1)), size: 50 * 1024 * 1024 }),
    ).toMatchObject({
      kind: 'tooLarge',
    });
    const broken = (await workbookBytes()).slice(0, 300);
    expect(await readSheetFile(fileOf('kapot.xlsx', broken))).toMatchObject({ kind: 'unreadable' });
  });
});
