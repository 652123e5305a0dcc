export { formatMessage, compileMessage, type MessageValues } from './format-message';
export { checkMessage, messageArguments, pluralCategories, type MessageProblem } from './check-messages';
