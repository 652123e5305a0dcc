/**
 * A custom pack that loads with warnings is shown, and its warnings reach the operator: dropping
 * them on the success path (`problems: []`) once went unnoticed by every test.
 */
import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPack, loadPackWithFallback } from '../../../src/main/content/load-pack';
import { BUNDLED_PACK, minimalDeck, tempDir, writePack } from '../../support/make-pack';

let dir = '';
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('a valid custom pack with warnings', () => {
  it('is shown, and keeps every warning the pack check gave', async () => {
    dir = await tempDir('warned-');
    const deck = minimalDeck();
    // Russian text left the same as the English: valid, but "not translated?" for the operator.
    deck.ui.next = { en: 'Next', ru: 'Next' };
    await writePack(dir, deck);
    const choice = await loadPackWithFallback(dir, BUNDLED_PACK);
    expect(choice).toMatchObject({ status: 'ok', origin: 'custom' });
    expect(choice.problems).toContainEqual(
      expect.objectContaining({ file: 'deck.json', path: 'ui.next.ru', severity: 'warning' }),
    );
    const checked = await loadPack(dir);
    expect(checked.ok && checked.warnings).toEqual(choice.problems);
  });
});
