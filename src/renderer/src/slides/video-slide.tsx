import type { JSX } from 'react';
import type { SlideProps } from './slide-props';
import { SlideFrame } from './slide-frame';
import { PackVideo } from './pack-video';

/**
 * A film across the whole screen, edge to edge in both orientations. The title names the
 * slide for screen readers, the announcement and the presenter; it is not drawn over the film.
 */
export function VideoSlide({ slide, deck, t, orientation, thumbnail, mediaBase }: SlideProps<'video'>): JSX.Element {
  return (
    <SlideFrame kind="video" orientation={orientation} thumbnail={thumbnail}>
      {(hid) => (
        <>
          <h1 id={hid} className="visually-hidden">
            {t(slide.title)}
          </h1>
          <PackVideo
            media={slide.video}
            t={t}
            mediaBase={mediaBase}
            missingText={t(deck.ui.videoMissing ?? deck.ui.imageMissing)}
            thumbnail={thumbnail}
            fit={slide.fit}
            className="v-full"
          />
        </>
      )}
    </SlideFrame>
  );
}
