import { test, expect, enableTestApi } from './support/fixtures';
import { seriousViolations } from './support/axe';
import { commandRunner, sessionCase } from './support/sessionCase';

// The wall's HTML (header, instructions, people, lists, trays, ranking) in every phase: no
// serious or critical axe violations, which includes WCAG AA colour contrast. The canvas is
// checked in renderer/canvas/palette.test.ts.
test('the wall has no serious accessibility violations (incl. AA contrast) in any phase', async ({
  app,
  page,
  context,
}) => {
  void app;
  test.setTimeout(120_000);
  const caseId = await sessionCase(page);
  const run = commandRunner(page, caseId);
  const wall = await context.newPage();
  await enableTestApi(wall);
  for (const [w, h] of [
    [1920, 1080],
    [3840, 2160],
  ] as const) {
    await wall.setViewportSize({ width: w, height: h });
    for (const phase of [0, 1, 2, 3, 4, 5]) {
      await run('session.setPhase', { phase });
      if (phase === 4) await run('session.setTallies', { visible: true });
      await wall.goto(`./#/wall/${caseId}`);
      await expect(wall.getByTestId('wall-instruction')).toBeVisible();
      expect(await seriousViolations(wall), `phase ${phase} at ${w}×${h}`).toEqual([]);
    }
  }
});
