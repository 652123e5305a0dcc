/** Recording fakes of the session, the protocol module and the screen. */
import type { SecurityDeps } from '../../../src/main/security';
import { Emitter, type CallLog, type Listener } from './emitter';

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type PermissionCheckHandler = (contents: unknown, permission: string) => boolean;
type BeforeRequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;

export interface FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null;
  permissionCheckHandler: PermissionCheckHandler | null;
  beforeRequest: BeforeRequestListener | null;
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void;
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void;
  webRequest: { onBeforeRequest(listener: BeforeRequestListener | null): void };
  /** Asks the installed permission handler, as Chromium would. */
  requestPermission(permission: string): Promise<boolean>;
  /** Runs a request through the installed onBeforeRequest filter: true when cancelled. */
  isCancelled(url: string): Promise<boolean>;
}

export function createFakeSession(log: CallLog = []): FakeSession {
  const session: FakeSession = {
    permissionRequestHandler: null,
    permissionCheckHandler: null,
    beforeRequest: null,
    setPermissionRequestHandler(handler) {
      log.push('session.setPermissionRequestHandler');
      session.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler) {
      log.push('session.setPermissionCheckHandler');
      session.permissionCheckHandler = handler;
    },
    webRequest: {
      onBeforeRequest(listener) {
        log.push('session.webRequest.onBeforeRequest');
        session.beforeRequest = listener;
      },
    },
    requestPermission(permission) {
      const handler = session.permissionRequestHandler;
      if (!handler) return Promise.reject(new Error('no permission request handler installed'));
      return new Promise((resolve) => handler({}, permission, resolve));
    },
    isCancelled(url) {
      const listener = session.beforeRequest;
      if (!listener) return Promise.reject(new Error('no onBeforeRequest listener installed'));
      return new Promise((resolve) => listener({ url }, (response) => resolve(response.cancel === true)));
    },
  };
  return session;
}

/** `SecurityDeps['session']` from a fake session (the cast is the only untyped step). */
/** The fake as `setupSecurity` takes it (it satisfies the session interface as it is). */
export const asSecuritySession = (s: FakeSession): SecurityDeps['session'] => s;

export interface FakeProtocol {
  privileged: unknown[];
  handlers: Map<string, (request: { url: string }) => Promise<Response>>;
  registerSchemesAsPrivileged(schemes: unknown[]): void;
  handle(scheme: string, handler: (request: { url: string }) => Promise<Response>): void;
}

export function createFakeProtocol(log: CallLog = []): FakeProtocol {
  const protocol: FakeProtocol = {
    privileged: [],
    handlers: new Map(),
    registerSchemesAsPrivileged(schemes) {
      log.push('protocol.registerSchemesAsPrivileged');
      protocol.privileged.push(...schemes);
    },
    handle(scheme, handler) {
      log.push(`protocol.handle ${scheme}`);
      protocol.handlers.set(scheme, handler);
    },
  };
  return protocol;
}

export interface FakeDisplay {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
  workArea: { x: number; y: number; width: number; height: number };
}

/** A display at `x` (side by side), with a 40 px taskbar. */
export function fakeDisplay(id: number, x: number, width = 1920, height = 1080): FakeDisplay {
  return { id, bounds: { x, y: 0, width, height }, workArea: { x, y: 0, width, height: height - 40 } };
}

export function createFakeScreen(displays: FakeDisplay[], primaryId = displays[0]?.id ?? 1) {
  const emitter = new Emitter();
  return {
    emitter,
    getAllDisplays: () => displays,
    getPrimaryDisplay: () => displays.find((d) => d.id === primaryId) ?? displays[0],
    on(event: string, listener: Listener) {
      emitter.on(event, listener);
      return this;
    },
  };
}
