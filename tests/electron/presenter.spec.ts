/**
 * Present mode: an audience window and a presenter window, both views of main's one deck
 * state, so a key pressed in either moves both.
 */
import { test, expect, type ElectronApplication, type Page } from '@playwright/test';
import { requireElectron } from './electron-binary';
import { closeApp, launchApp, viewByRole } from './launch';

/** Both windows, each found by the role in its URL (never by the order they appeared in). */
async function bothViews(app: ElectronApplication): Promise<{ audience: Page; presenter: Page }> {
  return { audience: await viewByRole(app, 'audience'), presenter: await viewByRole(app, 'presenter') };
}

test.describe('Electron present mode', () => {
  test('opens an audience and a presenter window that stay in step', async () => {
    const executablePath = requireElectron();
    const { app } = await launchApp(executablePath, [], { mode: 'present' });
    try {
      const { audience, presenter } = await bothViews(app);
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(2);
      // Only our bridge in either window: electron-log's preload (log.initialize()) would add
      // `window.__electronLog` beside it (docs/security.md).
      for (const view of [audience, presenter])
        expect(await view.evaluate(() => typeof (window as unknown as Record<string, unknown>).__electronLog)).toBe(
          'undefined',
        );
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
