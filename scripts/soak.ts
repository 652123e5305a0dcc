/**
 * `npm run soak -- --minutes N [--speed S] [--seed X]` — see scripts/bench/run-soak.ts. This
 * entry only makes main's modules loadable in Node first.
 */
import './bench/electron-free';

await import('./bench/run-soak');
