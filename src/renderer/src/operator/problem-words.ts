/**
 * A content or settings problem in words for people: where ("Slide 8 · Exports by region ·
 * title.ru", counted from 1 like the slide buttons) and what ("should be a number, but it is
 * text"). The loader's own messages are already written for people; the schema validator's
 * (zod's English: "Invalid input: expected number, received string") are recognised by shape
 * and said again through the operator catalogue. Anything unrecognised is shown as it came.
 */
import type { Problem } from '../../../shared/content/problems';
import { say } from './operator-text';

export interface ProblemWords {
  /** The slide (from 1, with its title) or the file; the field path after it, when there is one. */
  where: string;
  field: string | null;
  /** True when `where` names the file, not a slide. */
  inFile: boolean;
  what: string;
  warning: boolean;
}

const SLIDE_PATH = /^slides\[(\d+)\](?:\.(.*))?$/;
/** `"a"|"b"` or `"a", "b"` → `a, b`. */
const plainList = (values: string) =>
  values
    .split(/\s*[|,]\s*/)
    .map((v) => v.replace(/^"(.*)"$/, '$1'))
    .join(', ');

/** The validator's message said for people, or null when it is not one of the validator's shapes. */
export function humanMessage(message: string): string | null {
  let m: RegExpMatchArray | null;
  if (message === 'required') return say('problemMissing');
  // The schema's own words (slides.schema.ts, locale.schema.ts), said again in the operator's language.
  if (message === 'lowercase letters, digits and dashes') return say('problemIdShape');
  if (message === 'must not be empty') return say('problemTooShort', { min: 1, unit: 'characters' });
  if ((m = message.match(/^Invalid input: expected (\w+), received (\w+)$/)))
    return say('problemWrongType', { expected: m[1], received: m[2] });
  if ((m = message.match(/^Invalid input: expected (.+)$/))) return say('problemMustBe', { value: m[1] });
  if ((m = message.match(/^Invalid option: expected one of (.+)$/)))
    return say('problemOneOf', { options: plainList(m[1]) });
  if ((m = message.match(/^Too small: expected \w+ to have >=?(\d+) (\w+)$/)))
    return say('problemTooShort', { min: Number(m[1]), unit: m[2] });
  if ((m = message.match(/^Too big: expected \w+ to have <=?(\d+) (\w+)$/)))
    return say('problemTooLong', { max: Number(m[1]), unit: m[2] });
  if ((m = message.match(/^Too small: expected \w+ to be (>=?)(-?[\d.e+]+)$/)))
    return say(m[1] === '>=' ? 'problemAtLeast' : 'problemAbove', { min: m[2] });
  if ((m = message.match(/^Too big: expected \w+ to be (<=?)(-?[\d.e+]+)$/)))
    return say(m[1] === '<=' ? 'problemAtMost' : 'problemBelow', { max: m[2] });
  if ((m = message.match(/^Unrecognized keys?: (.+)$/))) return say('problemUnknownField', { keys: plainList(m[1]) });
  if (/^Invalid (input|value|string|number|key)\b/.test(message)) return say('problemInvalid');
  return null;
}

/** Where and what for one problem; `titles[i]` is slide i's title in the pack the problem is from. */
export function problemWords(problem: Problem, titles: readonly (string | null)[]): ProblemWords {
  const slide = problem.path.match(SLIDE_PATH);
  let where: string;
  let field: string | null;
  if (slide) {
    const index = Number(slide[1]);
    const title = titles[index];
    where = title ? say('problemSlide', { slide: index + 1, title }) : say('problemSlideNoTitle', { slide: index + 1 });
    field = slide[2] ?? null;
  } else {
    where = say('problemWholeFile', { file: problem.file });
    field = problem.path || null;
  }
  return {
    where,
    field,
    inFile: !slide,
    what: humanMessage(problem.message) ?? problem.message,
    warning: problem.severity === 'warning',
  };
}
