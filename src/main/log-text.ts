/**
 * Text from a renderer made safe for main's log: one visible line, bounded length. A compromised
 * or buggy page must not be able to start a new log line (forging `[error] …` entries), hide text
 * with control or bidi characters, or fill the log with one huge message.
 */

/** Longest text `forLog` returns by default (the view's own messages stay under 1,000). */
export const LOG_TEXT_MAX = 500;

/**
 * What gets escaped: C0 controls (newline, carriage return, escape …), DEL, C1 controls (U+0085
 * is a newline to some viewers), the Unicode line and paragraph separators, and the bidi marks,
 * embeddings, overrides and isolates that can make a log line read differently from its bytes
 * ("Trojan Source", CVE-2021-42574).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this regex's job
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const escape = (ch: string): string => NAMED[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Renderer text as one log-safe line: every unsafe character above becomes a visible escape
 * (`\n`, `\r`, `\t`, `\u001b`, `\u202e`) and the result is cut to `maxChars` (the cut says how
 * much was left out). Backslashes are kept as they are, so applying `forLog` twice changes
 * nothing: the dispatch layer and a logger may both use it without doubling escapes.
 */
export function forLog(text: string, maxChars = LOG_TEXT_MAX): string {
  const escaped = text.replace(UNSAFE, escape);
  if (escaped.length <= maxChars) return escaped;
  const suffix = (left: number) => `… [${left} more chars]`;
  // Sized with the longest possible count so the result never passes maxChars.
  let keep = Math.max(0, maxChars - suffix(escaped.length).length);
  // Never end on half of a surrogate pair: a lone surrogate is not valid UTF-8 text.
  const last = escaped.charCodeAt(keep - 1);
  if (keep > 0 && last >= 0xd800 && last <= 0xdbff) keep--;
  return `${escaped.slice(0, keep)}${suffix(escaped.length - keep)}`;
}
