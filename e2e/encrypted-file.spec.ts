import { readFileSync } from 'node:fs';
import { test, expect, caseIdFromUrl, caseRecords } from './support/fixtures';
import { encryptFileText } from '../shared/file/encrypted';

/**
 * Encrypted case files through the UI, and files opened from the file manager (the desktop
 * shell's hand-over is played by the test API; the app's own handling runs).
 */
const PASSPHRASE = 'Blauwe-reiger 42!';

test('export encrypted with a passphrase; the import asks for it, a wrong one changes nothing, the right one shows the case', async ({
  app,
  page,
}, testInfo) => {
  await app.openLibrary();
  await app.openDemo();
  const caseId = caseIdFromUrl(page);
  const original = await caseRecords(page, caseId);
  await app.openLibrary();

  await page.getByRole('button', { name: 'Versleuteld exporteren' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Wachtwoord', { exact: true }).fill('kort');
  await expect(dialog.getByText('Minstens 8 tekens.', { exact: true })).toBeVisible();
  await dialog.getByLabel('Wachtwoord', { exact: true }).fill(PASSPHRASE);
  await dialog.getByLabel('Herhaal het wachtwoord').fill(`${PASSPHRASE}x`);
  await expect(dialog.getByText('De twee wachtwoorden zijn niet gelijk.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Versleutelen en opslaan' })).toBeDisabled();
  await dialog.getByLabel('Herhaal het wachtwoord').fill(PASSPHRASE);
  await page.screenshot({ path: testInfo.outputPath('export-encrypted.png') });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Versleutelen en opslaan' }).click();
  const file = testInfo.outputPath('encrypted.levenslijn');
  await (await download).saveAs(file);
  const text = readFileSync(file, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'levenslijn-encrypted', kdf: { name: 'PBKDF2' } });
  expect(text).not.toContain('Zeeland');

  // The case is gone from this browser; the encrypted file brings it back.
  await page.evaluate(async (id) => {
    const db = window.__levenslijn!.services.db;
    await db.records.where('caseId').equals(id).delete();
  }, caseId);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Casus importeren' }).click();
  await (await chooser).setFiles(file);
  const ask = page.getByRole('dialog');
  await expect(ask.getByRole('heading', { name: 'Versleuteld bestand' })).toBeVisible();
  await ask.getByLabel('Wachtwoord').fill('niet-het-wachtwoord');
  await ask.getByRole('button', { name: 'Openen' }).click();
  await expect(ask.getByTestId('passphrase-error')).toHaveText(/klopt niet.*Er is niets veranderd/);
  await page.screenshot({ path: testInfo.outputPath('import-wrong-passphrase.png') });
  expect(await caseRecords(page, caseId)).toEqual([]);
  await ask.getByLabel('Wachtwoord').fill(PASSPHRASE);
  await ask.getByRole('button', { name: 'Openen' }).click();
  await expect(page).toHaveURL(new RegExp(`#/case/${caseId}$`));
  expect(await caseRecords(page, caseId)).toEqual(original);
});

test('a case file opened from the file manager is imported and shown; an encrypted one asks for its passphrase first', async ({
  app,
  page,
}) => {
  await app.openLibrary();
  const plain = readFileSync('shared/file/fixtures/case-v1.json', 'utf8');
  // Opened while another screen shows: the app goes to the library and imports it.
  await page.goto('./#/report/case_none');
  await page.evaluate(
    (text) => window.__levenslijn!.openFromFileManager([{ name: 'gezin.levenslijn', text }]),
    plain,
  );
  await expect(page).toHaveURL(/#\/case\/case_fx1$/);
  await expect(page.getByText('is geïmporteerd')).toBeVisible();

  const encrypted = await encryptFileText(plain, PASSPHRASE, { iterations: 100_000 });
  await page.evaluate(
    (text) => window.__levenslijn!.openFromFileManager([{ name: 'geheim.levenslijn', text }]),
    encrypted,
  );
  const ask = page.getByRole('dialog');
  await ask.getByLabel('Wachtwoord').fill(PASSPHRASE);
  await ask.getByRole('button', { name: 'Openen' }).click();
  // The same case again: imported as a copy under new ids, and shown.
  await expect(page.getByText('bestond al en is als kopie geïmporteerd')).toBeVisible();
  await expect(page).toHaveURL(/#\/case\/case_[a-z0-9]+$/);
  expect(caseIdFromUrl(page)).not.toBe('case_fx1');
});

test('a study exports encrypted with its cases; the study import asks for the passphrase and shows the study; a study file opened from the file manager imports too', async ({
  app,
  page,
}, testInfo) => {
  await app.openLibrary();
  await app.openDemo();
  const caseId = caseIdFromUrl(page);
  const studyId = await page.evaluate(
    (id) => window.__levenslijn!.createStudy('Onderzoek Vast Gezicht', [id]),
    caseId,
  );
  expect(
    await page.evaluate(
      (id) =>
        window.__levenslijn!.runStudy(id, 'element.add', {
          name: 'Eén gezicht',
          description: 'Gezinnen noemen de vaste coach.',
        }),
      studyId,
    ),
  ).toEqual({ ok: true });
  const original = await caseRecords(page, studyId);

  await page.goto(`./#/study/${studyId}`);
  await page.getByRole('button', { name: 'Versleuteld als bestand' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Wachtwoord', { exact: true }).fill(PASSPHRASE);
  await dialog.getByLabel('Herhaal het wachtwoord').fill(PASSPHRASE);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Versleutelen en opslaan' }).click();
  const file = testInfo.outputPath('onderzoek.levenslijn-onderzoek');
  await (await download).saveAs(file);
  const text = readFileSync(file, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'levenslijn-encrypted', content: 'study' });
  for (const plain of ['Vast Gezicht', 'Eén gezicht', 'Zeeland']) expect(text).not.toContain(plain);

  // The study is gone from this browser (its case stays); the encrypted file brings it back.
  await page.evaluate(async (id) => {
    await window.__levenslijn!.services.db.records.where('caseId').equals(id).delete();
  }, studyId);
  // (the library now offers the study's backup among the missing ones; the file is used here)
  await page.goto('./#/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Onderzoek importeren' }).click();
  await (await chooser).setFiles(file);
  const ask = page.getByRole('dialog');
  await expect(ask.getByRole('heading', { name: 'Versleuteld bestand' })).toBeVisible();
  await ask.getByLabel('Wachtwoord').fill('niet-het-wachtwoord');
  await ask.getByRole('button', { name: 'Openen' }).click();
  await expect(ask.getByTestId('passphrase-error')).toHaveText(/klopt niet.*Er is niets veranderd/);
  expect(await caseRecords(page, studyId)).toEqual([]);
  await ask.getByLabel('Wachtwoord').fill(PASSPHRASE);
  await ask.getByRole('button', { name: 'Openen' }).click();
  await expect(page).toHaveURL(new RegExp(`#/study/${studyId}$`));
  await expect(page.getByText('is geïmporteerd met 1 casussen')).toBeVisible();
  expect(await caseRecords(page, studyId)).toEqual(original);

  // A study file opened from the file manager (plain) goes the same way: the study exists, so
  // it comes in as a new study (its case is the same and is not imported twice).
  const plainDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Onderzoek als bestand' }).click();
  const plainText = readFileSync(await (await plainDownload).path(), 'utf8');
  await page.evaluate(
    (text) => window.__levenslijn!.openFromFileManager([{ name: 'onderzoek.levenslijn-onderzoek', text }]),
    plainText,
  );
  await expect(page).toHaveURL(/#\/study\/study_[a-z0-9]+$/);
  await expect.poll(() => page.url()).not.toContain(studyId);
  const studies = await page.evaluate(async () => {
    const db = window.__levenslijn!.services.db;
    return (await db.records.where('type').equals('study').toArray()).map((s) => s.id);
  });
  expect(studies).toHaveLength(2);
});
