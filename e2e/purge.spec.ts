import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, caseIdFromUrl } from './support/fixtures';
import { closeBrowser, killBrowser, startBrowser, type RunningBrowser } from './support/browserProcess';
import { scanProfile, textPatterns, type ScanResult } from './support/profileScan';

/**
 * "Deleted means gone", measured on a real browser profile: a case with a marker string in its
 * title, a moment and session cards is used in the console, the wall and the report, deleted in
 * the library, left until the undo window is over (shortened to 3 s for the test), and the
 * browser is closed. Then every file of the profile is searched for the marker (UTF-8, UTF-16,
 * lower case), also inside LevelDB logs, compressed tables and compressed values, and for the
 * bytes of the case's encryption key. Before the delete the same search finds both — in the
 * case's snapshot and journal and in its key file — so the search does see the app's files.
 */
const MARKER = 'QZXV-privacy-8317';
const UNDO_WINDOW_MS = 3_000;

function patterns(key: number[]) {
  return [
    ...textPatterns('marker', MARKER),
    ...textPatterns('marker lower case', MARKER.toLowerCase()),
    { name: 'case key', bytes: new Uint8Array(key) },
  ];
}

const summary = (r: ScanResult) =>
  `${r.files} files, ${(r.bytes / 1024 / 1024).toFixed(1)} MB, ${r.leveldbLogs} LevelDB logs, ${r.leveldbTables} tables, ${r.decompressedBlocks} blocks/values decompressed`;

/** The app in the real browser's first window, with the test API and the short undo window. */
async function openApp(running: RunningBrowser, baseURL: string) {
  const context = running.browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript((ms) => {
    localStorage.setItem('levenslijnTestApi', '1');
    localStorage.setItem('levenslijnUndoWindowMs', String(ms));
  }, UNDO_WINDOW_MS);
  await page.goto(baseURL);
  return { context, page };
}

/** The undo window passes and the purge runs: no rows and no key of the scope are left. */
async function expectPurged(page: Page, scopeId: string) {
  await expect
    .poll(
      () =>
        page.evaluate(async (id) => {
          const db = window.__levenslijn!.services.db;
          return (await db.records.where('caseId').equals(id).count()) + (db.keyring!.has(id) ? 1 : 0);
        }, scopeId),
      { timeout: 30_000 },
    )
    .toBe(0);
}

async function run(page: Page, caseId: string, name: string, args: unknown) {
  const r = await page.evaluate(([id, n, a]) => window.__levenslijn!.run(id, n, a), [
    caseId,
    name,
    args,
  ] as const);
  expect(r, name).toEqual({ ok: true });
}

test('a deleted case leaves nothing readable in any file of the browser profile', async ({
  app,
}, testInfo) => {
  void app;
  test.setTimeout(180_000);
  const baseURL = String(testInfo.project.use.baseURL);
  const profile = mkdtempSync(join(tmpdir(), 'levenslijn-purge-'));
  let running: RunningBrowser | null = null;
  try {
    running = await startBrowser(profile);
    const { context, page } = await openApp(running, baseURL);

    // The case, as a facilitator makes it.
    await page.getByRole('button', { name: 'Nieuwe casus' }).click();
    await page.getByLabel('Titel (schuilnaam').fill(`Gezin ${MARKER}`);
    await page.getByRole('button', { name: 'Aanmaken' }).click();
    await page.waitForURL(/#\/case\//);
    const caseId = caseIdFromUrl(page);
    await page.getByRole('button', { name: '+ Moment toevoegen' }).click();
    const form = page.getByRole('form', { name: 'Moment' });
    await form.getByLabel('Titel').fill(`Verhuizing ${MARKER} 👨‍👩‍👧`);
    await form.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await form.getByRole('button', { name: 'Sluiten' }).click();
    await expect(page.locator('.item-list')).toContainText(MARKER);
    await run(page, caseId, 'participant.add', {
      id: 'participant_p1',
      pseudonym: `Ilse ${MARKER}`,
      role: 'ouder',
    });
    await run(page, caseId, 'card.add', { list: 'strengths', text: `${MARKER}: één vast gezicht 👍` });
    await run(page, caseId, 'card.add', {
      list: 'improvements',
      text: `Niet steeds opnieuw vertellen — ${MARKER}`,
    });

    // Shown on the wall (a second window) and as a report.
    const wallPromise = context.waitForEvent('page');
    await page.getByRole('button', { name: 'Muur openen' }).click();
    const wall = await wallPromise;
    await expect(wall.getByTestId('wall')).toBeVisible();
    await page.goto(`${baseURL}#/report/${caseId}`);
    await page.waitForSelector('body[data-report-ready="true"]');
    expect(await page.title()).not.toContain(MARKER);
    expect(await wall.title()).not.toContain(MARKER);
    await page.goto(`${baseURL}#/case/${caseId}`);
    await expect(page.locator('.item-list')).toContainText(MARKER);

    // Before the delete the search finds the case (its snapshot, journal and key file).
    const key = await page.evaluate(
      (id) => Array.from(window.__levenslijn!.services.db.keyring!.get(id)!),
      caseId,
    );
    expect(key).toHaveLength(32);
    await expect
      .poll(() => scanProfile(profile, patterns(key)).hits.map((h) => h.pattern), { timeout: 20_000 })
      .toEqual(expect.arrayContaining(['marker (UTF-8)', 'case key']));
    const before = scanProfile(profile, patterns(key));
    console.log(
      `before the delete: ${summary(before)}; found in ${[...new Set(before.hits.map((h) => h.file))].join(', ')}`,
    );

    // Deleted in the library, left until the undo window is over.
    await page.goto(`${baseURL}#/`);
    const row = page.locator('.case-row', { hasText: MARKER });
    await row.getByRole('button', { name: 'Verwijderen', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
    await expect(page.locator('.case-row', { hasText: MARKER })).toHaveCount(0);
    await expectPurged(page, caseId);
    await expect(wall.getByText(/niet gevonden|bestaat niet/i).first()).toBeVisible();

    // The browser closed as a user closes it; then every file of its profile is searched.
    await closeBrowser(running, profile);
    running = null;
    const after = scanProfile(profile, patterns(key));
    console.log(`after the purge: ${summary(after)}; hits: ${after.hits.length}`);
    for (const h of after.hits) console.log(`  ${h.pattern} in ${h.file} (${h.where})`);
    expect(after.files).toBeGreaterThan(50);
    expect(after.leveldbLogs + after.leveldbTables).toBeGreaterThan(0);
    expect(after.hits).toEqual([]);
  } finally {
    if (running) await killBrowser(running.proc, profile).catch(() => undefined);
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});

/**
 * The same for a study (onderzoek): its name, description and overarching elements are the
 * researchers' own text, encrypted under a key of the study's own. Deleting the study leaves
 * nothing of it readable in the profile, and — as the library promises ("De casussen zelf blijven
 * in de bibliotheek") — its cases stay, readable, with their keys.
 */
test('a deleted study leaves nothing readable in the profile, and its cases stay', async ({
  app,
}, testInfo) => {
  void app;
  test.setTimeout(180_000);
  const baseURL = String(testInfo.project.use.baseURL);
  const profile = mkdtempSync(join(tmpdir(), 'levenslijn-purge-study-'));
  let running: RunningBrowser | null = null;
  try {
    running = await startBrowser(profile);
    const { page } = await openApp(running, baseURL);
    await page.waitForFunction(() => !!window.__levenslijn);

    const caseId = await page.evaluate(() => window.__levenslijn!.createCase('Gezin Blijft-Bestaan'));
    await run(page, caseId, 'card.add', { list: 'strengths', text: 'Eén vast gezicht voor het gezin' });
    const studyId = await page.evaluate(([name, id]) => window.__levenslijn!.createStudy(name, [id]), [
      `Onderzoek ${MARKER}`,
      caseId,
    ] as const);
    const added = await page.evaluate(
      ([id, marker]) =>
        window.__levenslijn!.runStudy(id, 'element.add', {
          name: `Vast gezicht ${marker}`,
          description: `Wat gezinnen zeggen — ${marker} 👨‍👩‍👧`,
        }),
      [studyId, MARKER] as const,
    );
    expect(added).toEqual({ ok: true });
    await page.evaluate(
      ([id, marker]) => window.__levenslijn!.runStudy(id, 'study.update', { description: `Vraag ${marker}` }),
      [studyId, MARKER] as const,
    );

    // Seen in the study view, the synthesis and the cross-case report; no window title names it.
    for (const route of ['study', 'synthesis']) {
      await page.goto(`${baseURL}#/${route}/${studyId}`);
      await expect(page.getByText(MARKER).first()).toBeAttached();
      expect(await page.title()).not.toContain(MARKER);
    }
    await page.goto(`${baseURL}#/report/${studyId}`);
    await page.waitForSelector('body[data-report-ready="true"]');
    expect(await page.title()).not.toContain(MARKER);

    const keys = await page.evaluate(
      ([s, c]) => {
        const ring = window.__levenslijn!.services.db.keyring!;
        return [Array.from(ring.get(s)!), Array.from(ring.get(c)!)];
      },
      [studyId, caseId] as const,
    );
    const [studyKey, caseKey] = keys as [number[], number[]];
    expect(studyKey).toHaveLength(32);
    await expect
      .poll(() => scanProfile(profile, patterns(studyKey)).hits.map((h) => h.pattern), { timeout: 20_000 })
      .toEqual(expect.arrayContaining(['marker (UTF-8)', 'case key']));

    // Deleted in the library; the undo window passes.
    await page.goto(`${baseURL}#/`);
    const row = page.locator('[data-study-id]', { hasText: MARKER });
    await row.getByRole('button', { name: 'Verwijderen', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('De casussen zelf blijven in de bibliotheek');
    await dialog.getByRole('button', { name: 'Verwijderen' }).click();
    await expect(page.locator('[data-study-id]', { hasText: MARKER })).toHaveCount(0);
    await expectPurged(page, studyId);
    // Its case stays, with its key, in the library.
    expect(
      await page.evaluate(async (id) => {
        const db = window.__levenslijn!.services.db;
        return [await db.records.where('caseId').equals(id).count(), db.keyring!.has(id)];
      }, caseId),
    ).toEqual([expect.any(Number), true]);
    await expect(page.locator('.case-row', { hasText: 'Gezin Blijft-Bestaan' })).toHaveCount(1);

    await closeBrowser(running, profile);
    running = null;
    const after = scanProfile(profile, patterns(studyKey));
    console.log(`after the study's purge: ${summary(after)}; hits: ${after.hits.length}`);
    for (const h of after.hits) console.log(`  ${h.pattern} in ${h.file} (${h.where})`);
    expect(after.hits).toEqual([]);
    // The case's key is still on disk (its file in the origin private file system).
    expect(
      scanProfile(profile, [{ name: 'case key', bytes: new Uint8Array(caseKey) }]).hits.length,
    ).toBeGreaterThan(0);
  } finally {
    if (running) await killBrowser(running.proc, profile).catch(() => undefined);
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});
