// "Ввод показаний": each account's readings form, the submission of one meter's reading, and
// fresh statuses whenever the outbox changes (queued → accepted or rejected).
import { defineStore } from 'pinia';

import type {
  ReadingsForm,
  ReadingSubmitResult,
  SubmissionView,
} from '../../shared/contract/billing-views.js';
import type { MethodInput } from '../../shared/contract/methods.js';
import type { Result } from '../../shared/contract/result.js';
import { call, onEvent } from '../api/client.js';
import { useAccountViews } from './account-views.js';

export type ReadingSubmission = MethodInput<'readings.submit'>;

export const useReadingsStore = defineStore('readings', () => {
  const cache = useAccountViews<ReadingsForm>((accountId) =>
    call('readings.getForm', { accountId }),
  );

  function showEntered(accountId: number, meterId: number, entered: SubmissionView): void {
    cache.update(accountId, (form) => ({
      ...form,
      meters: form.meters.map((m) => (m.meterId === meterId ? { ...m, entered } : m)),
    }));
  }

  /** Sends one meter's reading into the outbox; a queued one shows at once as "Ожидает отправки". */
  async function submit(input: ReadingSubmission): Promise<Result<ReadingSubmitResult>> {
    const result = await call('readings.submit', input);
    if (result.ok && result.value.status === 'queued') {
      showEntered(input.accountId, input.meterId, result.value.submission);
    }
    return result;
  }

  /** Reloads the held forms on every `outbox.changed`; returns the unsubscribe function. */
  function followOutbox(): () => void {
    return onEvent('outbox.changed', () => void cache.reloadAll());
  }

  return {
    forms: cache.views,
    load: cache.load,
    viewFor: cache.viewFor,
    isLoading: cache.isLoading,
    errorMessageFor: cache.errorMessageFor,
    submit,
    followOutbox,
    reset: cache.reset,
  };
});
