/**
 * Content load timing in Node: `loadPack` (the loader main uses) on the bundled pack, and on
 * generated packs of 10, 100 and 1,000 slides to show how it scales.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadPack, MAX_DECK_BYTES } from '../../src/main/content/load-pack';
import { median, round } from './stats';

/** Bundled slides small enough that 1,000 of them fit the 2 MiB deck.json limit (see results note). */
export const SMALL_MIX = ['welcome', 'reach', 'exports', 'explore'];

export interface ScalingRow {
  slides: number;
  mix: 'small' | 'full';
  bytes: number;
  ms: number | null;
  ms_per_slide: number | null;
}

export interface ContentLoadResult {
  content_load_ms: number;
  /** The process's very first load (cold code paths), for reference. */
  first_load_ms: number;
  runs_ms: number[];
  content_load_scaling: ScalingRow[];
  note: string;
}

interface RawDeck {
  slides: Array<{ id: string }>;
  [key: string]: unknown;
}

/** Times `loadPack(dir)` `runs` times after `warmup` unmeasured loads; throws if the pack is invalid. */
async function timeLoads(dir: string, runs: number, warmup = 3): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const started = performance.now();
    const result = await loadPack(dir);
    const ms = performance.now() - started;
    if (!result.ok) throw new Error(`pack ${dir} did not load: ${result.problems[0]?.message ?? 'unknown problem'}`);
    if (i >= warmup) times.push(ms);
  }
  return times;
}

/** A valid pack of `count` slides: the bundled pack with its slides repeated under new ids. */
async function generatePack(
  bundledDir: string,
  root: string,
  count: number,
  mix: 'small' | 'full',
): Promise<{ dir: string; bytes: number }> {
  const dir = join(root, `${mix}-${count}`);
  await cp(bundledDir, dir, { recursive: true });
  const deck = JSON.parse(await readFile(join(bundledDir, 'deck.json'), 'utf8')) as RawDeck;
  const cycle = mix === 'full' ? deck.slides : deck.slides.filter((s) => SMALL_MIX.includes(s.id));
  deck.slides = Array.from({ length: count }, (_, i) => ({
    ...cycle[i % cycle.length],
    id: `${cycle[i % cycle.length].id}-${i}`,
  }));
  const text = JSON.stringify(deck);
  await writeFile(join(dir, 'deck.json'), text);
  return { dir, bytes: Buffer.byteLength(text) };
}

/** Measures the bundled pack (`runs` times) and the generated packs (fewer runs for the big ones). */
export async function measureContentLoad(bundledDir: string, runs: number): Promise<ContentLoadResult> {
  const [firstLoad] = await timeLoads(bundledDir, 1, 0);
  const runsMs = await timeLoads(bundledDir, runs);
  const root = await mkdtemp(join(tmpdir(), 'bench-packs-'));
  const scaling: ScalingRow[] = [];
  try {
    const plan: Array<[number, 'small' | 'full']> = [
      [10, 'small'],
      [100, 'small'],
      [1000, 'small'],
      [10, 'full'],
      [100, 'full'],
      [1000, 'full'],
    ];
    for (const [count, mix] of plan) {
      const { dir, bytes } = await generatePack(bundledDir, root, count, mix);
      if (bytes > MAX_DECK_BYTES) {
        // The loader refuses it by design; timing a refusal would say nothing about scaling.
        scaling.push({ slides: count, mix, bytes, ms: null, ms_per_slide: null });
        continue;
      }
      const ms = median(await timeLoads(dir, count >= 1000 ? Math.max(3, Math.ceil(runs / 3)) : runs));
      scaling.push({ slides: count, mix, bytes, ms: round(ms, 2), ms_per_slide: round(ms / count, 3) });
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return {
    content_load_ms: round(median(runsMs), 2) ?? Number.NaN,
    first_load_ms: round(firstLoad, 2) ?? Number.NaN,
    runs_ms: runsMs.map((v) => round(v, 2) ?? Number.NaN),
    content_load_scaling: scaling,
    note:
      `warm loads (3 unmeasured first); 'small' repeats the bundled slides ${SMALL_MIX.join(', ')} so 1,000 slides fit ` +
      `the ${MAX_DECK_BYTES / 1048576} MiB deck.json limit; 'full' repeats all bundled slides (ms null = over that limit, refused by design)`,
  };
}
