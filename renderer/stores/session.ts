// The signed-in resident or clerk: the session view and the selected personal account.
// Lives in memory only; reset() forgets everything.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';

import type { SessionView } from '../../shared/contract/views.js';
import { call, onEvent } from '../api/client.js';
import { useErrorKey, useTranslate } from '../i18n/error-key.js';

export const useSessionStore = defineStore('session', () => {
  const errorKey = useErrorKey();
  const translate = useTranslate();

  const current = ref<SessionView | null>(null);
  const selectedAccountId = ref<number | null>(null);
  const busy = ref(false);
  const errorKeyRef = ref<string | null>(null);
  let restored = false;

  const signedIn = computed(() => current.value !== null);
  const accounts = computed(() => current.value?.accounts ?? []);
  const selectedAccount = computed(
    () => accounts.value.find((a) => a.accountId === selectedAccountId.value) ?? null,
  );
  const errorMessage = computed(() => (errorKeyRef.value ? translate(errorKeyRef.value) : ''));

  function adopt(view: SessionView | null): void {
    current.value = view;
    selectedAccountId.value = view?.accounts[0]?.accountId ?? null;
  }

  /** Signs in; on failure sets one generic message and returns false. */
  async function signIn(login: string, password: string): Promise<boolean> {
    if (!login.trim() || !password) {
      errorKeyRef.value = 'signIn.required';
      return false;
    }
    busy.value = true;
    errorKeyRef.value = null;
    try {
      const result = await call('session.signIn', { login: login.trim(), password });
      if (!result.ok) {
        errorKeyRef.value = errorKey(result.error);
        return false;
      }
      adopt(result.value);
      return true;
    } finally {
      busy.value = false;
    }
  }

  /** Picks up a session the main process still holds (e.g. after the window reloaded). */
  async function restore(): Promise<void> {
    if (restored) return;
    restored = true;
    const result = await call('session.get', {});
    if (result.ok) adopt(result.value);
  }

  /**
   * Reads the session again after settings changed its contacts or accounts; the selected
   * account stays selected while it is still linked.
   */
  async function refresh(): Promise<void> {
    const result = await call('session.get', {});
    if (!result.ok) return;
    const selected = selectedAccountId.value;
    current.value = result.value;
    const accounts = result.value?.accounts ?? [];
    selectedAccountId.value = accounts.some((a) => a.accountId === selected)
      ? selected
      : (accounts[0]?.accountId ?? null);
  }

  /** Ends the session in the main process, then forgets it here whatever the answer. */
  async function signOut(): Promise<void> {
    await call('session.signOut', {});
    reset();
  }

  function selectAccount(accountId: number): void {
    if (accounts.value.some((a) => a.accountId === accountId)) selectedAccountId.value = accountId;
  }

  function clearError(): void {
    errorKeyRef.value = null;
  }

  function reset(): void {
    current.value = null;
    selectedAccountId.value = null;
    busy.value = false;
    errorKeyRef.value = null;
    restored = true;
  }

  /** Calls `listener` when the main process ends the session (sign-out elsewhere, expiry). */
  function onEnded(listener: () => void): () => void {
    return onEvent('session.ended', () => listener());
  }

  return {
    current,
    selectedAccountId,
    selectedAccount,
    accounts,
    signedIn,
    busy,
    errorKey: errorKeyRef,
    errorMessage,
    signIn,
    restore,
    refresh,
    signOut,
    selectAccount,
    clearError,
    reset,
    onEnded,
  };
});
