/**
 * Present mode: an audience window and a presenter window, both views of main's one deck
 * state, so a key pressed in either moves both.
 */
import { test, expect, type ElectronApplication, type Page } from '@playwright/test';
import { requireElectron } from './electron-binary';
import { closeApp, launchApp } from './launch';

/** Waits for both windows and tells them apart by the role in their URLs. */
async function bothViews(app: ElectronApplication): Promise<{ audience: Page; presenter: Page }> {
  await expect
    .poll(() =>
      app
        .windows()
        .map((w) => new URL(w.url()).searchParams.get('role'))
        .sort(),
    )
    .toEqual(['audience', 'presenter']);
  const byRole = (role: string) => app.windows().find((w) => new URL(w.url()).searchParams.get('role') === role)!;
  return { audience: byRole('audience'), presenter: byRole('presenter') };
}

test.describe('Electron present mode', () => {
  test('opens an audience and a presenter window that stay in step', async () => {
    const executablePath = requireElectron();
    const { app } = await launchApp(executablePath, [], { mode: 'present' });
    try {
      const { audience, presenter } = await bothViews(app);
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(2);
      const audienceIndex = audience.locator('.app');
      const presenterIndex = presenter.locator('[data-testid=presenter]');
      const inStep = async (index: number) => {
        await expect(audienceIndex).toHaveAttribute('data-slide-index', String(index));
        await expect(presenterIndex).toHaveAttribute('data-slide-index', String(index));
      };

      await inStep(0);
      await audience.keyboard.press('ArrowRight');
      await inStep(1);
      await presenter.keyboard.press('ArrowRight');
      await inStep(2);
      await presenter.keyboard.press('PageDown');
      await inStep(3);
      await audience.keyboard.press('ArrowLeft');
      await inStep(2);
      await presenter.keyboard.press('Home');
      await inStep(0);
    } finally {
      await closeApp(app);
    }
  });
});
