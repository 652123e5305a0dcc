/**
 * Faults the benchmark injects into itself, to prove it can see what it is meant to catch
 * (`npm run bench -- --fault busy|leak`). The switch is read at BUILD time: Vite replaces
 * `import.meta.env.RENDERER_VITE_BENCH_FAULT` with a literal, so in a normal build the chosen
 * hook is the no-op and the fault code is dropped from the bundle (the bench checks the
 * production bundle for the `bench-fault-*` markers below). Nothing at run time can turn a fault on.
 */
import { useEffect } from 'react';

const FAULT: unknown = import.meta.env.RENDERER_VITE_BENCH_FAULT;

/** How long the injected busy loop holds the main thread on each slide transition. */
const BUSY_MS = 100;
/** Hidden nodes the injected leak leaves behind on each slide. */
const LEAK_NODES_PER_SLIDE = 40;

/** 'busy': a synchronous 100 ms loop when a slide enters — one long task per transition. */
function useBusyFault(slideId: string): void {
  useEffect(() => {
    performance.mark('bench-fault-busy');
    const until = performance.now() + BUSY_MS;
    while (performance.now() < until) {
      // Spin: the point is to block the main thread.
    }
  }, [slideId]);
}

/** 'leak': attached, hidden nodes that nothing ever removes — DOM (and heap) grow per slide. */
function useLeakFault(slideId: string): void {
  useEffect(() => {
    const holder = document.createElement('div');
    holder.hidden = true;
    holder.className = 'bench-fault-leak';
    for (let i = 0; i < LEAK_NODES_PER_SLIDE; i++)
      holder.appendChild(document.createElement('span')).textContent = slideId;
    document.body.appendChild(holder);
  }, [slideId]);
}

function noFault(_slideId: string): void {}

/**
 * Called once per rendered slide by SlideStage. A no-op unless the renderer was built with
 * RENDERER_VITE_BENCH_FAULT=busy or =leak (only the bench does that, into a temporary folder).
 */
export const useBenchFault: (slideId: string) => void =
  FAULT === 'busy' ? useBusyFault : FAULT === 'leak' ? useLeakFault : noFault;
