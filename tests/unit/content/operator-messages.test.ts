// The operator catalogue gets the pack's checks: every message parses, names every plural
// category of its locale, and renders for a value in each category with that value read back.
import { describe, expect, it } from 'vitest';
import { checkMessage, formatMessage, messageArguments, pluralCategories } from '../../../src/shared/messages';
import { OPERATOR_LOCALE, OPERATOR_MESSAGES } from '../../../src/shared/messages/operator-messages';

const SAMPLE: Record<string, number> = { one: 1, other: 2 };

describe('operator messages', () => {
  it('is checked for English plural categories', () => {
    expect(pluralCategories(OPERATOR_LOCALE)).toEqual(Object.keys(SAMPLE));
  });

  it.each(Object.entries(OPERATOR_MESSAGES))('%s parses and renders in every plural category', (_, message) => {
    expect(checkMessage(message, OPERATOR_LOCALE)).toEqual([]);
    const args = [...(messageArguments(message, OPERATOR_LOCALE) ?? [])];
    for (const n of Object.values(SAMPLE)) {
      const out = formatMessage(message, OPERATOR_LOCALE, Object.fromEntries(args.map((a) => [a, n])));
      expect(out).not.toMatch(/[{}#]/);
      if (args.length > 0) expect(out).toContain(String(n));
    }
  });

  it('a message missing a form, or broken, is caught (control)', () => {
    expect(checkMessage('{n, plural, one {# event}}', 'en')[0]?.message).toMatch(/syntax error.*missing other clause/i);
    expect(checkMessage('{n, plural, one {# event} other {# events}', 'en')[0]?.severity).toBe('error');
  });

  it('thousands read as staff expect: 1,234 events', () => {
    expect(formatMessage(OPERATOR_MESSAGES.analyticsLost, OPERATOR_LOCALE, { count: 1234 })).toMatch(
      /^1,234 events lost/,
    );
    expect(formatMessage(OPERATOR_MESSAGES.analyticsLost, OPERATOR_LOCALE, { count: 1 })).toMatch(/^1 event lost/);
  });
});
