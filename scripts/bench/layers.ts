/**
 * Diagnosis aid (not part of the gate): `tsx scripts/bench/layers.ts` shows each slide of the
 * audience view settled, then lists its composited layers (size, what they draw, why they are
 * layers) and the compositor's work over two seconds of it: on a software compositor every
 * full-screen layer is blended again on every frame, which is what frame p95 measures.
 */
import { launchChromium } from '../../harness/browser';
import { openView, showAudience } from './harness';
import { costsByKind, type TraceEvent } from './trace-costs';

interface Layer {
  layerId: string;
  width: number;
  height: number;
  drawsContent: boolean;
  invisible?: boolean;
}

const browser = await launchChromium();
const view = await openView(browser);
await showAudience(view);
const { main, page, cdp } = view;
let layers: Layer[] = [];
cdp.on('LayerTree.layerTreeDidChange', (e: { layers?: Layer[] }) => {
  if (e.layers) layers = e.layers;
});
await cdp.send('LayerTree.enable');
const slides = main.content.snapshot.deck.slides;
const describe = async (list: Layer[]): Promise<string> => {
  const drawing = list.filter((l) => l.drawsContent && !l.invisible);
  const area = drawing.reduce((a, l) => a + l.width * l.height, 0) / (1920 * 1080);
  const big = await Promise.all(
    drawing
      .filter((l) => l.width * l.height > Number(process.env.LAYER_MIN ?? 50_000))
      .map(async (l) => {
        const r = (await cdp.send('LayerTree.compositingReasons', { layerId: l.layerId }).catch(() => null)) as {
          compositingReasonIds?: string[];
        } | null;
        return `${l.width}x${l.height}:${(r?.compositingReasonIds ?? []).join('+')}`;
      }),
  );
  return `${drawing.length} layers, ${area.toFixed(2)} screens; ${big.join(', ')}`;
};
// Each slide's entrance (from the one before it), the way the attract loop shows it.
for (let i = 0; i < slides.length; i++) {
  await browser.startTracing(page, { categories: ['viz', 'cc', 'toplevel', 'benchmark', 'disabled-by-default-devtools.timeline'] });
  main.controller.dispatch({ type: 'goto', index: i });
  await page.waitForTimeout(200);
  const exiting = await describe(layers);
  const exitAnimations = await page.evaluate(() =>
    document
      .getAnimations()
      .map((a) => `${((a.effect as KeyframeEffect | null)?.target as Element | null)?.className ?? '?'}`)
      .join(', '),
  );
  await page.locator(`section.slide[data-slide-id="${slides[i].id}"]`).waitFor();
  await page.waitForTimeout(250);
  const during = await describe(layers);
  await page.waitForTimeout(950);
  const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const swaps = events.filter((e) => e.name === 'Display::DrawAndSwap' && e.ph === 'X');
  const costs = costsByKind(events, swaps.length)
    .filter((c) => c.kind !== 'script')
    .map((c) => `${c.kind} ${c.per_frame_ms}`);
  console.log(`${slides[i].id.padEnd(14)} ${slides[i].type.padEnd(11)} ${swaps.length} frames: ${costs.join(', ')}\n    mid-exit: ${exiting}\n    animations mid-exit: ${exitAnimations}\n    mid-entrance: ${during}`);
  await page.waitForTimeout(1500);
  console.log(`    settled: ${await describe(layers)}`);
}
await view.close();
await browser.close();
