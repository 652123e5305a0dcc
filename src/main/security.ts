import type { App, Session, WebContents } from 'electron';
import { isAllowedNavigation, isAllowedRequest, permissionDecision } from './url-policy';

export interface SecurityDeps {
  app: Pick<App, 'on'>;
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & {
    webRequest: Pick<Session['webRequest'], 'onBeforeRequest'>;
  };
  log: (message: string) => void;
}

/** Applies to every web contents as it is created: no navigation away, no new windows, no webviews. */
export function hardenWebContents(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
  log: (m: string) => void,
): void {
  const block = (event: { preventDefault(): void }, url: string) => {
    if (!isAllowedNavigation(url)) {
      event.preventDefault();
      log(`blocked navigation to ${url}`);
    }
  };
  contents.on('will-navigate', block);
  contents.on('will-redirect', block);
  contents.on('will-frame-navigate', (event) => block(event, event.url));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('blocked a <webview>');
  });
  contents.setWindowOpenHandler(({ url }) => {
    log(`denied window.open(${url})`);
    return { action: 'deny' };
  });
}

/** Session- and app-wide security: permissions denied, every request outside `app://showcase` cancelled. */
export function setupSecurity({ app, session, log }: SecurityDeps): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, log));
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`denied permission request: ${permission}`);
    callback(permissionDecision(permission));
  });
  session.setPermissionCheckHandler((_contents, permission) => permissionDecision(permission));
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url);
    if (!allowed) log(`blocked request to ${details.url}`);
    callback({ cancel: !allowed });
  });
}
