// "Начисления и платежи": the latest billed period of each account the session opened.
import { defineStore } from 'pinia';

import type { ChargesView } from '../../shared/contract/billing-views.js';
import { call } from '../api/client.js';
import { useAccountViews } from './account-views.js';

export const useChargesStore = defineStore('charges', () => {
  const cache = useAccountViews<ChargesView>((accountId) => call('charges.get', { accountId }));
  return {
    views: cache.views,
    load: cache.load,
    viewFor: cache.viewFor,
    isLoading: cache.isLoading,
    errorMessageFor: cache.errorMessageFor,
    reset: cache.reset,
  };
});
