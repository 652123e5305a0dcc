import { z } from 'zod';
import { LocalizedString } from './locale';

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

/** Either one of our drawn illustrations or an image file the exhibitor put in the pack's media/ folder. */
export const Visual = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('illustration'), name: IllustrationName, alt: LocalizedString }),
  z.object({
    kind: z.literal('image'),
    src: z.string().min(1).meta({ description: 'Path inside the pack, e.g. media/photo.jpg' }),
    alt: LocalizedString,
  }),
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

export const SLIDE_TYPES = ['title', 'award', 'statistics', 'steps', 'map', 'story', 'closing'] as const;
export const Slide = z.discriminatedUnion('type', [
  TitleSlide,
  AwardSlide,
  StatisticsSlide,
  StepsSlide,
  MapSlide,
  StorySlide,
  ClosingSlide,
]);
export type Slide = z.infer<typeof Slide>;
export type SlideOf<T extends Slide['type']> = Extract<Slide, { type: T }>;
export type MapPin = z.infer<typeof MapPin>;
