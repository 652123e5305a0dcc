import { useEffect, useRef, useState } from 'react';
import type { VideoMedia } from '../../../shared/content';
import { directionOf } from '../../../shared/content/localized';
import { resolveMedia } from '../media-base';
import { PackImage } from './pack-image';
import { useStill } from './reveal';
import { useSlideMedia } from './slide-media';
import { useCaptionCue } from './video-captions';
import '../styles/slides/video.css';

interface PackVideoProps {
  media: VideoMedia;
  t: (text: Record<string, string>) => string;
  mediaBase: string;
  /** The pack's "missing" line under the placeholder. */
  missingText: string;
  /** Miniatures and the handout: the poster (or first frame), never playing. */
  thumbnail?: boolean;
  /** `cover` fills the box (a full-screen film); `contain` shows the whole frame. */
  fit?: 'cover' | 'contain';
  className?: string;
}

/**
 * A film from the pack's media/ folder: muted, playing by itself, looping or played once (its
 * end is reported to main, which moves the attract loop on). Captions in the deck's language.
 * A missing or undecodable file shows the poster, or the placeholder with the film's
 * description when there is no poster (or it is missing too): the slide still says what
 * should be there, and the loop goes on at the slide's duration.
 * Reduced motion plays nothing: the poster (or first frame) stands still.
 */
export function PackVideo({ media, t, mediaBase, missingText, thumbnail, fit = 'contain', className }: PackVideoProps) {
  const context = useSlideMedia();
  const { locale, ended } = context;
  const still = useStill();
  const play = !(thumbnail ?? context.thumbnail) && !still;
  const alt = t(media.alt);
  const url = resolveMedia(media.src, mediaBase);
  const posterUrl = media.poster ? resolveMedia(media.poster, mediaBase) : null;
  const ref = useRef<HTMLVideoElement>(null);
  // Remember which URL failed rather than a flag, so a new src gets a fresh try.
  const [failed, setFailed] = useState<string | null>(null);
  const cue = useCaptionCue(ref, locale, failed === url ? 0 : media.captions.length);
  const cls = ['s-visual', 'v-box', `v-box--${fit}`, className].filter(Boolean).join(' ');

  useEffect(() => {
    const video = ref.current;
    if (!video) return;
    // An error before React listened (a 404 answered at once) is still an error.
    if (video.error) setFailed(video.currentSrc || url);
    if (!play) return;
    // The property, not only the attribute: Chromium's autoplay rule reads `muted` when play() runs.
    video.muted = true;
    void video.play().catch(() => undefined);
  }, [url, play]);

  // The poster in the film's place, or the placeholder (the poster missing as well, or none given).
  if (url === null || failed === url)
    return (
      <PackImage
        url={posterUrl}
        alt={alt}
        missingText={missingText}
        className={cls}
        imageClassName="v-video"
        testId="video-poster"
        placeholderTestId="video-placeholder"
      />
    );

  return (
    <div className={cls} data-testid="video" data-playback={media.playback}>
      <video
        ref={ref}
        className="v-video"
        src={url}
        poster={posterUrl ?? undefined}
        aria-label={alt}
        muted
        autoPlay={play}
        loop={play && media.playback === 'loop'}
        playsInline
        preload={play ? 'auto' : 'metadata'}
        disablePictureInPicture
        disableRemotePlayback
        onError={() => setFailed(url)}
        onEnded={media.playback === 'once' && play && ended ? ended : undefined}
      >
        {media.captions.map((track) => {
          const src = resolveMedia(track.src, mediaBase);
          return src ? (
            <track key={track.locale} kind="captions" src={src} srcLang={track.locale} label={track.locale} />
          ) : null;
        })}
      </video>
      {cue !== null && (
        <p className="v-captions" data-testid="video-captions" lang={locale} dir={directionOf(locale)}>
          <span className="v-captions__line">{cue}</span>
        </p>
      )}
    </div>
  );
}
