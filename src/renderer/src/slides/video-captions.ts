import { useEffect, useState, type RefObject } from 'react';

/**
 * The caption line to show now, read from the `<track>` of `locale` (null: none showing).
 *
 * Every caption file of the film is a `<track>`; the one in the deck's language is set to
 * `hidden` (loaded, cues fire, nothing drawn by the browser) and all others to `disabled`
 * (never fetched). We draw the cue ourselves rather than let Chromium draw it (`showing`): our
 * line takes the slide's fonts (Noto for Chinese and Arabic), its direction and its place
 * above the visitor controls, and a language switch changes it at once.
 */
export function useCaptionCue(
  video: RefObject<HTMLVideoElement | null>,
  locale: string,
  trackCount: number,
): string | null {
  // Keyed by language: after a switch the old language's line is never shown, without a reset in the effect.
  const [cue, setCue] = useState<{ locale: string; text: string | null }>({ locale, text: null });
  useEffect(() => {
    const element = video.current;
    if (!element) return undefined;
    let chosen: TextTrack | null = null;
    for (const track of Array.from(element.textTracks)) {
      const mine = chosen === null && track.language === locale;
      track.mode = mine ? 'hidden' : 'disabled';
      if (mine) chosen = track;
    }
    if (!chosen) return undefined;
    const track = chosen;
    // `cuechange` fires once the file has loaded and whenever the active cues change.
    const update = () => setCue({ locale, text: activeText(track) });
    track.addEventListener('cuechange', update);
    return () => track.removeEventListener('cuechange', update);
  }, [video, locale, trackCount]);
  return cue.locale === locale ? cue.text : null;
}

/** The plain text of the cues active on `track` (WebVTT markup such as `<b>` or `<v Name>` dropped). */
function activeText(track: TextTrack): string | null {
  const cues = track.activeCues;
  if (!cues || cues.length === 0) return null;
  const lines: string[] = [];
  for (const cue of Array.from(cues)) {
    const text = (cue as VTTCue).getCueAsHTML?.().textContent ?? (cue as VTTCue).text ?? '';
    if (text.trim()) lines.push(text.trim());
  }
  return lines.length > 0 ? lines.join('\n') : null;
}
