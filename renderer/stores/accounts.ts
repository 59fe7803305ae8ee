// Details of each personal account (лицевой счёт) the session has opened, keyed by account id.
import { defineStore } from 'pinia';
import { ref } from 'vue';

import type { AccountDetails } from '../../shared/contract/views.js';
import { call } from '../api/client.js';
import { useErrorKey, useTranslate } from '../i18n/error-key.js';

export const useAccountsStore = defineStore('accounts', () => {
  const errorKey = useErrorKey();
  const translate = useTranslate();

  const details = ref<Record<number, AccountDetails>>({});
  const loading = ref<Record<number, boolean>>({});
  const errorKeys = ref<Record<number, string>>({});
  // Bumped by reset() so answers to requests made before a sign-out are dropped.
  let generation = 0;

  /** Loads an account's details unless already loaded; `force` reloads them. */
  async function load(accountId: number, options: { force?: boolean } = {}): Promise<void> {
    if (loading.value[accountId]) return;
    if (details.value[accountId] && !options.force) return;
    const started = generation;
    loading.value = { ...loading.value, [accountId]: true };
    const { [accountId]: _previous, ...otherErrors } = errorKeys.value;
    errorKeys.value = otherErrors;
    const result = await call('accounts.getDetails', { accountId });
    if (started !== generation) return;
    loading.value = { ...loading.value, [accountId]: false };
    if (result.ok) details.value = { ...details.value, [accountId]: result.value };
    else errorKeys.value = { ...errorKeys.value, [accountId]: errorKey(result.error) };
  }

  function detailsFor(accountId: number | null): AccountDetails | null {
    return accountId === null ? null : (details.value[accountId] ?? null);
  }

  function isLoading(accountId: number | null): boolean {
    return accountId !== null && loading.value[accountId] === true;
  }

  function errorMessageFor(accountId: number | null): string {
    const key = accountId === null ? undefined : errorKeys.value[accountId];
    return key ? translate(key) : '';
  }

  function reset(): void {
    generation += 1;
    details.value = {};
    loading.value = {};
    errorKeys.value = {};
  }

  return { details, loading, errorKeys, load, detailsFor, isLoading, errorMessageFor, reset };
});
