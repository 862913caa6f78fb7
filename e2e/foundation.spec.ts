import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect, caseRecords, caseIdFromUrl } from './support/fixtures';

test.describe('foundation: library, editor, storage', () => {
  test('first start offers the demo case and shows its full lifeline', async ({ app, page }) => {
    await app.openLibrary();
    await expect(page.getByText('Nieuw hier?')).toBeVisible();
    await app.openDemo();
    await expect(page.getByRole('heading', { name: /Momenten \(4\d\)/ })).toBeVisible();
    const stats = await app.sceneStats();
    expect(stats.cards + stats.dots).toBeGreaterThan(20);
    expect(stats.bars).toBeGreaterThan(10);
    // Back in the library the demo is listed and no longer offered.
    await page.getByRole('button', { name: /Casussen/ }).click();
    await expect(app.caseRows()).toHaveCount(1);
    await expect(page.getByText('Nieuw hier?')).toHaveCount(0);
  });

  test('creating a case and adding a moment and a period; everything survives a reload; undo works', async ({
    app,
    page,
  }) => {
    await app.openLibrary();
    await app.createCase('Gezin Testveld');
    await page.getByRole('button', { name: '+ Moment toevoegen' }).click();
    const form = page.getByRole('form', { name: 'Moment' });
    await expect(form).toBeVisible();
    await form.getByLabel('Titel').fill('Verhuizing naar Zwolle');
    await form.getByLabel('Wanneer').fill('voorjaar 2015');
    await form.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await form.getByRole('button', { name: 'Sluiten' }).click();

    await page.getByRole('button', { name: '+ Periode toevoegen' }).click();
    const periodForm = page.getByRole('form', { name: 'Periode' });
    await periodForm.getByLabel('Titel').fill('Gezinscoach');
    await periodForm.getByLabel('Wanneer').fill('2016–2018');
    await periodForm.getByRole('button', { name: 'Opslaan', exact: true }).click();
    // The saved period stays open for editing: correct its title.
    await expect(periodForm).toContainText('Voorbereid');
    await periodForm.getByLabel('Titel').fill('Gezinscoach wijkteam');
    await periodForm.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await periodForm.getByRole('button', { name: 'Sluiten' }).click();

    const list = page.locator('.item-list');
    await expect(list).toContainText('Verhuizing naar Zwolle');
    await expect(list).toContainText('Gezinscoach wijkteam');
    const stats = await app.sceneStats();
    expect(stats.cards + stats.dots).toBe(1);
    expect(stats.bars).toBe(1);

    await page.reload();
    await expect(page.locator('.item-list')).toContainText('Verhuizing naar Zwolle');
    await expect(page.locator('.item-list')).toContainText('Gezinscoach wijkteam');

    // Undo the title edit of the period (last step), then redo it.
    await page.getByRole('button', { name: /Ongedaan maken\s*:\s*wijzigen/ }).click();
    await expect(page.locator('.item-list')).toContainText('Gezinscoach');
    await expect(page.locator('.item-list')).not.toContainText('Gezinscoach wijkteam');
    await page.keyboard.press('Control+Shift+Z');
    await expect(page.locator('.item-list')).toContainText('Gezinscoach wijkteam');
  });

  test('dragging a moment on the console canvas moves it (and undo moves it back)', async ({ app, page }) => {
    await app.openLibrary();
    await app.openDemo();
    const caseId = caseIdFromUrl(page);
    await app.sceneStats();
    // The view at rest: the top bar (its save indicator changes width) and the layout settled.
    await expect(page.getByText('Opgeslagen', { exact: false }).first()).toBeVisible();
    const canvas = page.getByTestId('lifeline-canvas');
    await expect
      .poll(async () => {
        const a = JSON.stringify(await canvas.boundingBox());
        await page.waitForTimeout(300);
        return a === JSON.stringify(await canvas.boundingBox());
      })
      .toBe(true);
    const before = await caseRecords(page, caseId);
    const target = await page.evaluate(() => {
      const api = window.__levenslijn!;
      return api.services.db.records
        .where('type')
        .equals('item')
        .toArray()
        .then((items) => {
          for (const item of items) {
            if (item.type !== 'item') continue;
            const p = api.wall!.itemScreenPoint(item.id);
            if (p && item.shape === 'moment' && p.x > 300 && p.x < 1000) return { id: item.id, ...p };
          }
          return null;
        });
    });
    expect(target).not.toBeNull();
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + target!.x, box.y + target!.y);
    await page.mouse.down();
    await page.mouse.move(box.x + target!.x + 80, box.y + target!.y, { steps: 8 });
    await page.mouse.move(box.x + target!.x + 160, box.y + target!.y, { steps: 8 });
    await page.mouse.up();
    await expect
      .poll(async () =>
        JSON.stringify((await caseRecords(page, caseId)).find((r) => r.id === target!.id)?.start),
      )
      .not.toBe(JSON.stringify(before.find((r) => r.id === target!.id)?.start));
    await page.getByRole('button', { name: /Ongedaan maken\s*:\s*verplaatsen/ }).click();
    await expect
      .poll(async () => JSON.stringify((await caseRecords(page, caseId)).find((r) => r.id === target!.id)))
      .toBe(JSON.stringify(before.find((r) => r.id === target!.id)));
  });

  test('export → delete → import gives the identical case', async ({ app, page }, testInfo) => {
    await app.openLibrary();
    await app.openDemo();
    const caseId = caseIdFromUrl(page);
    const original = await caseRecords(page, caseId);
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporteren' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^gezin-zeeland-voorbeeld\.levenslijn$/);
    const file = testInfo.outputPath('case.levenslijn');
    await download.saveAs(file);

    await page.getByRole('button', { name: /Casussen/ }).click();
    const row = app.caseRows().first();
    await row.getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
    await expect(app.caseRows()).toHaveCount(0);
    // The toast offers a way back; we let the bin purge instead (undo window is short in tests too).
    await page.evaluate(async () => {
      const db = window.__levenslijn!.services.db;
      const cases = await db.records.where('type').equals('case').toArray();
      for (const c of cases) {
        await db.records.where('caseId').equals(c.id).delete();
      }
    });

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Casus importeren' }).click();
    await (await chooser).setFiles(file);
    await expect(page.getByText('is geïmporteerd')).toBeVisible();
    // The imported case is shown at once, its id in the URL.
    await expect(page).toHaveURL(new RegExp(`#/case/${caseId}$`));
    await app.openLibrary();
    await expect(app.caseRows()).toHaveCount(1);
    const imported = await caseRecords(page, caseId);
    expect(imported).toEqual(original);
  });

  test('a deleted case can be restored from the toast', async ({ app, page }) => {
    await app.openLibrary();
    await app.createCase('Gezin Terug');
    await page.getByRole('button', { name: /Casussen/ }).click();
    await app.caseRows().first().getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
    await expect(app.caseRows()).toHaveCount(0);
    await page.getByRole('button', { name: 'Terugzetten' }).click();
    await expect(app.caseRows()).toHaveCount(1);
    await expect(app.caseRows().first()).toContainText('Gezin Terug');
  });

  test('a broken, foreign or too-new file is refused with a message and the library is unchanged', async ({
    app,
    page,
  }, testInfo) => {
    await app.openLibrary();
    await app.createCase('Gezin Blijft');
    await page.getByRole('button', { name: /Casussen/ }).click();
    const before = await page.evaluate(() => window.__levenslijn!.services.db.records.toArray());
    const cases: [string, string, RegExp][] = [
      [
        'kapot.levenslijn',
        '{"format": "levenslijn-case", "formatVersion": 1, "records": [',
        /geen geldige JSON/,
      ],
      ['vreemd.json', JSON.stringify({ hello: 'world' }), /geen Levenslijn-casus/],
      [
        'nieuw.levenslijn',
        JSON.stringify({ format: 'levenslijn-case', formatVersion: 7, records: [] }),
        /nieuwere versie/,
      ],
    ];
    for (const [name, content, message] of cases) {
      const file = testInfo.outputPath(name);
      writeFileSync(file, content);
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Casus importeren' }).click();
      await (await chooser).setFiles(file);
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByTestId('import-error')).toHaveText(message);
      await expect(dialog).toContainText('Er is niets veranderd');
      await dialog.getByRole('button', { name: 'Sluiten' }).click();
    }
    const after = await page.evaluate(() => window.__levenslijn!.services.db.records.toArray());
    expect(after).toEqual(before);
    expect(readFileSync(testInfo.outputPath('vreemd.json'), 'utf8')).toContain('hello');
  });

  test('a case lost from IndexedDB is restored from its backup outside the database', async ({
    app,
    page,
  }) => {
    await app.openLibrary();
    await app.openDemo();
    const caseId = caseIdFromUrl(page);
    const original = await caseRecords(page, caseId);
    // The open case is copied to the origin private file system.
    await expect
      .poll(() =>
        page.evaluate(async () => (await window.__levenslijn!.services.platform.listBackups()).length),
      )
      .toBeGreaterThan(0);
    await page.getByRole('button', { name: /Casussen/ }).click();
    // Simulate a lost or corrupted database.
    await page.evaluate(async (id) => {
      await window.__levenslijn!.services.db.records.where('caseId').equals(id).delete();
    }, caseId);
    await expect(app.caseRows()).toHaveCount(0);
    await page.getByRole('button', { name: 'Herstellen' }).click();
    await expect(app.caseRows()).toHaveCount(1);
    expect(await caseRecords(page, caseId)).toEqual(original);
  });

  test('English can be chosen and is remembered', async ({ app, page }) => {
    await app.openLibrary();
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
  });
});
