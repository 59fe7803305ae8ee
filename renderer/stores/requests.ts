// "Заявки": each account's requests (this device's queued ones and the server's), filing a new
// one, and fresh statuses whenever the outbox changes or a sync brings replies.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';

import type { RequestView } from '../../shared/contract/request-views.js';
import type { MethodInput } from '../../shared/contract/methods.js';
import { call, onEvent } from '../api/client.js';
import { useErrorKey, useTranslate } from '../i18n/error-key.js';
import { useAccountViews } from './account-views.js';

export type NewRequest = MethodInput<'requests.create'>;

export const useRequestsStore = defineStore('requests', () => {
  const errorKey = useErrorKey();
  const translate = useTranslate();
  const cache = useAccountViews<RequestView[]>((accountId) => call('requests.list', { accountId }));
  const busy = ref(false);
  const createErrorKey = ref<string | null>(null);
  /** The request filed last in this session: its number is shown prominently. */
  const accepted = ref<RequestView | null>(null);
  const createError = computed(() => (createErrorKey.value ? translate(createErrorKey.value) : ''));

  /** Files a request; on success it heads the account's list at once, status "Ожидает отправки". */
  async function create(input: NewRequest): Promise<boolean> {
    if (busy.value) return false;
    busy.value = true;
    createErrorKey.value = null;
    try {
      const result = await call('requests.create', input);
      if (!result.ok) {
        createErrorKey.value = errorKey(result.error);
        return false;
      }
      accepted.value = result.value;
      cache.update(input.accountId, (list) => [result.value, ...list]);
      return true;
    } finally {
      busy.value = false;
    }
  }

  /** Shows a check of the form itself (an i18n key), or clears it with null. */
  function setCreateError(key: string | null): void {
    createErrorKey.value = key;
  }

  /** Reloads the held lists on every `outbox.changed`; returns the unsubscribe function. */
  function followOutbox(): () => void {
    return onEvent('outbox.changed', () => void cache.reloadAll());
  }

  function reset(): void {
    cache.reset();
    busy.value = false;
    createErrorKey.value = null;
    accepted.value = null;
  }

  return {
    lists: cache.views,
    load: cache.load,
    reloadAll: cache.reloadAll,
    listFor: cache.viewFor,
    isLoading: cache.isLoading,
    errorMessageFor: cache.errorMessageFor,
    busy,
    accepted,
    createError,
    create,
    setCreateError,
    followOutbox,
    reset,
  };
});
