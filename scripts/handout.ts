/**
 * `npm run handout -- [--locale xx] [--notes] [--out FILE]`: the bundled deck as a PDF handout,
 * one A4-landscape page per slide with its source line and page number (and the presenter notes
 * with --notes), drawn by the built renderer in Chromium over main's real runtime — the same
 * handout view the operator's "Handout (PDF)" prints in the app through `webContents.printToPDF`.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from '@playwright/test';
import { launchChromium } from '../harness/browser';
import { startMain, HARNESS_ORIGIN, REPO } from '../harness/main-bridge';
import { HANDOUT_PAGE, handoutQuery, type HandoutRequest } from '../src/shared/handout';

export interface HandoutOptions extends HandoutRequest {
  /** The PDF to write. */
  out: string;
  /** Another pack than the bundled one. */
  contentDir?: string | null;
}

/** Writes the handout PDF; resolves with its path and page count (one per slide). */
export async function writeHandout(
  browser: Browser,
  options: HandoutOptions,
): Promise<{ out: string; slides: number }> {
  const main = await startMain({ contentDir: options.contentDir ?? null, settings: { mode: 'present' } });
  const page = await browser.newPage({ viewport: { width: 1123, height: 794 } });
  try {
    await main.attach(page);
    await page.goto(`${HARNESS_ORIGIN}/index.html${handoutQuery(options)}`);
    await page.locator('.handout[data-handout-ready="true"]').waitFor({ timeout: 60_000 });
    await page.emulateMedia({ media: 'print' });
    await mkdir(dirname(options.out), { recursive: true });
    await page.pdf({ path: options.out, ...HANDOUT_PAGE, printBackground: true, preferCSSPageSize: true });
    return { out: options.out, slides: main.content.snapshot.deck.slides.length };
  } finally {
    await page.close();
    main.dispose();
  }
}

/** Reads `--locale xx`, `--notes` and `--out FILE`; anything else is refused with a usage line. */
export function parseHandoutArgs(argv: readonly string[]): HandoutOptions {
  const options: HandoutOptions = { locale: null, notes: false, out: '' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--notes') options.notes = true;
    else if (arg === '--locale' && argv[i + 1]) options.locale = argv[++i];
    else if (arg === '--out' && argv[i + 1]) options.out = resolve(argv[++i]);
    else if (arg !== '--')
      throw new Error(`unknown argument "${arg}"; usage: npm run handout -- [--locale xx] [--notes] [--out FILE]`);
  }
  options.out ||= join(
    REPO,
    'out',
    'handout',
    `handout-${options.locale ?? 'default'}${options.notes ? '-notes' : ''}.pdf`,
  );
  return options;
}

async function main(): Promise<void> {
  const options = parseHandoutArgs(process.argv.slice(2));
  const browser = await launchChromium();
  try {
    const { out, slides } = await writeHandout(browser, options);
    console.log(`handout: ${slides} pages → ${out}`);
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  main().catch((error: unknown) => {
    console.error(`handout failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
