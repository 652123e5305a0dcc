/**
 * number-symbols.ts runs in two places: in Node (unit tests) and, bundled by locale-numbers.ts,
 * inside the page whose Intl formatted the text. The page copy is built code, not a function's
 * source text: run here in a bare V8 context (no Node, no module system), it must answer exactly
 * what the module answers in Node.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { numberSymbolsScript } from '../../support/locale-numbers';
import { numberSymbolsFor } from '../../support/number-symbols';

describe('number-symbols, bundled for the page', () => {
  it('runs in a bare context and agrees with the module run in Node, for every deck locale', async () => {
    const script = await numberSymbolsScript();
    for (const locale of ['en', 'zh-CN', 'ru', 'ar']) {
      const inPage = runInNewContext(`${script}; numberSymbols.numberSymbolsFor(${JSON.stringify(locale)})`, { Intl });
      // Through JSON: the context's arrays are of another realm.
      expect(JSON.parse(JSON.stringify(inPage)), locale).toEqual(numberSymbolsFor(locale));
    }
  });

  it('is built code: no esbuild __name helper left for the page to miss (control: the symbols have content)', async () => {
    const script = await numberSymbolsScript();
    expect(script).not.toMatch(/__name\(/);
    expect(numberSymbolsFor('ru').compact.length).toBeGreaterThan(0);
    expect(numberSymbolsFor('ar').digits[5]).toBe('5');
  });
});
