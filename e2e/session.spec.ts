import type { Page } from '@playwright/test';
import { test, expect, enableTestApi, caseIdFromUrl } from './support/fixtures';

const SHOTS = process.env.SCREENSHOTS_DIR;

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** A console page with the demo case and three participants, and a wall page on the same case. */
async function setup(page: Page) {
  await page.goto('./#/');
  await page.getByRole('button', { name: 'Voorbeeldcasus openen' }).first().click();
  await page.waitForURL(/#\/case\//);
  const caseId = caseIdFromUrl(page);
  await page.getByRole('button', { name: 'Sessie', exact: true }).click();
  await expect(page.getByTestId('phase-title')).toHaveText('Welkom en deelnemers');
  const add = async (name: string, role: string, org = '') => {
    await page.getByLabel('Schuilnaam').fill(name);
    await page.getByLabel('Rol').selectOption(role);
    if (org) await page.getByLabel('Organisatie').fill(org);
    await page.getByRole('button', { name: 'Deelnemer toevoegen', exact: true }).click();
    await expect(page.locator('.participant-list')).toContainText(name);
  };
  await add('Ilse', 'ouder');
  await add('Sam', 'kindJongere');
  await add('Coach', 'professional', 'Wijkteam');
  const wall = await page.context().newPage();
  await enableTestApi(wall);
  await wall.goto(`./#/wall/${caseId}`);
  await wall.waitForFunction(() => (window.__levenslijn?.wall?.sceneStats().widthPx ?? 0) > 0);
  return { caseId, wall };
}

async function phase(page: Page, label: RegExp) {
  await page.getByRole('navigation', { name: 'Fase' }).getByRole('button', { name: label }).click();
}

const participantId = (page: Page, name: string) =>
  page.evaluate(async (n) => {
    const all = await window.__levenslijn!.services.db.records.where('type').equals('participant').toArray();
    return all.find((p) => 'pseudonym' in p && p.pseudonym === n)!.id;
  }, name);

test.describe('the live session: console and wall', () => {
  test('a full session from welcome to ranking, console and wall in sync', async ({ app, page }) => {
    void app;
    const { wall } = await setup(page);
    // console → wall without reload
    await expect(wall.getByTestId('wall-instruction')).toContainText('Welkom');
    await phase(page, /1 Levenslijn/);
    await expect(wall.getByTestId('wall-instruction')).toContainText('Klopt de levenslijn');

    // Round 2: Ilse taps the wall where good help was given.
    await phase(page, /2 Goede hulp/);
    await wall.getByRole('button', { name: 'Ilse', exact: true }).click();
    const box = (await wall.getByTestId('lifeline-canvas').boundingBox())!;
    await wall.mouse.click(box.x + box.width * 0.7, box.y + box.height * 0.5);
    await expect(wall.getByTestId('wall-message')).toContainText('Markering van Ilse');
    const marker = page.locator('.marker-editor').first();
    await expect(marker).toContainText('Ilse');
    await marker.getByLabel('Wat was de hulp?').fill('Gezinscoach die bleef');
    await marker.getByLabel('Waarom werkte het wel of niet?').fill('Ze luisterde naar iedereen.');
    await marker.getByLabel('Succesfactor / sterk punt').fill('Eén vast gezicht');
    await marker.getByRole('button', { name: '+ Toevoegen' }).click();
    await expect(marker.getByLabel('Succesfactor / sterk punt')).toHaveValue('');
    await marker.getByLabel('Succesfactor / sterk punt').fill('Luisteren naar het hele gezin');
    await marker.getByRole('button', { name: '+ Toevoegen' }).click();
    await expect(wall.locator('.wall-list.strengths .wall-card')).toHaveCount(2);
    await shot(wall, 'wall-round2-1920');
    await shot(page, 'console-round2-1920');

    // Round 3: Coach marks no good help; a card is added.
    await phase(page, /3 Geen goede hulp/);
    // the wall is in round 3 before Coach taps (else the tap would be a round-2 marker)
    await expect(wall.getByTestId('wall')).toHaveAttribute('data-phase', '3');
    await wall.getByRole('button', { name: 'Coach', exact: true }).click();
    await wall.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.5);
    await expect(page.getByRole('heading', { name: 'Geen goede hulp (1)' })).toBeVisible();
    await expect(page.locator('.marker-editor')).toHaveCount(1);
    await page
      .locator('.marker-editor')
      .first()
      .getByLabel('Belemmerende factor / verbeterpunt')
      .fill('Wachtlijst van elf maanden');
    await page.locator('.marker-editor').first().getByRole('button', { name: '+ Toevoegen' }).click();
    await expect(wall.locator('.wall-list.improvements .wall-card')).toHaveCount(1);

    // Round 4: stickers by drag on the wall and on behalf of someone on the console.
    await phase(page, /4 Stickers/);
    await wall.getByRole('button', { name: 'Sam', exact: true }).click();
    const firstCard = wall.locator('.wall-list.strengths .wall-card').first();
    const sticker = wall.locator('[data-tray-for] .tray-sticker.good').first();
    await sticker.dragTo(firstCard);
    await page.getByLabel('Stemmen namens').selectOption({ index: 2 });
    await page
      .locator('.two-lists article')
      .first()
      .getByRole('button', { name: '+ sticker' })
      .first()
      .click();
    await page.getByLabel('Stemmen tonen op de muur').click();
    await expect(page.getByLabel('Stemmen tonen op de muur')).toBeChecked();
    await expect(wall.locator('.wall-list.strengths .wall-card .count').first()).toHaveText('2');
    await shot(wall, 'wall-stickers-1920');

    // Round 5: the ranking on both screens, ties visible.
    await phase(page, /5 Rangorde/);
    await expect(page.locator('.ranking .list-strengths li').first()).toContainText('2');
    await expect(wall.locator('.wall-ranking .list-strengths li')).toHaveCount(2);
    await expect(wall.locator('.wall-ranking .list-strengths li').first()).toContainText(
      'gezin 1 · professionals 1',
    );
    await shot(wall, 'wall-ranking-1920');
    await shot(page, 'console-ranking-1920');
  });

  test('two people drag two stickers at the same time (multi-touch); over-budget is refused with a reason; reload keeps every sticker', async ({
    app,
    page,
  }) => {
    void app;
    const { wall } = await setup(page);
    await phase(page, /2 Goede hulp/);
    // cards on the strengths list without markers, added on the console
    for (const text of ['Vast gezicht', 'Samen plannen', 'Snel schakelen', 'Eerlijk zijn']) {
      const input = page.locator('.card-panel').last().getByLabel('Succesfactor / sterk punt');
      await input.fill(text);
      await page.locator('.card-panel').last().getByRole('button', { name: '+ Toevoegen' }).click();
      await expect(input).toHaveValue('');
    }
    await phase(page, /4 Stickers/);
    await expect(wall.locator('.wall-list.strengths .wall-card')).toHaveCount(4);
    const ilse = await participantId(page, 'Ilse');
    const sam = await participantId(page, 'Sam');

    const center = async (selector: string) => {
      const b = (await wall.locator(selector).boundingBox())!;
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    };
    const from1 = await center(`[data-tray-for="${ilse}"] .tray-sticker.good >> nth=0`);
    const from2 = await center(`[data-tray-for="${sam}"] .tray-sticker.good >> nth=0`);
    const to1 = await center('.wall-list.strengths .wall-card >> nth=0');
    const to2 = await center('.wall-list.strengths .wall-card >> nth=1');
    const cdp = await wall.context().newCDPSession(wall);
    const touch = (type: string, pts: { x: number; y: number; id: number }[]) =>
      cdp.send('Input.dispatchTouchEvent', {
        type: type as 'touchStart',
        touchPoints: pts.map((p) => ({ ...p, radiusX: 5, radiusY: 5, force: 1 })),
      });
    await touch('touchStart', [
      { ...from1, id: 1 },
      { ...from2, id: 2 },
    ]);
    for (let i = 1; i <= 12; i++) {
      const f = i / 12;
      await touch('touchMove', [
        { x: from1.x + (to1.x - from1.x) * f, y: from1.y + (to1.y - from1.y) * f, id: 1 },
        { x: from2.x + (to2.x - from2.x) * f, y: from2.y + (to2.y - from2.y) * f, id: 2 },
      ]);
      if (i === 6) await expect(wall.getByTestId('drag-ghost')).toHaveCount(2);
    }
    await touch('touchEnd', []);
    const stickers = () =>
      page.evaluate(async () =>
        (await window.__levenslijn!.services.db.records.where('type').equals('sticker').toArray())
          .map((s) => ('cardId' in s ? `${s.participantId}>${s.cardId}` : ''))
          .sort(),
      );
    await expect.poll(async () => (await stickers()).length).toBe(2);
    const cardIds = await wall
      .locator('.wall-list.strengths .wall-card')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.cardId));
    expect(await stickers()).toEqual([`${ilse}>${cardIds[0]}`, `${sam}>${cardIds[1]}`].sort());

    // Ilse uses her other two stickers (tap card, then tap a tray sticker), then one too many.
    await wall.getByRole('button', { name: 'Ilse', exact: true }).click();
    for (const i of [1, 2]) {
      await wall.locator('.wall-list.strengths .wall-card').nth(i).click();
      await wall.locator(`[data-tray-for="${ilse}"] .tray-sticker.good`).first().click();
    }
    await expect(wall.locator(`[data-tray-for="${ilse}"] .tray-sticker.good`)).toHaveCount(0);
    await page.getByLabel('Stemmen namens').selectOption({ index: 0 });
    await page
      .locator('.two-lists article')
      .first()
      .getByRole('button', { name: '+ sticker' })
      .first()
      .click();
    await expect(page.locator('.toasts')).toContainText(
      'Ilse heeft alle 3 stickers voor de sterke punten al geplakt',
    );
    await page.reload();
    await wall.reload();
    await page.waitForFunction(() => !!window.__levenslijn);
    await expect.poll(async () => (await stickers()).length).toBe(4);
    await wall.getByRole('button', { name: 'Ilse', exact: true }).click();
    await expect(wall.locator('.sticker.own')).toHaveCount(3);
    await shot(wall, 'wall-multitouch-1920');
  });

  test('tapping the next card while a sticker is still being stored keeps that card selected', async ({
    app,
    page,
  }) => {
    void app;
    const { caseId, wall } = await setup(page);
    await phase(page, /2 Goede hulp/);
    for (const text of ['Vast gezicht', 'Samen plannen']) {
      const input = page.locator('.card-panel').last().getByLabel('Succesfactor / sterk punt');
      await input.fill(text);
      await page.locator('.card-panel').last().getByRole('button', { name: '+ Toevoegen' }).click();
      await expect(input).toHaveValue('');
    }
    await phase(page, /4 Stickers/);
    const ilse = await participantId(page, 'Ilse');
    await wall.getByRole('button', { name: 'Ilse', exact: true }).click();
    const cards = wall.locator('.wall-list.strengths .wall-card');
    await expect(cards).toHaveCount(2);
    // The console holds the case's write lock, so the wall's sticker waits to be stored.
    await page.evaluate((id) => {
      void navigator.locks.request(
        `levenslijn-journal:${id}`,
        () =>
          new Promise<void>(
            (release) => ((window as unknown as { releaseLock: () => void }).releaseLock = release),
          ),
      );
    }, caseId);
    await cards.nth(0).click();
    await wall.locator(`[data-tray-for="${ilse}"] .tray-sticker.good`).first().click();
    await cards.nth(1).click();
    await expect(cards.nth(1)).toHaveClass(/selected/);
    await page.evaluate(() => (window as unknown as { releaseLock: () => void }).releaseLock());
    await expect(cards.nth(0).locator('.sticker.own')).toHaveCount(1);
    // the first sticker is stored; the card tapped meanwhile is still the selected one
    await expect(cards.nth(1)).toHaveClass(/selected/);
    await wall.locator(`[data-tray-for="${ilse}"] .tray-sticker.good`).first().click();
    await expect(cards.nth(1).locator('.sticker.own')).toHaveCount(1);
  });

  test('text typed while the previous card is still being stored stays in the field', async ({
    app,
    page,
  }) => {
    void app;
    const { caseId, wall } = await setup(page);
    await phase(page, /2 Goede hulp/);
    const input = page.locator('.card-panel').last().getByLabel('Succesfactor / sterk punt');
    // The wall holds the case's write lock, so the console's card waits to be stored.
    await wall.evaluate((id) => {
      void navigator.locks.request(
        `levenslijn-journal:${id}`,
        () =>
          new Promise<void>(
            (release) => ((window as unknown as { releaseLock: () => void }).releaseLock = release),
          ),
      );
    }, caseId);
    await input.fill('Vast gezicht');
    await input.press('Enter');
    await input.fill('Samen plan');
    await wall.evaluate(() => (window as unknown as { releaseLock: () => void }).releaseLock());
    await expect(wall.locator('.wall-list.strengths .wall-card')).toHaveText(['Vast gezicht']);
    await expect(input).toHaveValue('Samen plan');
  });

  test('the wall refuses an over-budget sticker with a visible reason', async ({ app, page }) => {
    void app;
    const { wall } = await setup(page);
    await phase(page, /2 Goede hulp/);
    await page.locator('.card-panel').last().getByLabel('Succesfactor / sterk punt').fill('Eén plan');
    await page.locator('.card-panel').last().getByRole('button', { name: '+ Toevoegen' }).click();
    await phase(page, /4 Stickers/);
    const sam = await participantId(page, 'Sam');
    // Through the command, as the settings panel does (a raw write would race the phase change).
    await page.evaluate(async () => {
      const api = window.__levenslijn!;
      const c = (await api.services.db.records.where('type').equals('case').toArray())[0]!;
      const r = await api.run(c.id, 'case.update', { settings: { maxOneStickerPerCard: true } });
      if (!r.ok) throw new Error(r.refusal.reasonKey);
    });
    const card = wall.locator('.wall-list.strengths .wall-card').first();
    await wall.locator(`[data-tray-for="${sam}"] .tray-sticker.good`).first().dragTo(card);
    await expect(wall.locator(`[data-tray-for="${sam}"] .tray-sticker.good`)).toHaveCount(2);
    await wall.locator(`[data-tray-for="${sam}"] .tray-sticker.good`).first().dragTo(card);
    await expect(wall.getByTestId('wall-message')).toHaveText('Sam heeft op dit kaartje al een sticker.');
    await expect(wall.locator(`[data-tray-for="${sam}"] .tray-sticker.good`)).toHaveCount(2);
  });
});
