// A per-account cache of one contract view (charges, the readings form): loaded once, reloaded
// on demand, with an error key per account. Answers to requests made before reset() are dropped.
import { type Ref, ref } from 'vue';

import type { Result } from '../../shared/contract/result.js';
import { useErrorKey, useTranslate } from '../i18n/error-key.js';

export function useAccountViews<T>(fetch: (accountId: number) => Promise<Result<T>>) {
  const errorKey = useErrorKey();
  const translate = useTranslate();

  const views = ref({}) as Ref<Record<number, T>>;
  const loading = ref<Record<number, boolean>>({});
  const errorKeys = ref<Record<number, string>>({});
  // A reload asked for while a load is in flight runs once that load ends (its answer may be old).
  const reloadAfter = new Set<number>();
  let generation = 0;

  /** Loads an account's view unless already loaded; `force` reloads it. */
  async function load(accountId: number, options: { force?: boolean } = {}): Promise<void> {
    if (loading.value[accountId]) {
      if (options.force) reloadAfter.add(accountId);
      return;
    }
    if (views.value[accountId] && !options.force) return;
    const started = generation;
    loading.value = { ...loading.value, [accountId]: true };
    const result = await fetch(accountId);
    if (started !== generation) return;
    loading.value = { ...loading.value, [accountId]: false };
    const { [accountId]: _previous, ...otherErrors } = errorKeys.value;
    if (result.ok) {
      views.value = { ...views.value, [accountId]: result.value };
      errorKeys.value = otherErrors;
    } else {
      errorKeys.value = { ...otherErrors, [accountId]: errorKey(result.error) };
    }
    if (reloadAfter.delete(accountId)) await load(accountId, { force: true });
  }

  /** Reloads every account whose view is held (e.g. after the outbox changed). */
  async function reloadAll(): Promise<void> {
    await Promise.all(Object.keys(views.value).map((id) => load(Number(id), { force: true })));
  }

  function viewFor(accountId: number | null): T | null {
    return accountId === null ? null : (views.value[accountId] ?? null);
  }

  function update(accountId: number, change: (view: T) => T): void {
    const view = views.value[accountId];
    if (view) views.value = { ...views.value, [accountId]: change(view) };
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
    reloadAfter.clear();
    views.value = {};
    loading.value = {};
    errorKeys.value = {};
  }

  return { views, load, reloadAll, viewFor, update, isLoading, errorMessageFor, reset };
}
