// For a section page: the selected account's view from a per-account store, loaded when the
// account is chosen and reloaded after each finished sync (it may have brought new data).
import { computed, watch } from 'vue';

import { useSessionStore } from './session.js';
import { useSyncStore } from './sync.js';

export interface AccountViewSource<T> {
  load(accountId: number, options?: { force?: boolean }): Promise<void>;
  viewFor(accountId: number | null): T | null;
  isLoading(accountId: number | null): boolean;
  errorMessageFor(accountId: number | null): string;
}

/** Call in a page's setup; `onSelect` runs whenever another account is chosen. */
export function useSelectedAccountView<T>(
  source: AccountViewSource<T>,
  onSelect: () => void = () => {},
) {
  const session = useSessionStore();
  const sync = useSyncStore();
  const accountId = computed(() => session.selectedAccountId);

  function reload(): void {
    if (accountId.value !== null) void source.load(accountId.value, { force: true });
  }

  watch(
    accountId,
    (id) => {
      onSelect();
      if (id !== null) void source.load(id);
    },
    { immediate: true },
  );
  watch(
    () => sync.lastSyncAt,
    (now, before) => {
      if (now !== before) reload();
    },
  );

  return {
    accountId,
    view: computed(() => source.viewFor(accountId.value)),
    loading: computed(() => source.isLoading(accountId.value)),
    errorMessage: computed(() => source.errorMessageFor(accountId.value)),
    reload,
  };
}
