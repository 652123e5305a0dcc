import { Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';
import { compileMessage, formatMessage } from '../../../shared/messages/format-message';
import { OPERATOR_LOCALE, OPERATOR_MESSAGES, type OperatorMessageId } from '../../../shared/messages/operator-messages';

/**
 * Operator screens are for staff and stay English (see OPERATOR_LOCALE); every label goes through
 * the operator message catalogue so plurals and numbers are ICU/Intl, never string-built here.
 */
export function say(id: OperatorMessageId, values: Record<string, string | number> = {}): string {
  return formatMessage(OPERATOR_MESSAGES[id], OPERATOR_LOCALE, values);
}

/**
 * A catalogue message with React elements as some of its values (a `<code>` flag, a `<strong>`
 * with its own test id): intl-messageformat hands back the pieces in order, each kept as it is.
 */
export function sayRich(id: OperatorMessageId, values: Record<string, string | number | ReactElement>): ReactNode {
  let out: string | ReactElement | (string | ReactElement)[];
  try {
    out = compileMessage(OPERATOR_MESSAGES[id], OPERATOR_LOCALE).format<ReactElement>(values);
  } catch {
    // The catalogue is parse-tested; should one slip through, the plain text still reads.
    const plain: Record<string, string | number> = {};
    for (const [key, value] of Object.entries(values)) if (!isValidElement(value)) plain[key] = value;
    return say(id, plain);
  }
  if (!Array.isArray(out)) return out;
  return out.map((part, i) => <Fragment key={i}>{part}</Fragment>);
}
