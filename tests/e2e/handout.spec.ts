/**
 * `npm run handout`: the bundled deck as a PDF, through the built renderer in Chromium. Checked with
 * Debian's poppler-utils (pdfinfo, pdftotext; `.ci/run` installs them where missing): one A4-landscape
 * page per slide (12), and a text layer — not pictures of text — that has every figure from the
 * source as the deck formats it, the source lines, page numbers and, with --notes, the presenter
 * notes, in English and in Simplified Chinese.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { parseHandoutArgs, writeHandout } from '../../scripts/handout';
import { BUNDLED_PACK } from '../../harness/main-bridge';
import { formatStat } from '../../src/shared/format';
import { pick, type Deck, type Stat } from '../../src/shared/content';

const deck = JSON.parse(readFileSync(join(BUNDLED_PACK, 'deck.json'), 'utf8')) as Deck;

/** Every statistic anywhere in the deck (statistics, map and story slides carry them). */
function stats(value: unknown): Stat[] {
  if (Array.isArray(value)) return value.flatMap(stats);
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own = typeof record.value === 'number' && typeof record.label === 'object' ? [record as unknown as Stat] : [];
  return [...own, ...Object.values(record).flatMap(stats)];
}

/** pdftotext's words joined without white space, so a line break inside a figure does not matter. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

/**
 * poppler-utils is a Debian package: `.ci/run` installs it and sets SHOWCASE_REQUIRE_POPPLER, so
 * there a missing tool fails. Elsewhere (a Windows or macOS job, a laptop) the PDF checks skip
 * and say why; the PDF is still written.
 */
function hasPoppler(): boolean {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const POPPLER = hasPoppler();
if (!POPPLER && process.env.SHOWCASE_REQUIRE_POPPLER === '1')
  throw new Error('pdfinfo/pdftotext (Debian poppler-utils) are missing but SHOWCASE_REQUIRE_POPPLER=1');

let dir: string;
test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'handout-'));
});
test.afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

for (const locale of ['en', 'zh-CN']) {
  test(`${locale}: 12 A4-landscape pages whose text layer has the source figures, sources, notes and page numbers`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const out = join(dir, `handout-${locale}.pdf`);
    const written = await writeHandout(browser, { locale, notes: true, out });
    expect(written.slides).toBe(12);
    test.skip(
      !POPPLER,
      'pdfinfo/pdftotext (Debian poppler-utils) not installed: the PDF was written, its pages and text not checked',
    );

    const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
    expect(info).toMatch(/^Pages:\s+12$/m);
    expect(info).toMatch(/^Page size:\s+841\.9\d? x 59[45]\.\d+ pts \(A4\)$/m); // landscape: wider than tall

    const text = squeeze(execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' }));
    const figures = stats(deck.slides).map((s) => formatStat(s, locale));
    expect(figures.length).toBeGreaterThan(10);
    for (const figure of figures) expect(text, `figure ${figure}`).toContain(squeeze(figure));
    for (const slide of deck.slides)
      expect(text, `notes of ${slide.id}`).toContain(squeeze(pick(slide.notes, locale, 'en')).slice(0, 40));
    expect(text).toContain(squeeze(`Source: ${deck.sources[0].title}, ¶ 4`));
    for (let page = 1; page <= 12; page++) expect(text).toContain(`${page}/12`);
    const opening = deck.slides[0] as { headline: Record<string, string> };
    expect(text).toContain(squeeze(pick(opening.headline, locale, 'en')));
  });
}

test('control: without --notes the presenter notes are not in the text layer', async ({ browser }) => {
  test.setTimeout(120_000);
  const out = join(dir, 'handout-plain.pdf');
  await writeHandout(browser, { locale: 'en', notes: false, out });
  test.skip(!POPPLER, 'pdftotext (Debian poppler-utils) not installed');
  const text = squeeze(execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' }));
  expect(text).not.toContain(squeeze(pick(deck.slides[0].notes, 'en', 'en')).slice(0, 40));
  expect(text).toContain('12/12');
});

test('the command line: --locale, --notes, --out; a typo is refused with the usage line', () => {
  expect(parseHandoutArgs(['--', '--locale', 'zh-CN', '--notes', '--out', '/tmp/h.pdf'])).toEqual({
    locale: 'zh-CN',
    notes: true,
    out: '/tmp/h.pdf',
  });
  expect(parseHandoutArgs([]).out).toMatch(/out[/\\]handout[/\\]handout-default\.pdf$/);
  expect(() => parseHandoutArgs(['--note'])).toThrow('usage: npm run handout -- [--locale xx] [--notes] [--out FILE]');
});
