import type { Browser } from '@playwright/test';

/** What every snapshot scene gets: one browser, the output folder, the locales asked for. */
export interface SceneContext {
  browser: Browser;
  out: string;
  /** The bundled deck's locales, filtered by the command line's locale arguments. */
  locales: string[];
}

export const SIZES = {
  landscape: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
} as const;

/** One group of screenshots; resolves with how many files it wrote. */
export type Scene = (ctx: SceneContext) => Promise<number>;
