export * from './locale';
export * from './slides';
export * from './deck-schema';
export * from './problems';
export * from './check-deck';
