// Per-locale typography rules from the December 2026 translation review, checked by content:check
// as warnings. Each rule says what it saw and what to type instead. Zod-free and pure.

/** A typography rule: which locales, what it matches, what to tell the exhibitor. */
export interface TypographyRule {
  id: string;
  /** Locale codes it applies to: the language part must match (`zh-CN` → `zh`). */
  language: string;
  pattern: RegExp;
  advice: string;
}

const RU_UNITS =
  '(?:с|сек|мин|ч|км|м|кг|т|г|гг|шт|млн|млрд|тыс|%|секунд\\p{L}*|минут\\p{L}*|тысяч\\p{L}*|миллион\\p{L}*|миллиард\\p{L}*)';
// A number is a digit, an ICU `#` or a `{placeholder}` the app fills with one.
const NUMBER_END = '(?:\\d|#|\\})';
const ZH_DIGIT = '[〇零一二三四五六七八九十]';

export const TYPOGRAPHY_RULES: readonly TypographyRule[] = [
  {
    id: 'ru-space-in-number',
    language: 'ru',
    pattern: /\d \d{3}(?!\d)/u,
    advice:
      'plain space inside a number: use a no-break space (U+00A0), e.g. "200\u00a0000", so it never breaks across lines',
  },
  {
    id: 'ru-space-before-dash',
    language: 'ru',
    pattern: / [—–]/u,
    advice: 'plain space before a dash: use a no-break space (U+00A0) so a line never starts with the dash',
  },
  {
    id: 'ru-space-before-unit',
    language: 'ru',
    pattern: new RegExp(`${NUMBER_END} ${RU_UNITS}(?![\\p{L}])`, 'u'),
    advice: 'plain space between a number and its unit: use a no-break space (U+00A0), e.g. "10\u00a0с"',
  },
  {
    id: 'zh-ascii-quotes',
    language: 'zh',
    pattern: /["']/u,
    advice: 'ASCII quote in Chinese text: use “ ” (or ‘ ’ inside them)',
  },
  {
    id: 'zh-chinese-numerals-in-date',
    language: 'zh',
    pattern: new RegExp(`${ZH_DIGIT}{1,3}月|月${ZH_DIGIT}{1,3}[日号]|[〇零一二三四五六七八九]{2,4}年`, 'u'),
    advice: 'Chinese numerals in a date: write dates with Arabic numerals, e.g. 2020年7月至9月 (GB/T 15835)',
  },
  {
    id: 'ar-prefix-glued-to-latin',
    language: 'ar',
    pattern: /\p{Script=Arabic}\u0640?[A-Za-z]/u,
    advice: 'Arabic letters glued to a Latin word (e.g. لـChery): write a separate word, e.g. لشركة Chery',
  },
];

/** The rules a text in `locale` breaks, each with the offending snippet. */
export function typographyFindings(
  text: string,
  locale: string,
  rules: readonly TypographyRule[] = TYPOGRAPHY_RULES,
): Array<{ rule: TypographyRule; found: string }> {
  const language = locale.split('-')[0];
  const out: Array<{ rule: TypographyRule; found: string }> = [];
  for (const rule of rules) {
    if (rule.language !== language) continue;
    const match = rule.pattern.exec(text);
    if (match) out.push({ rule, found: match[0] });
  }
  return out;
}

/** The one-line warning for a finding: `typography ru-space-before-dash: … (found " —")`. */
export function typographyMessage(finding: { rule: TypographyRule; found: string }): string {
  return `typography ${finding.rule.id}: ${finding.rule.advice} (found ${JSON.stringify(finding.found)})`;
}
