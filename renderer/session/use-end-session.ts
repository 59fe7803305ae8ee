// Ends a session everywhere in the renderer: stores forget the person, the kiosk returns to
// Russian, and the app goes back to sign-in. Nothing of the resident stays behind.
import { useI18n } from 'vue-i18n';
import { useRouter } from 'vue-router';

import { defaultLocale } from '../i18n/index.js';
import { useAccountsStore } from '../stores/accounts.js';
import { useAppStore } from '../stores/app.js';
import { useChargesStore } from '../stores/charges.js';
import { useReadingsStore } from '../stores/readings.js';
import { useReportsStore } from '../stores/reports.js';
import { useRequestsStore } from '../stores/requests.js';
import { useSandboxStore } from '../stores/sandbox.js';
import { useSessionStore } from '../stores/session.js';
import { useSettingsStore } from '../stores/settings.js';
import { useSyncStore } from '../stores/sync.js';

export interface EndSessionOptions {
  /** Tell the main process to sign out too; false when it told us the session ended. */
  notifyMain: boolean;
}

export function useEndSession(): (options: EndSessionOptions) => Promise<void> {
  const app = useAppStore();
  const session = useSessionStore();
  const accounts = useAccountsStore();
  const charges = useChargesStore();
  const readings = useReadingsStore();
  const reports = useReportsStore();
  const requests = useRequestsStore();
  const settings = useSettingsStore();
  const sandbox = useSandboxStore();
  const sync = useSyncStore();
  const router = useRouter();
  const { locale } = useI18n({ useScope: 'global' });

  return async ({ notifyMain }) => {
    if (notifyMain) await session.signOut();
    else session.reset();
    accounts.reset();
    charges.reset();
    readings.reset();
    reports.reset();
    requests.reset();
    settings.reset();
    sandbox.reset();
    sync.reset();
    if (app.isKiosk) locale.value = defaultLocale;
    await router.replace({ name: 'sign-in' });
    await sync.refresh();
  };
}
