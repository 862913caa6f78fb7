import { test, expect } from './support/fixtures';
import { generateDenseCase } from '../shared/fixtures/generate';
import { addDenseSession } from '../shared/fixtures/session';
import { serializeCase } from '../shared/file/caseFile';
import { RECORD_LIMITS } from '../shared/rules/limits';
import type {
  AnyRecord,
  ChangeRecord,
  LaneRecord,
  MemberRecord,
  QuoteRecord,
  AnalysisRecord,
  CardRecord,
} from '../shared/model';

/**
 * The limits of shared/rules/limits.ts are what the views can draw: one case at every limit at
 * once opens in the console, the session, the analysis, on the wall (1920×1080 and 3840×2160) and
 * as a report, without an error screen. (The audit's 60,000-item file broke them; it is now
 * refused at import, see shared/rules/rules.test.ts.)
 */
const NOW = Date.UTC(2025, 0, 1);

function caseAtTheLimits(): AnyRecord[] {
  const base = addDenseSession(
    generateDenseCase({ moments: RECORD_LIMITS.item - 200, periods: 200, seed: 7, now: NOW, idTag: 'l' }),
    {
      participants: RECORD_LIMITS.participant,
      markers: RECORD_LIMITS.marker,
      cards: RECORD_LIMITS.card,
      stickers: RECORD_LIMITS.sticker,
      seed: 8,
      now: NOW,
    },
  );
  const caseId = base.find((r) => r.type === 'case')!.id;
  const lanes = base.filter((r): r is LaneRecord => r.type === 'lane');
  const members = base.filter((r): r is MemberRecord => r.type === 'member');
  const items = base.filter((r) => r.type === 'item');
  const extraLanes: LaneRecord[] = Array.from({ length: RECORD_LIMITS.lane - lanes.length }, (_, i) => ({
    ...lanes[1]!,
    id: `lane_x${i}`,
    name: `Hulpverlener ${i + 1} met een lange naam`,
    order: lanes.length + i,
  }));
  const extraMembers: MemberRecord[] = Array.from(
    { length: RECORD_LIMITS.member - members.length },
    (_, i) => ({
      ...members[0]!,
      id: `member_x${i}`,
      pseudonym: `Gezinslid ${i + 1}`,
      order: members.length + i,
    }),
  );
  const changes: ChangeRecord[] = Array.from({ length: RECORD_LIMITS.change }, (_, i) => ({
    type: 'change',
    id: `change_x${i}`,
    caseId,
    itemId: items[i % items.length]!.id,
    action: i % 3 === 0 ? 'added' : 'corrected',
    title: `Correctie ${i + 1}`,
    at: NOW + i,
    raisedBy: null,
  }));
  const cards = base.filter((r): r is CardRecord => r.type === 'card');
  const analysis: AnalysisRecord = {
    type: 'analysis',
    id: `analysis_${caseId.slice(5)}`,
    caseId,
    successStatement: 'Het gezin woont weer samen en de hulp is afgeschaald.',
    groups: (['strengths', 'improvements'] as const).flatMap((list) =>
      Array.from({ length: 5 }, (_, g) => ({
        id: `group_${list.slice(0, 1)}${g}`,
        list,
        name: `Hoofdfactor ${g + 1}`,
        description: 'Een toelichtende alinea voor het rapport. '.repeat(20),
        cardIds: cards
          .filter((c) => c.list === list)
          .filter((_, i) => i % 5 === g)
          .slice(0, 40)
          .map((c) => c.id),
      })),
    ),
    recommendations: [{ audience: 'professionals', text: 'Eén vast gezicht' }],
    codes: {},
    followUpNotes: '',
    facilitators: 'A. Onderzoeker',
    paper: 'A4',
    showOnWall: false,
    customCodes: [],
    report: {
      sessionDate: '2024-03-12',
      sessionPlace: 'Buurthuis',
      period: '',
      // A researcher's own text at its longest (the family's story).
      sections: { story: { on: true, text: 'Het verhaal van het gezin, in eigen woorden. '.repeat(440) } },
    },
  };
  const participants = base.filter((r) => r.type === 'participant');
  const quotes: QuoteRecord[] = Array.from({ length: RECORD_LIMITS.quote }, (_, i) => ({
    type: 'quote',
    id: `quote_x${i}`,
    caseId,
    text: `Citaat ${i + 1}: ze kwam gewoon, ook als het misging, en bleef tot het rustig was.`,
    participantId: participants[i % participants.length]!.id,
    cardId: cards[i % cards.length]!.id,
    markerId: null,
    groupIds: [`group_${i % 2 ? 'i' : 's'}${i % 5}`],
    createdAt: NOW + i,
  }));
  return [...base, ...extraLanes, ...extraMembers, ...changes, analysis, ...quotes];
}

test('a case at every limit opens in every view without an error', async ({ app, page }, testInfo) => {
  test.setTimeout(300_000);
  const records = caseAtTheLimits();
  for (const [type, max] of Object.entries(RECORD_LIMITS))
    if (!['case', 'session', 'analysis'].includes(type))
      expect(records.filter((r) => r.type === type).length, type).toBeGreaterThanOrEqual(
        type === 'sticker' ? 1000 : max,
      );
  await app.openLibrary();
  const imported = await page.evaluate(
    (text) => window.__levenslijn!.importCaseText(text),
    serializeCase(records, { appVersion: '0.1.0' }),
  );
  expect(imported.kind, JSON.stringify(imported)).toBe('imported');
  const caseId = (imported as { caseId: string }).caseId;
  const crash = page.getByRole('alert').filter({ hasText: 'Er ging iets mis' });
  for (const route of ['case', 'session', 'analysis']) {
    await page.goto(`./#/${route}/${caseId}`);
    await expect(page.getByText('Gezin Dicht').first()).toBeVisible({ timeout: 60_000 });
    await page.waitForTimeout(1500);
    await expect(crash).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath(`limits-${route}.png`) });
  }
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 3840, height: 2160 },
  ]) {
    await page.setViewportSize(size);
    await page.goto(`./#/wall/${caseId}`);
    await expect(page.getByTestId('wall')).toBeVisible({ timeout: 60_000 });
    const stats = await app.sceneStats();
    expect(stats.cards + stats.dots + stats.bars).toBeGreaterThan(0);
    await page.waitForTimeout(1500);
    await expect(crash).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath(`limits-wall-${size.width}.png`) });
  }
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`./#/report/${caseId}`);
  await page.waitForSelector('body[data-report-ready="true"]', { timeout: 120_000 });
  await expect(crash).toHaveCount(0);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  console.log(`limits: report of a case at every limit: ${(pdf.length / 1024 / 1024).toFixed(1)} MB`);
});
