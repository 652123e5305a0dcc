/**
 * The bundled deck says only what the source says: every number in its text (every
 * locale, presenter notes included) and every stat value is a figure of the source, and
 * none of what the content guide lists as "not in the source" appears — no plant pins, no
 * years but 2020, no model names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Deck } from '../../../src/shared/content/deck.schema';
import { loadSourceFigures, numberSymbolsFor, parseLocaleNumbers } from '../../support/locale-numbers';

const PACK = join(import.meta.dirname, '..', '..', '..', 'resources', 'content', 'chery-global-2020');
const raw = readFileSync(join(PACK, 'deck.json'), 'utf8');
const deck = Deck.parse(JSON.parse(raw));
const figures = loadSourceFigures();

/** Every localized string of the deck with its JSON path. */
function strings(value: unknown, path = ''): Array<{ path: string; locale: string; text: string }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const entries = Object.entries(value);
  if (entries.length > 0 && entries.every(([k, v]) => deck.locales.includes(k) && typeof v === 'string'))
    return entries.map(([locale, text]) => ({ path, locale, text: text as string }));
  return entries.flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
}
const all = strings({ title: deck.title, ui: deck.ui, slides: deck.slides });

/** Source figures the deck may not show as "years" etc. are caught below; these are model names. */
const MODEL_NAMES = [
  'Tiggo',
  'Arrizo',
  'Exeed',
  'Omoda',
  'Jaecoo',
  'QQ',
  'Fulwin',
  'iCar',
  'Jetour',
  '瑞虎',
  '艾瑞泽',
  '星途',
];
/** Places the source names; anything else on the map would be invented (e.g. a plant's city). */
const PLACES = ['Wuhu', 'Shanghai', 'Europe', 'North America', 'Brazil', 'Russia', 'Egypt', 'Ukraine', 'Italy'];

describe('the bundled deck against its source', () => {
  it('reads the source’s figures (the parser itself)', () => {
    for (const n of [1500, 200000, 1650000, 1000000, 6000, 2020, 120, 46, 80, 17, 20, 12, 10, 6, 5, 4])
      expect(figures, String(n)).toContain(n);
    expect(figures).not.toContain(1700000);
    // Controls: a rounded figure and a foreign year are caught by the same readers.
    expect(parseLocaleNumbers('1,7 млн', numberSymbolsFor('ru'))).toEqual([1700000]);
    expect(parseLocaleNumbers('170万+', numberSymbolsFor('zh-CN'))).toEqual([1700000]);
  });

  it('shows only numbers the source gives, in every locale, notes included', () => {
    const wrong: string[] = [];
    // Learned once per locale: learning runs Intl over many values (it took seconds per string).
    const symbols = new Map(deck.locales.map((l) => [l, numberSymbolsFor(l)]));
    for (const s of all) {
      if (s.path.startsWith('ui.')) continue; // UI templates hold placeholders such as {number}, not facts.
      for (const n of parseLocaleNumbers(s.text, symbols.get(s.locale)!))
        if (!figures.has(n)) wrong.push(`${s.path}.${s.locale}: ${n} in "${s.text}"`);
    }
    expect(wrong).toEqual([]);
  });

  it('uses only figures of the source as stat values', () => {
    const values = deck.slides.flatMap((s) => ('stats' in s ? s.stats.map((st) => `${s.id}:${st.value}`) : []));
    expect(values.length).toBeGreaterThan(0);
    expect(values.filter((v) => !figures.has(Number(v.split(':')[1])))).toEqual([]);
  });

  it('puts pins only on places the source names, and none for plants', () => {
    const pins = deck.slides.flatMap((s) => (s.type === 'map' ? s.pins : []));
    expect(pins.length).toBeGreaterThan(0);
    expect(pins.map((p) => p.label.en).filter((l) => !PLACES.includes(l))).toEqual([]);
    expect(pins.filter((p) => /plant|factory|завод|工厂|مصنع/i.test(Object.values(p.label).join(' ')))).toEqual([]);
  });

  it('gives no year but 2020', () => {
    const years = all.flatMap((s) =>
      [...s.text.matchAll(/(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/g)].map((m) => `${s.path}.${s.locale}: ${m[1]}`),
    );
    expect(years.filter((y) => !y.endsWith(': 2020'))).toEqual([]);
  });

  it('names no car model', () => {
    // Latin names as whole words; Chinese ones anywhere (the script has no spaces).
    const found = MODEL_NAMES.filter((name) =>
      /\p{Script=Han}/u.test(name) ? raw.includes(name) : new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, 'iu').test(raw),
    );
    expect(found).toEqual([]);
  });
});
