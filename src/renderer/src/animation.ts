// The renderer's one door to the animation library. Slides and the shell import from here, not
// from 'motion/react', so how motion is loaded (full bundle, or LazyMotion with features fetched
// after the first paint) is decided in this one file.
export {
  AnimatePresence,
  MotionConfig,
  animate,
  motion,
  useMotionValue,
  useReducedMotionConfig,
  useTransform,
} from 'motion/react';
export type { Variants } from 'motion/react';
