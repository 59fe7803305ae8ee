import type { AppState, SyncStatus } from '../../shared/contract/views.js';
import type { AccountsService } from './accounts.js';
import type { ChargesService } from './billing/charges.js';
import type { ReadingsService } from './billing/readings.js';
import type { Handlers } from './dispatch.js';
import { type IdentityHandlerDeps, identityHandlers } from './identity/handlers.js';
import type { ReportsService } from './reports/reports.js';
import type { RequestsService } from './requests/requests.js';
import type { SessionService } from './session.js';
import { settingsHandlers } from './settings/handlers.js';
import type { SettingsService } from './settings/settings.js';

export interface HandlerDeps {
  appState(): AppState;
  /** Enrols the device with a central service and switches to it. */
  enrolDevice(centralUrl: string, code: string): Promise<void>;
  session: SessionService;
  accounts: AccountsService;
  charges: ChargesService;
  readings: ReadingsService;
  reports: ReportsService;
  requests: RequestsService;
  /** Registration and password recovery (issue 4). */
  identity: IdentityHandlerDeps;
  /** Settings of the signed-in person and the delivery sandbox's viewer (issue 4). */
  settings: SettingsService;
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
    'charges.get': async ({ accountId }) => deps.charges.get(accountId),
    'readings.getForm': async ({ accountId }) => deps.readings.getForm(accountId),
    'readings.submit': async (input) => deps.readings.submit(input),
    'reports.payments': async (input) => deps.reports.payments(input),
    'reports.charges': async (input) => deps.reports.charges(input),
    'reports.readings': async (input) => deps.reports.readings(input),
    'reports.consumption': async (input) => deps.reports.consumption(input),
    'reports.pdf': (input) => deps.reports.pdf(input),
    'requests.list': async ({ accountId }) => deps.requests.list(accountId),
    'requests.create': async (input) => deps.requests.create(input),
    'sync.getStatus': async () => deps.syncStatus(),
    'sync.runNow': () => deps.runSyncNow(),
    ...identityHandlers(deps.identity),
    ...settingsHandlers(deps.settings),
  };
}
