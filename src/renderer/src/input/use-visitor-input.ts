import { useEffect, useRef } from 'react';
import type { DeckCommand } from '../../../shared/deck';
import { keyToCommand, swipeToCommand, type KeyBuffer } from './keymap';

interface Options {
  slideCount: number;
  rtl: boolean;
  send: (command: DeckCommand) => void;
  /** Cursor hides after this long without movement (kiosk); null keeps it. */
  hideCursorAfterMs: number | null;
}

const WHEEL_QUIET_MS = 600;

/**
 * Every input a visitor or presenter can give, and the public-touch-screen hardening: no
 * pinch-zoom, no context menu, no selection, no drag of images, no browser gestures.
 */
export function useVisitorInput({ slideCount, rtl, send, hideCursorAfterMs }: Options): void {
  const latest = useRef({ slideCount, rtl, send });
  useEffect(() => {
    latest.current = { slideCount, rtl, send };
  });

  useEffect(() => {
    const buffer: KeyBuffer = { digits: '' };
    let pointerStart: { x: number; y: number; id: number } | null = null;
    let lastWheel = 0;
    let cursorTimer: ReturnType<typeof setTimeout> | undefined;
    const prevent = (e: Event) => e.preventDefault();

    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) {
        if (['+', '-', '=', '0'].includes(e.key)) e.preventDefault(); // browser zoom
        return;
      }
      const command = keyToCommand(e.key, buffer, latest.current.slideCount, e.code);
      if (command) {
        e.preventDefault();
        latest.current.send(command);
      } else latest.current.send({ type: 'input' });
    };
    const onPointerDown = (e: PointerEvent) => {
      pointerStart = { x: e.clientX, y: e.clientY, id: e.pointerId };
      latest.current.send({ type: 'input' });
    };
    const onPointerUp = (e: PointerEvent) => {
      if (!pointerStart || pointerStart.id !== e.pointerId) return;
      const dx = e.clientX - pointerStart.x;
      const dy = e.clientY - pointerStart.y;
      pointerStart = null;
      const command = swipeToCommand(dx, dy, latest.current.rtl, Math.min(window.innerWidth, window.innerHeight) * 0.08);
      if (command) latest.current.send(command);
    };
    const onWheel = (e: WheelEvent) => {
      e.preventDefault(); // also stops ctrl+wheel zoom
      if (e.ctrlKey || Math.abs(e.deltaY) < 4) return;
      const now = performance.now();
      if (now - lastWheel < WHEEL_QUIET_MS) return;
      lastWheel = now;
      latest.current.send({ type: e.deltaY > 0 ? 'next' : 'prev' });
    };
    const onMove = () => {
      if (hideCursorAfterMs === null) return;
      document.documentElement.classList.remove('cursor-hidden');
      clearTimeout(cursorTimer);
      cursorTimer = setTimeout(() => document.documentElement.classList.add('cursor-hidden'), hideCursorAfterMs);
    };

    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointerDown);
    window.addEventListener('pointerup', onPointerUp);
    window.addEventListener('pointermove', onMove);
    window.addEventListener('wheel', onWheel, { passive: false });
    for (const type of ['contextmenu', 'selectstart', 'dragstart', 'gesturestart', 'gesturechange', 'dblclick']) window.addEventListener(type, prevent);
    // Two-finger pinch: stop the browser's zoom (touch-action in CSS does the rest).
    const onTouchMove = (e: TouchEvent) => {
      if (e.touches.length > 1) e.preventDefault();
    };
    window.addEventListener('touchmove', onTouchMove, { passive: false });
    onMove();
    return () => {
      clearTimeout(cursorTimer);
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointerDown);
      window.removeEventListener('pointerup', onPointerUp);
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('wheel', onWheel);
      window.removeEventListener('touchmove', onTouchMove);
      for (const type of ['contextmenu', 'selectstart', 'dragstart', 'gesturestart', 'gesturechange', 'dblclick']) window.removeEventListener(type, prevent);
    };
  }, [hideCursorAfterMs]);
}
