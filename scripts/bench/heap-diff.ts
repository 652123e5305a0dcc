/**
 * Diagnosis aid (not part of the gate): `tsx scripts/bench/heap-diff.ts [transitions]` takes heap
 * snapshots after the first loop and a warm-up of 250 transitions, and after N more, and lists which
 * constructors grew, to tell a leak from warm-up.
 */
import './electron-free';

const { launchChromium } = await import('../../tests/support/browser');
const { openView, showAudience, settledReading } = await import('./harness');
const { runAttractLoop, runEndurance } = await import('./browser-bench');
const { favourOwnProcesses } = await import('./priority');
import type { CDPSession } from '@playwright/test';

async function snapshot(cdp: CDPSession): Promise<Map<string, { count: number; size: number }>> {
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e: { chunk: string }) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  const snap = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const [ti, ni, si] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const out = new Map<string, { count: number; size: number }>();
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const key = `${types[snap.nodes[i + ti]]}:${snap.strings[snap.nodes[i + ni]].slice(0, 60)}`;
    const entry = out.get(key) ?? { count: 0, size: 0 };
    entry.count++;
    entry.size += snap.nodes[i + si];
    out.set(key, entry);
  }
  return out;
}

const count = Number(process.argv[2] ?? 500);
const browser = await launchChromium();
favourOwnProcesses();
const view = await openView(browser, {});
await showAudience(view);
await runAttractLoop(view);
// Warm up first (the bench's own warm-up plus 250 transitions), so the diff shows steady growth.
await runEndurance(view, 250);
await settledReading(view);
await view.cdp.send('HeapProfiler.enable');
const a = await snapshot(view.cdp);
const run = await runEndurance(view, count);
const b = await snapshot(view.cdp);
console.log(
  run.trend
    .map((r) => `${r.transitions}: ${(r.heapObjects / 1048576).toFixed(2)}/${(r.heapUsed / 1048576).toFixed(2)} MB`)
    .join(', '),
);
const rows = [...b]
  .filter(([k]) => !k.startsWith('code:'))
  .map(([k, v]) => ({ k, dc: v.count - (a.get(k)?.count ?? 0), ds: v.size - (a.get(k)?.size ?? 0) }));
rows.sort((x, y) => y.ds - x.ds);
for (const r of rows.slice(0, 30)) console.log(`${String(r.ds).padStart(9)} B ${String(r.dc).padStart(7)}  ${r.k}`);
await view.close();
await browser.close();
