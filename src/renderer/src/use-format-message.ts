import { useEffect, useState } from 'react';
import type { MessageValues } from '../../shared/messages/format-message';

type Format = (message: string, locale: string, values?: MessageValues) => string;
type FormatModule = typeof import('../../shared/messages/format-message');

/*
 * The ICU formatter (intl-messageformat and its parser, ~10 KB gzip) is a chunk of its own (issue
 * 19): nothing on a first slide needs it. The shell's ICU texts are the live region's slide
 * announcement (a live region's first content is not announced anyway), the dots' labels, the
 * countdown and the closed screen's reopening line; they fill in as soon as the chunk is in,
 * requested by the first render's effect (after the commit; not by a timer or an animation
 * frame, which a paused page clock in tests would hold back).
 */
let loaded: FormatModule | undefined;
let loading: Promise<FormatModule> | undefined;
function loadFormatter(): Promise<FormatModule> {
  loading ??= import('../../shared/messages/format-message').then((m) => (loaded = m));
  return loading;
}

/** Until the formatter is in: empty text, never a raw `{placeholder}`. */
const notYet: Format = () => '';

/** `formatMessage` once its chunk is in (the component renders again then), `notYet` before. */
export function useFormatMessage(): Format {
  const [format, setFormat] = useState<Format>(() => loaded?.formatMessage ?? notYet);
  useEffect(() => {
    if (format !== notYet) return;
    let live = true;
    void loadFormatter().then((m) => live && setFormat(() => m.formatMessage));
    return () => {
      live = false;
    };
  }, [format]);
  return format;
}
