/**
 * `npm run bench [-- --fault busy|leak] [--runs N] [--first-runs N] [--content-runs N] [--transitions N]`
 * — see scripts/bench/run-bench.ts. This entry only makes main's modules loadable in Node first.
 */
import './bench/electron-free';

await import('./bench/run-bench');
