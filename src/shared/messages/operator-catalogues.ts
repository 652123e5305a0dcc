/**
 * Every operator catalogue by locale. Kept apart from the English source so that file stays the
 * one place new ids are written; each translation is typed complete (OperatorCatalogue).
 */
import { OPERATOR_MESSAGES, type OperatorCatalogue, type OperatorLocale } from './operator-messages';
import { OPERATOR_MESSAGES_AR } from './operator-messages-ar';
import { OPERATOR_MESSAGES_RU } from './operator-messages-ru';
import { OPERATOR_MESSAGES_ZH_CN } from './operator-messages-zh-CN';

export const OPERATOR_CATALOGUES: Record<OperatorLocale, OperatorCatalogue> = {
  en: OPERATOR_MESSAGES,
  'zh-CN': OPERATOR_MESSAGES_ZH_CN,
  ar: OPERATOR_MESSAGES_AR,
  ru: OPERATOR_MESSAGES_RU,
};
