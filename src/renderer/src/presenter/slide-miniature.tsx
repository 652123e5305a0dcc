import { useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import type { Deck, Slide } from '../../../shared/content';
import { useFitBox } from './use-presenter-hooks';
import { SettledSlide } from '../components/settled-slide';

interface Props {
  slide: Slide | null;
  deck: Deck;
  locale: string;
  rtl: boolean;
  t: (text: Record<string, string>) => string;
  testId: string;
  /** Shown instead of a slide when there is none (after the last slide). */
  empty?: ReactNode;
  onError: (slideId: string, message: string) => void;
}

/**
 * A live miniature of a real slide: the slide component itself, in a 16:9 box with its own
 * `--u` (1% of the box's height), rendered as a thumbnail (settled, no count-up, no autoplay).
 * Hidden from assistive technology and focus: the presenter's own text says what it shows.
 */
export function SlideMiniature({ slide, deck, locale, rtl, t, testId, empty, onError }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  const box = useFitBox(frame);
  const screen = useRef<HTMLDivElement>(null);
  useSilentMedia(screen, slide?.id ?? null);

  return (
    <div className="p-mini" ref={frame}>
      <div
        ref={screen}
        className="p-mini__screen"
        data-testid={testId}
        data-slide-id={slide?.id ?? ''}
        dir={rtl ? 'rtl' : 'ltr'}
        lang={locale}
        aria-hidden="true"
        inert
        style={{ inlineSize: box.width, blockSize: box.height, ['--u' as string]: `${box.height / 100}px` }}
      >
        {slide
          ? box.width > 0 && <SettledSlide slide={slide} deck={deck} locale={locale} t={t} onError={onError} />
          : empty}
      </div>
    </div>
  );
}

/**
 * Belt and braces for "a presenter window never plays sound": whatever media a slide type
 * renders, in a miniature it is muted, paused and never autoplays.
 */
function useSilentMedia(ref: RefObject<HTMLElement | null>, key: string | null): void {
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    const silence = () => {
      for (const media of root.querySelectorAll<HTMLMediaElement>('audio, video')) {
        media.muted = true;
        media.autoplay = false;
        media.removeAttribute('autoplay');
        if (!media.paused) media.pause();
      }
    };
    silence();
    const observer = new MutationObserver(silence);
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['autoplay', 'src'] });
    root.addEventListener('play', silence, true);
    return () => {
      observer.disconnect();
      root.removeEventListener('play', silence, true);
    };
  }, [ref, key]);
}
