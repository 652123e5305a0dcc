import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Deck } from '../../../src/shared/content/deck.schema';
import { slideTitle } from '../../../src/shared/content/slide-title';

describe('the text that names a slide (src/shared/content/slide-title.ts)', () => {
  it('is the title, or the headline for slides without one, for every slide of the bundled deck', async () => {
    const file = join(import.meta.dirname, '../../../resources/content/chery-global-2020/deck.json');
    const deck = Deck.parse(JSON.parse(await readFile(file, 'utf8')));
    const byType = new Map<string, string>();
    for (const slide of deck.slides) {
      const named = slideTitle(slide);
      expect(named, slide.id).toBe('title' in slide ? slide.title : slide.headline);
      expect(named.en, slide.id).toMatch(/\S/);
      byType.set(slide.type, 'title' in slide ? 'title' : 'headline');
    }
    // Control: both branches are exercised by the bundled deck.
    expect(new Set(byType.values())).toEqual(new Set(['title', 'headline']));
  });
});
