import { useId } from 'react';

/**
 * A unique id safe inside SVG `url(#…)` references. React's ids contain characters such as
 * `:` or `«»` that break those references, so they are reduced to letters, digits and dashes.
 */
export function useSvgId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}
