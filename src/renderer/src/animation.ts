// The renderer's one door to the animation library. Slides and the shell import from here, not
// from 'motion/react', so how motion is loaded is decided in this one file (issue 19).
//
// `motion` here is motion's `m`: the component without its animation code. The animation
// features (and `animate`) live in a chunk of their own, `animation-features.ts`, which
// <MotionFeatures> (at every root, main.tsx) fetches once the first frame has been painted.
// Until then an `m` element renders its settled state (`initial={false}`: the first slide,
// thumbnails, the handout) or its `initial` state, and animates as soon as the features arrive.
import { createElement, type ReactNode } from 'react';
import { LazyMotion, type MotionValue } from 'motion/react';
import { afterNextPaint } from './after-paint';
export {
  AnimatePresence,
  MotionConfig,
  m as motion,
  useMotionValue,
  useReducedMotionConfig,
  useTransform,
} from 'motion/react';
export type { Variants } from 'motion/react';

/** Resolves after the frame being prepared has been painted. */
const afterPaint = () => new Promise<void>((resolve) => afterNextPaint(resolve));

let features: Promise<typeof import('./animation-features')> | undefined;
/** The animation features chunk, fetched once, after a paint. */
export function loadAnimationFeatures(): Promise<typeof import('./animation-features')> {
  features ??= afterPaint().then(() => import('./animation-features'));
  return features;
}

/**
 * Provides the animation features to every `motion` (`m`) element below it: fetched after the
 * first paint, so the first slide never waits for the animation code.
 */
export function MotionFeatures({ children }: { children: ReactNode }) {
  return createElement(LazyMotion, { features: () => loadAnimationFeatures().then((f) => f.domAnimation) }, children);
}

/** Options of {@link animate} the renderer uses. */
export interface AnimateOptions {
  duration?: number;
  delay?: number;
  ease?: [number, number, number, number];
}

/**
 * Animates a motion value to `to` (motion's `animate`, loaded with the features chunk). Returns
 * at once; `stop()` also cancels an animation whose code has not arrived yet.
 */
export function animate(value: MotionValue<number>, to: number, options: AnimateOptions): { stop(): void } {
  let stopped = false;
  let controls: { stop(): void } | undefined;
  void loadAnimationFeatures().then((f) => {
    if (!stopped) controls = f.animate(value, to, options);
  });
  return {
    stop() {
      stopped = true;
      controls?.stop();
    },
  };
}
