import type { DeckCommand } from '../../../shared/deck';

/** Digits typed before Enter ("12⏎" jumps to slide 12), kept between key presses. */
export interface KeyBuffer {
  digits: string;
}

/** Blackout keys by physical key, for layouts whose `key` is not Latin there (Russian "и", "ю"). */
const BLACKOUT_CODES = new Set(['KeyB', 'Period']);
/** One printable ASCII character: a Latin layout's letter or sign. */
const ASCII_CHAR = /^[\x20-\x7e]$/;

/**
 * What a key means, as presentation clickers send it: arrows, PageUp/PageDown, space,
 * Home/End, digits + Enter, B to black the screen (present mode only: the reducer treats it as
 * plain input elsewhere). Returns null for keys we ignore.
 *
 * `code` (the physical key) is consulted only when `key` is a character outside ASCII: a clicker's
 * B or "." button still blacks the screen out with a Cyrillic or Greek layout active, while a
 * Latin layout keeps its own meaning (AZERTY's ":" on the US "." key stays a plain key).
 */
export function keyToCommand(key: string, buffer: KeyBuffer, slideCount: number, code = ''): DeckCommand | null {
  if (/^[0-9]$/.test(key)) {
    buffer.digits = (buffer.digits + key).slice(-4);
    return null;
  }
  if (key === 'Enter' && buffer.digits) {
    const n = Number(buffer.digits);
    buffer.digits = '';
    return n >= 1 && n <= slideCount ? { type: 'goto', index: n - 1 } : null;
  }
  buffer.digits = '';
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'Enter':
      return { type: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return { type: 'prev' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'b':
    case 'B':
    case '.':
      return { type: 'toggleBlackout' };
    default:
      return key.length === 1 && !ASCII_CHAR.test(key) && BLACKOUT_CODES.has(code) ? { type: 'toggleBlackout' } : null;
  }
}

/** Horizontal swipe → next/previous (mirrored in right-to-left languages); short moves are taps. */
export function swipeToCommand(dx: number, dy: number, rtl: boolean, minDistance: number): DeckCommand | null {
  if (Math.abs(dx) < minDistance || Math.abs(dx) < Math.abs(dy) * 1.5) return null;
  const towardsStart = dx > 0;
  return towardsStart !== rtl ? { type: 'prev' } : { type: 'next' };
}
