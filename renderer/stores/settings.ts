// "Настройки" (Рис. 16, 29–34): the person's profile, which form is open, the phone change under
// way, and one message of success. Lives in memory only; reset() forgets everything.
import { defineStore } from 'pinia';
import { ref } from 'vue';

import type { Result } from '../../shared/contract/result.js';
import type { Profile } from '../../shared/sync/identity-http.js';
import { call } from '../api/client.js';
import { useErrorKey } from '../i18n/error-key.js';
import { useFlowCall } from './identity-flow.js';
import { useSessionStore } from './session.js';
import { usePhoneChange } from './settings-phone.js';

/** The form open under the profile: one at a time. */
export type SettingsPanel = 'password' | 'email' | 'phone' | 'account';
/** Where a failure is shown: in a form, at the pending e-mail, the consent or the removal. */
export type SettingsPlace = SettingsPanel | 'pending' | 'consent' | 'remove';
export type LinkedAccountRow = Profile['accounts'][number];

export interface SettingsNotice {
  key: string;
  params?: Record<string, string>;
}

/** Sentences that read better for a code in one place than the general one. */
const contextual: Partial<Record<SettingsPlace, Record<string, string>>> = {
  account: {
    invalid_credentials: 'settings.accounts.wrongOwnerCredentials',
    account_unknown: 'settings.accounts.ownerHasNoAccounts',
  },
  pending: { resend_too_soon: 'settings.email.resendTooSoon' },
  email: { resend_too_soon: 'settings.email.resendTooSoon' },
  consent: { email_invalid: 'settings.consent.needsEmail' },
};

export const useSettingsStore = defineStore('settings', () => {
  const session = useSessionStore();
  const errorKey = useErrorKey();
  const flow = useFlowCall();
  const profile = ref<Profile | null>(null);
  const loadErrorKey = ref<string | null>(null);
  const loading = ref(false);
  const panel = ref<SettingsPanel | null>(null);
  const place = ref<SettingsPlace | null>(null);
  const notice = ref<SettingsNotice | null>(null);
  const removing = ref<LinkedAccountRow | null>(null);

  /** The error key to show at `where`, or null. */
  function errorAt(where: SettingsPlace): string | null {
    return place.value === where ? flow.errorKey.value : null;
  }

  /** Runs one call for `where`; a failure keeps its (contextual) sentence there. */
  async function run<T>(where: SettingsPlace, work: () => Promise<Result<T>>): Promise<T | null> {
    place.value = where;
    notice.value = null;
    const value = await flow.run(work);
    const special = contextual[where]?.[flow.lastCode.value ?? ''];
    if (value === null && special) flow.setError(special);
    return value;
  }

  /** A new profile: kept, and the session (switcher, contacts) read again. */
  async function adopt(next: Profile, message: SettingsNotice | null = null): Promise<void> {
    profile.value = next;
    notice.value = message;
    await session.refresh();
  }

  const phone = usePhoneChange(
    (work) => run('phone', work),
    async (value) => {
      panel.value = null;
      await adopt(value, { key: 'settings.phone.changed', params: { phone: value.phone ?? '' } });
    },
  );

  /** A profile read again: an e-mail that was waiting and is now the person's is said so. */
  async function reread(next: Profile, waiting: string | null | undefined): Promise<void> {
    if (waiting && next.pendingEmail === null && next.email === waiting) {
      await adopt(next, { key: 'settings.email.confirmed', params: { email: waiting } });
    } else profile.value = next;
  }

  async function load(): Promise<void> {
    loading.value = true;
    try {
      const waiting = profile.value?.pendingEmail;
      const result = await call('settings.get', {});
      loadErrorKey.value = result.ok ? null : errorKey(result.error);
      if (result.ok) await reread(result.value, waiting);
    } finally {
      loading.value = false;
    }
  }

  /** Reads the profile again without a spinner (an e-mail link may have been opened meanwhile). */
  async function poll(): Promise<void> {
    const waiting = profile.value?.pendingEmail;
    if (!waiting || flow.busy.value) return;
    const result = await call('settings.get', {});
    if (result.ok && profile.value?.pendingEmail === waiting) await reread(result.value, waiting);
  }

  function open(next: SettingsPanel): void {
    panel.value = next;
    place.value = null;
    notice.value = null;
    flow.clear();
    if (next === 'phone') phone.clear();
  }

  function close(): void {
    panel.value = null;
    flow.clear();
  }

  /** Shows a check of a form itself (an i18n key) in that form. */
  function formError(where: SettingsPlace, key: string): void {
    place.value = where;
    flow.setError(key);
  }

  async function changePassword(current: string, next: string): Promise<boolean> {
    const value = await run('password', () => call('settings.changePassword', { current, next }));
    if (!value) return false;
    panel.value = null;
    await adopt(value, { key: 'settings.password.changed' });
    return true;
  }

  async function changeEmail(email: string, where: 'email' | 'pending' = 'email') {
    const value = await run(where, () => call('settings.changeEmail', { email }));
    if (!value) return false;
    panel.value = null;
    const key = where === 'pending' ? 'settings.email.resent' : 'settings.email.sent';
    await adopt(value, { key, params: { email: value.pendingEmail ?? email } });
    return true;
  }

  async function setConsent(mailing: boolean): Promise<void> {
    const value = await run('consent', () => call('settings.setConsent', { mailing }));
    if (value) await adopt(value);
  }

  async function addAccount(login: string, password: string): Promise<boolean> {
    const before = new Set(profile.value?.accounts.map((a) => a.accountId));
    const value = await run('account', () => call('settings.addAccount', { login, password }));
    if (!value) return false;
    panel.value = null;
    const added = value.accounts.filter((a) => !before.has(a.accountId)).map((a) => a.number);
    await adopt(value, { key: 'settings.accounts.added', params: { numbers: added.join(', ') } });
    return true;
  }

  function askRemove(account: LinkedAccountRow | null): void {
    removing.value = account;
    if (place.value === 'remove') flow.clear();
  }

  async function confirmRemove(): Promise<void> {
    const account = removing.value;
    if (!account) return;
    const { accountId, number } = account;
    const value = await run('remove', () => call('settings.removeAccount', { accountId }));
    if (!value) return;
    removing.value = null;
    await adopt(value, { key: 'settings.accounts.removed', params: { number } });
  }

  function reset(): void {
    profile.value = null;
    loadErrorKey.value = null;
    panel.value = null;
    place.value = null;
    notice.value = null;
    phone.clear();
    removing.value = null;
    flow.clear();
  }

  return {
    profile,
    loading,
    loadErrorKey,
    panel,
    notice,
    phone,
    removing,
    busy: flow.busy,
    errorAt,
    formError,
    load,
    poll,
    open,
    close,
    changePassword,
    changeEmail,
    setConsent,
    addAccount,
    askRemove,
    confirmRemove,
    reset,
  };
});
