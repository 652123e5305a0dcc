/** Exhaustiveness guard for discriminated unions: a new variant without a branch fails type-checking. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled variant: ${JSON.stringify(value)}`);
}
