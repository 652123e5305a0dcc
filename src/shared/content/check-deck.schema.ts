import type { z } from 'zod';
import { Deck } from './deck.schema';
import { SLIDE_TYPES } from './slides.schema';
import { issueMessage } from './issue-message';
import { isLocaleCode } from './locale-code';
import { formatPath, type LoadResult, type Problem } from './problems';
import { typographyFindings, typographyMessage } from './typography';
import { checkMessage, messageArguments } from '../messages/check-messages';

const DECK_FILE = 'deck.json';

function zodProblems(error: z.ZodError, skip: (path: string) => boolean): Problem[] {
  const out: Problem[] = [];
  for (const issue of error.issues) {
    const path = formatPath(issue.path);
    if (skip(path)) continue;
    out.push({ file: DECK_FILE, path, message: issueMessage(issue), severity: 'error' });
  }
  return out;
}

/** Slides whose `type` is not one we render, reported once instead of as a wall of union errors. */
function unknownTypes(raw: unknown): Problem[] {
  if (typeof raw !== 'object' || raw === null) return [];
  const slides = (raw as { slides?: unknown }).slides;
  if (!Array.isArray(slides)) return [];
  const out: Problem[] = [];
  slides.forEach((slide, i) => {
    const type = (slide as { type?: unknown } | null)?.type;
    if (typeof type === 'string' && !(SLIDE_TYPES as readonly string[]).includes(type)) {
      out.push({
        file: DECK_FILE,
        path: `slides[${i}].type`,
        message: `unknown slide type "${type}" (expected one of ${SLIDE_TYPES.join(', ')})`,
        severity: 'error',
      });
    }
  });
  return out;
}

/** Every localized string (an object whose keys all look like locales) with its path. */
function* localizedStrings(
  value: unknown,
  path: (string | number)[] = [],
): Generator<[(string | number)[], Record<string, string>]> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* localizedStrings(value[i], [...path, i]);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const entries = Object.entries(value);
  const isLocalized = entries.length > 0 && entries.every(([k, v]) => typeof v === 'string' && isLocaleCode(k));
  if (isLocalized && path[path.length - 1] !== 'localeNames') {
    yield [path, value as Record<string, string>];
    return;
  }
  for (const [k, v] of entries) yield* localizedStrings(v, [...path, k]);
}

/**
 * The pack's `ui` strings are ICU messages: each locale must parse and carry every plural
 * category of its language, and use only the arguments the default locale's message uses
 * (a misspelt `{secnds}` would otherwise reach the screen as an empty gap).
 */
function uiMessageProblems(path: (string | number)[], text: Record<string, string>, defaultLocale: string): Problem[] {
  const out: Problem[] = [];
  const reference = text[defaultLocale] === undefined ? null : messageArguments(text[defaultLocale], defaultLocale);
  for (const [locale, message] of Object.entries(text)) {
    const where = formatPath([...path, locale]);
    const found = checkMessage(message, locale);
    for (const p of found) out.push({ file: DECK_FILE, path: where, message: p.message, severity: p.severity });
    if (found.some((p) => p.severity === 'error') || reference === null || locale === defaultLocale) continue;
    const unknown = [...(messageArguments(message, locale) ?? [])].filter((a) => !reference.has(a));
    if (unknown.length > 0)
      out.push({
        file: DECK_FILE,
        path: where,
        message: `uses ${unknown.map((a) => `{${a}}`).join(', ')}, which the ${defaultLocale} message does not (the app only fills ${[...reference].map((a) => `{${a}}`).join(', ') || 'no arguments'})`,
        severity: 'warning',
      });
  }
  return out;
}

/** The largest whole a share is drawn for (one dot each; statistics-slide.tsx draws none above it). */
const MAX_SHARE_DOTS = 120;

/**
 * A statistics slide's `share` draws stats[part] as a part of stats[of]. References that point
 * nowhere, or a part larger than its whole, are errors; a share the slide cannot draw as dots
 * (not whole numbers, or a whole over 120) is shown without its chart: a warning.
 */
function shareProblems(
  stats: readonly { value: number }[],
  share: { part: number; of: number },
  path: string,
  err: (path: string, message: string, severity?: Problem['severity']) => void,
): void {
  const part = stats[share.part]?.value;
  const whole = stats[share.of]?.value;
  if (part === undefined) return err(`${path}.part`, `no stats[${share.part}] on this slide (it has ${stats.length})`);
  if (whole === undefined) return err(`${path}.of`, `no stats[${share.of}] on this slide (it has ${stats.length})`);
  if (share.part === share.of) return err(path, 'part and of name the same figure');
  if (part > whole) return err(path, `the part (${part}) is larger than the whole (${whole})`);
  if (!Number.isInteger(part) || !Number.isInteger(whole) || whole > MAX_SHARE_DOTS)
    err(
      path,
      `drawn only for whole numbers up to ${MAX_SHARE_DOTS}: the slide shows the figures without the chart`,
      'warning',
    );
}

/** Pack-level rules zod cannot express: locales, unique ids, references. */
function crossChecks(deck: Deck): Problem[] {
  const problems: Problem[] = [];
  const err = (path: string, message: string, severity: Problem['severity'] = 'error') =>
    problems.push({ file: DECK_FILE, path, message, severity });

  if (!deck.locales.includes(deck.defaultLocale)) err('defaultLocale', `"${deck.defaultLocale}" is not in locales`);
  for (const locale of deck.locales) if (!deck.localeNames[locale]) err(`localeNames.${locale}`, 'required');

  for (const [path, text] of localizedStrings(deck)) {
    for (const locale of deck.locales) {
      if (text[locale] === undefined) err(formatPath([...path, locale]), 'required');
      else if (
        locale !== deck.defaultLocale &&
        text[locale] === text[deck.defaultLocale] &&
        /\p{L}{2}/u.test(text[locale])
      )
        err(formatPath([...path, locale]), `same as ${deck.defaultLocale}: not translated?`, 'warning');
    }
    for (const locale of Object.keys(text))
      if (!deck.locales.includes(locale))
        err(formatPath([...path, locale]), `locale "${locale}" is not declared in locales`, 'warning');
    for (const [locale, value] of Object.entries(text))
      for (const finding of typographyFindings(value, locale))
        err(formatPath([...path, locale]), typographyMessage(finding), 'warning');
    if (path[0] === 'ui') problems.push(...uiMessageProblems(path, text, deck.defaultLocale));
  }

  const seen = new Map<string, number>();
  deck.slides.forEach((slide, i) => {
    const first = seen.get(slide.id);
    if (first !== undefined)
      err(`slides[${i}].id`, `duplicate slide id "${slide.id}" (first used by slides[${first}])`);
    else seen.set(slide.id, i);
    if (slide.type === 'map') {
      if (!slide.pins.some((p) => p.id === slide.arcsFrom))
        err(`slides[${i}].arcsFrom`, `no pin with id "${slide.arcsFrom}"`);
    }
    if (slide.type === 'statistics' && slide.share) shareProblems(slide.stats, slide.share, `slides[${i}].share`, err);
    if ('source' in slide && !deck.sources.some((s) => s.document === slide.source.document))
      err(`slides[${i}].source.document`, `"${slide.source.document}" is not listed in sources`);
  });
  return problems;
}

/**
 * Validates a parsed deck.json. Pure: no file access (the main-process loader adds the
 * file-level checks: encoding, size, JSON syntax, media paths).
 */
export function checkDeck(raw: unknown): LoadResult<Deck> {
  const unknown = unknownTypes(raw);
  const badSlides = new Set(unknown.map((p) => p.path.replace(/\.type$/, '')));
  const parsed = Deck.safeParse(raw);
  if (!parsed.success) {
    const skip = (path: string) =>
      [...badSlides].some((s) => path === s || path.startsWith(`${s}.`) || path.startsWith(`${s}[`));
    return { ok: false, problems: [...unknown, ...zodProblems(parsed.error, skip)] };
  }
  const cross = crossChecks(parsed.data);
  const errors = cross.filter((p) => p.severity === 'error');
  if (errors.length > 0) return { ok: false, problems: cross };
  return { ok: true, value: parsed.data, warnings: cross };
}
