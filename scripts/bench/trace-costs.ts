/**
 * What the frames of a trace cost, by kind of work and thread (issue 19): script, style, layout,
 * paint and raster, summed over the trace and divided by the frames drawn, so a change to the
 * slides can be read as "ms per frame of paint" before and after.
 */

/** The fields of a Chrome trace event this reads. */
export interface CostEvent {
  name: string;
  ph: string;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** A Chrome trace event as the trace scripts read it (timings in µs; `tdur` is CPU time). */
export interface TraceEvent extends CostEvent {
  ts: number;
  tdur?: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

/** Trace event names, by the kind of work they are (Chromium's DevTools timeline names). */
const KINDS: Record<string, string> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  'v8.run': 'script',
  RunMicrotasks: 'script',
  FireAnimationFrame: 'script',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  'PaintArtifactCompositor::Update': 'paint',
  RasterTask: 'raster',
  'TileManager::FlushAndIssueSignals': 'raster',
  'Decode Image': 'raster',
  ImageDecodeTask: 'raster',
  'Graphics.Pipeline.DrawAndSwap': 'composite',
  'Display::DrawAndSwap': 'composite',
  'SkiaOutputSurfaceImplOnGpu::SwapBuffers': 'composite',
};

/** Milliseconds of each kind of work per thread name, over the whole trace and per frame. */
export function costsByKind(
  events: readonly CostEvent[],
  frames: number,
): Array<{ thread: string; kind: string; total_ms: number; per_frame_ms: number }> {
  const threadName = new Map<string, string>();
  for (const e of events)
    if (e.name === 'thread_name' && e.ph === 'M') threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  const sums = new Map<string, number>();
  for (const e of events) {
    const kind = KINDS[e.name];
    if (!kind || e.ph !== 'X' || e.dur === undefined) continue;
    // Compositor tile workers are many threads of one kind: one row for all of them.
    const thread = (threadName.get(`${e.pid}:${e.tid}`) ?? '?').replace(/\d+$/, '');
    const key = `${thread}\u0000${kind}`;
    sums.set(key, (sums.get(key) ?? 0) + e.dur / 1000);
  }
  return [...sums]
    .map(([key, total]) => {
      const [thread, kind] = key.split('\u0000');
      return {
        thread,
        kind,
        total_ms: Math.round(total),
        per_frame_ms: Math.round((total / Math.max(frames, 1)) * 100) / 100,
      };
    })
    .sort((a, b) => b.total_ms - a.total_ms);
}
