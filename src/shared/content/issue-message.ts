/**
 * THE wording of one zod issue for a content editor, shared by deck.json (check-deck.schema.ts) and
 * settings.json (src/main/settings.ts): a value that is not there at all is "required"; anything
 * else keeps zod's own message. Type-only zod import, so this module carries no zod at runtime.
 */
import type { z } from 'zod';

export type ZodIssue = z.ZodError['issues'][number];

/** True when the issue is about a value that is missing (zod reports it as "received undefined"). */
export function isMissingValue(issue: ZodIssue): boolean {
  return issue.code === 'invalid_type' && /received undefined/.test(issue.message);
}

/** `required` for a missing value, else zod's message. */
export function issueMessage(issue: ZodIssue): string {
  return isMissingValue(issue) ? 'required' : issue.message;
}
