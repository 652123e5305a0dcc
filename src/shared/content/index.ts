// The content barrel is zod-free, so the renderer may import it: the schemas come through as
// types only (`export type`), the helpers from zod-free modules. Code that needs a schema's value
// (main, tests, scripts) imports its `*.schema.ts` module directly.
export type * from './locale.schema';
export type * from './slides.schema';
export type * from './deck.schema';
export * from './problems';
export { directionOf, pick } from './localized';
