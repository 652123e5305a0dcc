import { useState, type JSX } from 'react';
import type { Visual as VisualRecord } from '../../../shared/content';
import { Illustration } from '../illustrations';
import { PackVideo } from './pack-video';

interface VisualProps {
  visual: VisualRecord;
  t: (text: Record<string, string>) => string;
  mediaBase: string;
  /** The pack's `ui.imageMissing` string. */
  missingText: string;
  className?: string;
}

/**
 * A slide's picture: one of our drawn illustrations, or an image or film (pack-video.tsx) the
 * exhibitor dropped into the pack's media/ folder. A missing or broken image becomes a tidy
 * placeholder that shows its alt text, so the slide still says what should be there.
 */
export function Visual({ visual, t, mediaBase, missingText, className }: VisualProps): JSX.Element {
  const alt = t(visual.alt);
  const cls = ['s-visual', className].filter(Boolean).join(' ');
  if (visual.kind === 'illustration') {
    return (
      <div className={cls}>
        <Illustration name={visual.name} label={alt} />
      </div>
    );
  }
  if (visual.kind === 'video')
    return <PackVideo media={visual} t={t} mediaBase={mediaBase} missingText={missingText} className={className} />;
  return <PackImage src={visual.src} alt={alt} mediaBase={mediaBase} missingText={missingText} className={cls} />;
}

interface PackImageProps {
  src: string;
  alt: string;
  mediaBase: string;
  missingText: string;
  className: string;
}

function PackImage({ src, alt, mediaBase, missingText, className }: PackImageProps): JSX.Element {
  const url = resolveMedia(src, mediaBase);
  // Remember which URL failed rather than a flag, so a new src gets a fresh try.
  const [failed, setFailed] = useState<string | null>(null);
  if (url === null || failed === url) {
    return (
      <div className={className}>
        <div className="s-placeholder" data-testid="image-placeholder">
          <span className="s-placeholder__icon" aria-hidden="true" />
          <p className="s-placeholder__alt">{alt}</p>
          <p className="s-placeholder__note">{missingText}</p>
        </div>
      </div>
    );
  }
  return (
    <div className={className}>
      <img className="s-image" src={url} alt={alt} onError={() => setFailed(url)} decoding="async" />
    </div>
  );
}

/** Resolves a pack path against the media base; null when it cannot form a URL. */
function resolveMedia(src: string, base: string): string | null {
  try {
    return new URL(src, base).href;
  } catch {
    return null;
  }
}
