import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { test, expect, caseIdFromUrl, caseRecords } from './support/fixtures';
import { CASE_ROWS, CASE_ROWS_TSV } from './support/pasteRows';
import { pdfFonts } from './support/reportPdf';

/** Pastes text where the focus is, as Ctrl+V from a spreadsheet does (a paste event with text/plain). */
async function pasteInto(page: Page, selector: string, text: string) {
  await page.locator(selector).first().focus();
  await page.evaluate(
    ([sel, t]) => {
      const target = document.querySelector(sel)!;
      const data = new DataTransfer();
      data.setData('text/plain', t);
      target.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    [selector, text] as const,
  );
}

async function countOf(page: Page, caseId: string, type: string) {
  return (await caseRecords(page, caseId)).filter((r) => r.type === type).length;
}

const shot = (page: Page, name: string) =>
  process.env.SCREENSHOTS_DIR
    ? page.screenshot({ path: `${process.env.SCREENSHOTS_DIR}/${name}.png` })
    : null;

test.describe('editor: building the lifeline from notes', () => {
  test('25 pasted rows with mixed dates: preview, accept, 25 items on the lifeline, one undo removes them all', async ({
    app,
    page,
  }) => {
    await app.openLibrary();
    await app.createCase('Gezin Berkhout');
    const caseId = caseIdFromUrl(page);
    // Ctrl+V in the moments list (not in a field) opens the preview with the rows.
    await pasteInto(page, '.editor-side .item-list, .editor-side h2', CASE_ROWS_TSV);
    const dialog = page.getByRole('dialog', { name: 'Momenten plakken of importeren' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('rows-summary')).toContainText('25 van 25 rijen gelezen');
    await expect(dialog.getByTestId('rows-summary')).toContainText(
      'Kolommen: datum, baan, titel, toelichting, gezinsleden',
    );
    // How rows were read: date phrase and precision, lane found or new, members.
    const row = (n: number) => dialog.locator(`tr[data-line="${n}"]`);
    await expect(row(9)).toContainText('winter 2016–2017');
    await expect(row(9)).toContainText('seizoen');
    await expect(row(9)).toContainText('Veilig Thuis');
    await expect(row(9)).toContainText('nieuw');
    await expect(row(12)).toContainText('rond februari 2018');
    await expect(row(12)).toContainText('rond een maand');
    await expect(row(6)).toContainText('2016 – 2018');
    await expect(row(18)).toContainText('2019 – heden');
    await expect(row(1)).toContainText('Gezinsleven');
    await shot(page, 'paste-preview');
    // Nothing is stored before accepting.
    expect(await countOf(page, caseId, 'item')).toBe(0);
    await dialog.getByRole('button', { name: '25 momenten toevoegen' }).click();
    await expect(dialog).toHaveCount(0);

    await expect(page.getByRole('heading', { name: 'Momenten (25)' })).toBeVisible();
    expect(await countOf(page, caseId, 'item')).toBe(25);
    expect(await countOf(page, caseId, 'lane')).toBe(9);
    expect(await countOf(page, caseId, 'member')).toBe(5);
    const periods = CASE_ROWS.filter(([when]) => /–|t\/m|sinds/.test(when)).length;
    await expect
      .poll(async () => {
        const s = await app.sceneStats();
        return [s.cards + s.dots, s.bars];
      })
      .toEqual([25 - periods, periods]);
    const records = await caseRecords(page, caseId);
    const item = (title: string) => records.find((r) => r.type === 'item' && r.title === title)!;
    expect(item('Melding na ruzie bij de overdracht')).toMatchObject({
      kind: 'help',
      start: { precision: 'season', season: 'winter', year: 2017 },
    });
    expect(item('Geboorte Noor')).toMatchObject({
      kind: 'life',
      start: { precision: 'day', year: 2013, month: 3 },
    });

    // One undo takes the whole import back: items, the lanes and members it made.
    await page.getByRole('button', { name: /Ongedaan maken\s*:\s*momenten importeren/ }).click();
    await expect(page.getByRole('heading', { name: 'Momenten (0)' })).toBeVisible();
    expect(await countOf(page, caseId, 'item')).toBe(0);
    expect(await countOf(page, caseId, 'lane')).toBe(1);
    expect(await countOf(page, caseId, 'member')).toBe(0);
    await expect.poll(async () => (await app.sceneStats()).bars).toBe(0);
  });

  test('rows that cannot be read say why; one moment per line; an Excel file gives the same preview', async ({
    app,
    page,
  }, testInfo) => {
    await app.openLibrary();
    await app.createCase('Gezin Regels');
    const caseId = caseIdFromUrl(page);
    await page.getByRole('button', { name: 'Plakken of importeren' }).click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByLabel('Rijen')
      .fill(
        [
          'voorjaar 2019 – Tom naar de psycholoog',
          'groep 8 – dyslexie-onderzoek',
          'rond 2005: verhuizing naar Zwolle',
          'toen Tom 12 was – eerste gesprek',
        ].join('\n'),
      );
    await expect(dialog.getByTestId('rows-summary')).toContainText('2 van 4 rijen gelezen');
    await expect(dialog.locator('tr[data-line="2"]')).toContainText(
      '“groep 8” is een schooljaar, geen datum',
    );
    await expect(dialog.locator('tr[data-line="4"]')).toContainText('is een leeftijd, geen datum');
    await expect(dialog.locator('tr[data-line="1"]')).toContainText('Tom naar de psycholoog');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();

    // An Excel sheet with a header row, a real date cell and a year as a number.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Levenslijn');
    ws.addRow(['Datum', 'Titel', 'Baan', 'Wie']);
    ws.addRow([2014, 'Verhuizing', 'Gezin', 'Ilse']);
    ws.addRow([new Date(Date.UTC(2018, 2, 3)), 'Eerste gesprek wijkteam', 'Wijkteam', 'Ilse, Tom']);
    ws.addRow(['eind 2019', 'Opname', 'GGZ', 'Tom']);
    const file = testInfo.outputPath('momenten.xlsx');
    await wb.xlsx.writeFile(file);
    await page.getByRole('button', { name: 'Plakken of importeren' }).click();
    await dialog.locator('input[type="file"]').setInputFiles(file);
    await expect(dialog.getByTestId('rows-summary')).toContainText('3 van 3 rijen gelezen');
    await expect(dialog.getByTestId('rows-summary')).toContainText('kopregel herkend');
    await expect(dialog.locator('tr[data-line="3"]')).toContainText('3 maart 2018');
    await dialog.getByRole('button', { name: '3 momenten toevoegen' }).click();
    await expect(page.getByRole('heading', { name: 'Momenten (3)' })).toBeVisible();
    expect(
      (await caseRecords(page, caseId))
        .filter((r) => r.type === 'member')
        .map((r) => r.pseudonym)
        .sort(),
    ).toEqual(['Ilse', 'Tom']);
  });

  test('one by one: nothing is made until saved; Enter saves and starts the next at the same date and lane; the kind follows the lane', async ({
    app,
    page,
  }) => {
    await app.openLibrary();
    await app.createCase('Gezin Eén voor één');
    const caseId = caseIdFromUrl(page);
    await page.getByRole('button', { name: '+ Moment toevoegen' }).click();
    const form = page.locator('form.item-form');
    // Focus is in the title; closing leaves nothing behind.
    await expect(form.getByLabel('Titel')).toBeFocused();
    await form.getByRole('button', { name: 'Annuleren' }).click();
    expect(await countOf(page, caseId, 'item')).toBe(0);

    await page.getByRole('button', { name: '+ Moment toevoegen' }).click();
    await page.keyboard.type('Verhuizing naar Zwolle');
    await form.getByLabel('Wanneer').fill('winter 2018');
    await expect(form.getByTestId('date-hint')).toContainText('betekent december 2017 – februari 2018');
    await shot(page, 'entry-form');
    // Enter saves and starts the next one at once: typing goes straight on into its title.
    await form.getByLabel('Wanneer').press('Enter');
    await page.keyboard.type('Tweede moment');
    await expect(form.getByLabel('Titel')).toHaveValue('Tweede moment');
    await expect(form.getByLabel('Wanneer')).toHaveValue('winter 2018');
    await expect.poll(() => countOf(page, caseId, 'item')).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => countOf(page, caseId, 'item')).toBe(2);
    await expect(form.getByLabel('Titel')).toHaveValue('');
    await expect(form.getByLabel('Titel')).toBeFocused();

    // A help lane gives a help event.
    await page.getByRole('tab', { name: 'Banen' }).click();
    await page.getByRole('button', { name: '+ Baan toevoegen' }).click();
    await page.getByRole('tab', { name: 'Momenten' }).click();
    await page.getByRole('button', { name: '+ Moment toevoegen' }).click();
    // The last date used, printed as the app prints it: a winter with both its years.
    await expect(form.getByLabel('Wanneer')).toHaveValue('winter 2017–2018');
    await form.getByLabel('Baan').selectOption({ label: 'Nieuwe hulpverlener' });
    await expect(form.getByLabel('Type gebeurtenis')).toHaveValue('help');
    await form.getByLabel('Titel').fill('Start gezinscoach');
    await form.getByLabel('Wanneer').fill('groep 8');
    await expect(form.getByTestId('date-hint')).toContainText('schooljaar');
    await expect(form.getByRole('button', { name: 'Opslaan en volgende' })).toBeDisabled();
    await form.getByLabel('Wanneer').fill('sinds maart 2019');
    await form.getByLabel('Titel').press('Enter');
    await expect.poll(() => countOf(page, caseId, 'item')).toBe(3);
    const items = (await caseRecords(page, caseId)).filter((r) => r.type === 'item');
    expect(items.find((i) => i.title === 'Start gezinscoach')).toMatchObject({
      kind: 'help',
      shape: 'period',
      start: { precision: 'month', year: 2019, month: 3 },
      end: null,
    });
    expect(items.filter((i) => i.title !== 'Start gezinscoach').map((i) => i.start)).toEqual([
      { precision: 'season', year: 2018, season: 'winter' },
      { precision: 'season', year: 2018, season: 'winter' },
    ]);
    // Two lines pasted into a title are rows to import, not one long title.
    await form.getByLabel('Titel').focus();
    await pasteInto(page, 'form.item-form input[name="title"]', '2019 – Eerste\n2020 – Tweede');
    await expect(page.getByRole('dialog')).toContainText('2 van 2 rijen gelezen');
  });

  test('member names and lane names are readable in full; magnification takes any number from 1 to 20', async ({
    app,
    page,
  }) => {
    await app.openLibrary();
    await app.createCase('Gezin Lange Namen');
    const caseId = caseIdFromUrl(page);
    await page.getByRole('tab', { name: 'Gezinsleden' }).click();
    const names = ['Maximiliaan-Jan', 'Alexander Pieter', 'Christiaan-Willem'];
    for (const [i, name] of names.entries()) {
      await page.getByRole('button', { name: '+ Gezinslid toevoegen' }).click();
      // The new member's name field has the focus, its placeholder name selected: just type.
      await expect(page.getByLabel('Schuilnaam')).toHaveCount(i + 1);
      await expect(page.getByLabel('Schuilnaam').nth(i)).toBeFocused();
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => countOf(page, caseId, 'member')).toBe(3);
    await shot(page, 'members');
    // Measure each name field: the whole name fits (nothing scrolled out of view), and the field
    // has room for at least 12 wide characters.
    const fields = await page.getByLabel('Schuilnaam').evaluateAll((inputs) =>
      (inputs as HTMLInputElement[]).map((input) => {
        const style = getComputedStyle(input);
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
        return {
          value: input.value,
          inner: input.clientWidth - padding,
          text: ctx.measureText(input.value).width,
          twelve: ctx.measureText('M'.repeat(12)).width,
          scrolls: input.scrollWidth > input.clientWidth,
        };
      }),
    );
    expect(fields.map((f) => f.value)).toEqual(names);
    for (const f of fields) {
      expect(f.scrolls, f.value).toBe(false);
      expect(f.inner, f.value).toBeGreaterThanOrEqual(f.text);
      expect(f.inner, f.value).toBeGreaterThanOrEqual(f.twelve);
    }

    await page.getByRole('tab', { name: 'Banen' }).click();
    await page.getByRole('button', { name: '+ Baan toevoegen' }).click();
    const lane = page.getByLabel('Naam 2');
    const long = 'Gecertificeerde instelling jeugdbescherming en jeugdreclassering Noord';
    await lane.fill(long);
    await lane.press('Enter');
    await expect
      .poll(async () => (await caseRecords(page, caseId)).find((r) => r.type === 'lane' && r.name === long))
      .toBeTruthy();
    const laneBox = await lane.evaluate((el) => ({
      scrollH: el.scrollHeight,
      clientH: el.clientHeight,
      scrollW: el.scrollWidth,
      clientW: el.clientWidth,
    }));
    expect(laneBox.scrollH).toBeLessThanOrEqual(laneBox.clientH + 1);
    expect(laneBox.scrollW).toBeLessThanOrEqual(laneBox.clientW + 1);
    await shot(page, 'lanes');

    await page.getByRole('tab', { name: 'Tijdlijn' }).click();
    expect(await page.locator('input[type="date"], input[type="number"]').count()).toBe(0);
    await page.getByRole('button', { name: '+ Periode uitvergroten' }).click();
    const weight = page.getByLabel('Vergroting (×)');
    await expect(weight).toHaveValue('4');
    const save = page.getByRole('button', { name: 'Opslaan' });
    await save.click();
    const weightOf = async () => {
      const c = (await caseRecords(page, caseId)).find((r) => r.type === 'case') as {
        axis: { scale: { mode: string; segments?: { weight: number }[] } };
      };
      return c.axis.scale.segments?.[0]?.weight ?? null;
    };
    await expect.poll(weightOf).toBe(4);
    for (const [typed, stored] of [
      ['2,5', 2.5],
      ['20', 20],
      ['1', 1],
      ['7.25', 7.25],
    ] as const) {
      await weight.fill(typed);
      await save.click();
      await expect.poll(weightOf).toBe(stored);
    }
    await weight.fill('25');
    await expect(save).toBeDisabled();
    await weight.fill('0,5');
    await expect(save).toBeDisabled();
  });

  test('the library tells copies apart and shows each case’s moments and session date', async ({
    app,
    page,
  }, testInfo) => {
    await app.openLibrary();
    await app.openDemo();
    const caseId = caseIdFromUrl(page);
    await page.getByRole('button', { name: 'Sessie', exact: true }).click();
    await page.getByRole('navigation', { name: 'Fase' }).getByRole('button', { name: /^1 / }).click();
    await expect(page.getByTestId('phase-title')).toHaveText('Levenslijn presenteren en aanvullen');
    await page.getByRole('button', { name: '← Levenslijn' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporteren' }).click();
    const file = testInfo.outputPath('zeeland.levenslijn');
    await (await download).saveAs(file);
    await page.getByRole('button', { name: /Casussen/ }).click();
    const rows = app.caseRows();
    const items = await countOf(page, caseId, 'item');
    await expect(rows.first().getByTestId('case-moments')).toHaveText(`${items} momenten`);
    await expect(rows.first().getByTestId('case-session')).toContainText('sessie ');
    // Importing the same file again gives a copy that says so (the import shows it; back to the library).
    for (let i = 0; i < 2; i++) {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Casus importeren' }).click();
      await (await chooser).setFiles(file);
      await page.waitForURL(/#\/case\/case_[a-z0-9]+$/);
      expect(caseIdFromUrl(page)).not.toBe(caseId);
      await app.openLibrary();
      await expect(rows).toHaveCount(2 + i);
    }
    const titles = await rows.locator('.case-title').allTextContents();
    expect(titles.sort()).toEqual([
      'Gezin Zeeland (voorbeeld)',
      'Gezin Zeeland (voorbeeld) (kopie 2)',
      'Gezin Zeeland (voorbeeld) (kopie)',
    ]);
    await shot(page, 'library');
  });
});

test.describe('the change trail tells the truth', () => {
  test('a corrected date reads "2011 → 2012" on the console and in the report PDF, with who raised it', async ({
    app,
    page,
  }, testInfo) => {
    await app.openLibrary();
    await app.createCase('Gezin Spoor');
    const caseId = caseIdFromUrl(page);
    await page.getByRole('button', { name: 'Plakken of importeren' }).click();
    await page
      .getByRole('dialog')
      .getByLabel('Rijen')
      .fill('2011\tGezin\tVerhuizing naar Zwolle\t\t\nvoorjaar 2015\tGezin\tGeboorte Noor\t\t');
    await page.getByRole('dialog').getByRole('button', { name: '2 momenten toevoegen' }).click();
    await expect(page.getByRole('heading', { name: 'Momenten (2)' })).toBeVisible();

    // The session: two participants, phase 1.
    await page.getByRole('button', { name: 'Sessie', exact: true }).click();
    for (const [name, role] of [
      ['Ilse', 'ouder'],
      ['Gezinscoach Anouk', 'professional'],
    ] as const) {
      await page.getByLabel('Schuilnaam').fill(name);
      await page.getByLabel('Rol').selectOption(role);
      await page.getByRole('button', { name: 'Deelnemer toevoegen', exact: true }).click();
      await expect(page.locator('.participant-list')).toContainText(name);
    }
    await page.getByRole('navigation', { name: 'Fase' }).getByRole('button', { name: /^1 / }).click();
    await page.getByRole('button', { name: 'Levenslijn bewerken' }).click();

    // In the editor: Ilse raises it; the date is corrected.
    await page.locator('.session-trail-bar').getByLabel('Ingebracht door').selectOption({ label: 'Ilse' });
    await page.locator('.item-list').getByText('Verhuizing naar Zwolle').click();
    const form = page.locator('form.item-form');
    await form.getByLabel('Wanneer').fill('2012');
    await form.getByLabel('Wanneer').press('Enter');
    await form.getByRole('button', { name: 'Sluiten' }).click();
    await expect(page.locator('.item-list')).toContainText('2012');
    // A moment added in the session and then edited is one "toegevoegd" line with its final content.
    await page.getByRole('button', { name: '+ Moment toevoegen' }).click();
    await form.getByLabel('Titel').fill('Oma overleden');
    await form.getByLabel('Wanneer').fill('2013');
    await form.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect(form).toContainText('Toegevoegd in sessie');
    await form.getByLabel('Wanneer').fill('zomer 2013');
    await form.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await form.getByRole('button', { name: 'Sluiten' }).click();
    await expect(page.locator('.item-list')).toContainText('zomer 2013');
    // An edit that is undone leaves no line.
    await page.locator('.item-list').getByText('Geboorte Noor').click();
    await form.getByLabel('Titel').fill('Geboorte van Noor');
    await form.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await form.getByRole('button', { name: 'Sluiten' }).click();
    await page.getByRole('button', { name: /Ongedaan maken\s*:\s*wijzigen/ }).click();
    await expect(page.locator('.item-list')).toContainText('Geboorte Noor');

    await page.getByRole('button', { name: 'Sessie', exact: true }).click();
    const table = page.locator('table.trail-table');
    await expect(table.locator('tbody tr')).toHaveCount(2);
    const corrected = table.locator('tbody tr', { hasText: 'gecorrigeerd' });
    await expect(corrected).toContainText('Verhuizing naar Zwolle');
    await expect(corrected).toContainText('Datum: 2011 → 2012');
    await expect(corrected.getByRole('combobox')).toHaveValue(/participant_/);
    const added = table.locator('tbody tr', { hasText: 'toegevoegd' });
    await expect(added).toContainText('Oma overleden');
    await expect(added).toContainText('Datum: zomer 2013');
    // Who raised the addition is chosen on the console.
    await added.getByRole('combobox').selectOption({ label: 'Gezinscoach Anouk' });
    await expect
      .poll(
        async () => (await caseRecords(page, caseId)).filter((r) => r.type === 'change' && r.raisedBy).length,
      )
      .toBe(2);
    await shot(page, 'console-trail');

    // The report's appendix prints the same, and so does its PDF.
    await page.goto(`./#/report/${caseId}`);
    await page.waitForSelector('body[data-report-ready="true"]');
    await page.evaluate(() => document.fonts.ready);
    const pdf = testInfo.outputPath('report.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    if (process.env.SCREENSHOTS_DIR)
      execFileSync('cp', [pdf, `${process.env.SCREENSHOTS_DIR}/trail-report.pdf`]);
    // Reading order (not -layout), so each table cell's text stays together.
    const pages = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split('\f');
    const appendix = pages.find((p) => p.includes('Correcties op de levenslijn in de sessie'));
    expect(appendix, 'the appendix page').toBeTruthy();
    const text = appendix!.replace(/\s+/g, ' ');
    expect(text).toContain('Datum: 2011 → 2012');
    // The arrow comes from the bundled arrow face: no system font is pulled in.
    for (const f of pdfFonts(pdf))
      expect(f.name, f.line).toMatch(/^[A-Z]{6}\+(AtkinsonHyperlegible|LevenslijnArrows)-(Regular|Bold)$/);
    expect(text).toContain('Verhuizing naar Zwolle');
    expect(text).toContain('Ilse (ouder)');
    expect(text).toContain('Oma overleden');
    // (a cell's wrapped lines may interleave with the next cell's in the PDF's reading order)
    expect(text).toContain('Gezinscoach Anouk');
    expect(text).toContain('(professional)');
    expect(text).not.toContain('Geboorte van Noor');
  });
});
