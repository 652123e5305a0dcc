/** What every fake shares: the call log, a minimal event emitter and Electron's event object. */

export type Listener = (...args: unknown[]) => void;
/**
 * A listener as Electron's typings declare it (each event with its own arguments, e.g.
 * powerMonitor's `shutdown` gets an event to `preventDefault()`): taken as given, and called with
 * what `emit` is given, as Electron would.
 */
type TypedListener = (...args: never[]) => void;

/** The order of calls across every fake of one test ("protocol.registerSchemesAsPrivileged", …). */
export type CallLog = string[];

/** A minimal event emitter: `on`/`once` record listeners, `emit` calls them. */
export class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: TypedListener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener as Listener]);
    return this;
  }
  once(event: string, listener: TypedListener): this {
    const wrapped: Listener = (...args) => {
      this.listeners.set(
        event,
        (this.listeners.get(event) ?? []).filter((l) => l !== wrapped),
      );
      (listener as Listener)(...args);
    };
    return this.on(event, wrapped);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
  registered(event: string): boolean {
    return (this.listeners.get(event)?.length ?? 0) > 0;
  }
}

/** An Electron event object: listeners may call `preventDefault()`. */
export function fakeEvent(): { preventDefault(): void; defaultPrevented: boolean } {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}
