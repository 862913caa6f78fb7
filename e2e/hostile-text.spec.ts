import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, enableTestApi } from './support/fixtures';
import { commandRunner, sessionCase } from './support/sessionCase';

const SHOTS = 'test-results/screens';
const LONG = 'Onafgebrokenwoordzonderspaties'.repeat(70).slice(0, 2000);
const TEXTS = {
  emoji: 'Gezin 👨‍👩‍👧‍👦 samen 🇳🇱 weer thuis 🎉',
  rtl: 'مساعدة جيدة עזרה טובה en hulp',
  combining: 'Z̷̢͚̈́a̸̛͉͂l̶̰̓g̷̙̈o̵̤͛ tekst met é́̂ tekens',
};

/** No horizontal overflow of the page, and every listed element inside the viewport width. */
async function expectNoOverflow(page: Page, selector: string, what: string) {
  const problems = await page.evaluate((sel) => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > innerWidth + 1)
      out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${innerWidth}`);
    for (const e of document.querySelectorAll(sel)) {
      // An item of a row that scrolls sideways (the round's list, the names) may lie beyond the
      // screen's edge: then its row must stay inside it.
      const scroller = e.parentElement?.closest<HTMLElement>('.wall-cards, .wall-people');
      const scrolls = scroller && ['auto', 'scroll'].includes(getComputedStyle(scroller).overflowX);
      const r = (scrolls ? scroller : e).getBoundingClientRect();
      if (r.width > 0 && (r.right > innerWidth + 1 || r.left < -1))
        out.push(`${sel} [${Math.round(r.left)}, ${Math.round(r.right)}] outside 0..${innerWidth}`);
      // and its text stays inside it (a long word wraps instead of running out of the box)
      if (e.scrollWidth > e.clientWidth + 1)
        out.push(`${e.className}: text ${e.scrollWidth}px wide in a ${e.clientWidth}px box`);
    }
    return out;
  }, selector);
  expect(problems, what).toEqual([]);
}

test('emoji, right-to-left scripts, combining marks and 2,000 characters without spaces keep the wall and the PDF intact', async ({
  app,
  page,
  context,
}, testInfo) => {
  void app;
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  const caseId = await sessionCase(page);
  const run = commandRunner(page, caseId);
  await run('participant.add', { id: 'participant_rtl', pseudonym: 'سارة שרה', role: 'ouder' });
  await run('participant.add', { id: 'participant_emoji', pseudonym: 'Noor 🌻', role: 'kindJongere' });
  await run('session.setPhase', { phase: 2 });
  await run('marker.add', {
    id: 'marker_hostile',
    valence: 'good',
    participantId: 'participant_rtl',
    start: '2020-03-01',
    title: TEXTS.rtl,
  });
  await run('marker.update', { id: 'marker_hostile', explanation: LONG });
  await run('card.add', { id: 'card_emoji', markerId: 'marker_hostile', text: TEXTS.emoji });
  await run('card.add', { id: 'card_rtl', markerId: 'marker_hostile', text: TEXTS.rtl });
  await run('card.add', { id: 'card_combining', markerId: 'marker_hostile', text: TEXTS.combining });
  await run('card.add', { id: 'card_long', markerId: 'marker_hostile', text: LONG.slice(0, 500) });
  const laneId = await page.evaluate(
    async (id) =>
      (await window.__levenslijn!.services.db.records.where('caseId').equals(id).toArray()).find(
        (r) => r.type === 'lane',
      )!.id,
    caseId,
  );
  await run('item.add', {
    id: 'item_long',
    laneId,
    shape: 'moment',
    kind: 'life',
    title: LONG.slice(0, 200),
    start: { precision: 'year', year: 2016 },
  });
  await run('item.add', {
    id: 'item_emoji',
    laneId,
    shape: 'moment',
    kind: 'life',
    title: TEXTS.emoji,
    start: { precision: 'year', year: 2012 },
  });

  const wall = await context.newPage();
  await enableTestApi(wall);
  for (const [w, h] of [
    [1920, 1080],
    [3840, 2160],
  ] as const) {
    await wall.setViewportSize({ width: w, height: h });
    for (const phase of [2, 4]) {
      await run('session.setPhase', { phase });
      await wall.goto(`./#/wall/${caseId}`);
      await expect(wall.locator('[data-card-id="card_long"]')).toBeVisible();
      await expectNoOverflow(
        wall,
        '.wall-card, .wall-person, .wall-header button, .wall-tray',
        `wall phase ${phase} at ${w}×${h}`,
      );
      // The right-to-left card is shown right to left.
      expect(
        await wall
          .locator('[data-card-id="card_rtl"] span[dir="auto"]')
          .evaluate((e) => getComputedStyle(e).direction),
      ).toBe('rtl');
      await wall.screenshot({ path: `${SHOTS}/hostile-wall-${phase}-${w}.png` });
    }
  }
  // The console lists them without sideways scrolling either.
  await page.goto(`./#/session/${caseId}`);
  await expect(page.locator('[data-card-id="card_long"]').first()).toBeVisible();
  await expectNoOverflow(page, '.marker-editor, .factor-cards li', 'console');

  await page.goto(`./#/report/${caseId}`);
  await page.waitForSelector('body[data-report-ready="true"]');
  await page.evaluate(() => document.fonts.ready);
  const pdf = testInfo.outputPath('hostile.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  execFileSync('qpdf', ['--check', pdf]);
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  // Long words wrap (nothing cut off): every character of the 500-character card is in the text.
  expect(text).toContain(LONG.slice(0, 500));
  expect(text).toContain('weerthuis');
  expect(text).toContain('tekstmet');
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', pdf], { encoding: 'utf8' });
  // Every page keeps its paper size (no page was widened by a long word).
  for (const m of info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)) {
    const [a, b] = [Number(m[1]), Number(m[2])].sort((x, y) => x - y);
    expect([Math.round(a!), Math.round(b!)]).toEqual([595, 842]);
  }
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '13', '-l', '16', pdf, `${SHOTS}/hostile-pdf`]);
});
