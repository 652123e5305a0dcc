import { useReducedMotionConfig, type Variants } from '../animation';

/**
 * Parent variants: children reveal one after another. The whole cascade stays well under
 * two seconds so every fact is on screen (and testable) soon after the slide enters.
 */
export const stagger: Variants = {
  hidden: {},
  shown: { transition: { staggerChildren: 0.11, delayChildren: 0.12 } },
  // Leaving: last in, first out, quickly (the next slide waits for it: AnimatePresence mode="wait").
  gone: { transition: { staggerChildren: 0.03, staggerDirection: -1 } },
};

/** How a piece leaves: a quick fade with a small drift, compositor-run like the entrance. */
const LEAVE = { duration: 0.28, ease: [0.4, 0, 1, 1] } as const;

/*
 * Why `transform` strings and not motion's `y` / `scale`: motion runs `opacity` and a whole
 * `transform` as Web Animations, which Chromium runs on the compositor (the element gets a
 * layer of its own, rastered once). `y` and `scale` are separate values that motion writes into
 * the style from JavaScript every frame, so every frame re-rastered the layer underneath — the
 * whole slide, gradients and drop shadows included: on a software compositor that doubled the
 * frame time of every transition (issue 19, docs/performance.md).
 * The end values are explicit identities, never 'none': motion reads 'none' as the zero of the
 * other keyframe's type, and 'scale(0.94)' → 'none' would end at scale(0) (the figure vanishes).
 */

/** Child variants: rise and fade in. Transform + opacity only, run by the compositor. */
export const rise: Variants = {
  hidden: { opacity: 0, transform: 'translateY(28px)' },
  shown: { opacity: 1, transform: 'translateY(0px)', transition: { duration: 0.55, ease: [0.22, 1, 0.36, 1] } },
  gone: { opacity: 0, transform: 'translateY(-12px)', transition: LEAVE },
};

/** Child variants for visuals: a gentle scale-in, run by the compositor. */
export const bloom: Variants = {
  hidden: { opacity: 0, transform: 'scale(0.94)' },
  shown: { opacity: 1, transform: 'scale(1)', transition: { duration: 0.7, ease: [0.22, 1, 0.36, 1] } },
  gone: { opacity: 0, transform: 'scale(0.97)', transition: LEAVE },
};

/**
 * True when motion must be reduced: honours both the OS preference and the app's own
 * `reducedMotion` flag, which the shell passes through `<MotionConfig reducedMotion>`
 * (plain `useReducedMotion()` sees only the OS preference).
 */
export function useStill(): boolean {
  return useReducedMotionConfig() === true;
}

/**
 * Props for a slide's root motion element: `settled` (thumbnails, reduced motion) appears in its
 * final state at once; everything else animates in.
 */
export function revealProps(settled: boolean | undefined): {
  variants: Variants;
  initial: 'hidden' | false;
  animate: 'shown';
  exit?: 'gone';
} {
  return settled
    ? { variants: stagger, initial: false, animate: 'shown' }
    : { variants: stagger, initial: 'hidden', animate: 'shown', exit: 'gone' };
}
