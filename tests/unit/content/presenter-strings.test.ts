// The presenter's labels come from the pack's catalogue (ui.presenter, ui.previous, ui.next) and
// follow the presenter's own language (the presenter PC's UI languages), never the audience's.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Deck } from '../../../src/shared/content/deck.schema';
import { checkDeck } from '../../../src/shared/content/check-deck.schema';
import { presenterLanguage, presenterStrings } from '../../../src/renderer/src/presenter/presenter-strings';
import { BUNDLED_PACK } from '../../support/make-pack';
import { minimalDeck } from '../../fixtures/minimal-deck';

const deck = Deck.parse(JSON.parse(readFileSync(path.join(BUNDLED_PACK, 'deck.json'), 'utf8')));

describe('presenter labels', () => {
  it('picks the presenter’s own language from the PC’s UI languages the pack has', () => {
    expect(presenterLanguage(deck, ['ru-RU', 'en-US'])).toBe('ru');
    expect(presenterLanguage(deck, ['zh-Hans-CN'])).toBe('zh-CN');
    expect(presenterLanguage(deck, ['ar-EG'])).toBe('ar');
    expect(presenterLanguage(deck, ['de-DE', 'en-GB'])).toBe('en');
    expect(presenterLanguage(deck, ['de-DE'])).toBe(deck.defaultLocale);
    expect(presenterLanguage(deck, [])).toBe(deck.defaultLocale);
  });

  it('reads every label from the pack, in that language (the audience’s language plays no part)', () => {
    const ru = presenterStrings(deck, 'ru');
    expect(ru.presenterView).toBe(deck.ui.presenter?.presenterView.ru);
    expect(ru.previousButton).toBe(deck.ui.previous.ru);
    expect(ru.nextButton).toBe(deck.ui.next.ru);
    for (const locale of deck.locales) {
      const labels = presenterStrings(deck, locale);
      for (const [key, text] of Object.entries(deck.ui.presenter ?? {}))
        expect(labels[key as keyof typeof labels]).toBe(text[locale]);
    }
    // The review's consistency points: 页 for "slide" in navigation, nouns for the timer buttons.
    expect(presenterStrings(deck, 'zh-CN').next).toBe(deck.ui.next['zh-CN']);
    expect(presenterStrings(deck, 'ar').start).toBe('بدء');
  });

  it('a pack without ui.presenter still loads, and the dashboard falls back to English', () => {
    const old = minimalDeck();
    expect(old.ui.presenter).toBeUndefined();
    const result = checkDeck(old);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const labels = presenterStrings(result.value, 'ru');
    expect(labels.presenterView).toBe('Presenter view');
    expect(labels.previousButton).toBe(old.ui.previous.ru);
  });

  it('a pack’s presenter strings get the same checks as every other string (missing locale, typography)', () => {
    const broken = JSON.parse(JSON.stringify(deck)) as { ui: { presenter: Record<string, Record<string, string>> } };
    delete broken.ui.presenter.pause.ar;
    broken.ui.presenter.blackout.ru = 'Экран зрителей затемнён — клавиша B';
    const result = checkDeck(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.severity} ${p.path}`)).toEqual([
      'error ui.presenter.pause.ar',
      'warning ui.presenter.blackout.ru',
    ]);
  });
});
