/**
 * A statistics slide's `share` (part of a whole, drawn as dots) is checked by checkDeck: a
 * reference to a figure the slide does not have, the same figure twice or a part larger than its
 * whole is an error naming the JSON path; a share the slide cannot draw is a warning.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDeck } from '../../../src/shared/content/check-deck.schema';
import { BUNDLED_PACK } from '../../support/make-pack';

interface RawSlide {
  type: string;
  stats?: { value: number }[];
  share?: { part: number; of: number };
}
const bundled = () => JSON.parse(readFileSync(path.join(BUNDLED_PACK, 'deck.json'), 'utf8')) as { slides: RawSlide[] };
const shareIndex = bundled().slides.findIndex((s) => s.type === 'statistics' && s.share);

/** Errors or warnings alike, as `problems`. */
function check(deck: unknown) {
  const result = checkDeck(deck);
  return { ok: result.ok, problems: result.ok ? result.warnings : result.problems };
}
function withShare(edit: (slide: RawSlide) => void) {
  const deck = bundled();
  edit(deck.slides[shareIndex]);
  return check(deck);
}
const at = (suffix = '') => `slides[${shareIndex}].share${suffix}`;

describe('statistics share', () => {
  it('the bundled deck has a share (46 of 80) and it passes clean (control)', () => {
    expect(shareIndex).toBeGreaterThanOrEqual(0);
    const result = check(bundled());
    expect(result.ok).toBe(true);
    expect(result.problems.filter((p) => p.path.includes('.share'))).toEqual([]);
  });

  it('refuses a reference to a figure the slide does not have, naming part or of', () => {
    const part = withShare((s) => (s.share!.part = 9));
    expect(part.ok).toBe(false);
    expect(part.problems).toContainEqual(expect.objectContaining({ path: at('.part'), severity: 'error' }));
    const of = withShare((s) => (s.share!.of = 5));
    expect(of.problems).toContainEqual(
      expect.objectContaining({ path: at('.of'), message: expect.stringMatching(/no stats\[5\]/) }),
    );
  });

  it('refuses the same figure twice and a part larger than its whole', () => {
    const same = withShare((s) => (s.share = { part: 0, of: 0 }));
    expect(same.problems).toContainEqual(expect.objectContaining({ path: at(), severity: 'error' }));
    const larger = withShare((s) => (s.share = { part: 0, of: 1 }));
    expect(larger.ok).toBe(false);
    expect(larger.problems).toContainEqual(
      expect.objectContaining({ path: at(), message: 'the part (80) is larger than the whole (46)' }),
    );
  });

  it('warns, and keeps the pack, when the share cannot be drawn as dots', () => {
    const big = withShare((s) => (s.stats![0].value = 500));
    expect(big.ok).toBe(true);
    expect(big.problems).toContainEqual(expect.objectContaining({ path: at(), severity: 'warning' }));
  });
});
