import type { Page } from '@playwright/test';
import { caseIdFromUrl, enableTestApi } from './fixtures';

/** Opens the demo case from the library; its id and a runner for its commands. */
export async function openDemoCase(page: Page) {
  await page.goto('./#/');
  await page.getByRole('button', { name: 'Voorbeeldcasus openen' }).first().click();
  await page.waitForURL(/#\/case\//);
  const caseId = caseIdFromUrl(page);
  return { caseId, run: commandRunner(page, caseId) };
}

/** The case's wall in a second page of the same browser (as in a session), once drawn. */
export async function openWallPage(page: Page, caseId: string, size = { width: 1920, height: 1080 }) {
  const wall = await page.context().newPage();
  await wall.setViewportSize(size);
  await enableTestApi(wall);
  await wall.goto(`./#/wall/${caseId}`);
  await wall.waitForFunction(() => (window.__levenslijn?.wall?.sceneStats().widthPx ?? 0) > 0);
  return wall;
}

/** A demo case with a small but complete session, set up through the app's own commands. */
export async function sessionCase(page: Page) {
  const { caseId, run } = await openDemoCase(page);
  await run('participant.add', { id: 'participant_ilse', pseudonym: 'Ilse', role: 'ouder' });
  await run('participant.add', { id: 'participant_sam', pseudonym: 'Sam', role: 'kindJongere' });
  await run('participant.add', {
    id: 'participant_coach',
    pseudonym: 'Gezinscoach Anouk',
    role: 'professional',
    organisation: 'Wijkteam',
  });
  await run('session.setPhase', { phase: 1 });
  const items = await page.evaluate(
    async (id) =>
      (await window.__levenslijn!.services.db.records.where('caseId').equals(id).toArray())
        .filter((r) => r.type === 'item')
        .map((r) => r.id),
    caseId,
  );
  await run('item.update', { id: items[0], title: 'Samenwonen (gecorrigeerd)' });
  await run('session.setPhase', { phase: 2 });
  await run('marker.add', {
    id: 'marker_good1',
    valence: 'good',
    participantId: 'participant_ilse',
    start: '2019-06-01',
    title: 'Ambulante begeleiding',
  });
  await run('marker.update', { id: 'marker_good1', explanation: 'Ze kwam ook s avonds en bleef.' });
  await run('card.add', {
    id: 'card_s1',
    markerId: 'marker_good1',
    text: 'Eén vast gezicht',
    participantId: 'participant_ilse',
  });
  await run('card.add', {
    id: 'card_s2',
    markerId: 'marker_good1',
    text: 'Luisteren naar Sam zelf',
    participantId: 'participant_sam',
  });
  await run('session.setPhase', { phase: 3 });
  await run('marker.add', {
    id: 'marker_bad1',
    valence: 'bad',
    participantId: 'participant_coach',
    start: '2018-03-01',
    title: 'Wachtlijst GGZ',
  });
  await run('card.add', {
    id: 'card_i1',
    markerId: 'marker_bad1',
    text: 'Elf maanden wachten op diagnostiek',
    participantId: 'participant_coach',
  });
  await run('session.setPhase', { phase: 4 });
  await run('sticker.place', { cardId: 'card_s1', participantId: 'participant_ilse' });
  await run('sticker.place', { cardId: 'card_s1', participantId: 'participant_coach' });
  await run('sticker.place', { cardId: 'card_s2', participantId: 'participant_sam' });
  await run('sticker.place', { cardId: 'card_i1', participantId: 'participant_sam' });
  await run('session.setPhase', { phase: 5 });
  return caseId;
}

/** Runs one command on a case through the app's test API; a refusal fails the test. */
export function commandRunner(page: Page, caseId: string) {
  return (name: string, args: unknown) =>
    page.evaluate(
      async ([id, n, a]) => {
        const r = await window.__levenslijn!.run(id as string, n as string, a);
        if (!r.ok) throw new Error(`${n}: ${r.refusal.reasonKey}`);
      },
      [caseId, name, args] as const,
    );
}

/**
 * Holds the case's write lock in `page` (as a long write would), so writes from any window wait;
 * call the returned function to let them through.
 */
export async function holdCaseLock(page: Page, caseId: string): Promise<() => Promise<void>> {
  await page.evaluate((id) => {
    void navigator.locks.request(
      `levenslijn-journal:${id}`,
      () =>
        new Promise<void>(
          (release) => ((window as unknown as { releaseLock: () => void }).releaseLock = release),
        ),
    );
  }, caseId);
  return () => page.evaluate(() => (window as unknown as { releaseLock: () => void }).releaseLock());
}
