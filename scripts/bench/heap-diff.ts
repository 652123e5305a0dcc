/**
 * Diagnosis aid (not part of the gate): `tsx scripts/bench/heap-diff.ts [transitions]` takes heap
 * snapshots after the first loop and a warm-up of 250 transitions, and after N more, and lists which
 * constructors grew, to tell a leak from warm-up.
 */
import { launchChromium } from '../../harness/browser';
import { runAttractLoop, runEndurance } from './browser-bench';
import { heapGrowth, openView, settledReading, showAudience, type HeapSummary } from './harness';
import { favourOwnProcesses } from './priority';

const count = Number(process.argv[2] ?? 500);
const browser = await launchChromium();
favourOwnProcesses();
const view = await openView(browser, {});
await showAudience(view);
await runAttractLoop(view);
// Warm up first (the bench's own warm-up plus 250 transitions), so the diff shows steady growth.
await runEndurance(view, 250);
let a: HeapSummary | undefined;
await settledReading(view, 2500, (summary) => (a = summary));
const run = await runEndurance(view, count);
let b: HeapSummary | undefined;
await settledReading(view, 2500, (summary) => (b = summary));
console.log(
  run.trend
    .map((r) => `${r.transitions}: ${(r.heapObjects / 1048576).toFixed(2)}/${(r.heapUsed / 1048576).toFixed(2)} MB`)
    .join(', '),
);
for (const r of heapGrowth(a!, b!))
  console.log(`${String(r.bytes).padStart(9)} B ${String(r.count).padStart(7)}  ${r.key}`);
await view.close();
await browser.close();
