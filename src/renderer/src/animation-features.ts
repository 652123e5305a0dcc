// The animation code kept off the first slide's path (issue 19): loaded by animation.ts after the
// first paint. `domAnimation` covers what the renderer uses (animate, variants, exit, presence);
// nothing uses layout animations or drag (domMax).
export { animate, domAnimation } from 'motion/react';
