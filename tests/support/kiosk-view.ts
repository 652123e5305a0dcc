/**
 * What the kiosk specs (kiosk.spec.ts, kiosk-input.spec.ts) share: the kiosk settings they start
 * main with, a point away from every control, and the audience view's root element.
 */
import type { Page } from '@playwright/test';
import type { SettingsInput } from '../../src/shared/settings.schema';

export const KIOSK = { mode: 'kiosk', idleSeconds: 30, countdownSeconds: 10 } as const satisfies SettingsInput;
/** Away from the corner hotspot, the language buttons and the on-screen arrows. */
export const NEUTRAL = { x: 960, y: 520 };

/** The audience view's root: its data-phase, data-slide-index and data-locale are main's state. */
export const app = (page: Page) => page.locator('.app');
