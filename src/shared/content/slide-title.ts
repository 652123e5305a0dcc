/**
 * THE text that names a slide — its `title`, or its `headline` for the slide types that have no
 * title (the opening and the closing slide). Each slide's accessible name, the audience's
 * live-region announcement, the presenter's current/next titles and the operator's slide list all
 * name slides this way.
 * Type-only imports: the renderer may import this module as a value.
 */
import type { LocalizedString } from './locale.schema';
import type { Slide } from './slides.schema';

/** The localized string that names `slide`. */
export function slideTitle(slide: Slide): LocalizedString {
  return 'title' in slide ? slide.title : slide.headline;
}
