/** What every fake shares: the call log, a minimal event emitter and Electron's event object. */

export type Listener = (...args: unknown[]) => void;

/** The order of calls across every fake of one test ("protocol.registerSchemesAsPrivileged", …). */
export type CallLog = string[];

/** A minimal event emitter: `on`/`once` record listeners, `emit` calls them. */
export class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.listeners.set(
        event,
        (this.listeners.get(event) ?? []).filter((l) => l !== wrapped),
      );
      listener(...args);
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
