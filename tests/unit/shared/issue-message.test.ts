import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { isMissingValue, issueMessage } from '../../../src/shared/content/issue-message';

const issuesOf = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  if (r.success) throw new Error('expected a failure');
  return r.error.issues;
};

describe('a zod issue in words (src/shared/content/issue-message.ts)', () => {
  const Shape = z.object({ name: z.string(), count: z.int().min(1) });

  it('a value that is not there is "required"', () => {
    const [issue] = issuesOf(Shape, { count: 2 });
    expect(isMissingValue(issue)).toBe(true);
    expect(issueMessage(issue)).toBe('required');
  });

  it("a value of the wrong type or out of range keeps zod's own message (control: not 'required')", () => {
    for (const value of [
      { name: 3, count: 2 },
      { name: 'x', count: 0 },
      { name: null, count: 2 },
    ]) {
      const [issue] = issuesOf(Shape, value);
      expect(isMissingValue(issue), JSON.stringify(value)).toBe(false);
      expect(issueMessage(issue)).toBe(issue.message);
      expect(issueMessage(issue)).not.toBe('required');
    }
  });
});
