/**
 * The renderer's half of the IPC contract is derived from it (src/shared/ipc-api.ts): this file
 * is compiled by `npm run typecheck`, so a change of `InvokeResults` or `invokeArgs` that the
 * renderer's API does not follow fails there. The `@ts-expect-error` lines are the controls: each
 * says an error must be present (a changed contract no longer fits), and typecheck fails if not.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { InvokeArgs, InvokeChannel, InvokeResults } from '../../../src/shared/ipc';
import { INVOKE_METHODS, type InvokeApi, type ShowcaseApi } from '../../../src/shared/ipc-api';

type MethodOf = typeof INVOKE_METHODS;

describe('the renderer API follows the contract', () => {
  it('each method takes its channel arguments and resolves to its InvokeResults entry', () => {
    // One line per channel, so a failure names the channel.
    type Follows<C extends InvokeChannel> = (...args: InvokeArgs<C>) => Promise<InvokeResults[C]>;
    expectTypeOf<ShowcaseApi[MethodOf['deck:get']]>().toEqualTypeOf<Follows<'deck:get'>>();
    expectTypeOf<ShowcaseApi[MethodOf['deck:command']]>().toEqualTypeOf<Follows<'deck:command'>>();
    expectTypeOf<ShowcaseApi[MethodOf['view:report']]>().toEqualTypeOf<Follows<'view:report'>>();
    expectTypeOf<ShowcaseApi[MethodOf['operator:unlock']]>().toEqualTypeOf<Follows<'operator:unlock'>>();
    expectTypeOf<ShowcaseApi[MethodOf['operator:status']]>().toEqualTypeOf<Follows<'operator:status'>>();
    expectTypeOf<ShowcaseApi[MethodOf['operator:action']]>().toEqualTypeOf<Follows<'operator:action'>>();
    expectTypeOf<ShowcaseApi[MethodOf['operator:lock']]>().toEqualTypeOf<Follows<'operator:lock'>>();
    expectTypeOf<ShowcaseApi[MethodOf['presenter:action']]>().toEqualTypeOf<Follows<'presenter:action'>>();
    // Every channel has its line above: a new channel without one fails here.
    expectTypeOf<keyof MethodOf>().toEqualTypeOf<
      | 'deck:get'
      | 'deck:command'
      | 'view:report'
      | 'operator:unlock'
      | 'operator:status'
      | 'operator:action'
      | 'operator:lock'
      | 'presenter:action'
    >();
    expectTypeOf<ShowcaseApi['getDeck']>().returns.toEqualTypeOf<Promise<InvokeResults['deck:get']>>();
    expectTypeOf<ShowcaseApi['operatorStatus']>().returns.toEqualTypeOf<Promise<InvokeResults['operator:status']>>();
    expectTypeOf<ShowcaseApi['command']>().parameters.toEqualTypeOf<InvokeArgs<'deck:command'>>();
  });

  it("window.showcase is that API: the renderer's global is typed from the contract", () => {
    expectTypeOf<Window['showcase']>().toEqualTypeOf<ShowcaseApi>();
  });

  it("a changed InvokeResults breaks the renderer's compile", () => {
    // Compiled, never run: only the types are being checked here.
    const compiledOnly = () => {
      // The contract with one answer changed: what the renderer's code reads is gone.
      type Changed = Omit<InvokeResults, 'operator:status'> & { 'operator:status': { renamed: true } };
      const changed = {} as InvokeApi<Changed>;
      // The renderer reads `(await window.showcase.operatorStatus()).paused` (operator-panel.tsx).
      const readsPaused = async (api: Pick<Window['showcase'], 'operatorStatus'>) =>
        (await api.operatorStatus()).paused;
      // @ts-expect-error the changed API no longer fits where the renderer uses window.showcase
      void readsPaused(changed);
      // @ts-expect-error nor as the whole global
      const asGlobal: Window['showcase'] = { ...changed, on: () => () => undefined };
      void asGlobal;
      // Control: the same lines with the contract as it is compile.
      const current = {} as InvokeApi<InvokeResults>;
      void readsPaused(current);
      const same: Window['showcase'] = { ...current, on: () => () => undefined };
      void same;
    };
    expectTypeOf(compiledOnly).toBeFunction();
  });
});
