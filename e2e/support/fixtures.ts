import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every e2e page opens with the test API enabled (the wall reports where it drew things) and a
 * fresh browser context, so each test starts with an empty IndexedDB.
 */
export const test = base.extend<{ app: AppPage }>({
  app: async ({ page }, use) => {
    await enableTestApi(page);
    await use(new AppPage(page));
  },
});

export async function enableTestApi(page: Page): Promise<void> {
  await page.addInitScript(() => window.localStorage.setItem('levenslijnTestApi', '1'));
}

export { expect };

/** Page object for the console (library + editor). */
export class AppPage {
  constructor(readonly page: Page) {}

  async openLibrary(): Promise<void> {
    await this.page.goto('./#/');
    await expect(this.page.getByRole('heading', { name: 'Casussen' })).toBeVisible();
  }

  async openDemo(): Promise<void> {
    await this.page.getByRole('button', { name: 'Voorbeeldcasus openen' }).first().click();
    await expect(this.page.getByRole('tab', { name: 'Momenten' })).toBeVisible();
  }

  async createCase(title: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Nieuwe casus' }).click();
    await this.page.getByLabel('Titel (schuilnaam').fill(title);
    await this.page.getByRole('button', { name: 'Aanmaken' }).click();
    await expect(this.page.locator('.topbar-title')).toHaveText(title);
  }

  caseRows() {
    return this.page.locator('.case-row');
  }

  /** Waits until the wall/editor scene is drawn and returns its stats. */
  async sceneStats(): Promise<{ cards: number; dots: number; bars: number; zoom: number; widthPx: number }> {
    await this.page.waitForFunction(() => (window.__levenslijn?.wall?.sceneStats().widthPx ?? 0) > 0);
    return this.page.evaluate(() => window.__levenslijn!.wall!.sceneStats());
  }
}

/** All records of a case, read through the app's own database (sorted by id, for comparisons). */
export async function caseRecords(page: Page, caseId: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(async (id) => {
    const db = window.__levenslijn!.services.db;
    const records = await db.records.where('caseId').equals(id).toArray();
    return records.sort((a, b) => (a.id < b.id ? -1 : 1)) as unknown as Record<string, unknown>[];
  }, caseId);
}

export function caseIdFromUrl(page: Page): string {
  const m = /#\/(?:case|wall)\/([^/?#]+)/.exec(page.url());
  if (!m) throw new Error(`no case id in ${page.url()}`);
  return decodeURIComponent(m[1]!);
}
