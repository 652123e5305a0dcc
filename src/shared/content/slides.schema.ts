import { z } from 'zod';
import { LocaleCode, LocalizedString } from './locale.schema';

/**
 * Where a fact comes from: a document named in the deck's `sources` and the numbers (from 1) of
 * the paragraph(s) in it that the slide rests on; the handout prints them as "¶ 1, 2".
 */
export const SourceRef = z.object({
  document: z.string().min(1).meta({ description: 'Source document file name, as listed in sources' }),
  paragraphs: z
    .array(z.int().min(1))
    .min(1)
    .meta({ description: 'Numbers (from 1) of the paragraphs of that document the slide rests on (handout: ¶ 1, 2)' }),
});

/** Illustrations drawn for this app (SVG, no logos, no photographs). */
export const IllustrationName = z.enum(['medal', 'certificate', 'train', 'globe', 'handshake', 'survey', 'route']);

/**
 * A film the exhibitor put in the pack's media/ folder: always muted, plays by itself, loops or
 * plays once (then the attract loop moves on at its end). The poster shows before it plays and
 * whenever it cannot; captions are WebVTT files, one per language, shown in the deck's language.
 */
export const VideoMedia = z.object({
  kind: z.literal('video'),
  src: z.string().min(1).meta({ description: 'WebM (VP9/AV1) or MP4 (H.264) inside the pack, e.g. media/film.webm' }),
  poster: z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'Image shown before and instead of the film, e.g. media/film.jpg' }),
  captions: z
    .array(z.object({ locale: LocaleCode, src: z.string().min(1).meta({ description: 'e.g. media/film.en.vtt' }) }))
    .max(16)
    .default([])
    .meta({ description: 'WebVTT captions, one file per language' }),
  playback: z
    .enum(['loop', 'once'])
    .default('loop')
    .meta({ description: "loop: repeat for the slide's duration; once: the attract loop moves on at its end" }),
  alt: LocalizedString.meta({ description: 'What the film shows, for screen readers and the placeholder' }),
});
export type VideoMedia = z.infer<typeof VideoMedia>;

/** One of our drawn illustrations, an image or a film the exhibitor put in the pack's media/ folder. */
export const Visual = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('illustration'), name: IllustrationName, alt: LocalizedString }),
  z.object({
    kind: z.literal('image'),
    src: z.string().min(1).meta({ description: 'Path inside the pack, e.g. media/photo.jpg' }),
    alt: LocalizedString,
  }),
  VideoMedia,
]);
export type Visual = z.infer<typeof Visual>;

/** A figure shown large. `value` is the number from the source; `over` renders "1,500+". */
export const Stat = z.object({
  value: z.number().nonnegative(),
  over: z.boolean().default(false),
  compact: z.boolean().default(false).meta({ description: 'Show as "1.65 million" / "165万"' }),
  label: LocalizedString,
});
export type Stat = z.infer<typeof Stat>;

const base = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes'),
  durationSeconds: z.number().min(2).max(600).meta({ description: 'Time on screen in the attract loop' }),
  notes: LocalizedString.meta({ description: "Presenter notes, in the presenter's language" }),
};
const fact = { ...base, source: SourceRef };

export const TitleSlide = z.object({
  ...base,
  type: z.literal('title'),
  kicker: LocalizedString,
  headline: LocalizedString,
  subline: LocalizedString,
});
export const AwardSlide = z.object({
  ...fact,
  type: z.literal('award'),
  title: LocalizedString,
  awardName: LocalizedString,
  points: z.array(LocalizedString).min(1).max(5),
  visual: Visual,
});
export const StatisticsSlide = z.object({
  ...fact,
  type: z.literal('statistics'),
  title: LocalizedString,
  intro: LocalizedString.optional(),
  stats: z.array(Stat).min(1).max(6),
  footnote: LocalizedString.optional(),
  share: z
    .object({ part: z.int().min(0), of: z.int().min(0) })
    .optional()
    .meta({
      description:
        'Draw stats[part] as a share of stats[of] (e.g. 46 of 80 countries); only where the source says the one is part of the other',
    }),
});
export const StepsSlide = z.object({
  ...fact,
  type: z.literal('steps'),
  title: LocalizedString,
  intro: LocalizedString,
  steps: z
    .array(
      z.object({
        label: LocalizedString.meta({ description: "The step's name, in the source's own words" }),
        caption: LocalizedString.optional().meta({ description: 'Only where the source says more about the step' }),
      }),
    )
    .min(2)
    .max(5),
});
export const MapPin = z.object({
  id: z.string().min(1),
  label: LocalizedString,
  kind: z.enum(['headquarters', 'rnd', 'market']),
  area: z.boolean().default(false).meta({ description: 'A region rather than a city: drawn as a halo, not a pin' }),
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
});
export const MapSlide = z.object({
  ...fact,
  type: z.literal('map'),
  title: LocalizedString,
  legend: z.object({ headquarters: LocalizedString, rnd: LocalizedString, market: LocalizedString }),
  pins: z.array(MapPin).min(1),
  arcsFrom: z.string().min(1).meta({ description: 'Pin id the arcs start from' }),
  stats: z.array(Stat).max(4).default([]),
});
export const StorySlide = z.object({
  ...fact,
  type: z.literal('story'),
  title: LocalizedString,
  body: LocalizedString,
  visual: Visual,
  caption: LocalizedString,
  stats: z.array(Stat).max(2).default([]),
});
export const ClosingSlide = z.object({
  ...base,
  type: z.literal('closing'),
  headline: LocalizedString,
  prompt: LocalizedString,
});

/**
 * A film across the whole screen. `durationSeconds` is its time in the attract loop: a looping
 * film repeats until then; a film played once moves the loop on at its end (or at
 * `durationSeconds` if it cannot play, so set it a little longer than the film).
 */
export const VideoSlide = z.object({
  ...base,
  type: z.literal('video'),
  title: LocalizedString.meta({ description: 'Names the slide for screen readers and the presenter (not drawn)' }),
  video: VideoMedia,
  fit: z
    .enum(['cover', 'contain'])
    .default('cover')
    .meta({ description: 'cover: fill the screen (edges may be cut); contain: the whole frame, bands around it' }),
});

export const SLIDE_TYPES = ['title', 'award', 'statistics', 'steps', 'map', 'story', 'closing', 'video'] as const;
export const Slide = z.discriminatedUnion('type', [
  TitleSlide,
  AwardSlide,
  StatisticsSlide,
  StepsSlide,
  MapSlide,
  StorySlide,
  ClosingSlide,
  VideoSlide,
]);
export type Slide = z.infer<typeof Slide>;
export type SlideOf<T extends Slide['type']> = Extract<Slide, { type: T }>;
export type MapPin = z.infer<typeof MapPin>;
