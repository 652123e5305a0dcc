import type { JSX } from 'react';
import type { Visual as VisualRecord } from '../../../shared/content';
import { Illustration } from '../illustrations';
import { resolveMedia } from '../media-base';
import { PackImage } from './pack-image';
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
 * placeholder that shows its alt text (pack-image.tsx), so the slide still says what should be there.
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
  return (
    <PackImage
      url={resolveMedia(visual.src, mediaBase)}
      alt={alt}
      missingText={missingText}
      className={cls}
      imageClassName="s-image"
      placeholderTestId="image-placeholder"
    />
  );
}
