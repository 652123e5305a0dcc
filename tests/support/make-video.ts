/**
 * Tiny test films, made in the test's own Chromium: a canvas recorded with MediaRecorder to
 * WebM (VP9, else VP8), or MP4 where this Chromium can encode H.264. No ffmpeg on these machines and no binary fixture to keep: each run
 * records a fresh ~1 s clip of a few KB. The clip changes colour every frame, so a frame that
 * plays is a frame that differs.
 */
import type { Page } from '@playwright/test';

/** Records `ms` of a 64×36 animated canvas; resolves to the WebM bytes. */
export function recordWebm(page: Page, ms = 1200): Promise<Buffer> {
  return recordClip(page, ['video/webm;codecs=vp9', 'video/webm;codecs=vp8'], ms);
}

/** The first of `types` this Chromium can record, or null. */
export function recordableType(page: Page, types: string[]): Promise<string | null> {
  return page.evaluate<string | null>(`${JSON.stringify(types)}.find((t) => MediaRecorder.isTypeSupported(t)) ?? null`);
}

/** Records `ms` of a 64×36 animated canvas in the first of `types` this Chromium records. */
export async function recordClip(page: Page, types: string[], ms = 1200): Promise<Buffer> {
  // A string, not a function: a transpiler's helpers (esbuild's __name) do not exist in the page.
  const base64 = await page.evaluate<string>(`(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 36;
    document.body.append(canvas);
    const g = canvas.getContext('2d');
    const type = ${JSON.stringify(types)}.find((t) => MediaRecorder.isTypeSupported(t));
    const recorder = new MediaRecorder(canvas.captureStream(30), { mimeType: type, videoBitsPerSecond: 200000 });
    const chunks = [];
    recorder.ondataavailable = (e) => chunks.push(e.data);
    let frame = 0;
    const timer = setInterval(() => {
      g.fillStyle = 'hsl(' + ((frame++ * 37) % 360) + ' 80% 50%)';
      g.fillRect(0, 0, 64, 36);
    }, 33);
    recorder.start();
    await new Promise((resolve) => setTimeout(resolve, ${ms}));
    const stopped = new Promise((resolve) => (recorder.onstop = resolve));
    recorder.stop();
    await stopped;
    clearInterval(timer);
    canvas.remove();
    const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
    let text = '';
    for (const b of bytes) text += String.fromCharCode(b);
    return btoa(text);
  })()`);
  return Buffer.from(base64, 'base64');
}

/** A WebVTT file with one cue over the whole clip (and well past it: a loop shows it throughout). */
export function vtt(text: string): Buffer {
  return Buffer.from(`WEBVTT\n\n00:00:00.000 --> 01:00:00.000\n${text}\n`, 'utf8');
}
