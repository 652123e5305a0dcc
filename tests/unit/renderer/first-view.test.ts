// The first view (issue 19): the audience's first screen as static markup, drawn by main.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPack } from '../../../src/main/content/load-pack';
import { initialDeckState, type DeckState } from '../../../src/shared/deck';
import type { Deck } from '../../../src/shared/content';
import type { DeckSnapshot } from '../../../src/shared/ipc';
import { renderFirstView, staticMarkup } from '../../../src/renderer/src/first-view/render-first-view';

let deck: Deck;
beforeAll(async () => {
  const loaded = await loadPack(join(import.meta.dirname, '../../../resources/content/chery-global-2020'));
  if (!loaded.ok) throw new Error('the bundled pack did not load');
  deck = loaded.value.deck;
});

function snapshot(change: Partial<DeckState> = {}, rest: Partial<DeckSnapshot> = {}): DeckSnapshot {
  const state = initialDeckState({
    mode: 'kiosk',
    slideCount: deck.slides.length,
    locales: deck.locales,
    defaultLocale: deck.defaultLocale,
    countdownSeconds: 10,
  });
  return {
    deck,
    state: { ...state, ...change },
    contentOrigin: 'bundled',
    status: 'ok',
    problems: [],
    reducedMotion: false,
    whenClosed: 'closed-slide',
    ...rest,
  };
}

describe('renderFirstView', () => {
  it('draws the title slide in both orientations, with its text, and nothing CSP or tests would trip on', () => {
    const view = renderFirstView(snapshot());
    expect(view).not.toBeNull();
    const html = view!.html;
    const title = deck.slides[0];
    expect(title.type).toBe('title');
    if (title.type !== 'title') return;
    for (const orientation of ['landscape', 'portrait'])
      expect(html).toContain(`<div class="first-view__${orientation}"><div class="app app-${orientation}`);
    // React escapes text: compare with the headline as markup would carry it.
    const escaped = title.headline.en.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(html.split(`>${escaped}</h1>`).length - 1).toBe(2);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/data-testid=/);
    expect(html).not.toMatch(/<script/i);
    // Heading ids differ between the two copies (one id per document).
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(1);
    expect(new Set(ids).size).toBe(ids.length);
    expect(view).toMatchObject({ lang: 'en', dir: 'ltr' });
  });

  it('speaks the deck language: lang and direction for Arabic, the Arabic headline', () => {
    const view = renderFirstView(snapshot({ locale: 'ar' }));
    expect(view).toMatchObject({ lang: 'ar', dir: 'rtl' });
    const title = deck.slides[0];
    if (title.type !== 'title') throw new Error('the bundled deck starts with its title');
    expect(view!.html).toContain(title.headline.ar);
  });

  it('draws nothing for the screens the app brings itself: closed, out of service, a slide in a later chunk', () => {
    expect(renderFirstView(snapshot({ phase: 'closed' }))).toBeNull();
    expect(renderFirstView(snapshot({}, { status: 'out-of-service' }))).toBeNull();
    const later = deck.slides.findIndex((s) => s.type !== 'title');
    expect(later).toBeGreaterThan(0);
    expect(renderFirstView(snapshot({ index: later }))).toBeNull();
  });

  it('staticMarkup strips inline styles and test ids, and only those', () => {
    expect(
      staticMarkup('<div class="a" style="opacity:1;transform:none" data-testid="slide" data-slide-id="x">t</div>'),
    ).toBe('<div class="a" data-slide-id="x">t</div>');
  });
});
