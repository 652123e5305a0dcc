import { z } from 'zod';
import { LocaleCode, LocalizedString } from './locale.schema';
import { Slide } from './slides.schema';

/**
 * Labels of the presenter's dashboard, shown in the presenter's own language (not the
 * audience's). Optional so packs made before format v1 grew them still load; the presenter then
 * shows the English defaults of src/renderer/src/presenter/presenter-strings.ts.
 */
export const PresenterUiStrings = z.object({
  presenterView: LocalizedString,
  current: LocalizedString,
  next: LocalizedString,
  endOfDeck: LocalizedString,
  notes: LocalizedString,
  notesLanguage: LocalizedString,
  followSlides: LocalizedString,
  elapsed: LocalizedString,
  start: LocalizedString,
  pause: LocalizedString,
  reset: LocalizedString,
  clock: LocalizedString,
  slide: LocalizedString,
  blackout: LocalizedString,
  // Issue 16 (presenter view): optional, so packs made before them still load (English per label).
  allSlides: LocalizedString.optional(),
  close: LocalizedString.optional(),
  blackScreen: LocalizedString.optional(),
  showSlide: LocalizedString.optional(),
  endShow: LocalizedString.optional(),
  endConfirm: LocalizedString.optional(),
  cancel: LocalizedString.optional(),
  hideVisitorControls: LocalizedString.optional(),
  showVisitorControls: LocalizedString.optional(),
  swapDisplays: LocalizedString.optional(),
  presenterLanguage: LocalizedString.optional(),
  operator: LocalizedString.optional(),
  notesSmaller: LocalizedString.optional(),
  notesLarger: LocalizedString.optional(),
  target: LocalizedString.optional(),
  noTarget: LocalizedString.optional(),
  remaining: LocalizedString.optional(),
  overTime: LocalizedString.optional(),
  swapOneDisplay: LocalizedString.optional(),
});
export type PresenterUiStrings = z.infer<typeof PresenterUiStrings>;

/**
 * Strings of the app's own interface; they live in the pack so every language ships together.
 * Each is an ICU MessageFormat message (formatted by intl-messageformat): plurals name every
 * category of their language, which content:check verifies.
 */
export const UiStrings = z.object({
  touchToExplore: LocalizedString,
  returningToStart: LocalizedString.meta({
    description:
      'ICU message for the idle countdown: {seconds, plural, …} with every plural category of the language (ar: zero one two few many other; ru: one few many other)',
  }),
  next: LocalizedString,
  previous: LocalizedString,
  goToSlide: LocalizedString.meta({ description: 'ICU message; {number, number} is the slide number' }),
  slideAnnouncement: LocalizedString.meta({
    description: 'ICU message for the live region; {number, number}, {total, number}, {title}',
  }),
  language: LocalizedString,
  closed: LocalizedString,
  outOfService: LocalizedString,
  imageMissing: LocalizedString,
  videoMissing: LocalizedString.optional().meta({
    description: 'Under a film that cannot play and has no poster (default: imageMissing)',
  }),
  // Optional: older packs lack them; the view falls back to touchToExplore / no reopening line.
  keepExploring: LocalizedString.optional().meta({
    description: 'Under the idle countdown: a touch keeps the visitor here',
  }),
  reopensAt: LocalizedString.optional().meta({
    description:
      'ICU message on the closed screen, e.g. "Open again {day} at {time}": {day} is "today", "tomorrow", "in 3 days" (Intl.RelativeTimeFormat), {time} a clock time (Intl.DateTimeFormat)',
  }),
  presenter: PresenterUiStrings.optional(),
});
export type UiStrings = z.infer<typeof UiStrings>;

export const DECK_FORMAT_VERSION = 1;

/** A content pack's deck.json, format v1. */
export const Deck = z
  .object({
    $schema: z.string().optional(),
    formatVersion: z.literal(DECK_FORMAT_VERSION),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    title: LocalizedString,
    defaultLocale: LocaleCode,
    locales: z.array(LocaleCode).min(1),
    localeNames: z.record(LocaleCode, z.string().min(1)).meta({ description: 'Each language named in itself' }),
    sources: z.array(z.object({ document: z.string().min(1), title: z.string().min(1) })).min(1),
    ui: UiStrings,
    reviewNotes: z.array(z.string()).default([]).meta({ description: 'Strings a native speaker should review' }),
    slides: z.array(Slide).min(1),
  })
  .meta({ title: 'Chery Showcase content pack (deck.json)' });
export type Deck = z.infer<typeof Deck>;
export type DeckInput = z.input<typeof Deck>;
