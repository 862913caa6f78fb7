import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { killBrowser, startBrowser as start } from './support/browserProcess';

/**
 * Crash durability: the browser process is killed (SIGKILL) at random moments while a scripted
 * facilitator keeps editing. After every restart each action the UI had confirmed (its command
 * resolved) must be in the database, and the case must still be consistent — also after restarts
 * on which Chromium finds its database damaged and deletes it (the app then rebuilds the case
 * from its snapshot and safety journal outside the database).
 * `DURABILITY_KILLS` sets the number of kills (CI: 12; the full run: 50 or more).
 */
const KILLS = Number(process.env.DURABILITY_KILLS ?? 12);

/** Overwrites the LevelDB files of every IndexedDB database in the profile. */
function corruptIndexedDb(profile: string): void {
  const root = join(profile, 'Default', 'IndexedDB');
  let damaged = 0;
  for (const dir of readdirSync(root).filter((d) => d.endsWith('.leveldb'))) {
    for (const file of readdirSync(join(root, dir)).filter((f) => /^(MANIFEST-|\d+\.(log|ldb)$)/.test(f))) {
      writeFileSync(join(root, dir, file), 'damaged '.repeat(64));
      damaged++;
    }
  }
  expect(damaged, 'database files to damage').toBeGreaterThan(0);
}

async function appPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  // One load only: the start-up recovery check must be the one the test reads.
  await page.addInitScript(() => localStorage.setItem('levenslijnTestApi', '1'));
  await page.goto(baseURL);
  await page.waitForFunction(() => !!window.__levenslijn);
  return page;
}

test(`no confirmed action is lost over ${KILLS} browser kills`, async ({ app }, testInfo) => {
  void app;
  test.setTimeout(60_000 + KILLS * 15_000);
  const baseURL = String(testInfo.project.use.baseURL);
  const profile = mkdtempSync(join(tmpdir(), 'levenslijn-kill-'));
  const confirmed = new Set<string>();
  let caseId = '';
  let laneId = '';
  let running: ChildProcess | null = null;
  try {
    for (let kill = 0; kill <= KILLS; kill++) {
      // Every third restart finds its database files damaged, as after a full disk: Chromium then
      // deletes the database, and the app must rebuild it from the copies kept outside it.
      if (kill > 0 && kill % 3 === 0) corruptIndexedDb(profile);
      const { proc, browser, exited } = await start(profile);
      running = proc;
      const page = await appPage(browser, baseURL);
      if (kill === 0) {
        const ids = await page.evaluate(async () => {
          const api = window.__levenslijn!;
          const id = await api.createCase('Gezin Duurzaam');
          const lane = (await api.services.db.records.where('caseId').equals(id).toArray()).find(
            (r) => r.type === 'lane',
          )!;
          return { caseId: id, laneId: lane.id };
        });
        caseId = ids.caseId;
        laneId = ids.laneId;
      } else {
        // After the restart: every confirmed action is there and the case is consistent.
        const state = await page.evaluate(async (id) => {
          const records = await window.__levenslijn!.services.db.records.where('caseId').equals(id).toArray();
          const recovery = window.__levenslijn!.services.recovery;
          return {
            ids: records.map((r) => r.id),
            cases: records.filter((r) => r.type === 'case').length,
            restored: recovery?.restored.some((r) => r.caseId === id) ?? false,
          };
        }, caseId);
        const present = new Set(state.ids);
        const lost = [...confirmed].filter((id) => !present.has(id));
        if (lost.length)
          console.log(
            `kill ${kill}: lost ${lost.length}, e.g. ${lost.slice(0, 3).join(', ')}…${lost.slice(-2).join(', ')}; present items ${state.ids.length}`,
          );
        expect(lost, `after kill ${kill}`).toEqual([]);
        expect(state.cases).toBe(1);
        // The damage really cost the database, and the start-up check rebuilt the case.
        if (kill % 3 === 0) expect(state.restored, `case rebuilt after kill ${kill}`).toBe(true);
        if (kill === KILLS) {
          await killBrowser(proc, profile);
          await browser.close().catch(() => undefined);
          await exited;
          break;
        }
      }
      // Edit until killed: each resolved command is reported back as confirmed.
      await page.exposeBinding('confirmAction', (_src, id: string) => void confirmed.add(id));
      void page
        .evaluate(
          async ([id, lane, round]) => {
            const api = window.__levenslijn!;
            const confirm = (window as unknown as { confirmAction(id: string): Promise<void> }).confirmAction;
            for (let n = 0; n < 100_000; n++) {
              const itemId = `item_k${round}n${n}`;
              const r = await api.run(id, 'item.add', {
                id: itemId,
                shape: 'moment',
                kind: 'life',
                title: `Moment ${round}.${n}`,
                start: { precision: 'year', year: 2000 + (n % 25) },
                laneId: lane,
              });
              if (r.ok) void confirm(itemId);
              if (n % 5 === 4) {
                const r2 = await api.run(id, 'item.update', { id: itemId, title: `Gewijzigd ${round}.${n}` });
                if (r2.ok) void confirm(itemId);
              }
            }
          },
          [caseId, laneId, kill] as const,
        )
        .catch(() => undefined);
      await new Promise((r) => setTimeout(r, 300 + Math.random() * 1200));
      await killBrowser(proc, profile);
      await browser.close().catch(() => undefined);
      await exited;
    }
    console.log(`durability: ${KILLS} kills, ${confirmed.size} confirmed actions, 0 lost`);
    expect(confirmed.size).toBeGreaterThan(KILLS);
  } finally {
    // A failed round must not leave its browser running (it would slow every later test).
    if (running && running.exitCode === null && running.signalCode === null)
      await killBrowser(running, profile).catch(() => undefined);
    // A crash handler may still be closing its files; cleaning up must not hide the result.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (err) {
      console.warn(`could not remove ${profile}: ${String(err)}`);
    }
  }
});
