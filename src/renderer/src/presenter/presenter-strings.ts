import type { Deck } from '../../../shared/content';
import { pick } from '../../../shared/content/localized';

/**
 * Labels of the presenter's own dashboard, from the pack's message catalogue (`ui.presenter`,
 * plus `ui.previous`/`ui.next` for the buttons), in the presenter's language.
 */
export interface PresenterStrings {
  presenterView: string;
  current: string;
  next: string;
  endOfDeck: string;
  notes: string;
  notesLanguage: string;
  followSlides: string;
  elapsed: string;
  start: string;
  pause: string;
  reset: string;
  clock: string;
  slide: string;
  blackout: string;
  allSlides: string;
  close: string;
  blackScreen: string;
  showSlide: string;
  endShow: string;
  endConfirm: string;
  cancel: string;
  hideVisitorControls: string;
  showVisitorControls: string;
  swapDisplays: string;
  presenterLanguage: string;
  operator: string;
  notesSmaller: string;
  notesLarger: string;
  target: string;
  noTarget: string;
  remaining: string;
  overTime: string;
  swapOneDisplay: string;
  /** The previous/next buttons: the audience view's own ui.previous / ui.next. */
  previousButton: string;
  nextButton: string;
}

type Labels = Omit<PresenterStrings, 'previousButton' | 'nextButton'>;

/** For packs made before the format had `ui.presenter`: the English labels, nothing hand-translated. */
const ENGLISH_DEFAULTS: Labels = {
  presenterView: 'Presenter view',
  current: 'Current slide',
  next: 'Next slide',
  endOfDeck: 'End of presentation',
  notes: 'Notes',
  notesLanguage: 'Notes language',
  followSlides: 'Same as slides',
  elapsed: 'Elapsed',
  start: 'Start',
  pause: 'Pause',
  reset: 'Reset',
  clock: 'Time',
  slide: 'Slide',
  blackout: 'Audience screen is black (press B)',
  allSlides: 'All slides',
  close: 'Close',
  blackScreen: 'Black screen',
  showSlide: 'Show slide',
  endShow: 'End show',
  endConfirm: 'Confirm: back to the first slide',
  cancel: 'Cancel',
  hideVisitorControls: 'Hide visitor controls',
  showVisitorControls: 'Show visitor controls',
  swapDisplays: 'Swap displays',
  presenterLanguage: 'Presenter language',
  operator: 'Operator',
  notesSmaller: 'Smaller notes',
  notesLarger: 'Larger notes',
  target: 'Target time',
  noTarget: 'No target',
  remaining: 'Remaining',
  overTime: 'Over time',
  swapOneDisplay: 'Only one display: nothing to swap',
};

/**
 * The presenter's own language: the first of the presenter PC's UI languages
 * (`navigator.languages`, which Electron takes from the OS) that the pack has — exact tag, then
 * its language — else the pack's default. Never the audience's current language: a presenter
 * who switches the audience to Arabic keeps reading the dashboard in their own.
 */
export function presenterLanguage(deck: Pick<Deck, 'locales' | 'defaultLocale'>, preferred: readonly string[]): string {
  for (const tag of preferred) {
    const exact = deck.locales.find((l) => l.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const language = tag.toLowerCase().split('-')[0];
    const same = deck.locales.find((l) => l.toLowerCase().split('-')[0] === language);
    if (same) return same;
  }
  return deck.defaultLocale;
}

/**
 * The dashboard labels in `locale`, from the pack (falling back to its default locale, then
 * English). Labels added after a pack was made (optional in the format) fall back per label.
 */
export function presenterStrings(deck: Pick<Deck, 'ui' | 'defaultLocale'>, locale: string): PresenterStrings {
  const fromPack = deck.ui.presenter;
  const labels = Object.fromEntries(
    (Object.keys(ENGLISH_DEFAULTS) as Array<keyof Labels>).map((key) => {
      const text = fromPack?.[key];
      return [key, text ? pick(text, locale, deck.defaultLocale) : ENGLISH_DEFAULTS[key]];
    }),
  ) as Labels;
  return {
    ...labels,
    previousButton: pick(deck.ui.previous, locale, deck.defaultLocale),
    nextButton: pick(deck.ui.next, locale, deck.defaultLocale),
  };
}
