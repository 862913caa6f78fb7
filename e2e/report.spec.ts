import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, caseIdFromUrl } from './support/fixtures';

/** A demo case with a small but complete session, set up through the app's own commands. */
async function sessionCase(page: Page) {
  await page.goto('./#/');
  await page.getByRole('button', { name: 'Voorbeeldcasus openen' }).first().click();
  await page.waitForURL(/#\/case\//);
  const caseId = caseIdFromUrl(page);
  const run = (name: string, args: unknown) =>
    page.evaluate(async ([id, n, a]) => {
      const r = await window.__levenslijn!.run(id as string, n as string, a);
      if (!r.ok) throw new Error(`${n}: ${r.refusal.reasonKey}`);
    }, [caseId, name, args] as const);
  await run('participant.add', { id: 'participant_ilse', pseudonym: 'Ilse', role: 'ouder' });
  await run('participant.add', { id: 'participant_sam', pseudonym: 'Sam', role: 'kindJongere' });
  await run('participant.add', { id: 'participant_coach', pseudonym: 'Gezinscoach Anouk', role: 'professional', organisation: 'Wijkteam' });
  await run('session.setPhase', { phase: 1 });
  const items = await page.evaluate(async (id) => (await window.__levenslijn!.services.db.records.where('caseId').equals(id).toArray()).filter((r) => r.type === 'item').map((r) => r.id), caseId);
  await run('item.update', { id: items[0], title: 'Samenwonen (gecorrigeerd)' });
  await run('session.setPhase', { phase: 2 });
  await run('marker.add', { id: 'marker_good1', valence: 'good', participantId: 'participant_ilse', start: '2019-06-01', title: 'Ambulante begeleiding' });
  await run('marker.update', { id: 'marker_good1', explanation: 'Ze kwam ook s avonds en bleef.' });
  await run('card.add', { id: 'card_s1', markerId: 'marker_good1', text: 'Eén vast gezicht', participantId: 'participant_ilse' });
  await run('card.add', { id: 'card_s2', markerId: 'marker_good1', text: 'Luisteren naar Sam zelf', participantId: 'participant_sam' });
  await run('session.setPhase', { phase: 3 });
  await run('marker.add', { id: 'marker_bad1', valence: 'bad', participantId: 'participant_coach', start: '2018-03-01', title: 'Wachtlijst GGZ' });
  await run('card.add', { id: 'card_i1', markerId: 'marker_bad1', text: 'Elf maanden wachten op diagnostiek', participantId: 'participant_coach' });
  await run('session.setPhase', { phase: 4 });
  await run('sticker.place', { cardId: 'card_s1', participantId: 'participant_ilse' });
  await run('sticker.place', { cardId: 'card_s1', participantId: 'participant_coach' });
  await run('sticker.place', { cardId: 'card_s2', participantId: 'participant_sam' });
  await run('sticker.place', { cardId: 'card_i1', participantId: 'participant_sam' });
  await run('session.setPhase', { phase: 5 });
  return caseId;
}

test('the PDF report holds every card, marker and pseudonym, embeds its fonts and passes qpdf', async ({ app, page }, testInfo) => {
  void app;
  const caseId = await sessionCase(page);
  await page.goto(`./#/report/${caseId}`);
  await page.waitForSelector('body[data-report-ready="true"]');
  await page.evaluate(() => document.fonts.ready);
  const file = testInfo.outputPath('report.pdf');
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  if (process.env.SCREENSHOTS_DIR) execFileSync('cp', [file, `${process.env.SCREENSHOTS_DIR}/report.pdf`]);

  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const expected of ['Gezin Zeeland (voorbeeld)', 'Ilse', 'Sam', 'Gezinscoach Anouk', 'Eén vast gezicht', 'Luisteren naar Sam zelf', 'Elf maanden wachten op diagnostiek', 'Ambulante begeleiding', 'Wachtlijst GGZ', 'Samenwonen (gecorrigeerd)', 'Goede hulp', 'Geen goede hulp', 'Verbeterpunten']) {
    expect(text, expected).toContain(expected);
  }
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  expect(fonts.length).toBeGreaterThan(0);
  for (const line of fonts) expect(line, line).toMatch(/\byes\s+yes\s+yes\b/);
  execFileSync('qpdf', ['--check', file]);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/Title:\s+Levenslijn-rapport – Gezin Zeeland \(voorbeeld\)/);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  // cover, overview, 10 one-metre tiles, help, priorities, appendix (+ overflow pages)
  expect(pages).toBeGreaterThanOrEqual(15);
  expect(pages).toBeLessThanOrEqual(22);
});

test('the cards export as CSV that round-trips', async ({ app, page }) => {
  void app;
  const caseId = await sessionCase(page);
  await page.goto(`./#/report/${caseId}`);
  await page.waitForSelector('body[data-report-ready="true"]');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Kaartjes als CSV' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = csv.slice(1).trim().split('\r\n').map((r) => r.split(','));
  expect(rows[0]).toEqual(['lijst', 'tekst', 'stickers', 'genoemd door', 'perspectief']);
  expect(rows.slice(1).map((r) => [r[1], r[2]]).sort()).toEqual(
    [
      ['Elf maanden wachten op diagnostiek', '1'],
      ['Eén vast gezicht', '2'],
      ['Luisteren naar Sam zelf', '1'],
    ].sort(),
  );
});
