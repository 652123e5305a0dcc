/**
 * The operator panel's words in right-to-left Arabic and in every language: text values (paths,
 * ids) isolated so bidi reordering cannot move their slashes, the uptime in Intl units, and the
 * schema's own messages said again in the operator's language.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { say, setOperatorLocale, uptimeText } from '../../../src/renderer/src/operator/operator-text';
import { humanMessage } from '../../../src/renderer/src/operator/problem-words';
import { OPERATOR_LOCALES } from '../../../src/shared/messages/operator-messages';

afterEach(() => setOperatorLocale('en'));

describe('operator text', () => {
  it('isolates a path in an Arabic message (FSI…PDI) and leaves it as it is in the others', () => {
    setOperatorLocale('ar');
    expect(say('problemWholeFile', { file: '/tmp/pack/deck.json' })).toBe('\u2068/tmp/pack/deck.json\u2069');
    for (const locale of OPERATOR_LOCALES.filter((l) => l !== 'ar')) {
      setOperatorLocale(locale);
      expect(say('problemWholeFile', { file: '/tmp/pack/deck.json' })).toBe('/tmp/pack/deck.json');
    }
  });

  it('numbers stay numbers and a value the message selects on still selects its branch', () => {
    setOperatorLocale('ar');
    expect(say('healthRestartCount', { count: 3 })).not.toMatch(/[\u2068\u2069]/);
    // problemWrongType selects on {expected}/{received}: isolating them would fall to "other".
    const said = say('problemWrongType', { expected: 'number', received: 'string' });
    expect(said).not.toMatch(/number|string|[\u2068\u2069]/);
    setOperatorLocale('en');
    expect(say('problemWrongType', { expected: 'number', received: 'string' })).toMatch(/number/);
  });

  it('says an uptime in Intl units, hours and minutes only once they are reached, Latin digits in Arabic', () => {
    expect(uptimeText(9, 'en')).toBe('9 sec');
    expect(uptimeText(5 * 60 + 9, 'en')).toBe('5 min 9 sec');
    expect(uptimeText(2 * 3600 + 9, 'en')).toBe('2 hr 0 min 9 sec');
    expect(uptimeText(-4, 'en')).toBe('0 sec');
    const arabic = uptimeText(2 * 3600 + 5 * 60 + 9, 'ar');
    expect(arabic).toMatch(/2.*5.*9/u);
    expect(arabic).not.toMatch(/[\u0660-\u0669]/u); // no Arabic-Indic digits
    expect(arabic).not.toMatch(/\b(hr|min|sec)\b/);
    expect(uptimeText(61, 'ru')).not.toMatch(/\b(min|sec)\b/);
  });

  it("says the schema's own id and empty-text messages in each language, not in English", () => {
    for (const locale of OPERATOR_LOCALES) {
      setOperatorLocale(locale);
      const id = humanMessage('lowercase letters, digits and dashes');
      const empty = humanMessage('must not be empty');
      expect(id).toBe(say('problemIdShape'));
      expect(empty).toBe(say('problemTooShort', { min: 1, unit: 'characters' }));
      if (locale !== 'en') expect(`${id} ${empty}`).not.toMatch(/lowercase|must not/);
    }
  });
});
