/**
 * Runs `callback` once the frame being prepared has been painted: the first animation-frame
 * callback runs before that frame's paint, the second after it. One rule for everything the page
 * holds back until a paint (the app after main's first view, lazy chunks, animation code).
 */
export function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(callback));
}
