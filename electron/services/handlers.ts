import type { AppState, SyncStatus } from '../../shared/contract/views.js';
import type { AccountsService } from './accounts.js';
import type { Handlers } from './dispatch.js';
import type { SessionService } from './session.js';

export interface HandlerDeps {
  appState(): AppState;
  /** Enrols the device with a central service and switches to it. */
  enrolDevice(centralUrl: string, code: string): Promise<void>;
  session: SessionService;
  accounts: AccountsService;
  syncStatus(): SyncStatus;
  runSyncNow(): Promise<SyncStatus>;
}

/** One handler per contract method (shared/contract/methods.ts); inputs arrive parsed. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'app.getState': async () => deps.appState(),
    'device.enrol': async ({ centralUrl, code }) => {
      await deps.enrolDevice(centralUrl, code);
      return deps.appState();
    },
    'session.signIn': ({ login, password }) => deps.session.signIn(login, password),
    'session.signOut': async () => {
      await deps.session.signOut();
      return {};
    },
    'session.get': async () => deps.session.view(),
    'accounts.getDetails': ({ accountId }) => deps.accounts.getDetails(accountId),
    'sync.getStatus': async () => deps.syncStatus(),
    'sync.runNow': () => deps.runSyncNow(),
  };
}
