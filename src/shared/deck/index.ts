// The deck barrel is zod-free, so the renderer may import it: the command schema comes through as
// a type only (`export type`); code that parses commands imports actions.schema.ts directly.
export * from './state';
export type * from './actions.schema';
export * from './reducer';
