import type { ChargesView } from '../../../shared/contract/billing-views.js';
import { nextPeriod, paymentDueDate } from '../../../shared/domain/periods.js';
import { type AccountDataDeps, loadAccountData } from './account-data.js';
import { composeChargeServices, latestChargedPeriod } from './charge-services.js';

export { composeChargeServices, latestChargedPeriod } from './charge-services.js';

export type ChargesDeps = AccountDataDeps;

export interface ChargesService {
  get(accountId: number): Promise<ChargesView>;
}

/**
 * "Начисления и платежи": the account's latest billed period, as of the first day after it, with
 * the payment due date the law gives that period (shared/domain/periods.ts) and the total to pay.
 * An account without charges yet gets period null and no services. Session and link rules as in
 * loadAccountData.
 */
export function createChargesService(deps: ChargesDeps): ChargesService {
  return {
    async get(accountId) {
      const { bundle, billing, heading } = await loadAccountData(deps, accountId);
      const period = latestChargedPeriod(bundle, billing);
      if (period === null) {
        return { ...heading, period: null, asOf: null, dueDate: null, services: [], total: 0 };
      }
      const services = composeChargeServices(bundle, billing, period);
      return {
        ...heading,
        period,
        asOf: `${nextPeriod(period)}-01`,
        dueDate: paymentDueDate(period),
        services,
        total: services.reduce((sum, s) => sum + s.toPay, 0),
      };
    },
  };
}
