import { useState, type JSX } from 'react';

interface PackImageProps {
  /** The resolved URL (media-base.ts resolveMedia); null when the pack path formed none. */
  url: string | null;
  alt: string;
  /** The pack's "missing" line under the placeholder. */
  missingText: string;
  /** The box around the picture or the placeholder. */
  className: string;
  /** The picture's own class: `s-image` for a slide's image, `v-video` for a film's poster. */
  imageClassName: string;
  /** Test ids of the box holding the picture and of the placeholder. */
  testId?: string;
  placeholderTestId: string;
}

/**
 * A picture from the pack's media/ folder — a slide's image, or a film's poster in the film's
 * place. A missing or broken file becomes a tidy placeholder that shows its alt text, so the
 * slide still says what should be there.
 */
export function PackImage(props: PackImageProps): JSX.Element {
  const { url, alt, missingText, className, imageClassName, testId, placeholderTestId } = props;
  // Remember which URL failed rather than a flag, so a new src gets a fresh try.
  const [failed, setFailed] = useState<string | null>(null);
  if (url === null || failed === url)
    return (
      <div className={className}>
        <div className="s-placeholder" data-testid={placeholderTestId}>
          <span className="s-placeholder__icon" aria-hidden="true" />
          <p className="s-placeholder__alt">{alt}</p>
          <p className="s-placeholder__note">{missingText}</p>
        </div>
      </div>
    );
  return (
    <div className={className} data-testid={testId}>
      <img className={imageClassName} src={url} alt={alt} onError={() => setFailed(url)} decoding="async" />
    </div>
  );
}
