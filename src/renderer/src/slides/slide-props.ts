import type { Deck, SlideOf, Slide } from '../../../shared/content';

/** What every slide component receives: one typed record and how to show it. */
export interface SlideProps<T extends Slide['type'] = Slide['type']> {
  slide: SlideOf<T>;
  deck: Deck;
  /** Locale to render in (the deck state's current language). */
  locale: string;
  /** Localized string picker bound to `locale` with the deck's default as fallback. */
  t: (text: Record<string, string>) => string;
  /** 'landscape' (16:9 screens, projectors) or 'portrait' (9:16 totems), from the window's shape. */
  orientation: 'landscape' | 'portrait';
  /** Base URL for pack media, e.g. `app://showcase/pack/` (images named `media/x.jpg` resolve against it). */
  mediaBase: string;
  /** True in presenter miniatures: no sound, no autoplay, no count-up. */
  thumbnail?: boolean;
}
