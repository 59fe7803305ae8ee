import type { Database } from 'better-sqlite3';

import { readAccountBundle } from '../../db/account-bundle.js';
import { AppFailure } from '../../shared/contract/result.js';
import type { AccountDetails } from '../../shared/contract/views.js';
import type { AccountBundle } from '../../shared/sync/http.js';
import { composeAccountDetails, isBundleComplete } from './account-details.js';
import type { CentralClient } from './central-client.js';
import { CentralError } from './central-error.js';
import type { SessionService } from './session.js';

export interface AccountsDeps {
  /** The open cache, or null before start(). */
  db: () => Database | null;
  session: Pick<SessionService, 'require' | 'expire'>;
  client: () => Pick<CentralClient, 'accountBundle'> | null;
  clock: () => Date;
}

export interface AccountsService {
  getDetails(accountId: number): Promise<AccountDetails>;
}

/**
 * Account cards for the signed-in person. Only accounts linked to the session are shown
 * (else 'account_not_linked'; no session → 'not_signed_in'). Data comes from the cache when it
 * holds the account completely, otherwise live from the central service (another region).
 */
export function createAccountsService(deps: AccountsDeps): AccountsService {
  async function fetchLive(token: string, accountId: number): Promise<AccountBundle> {
    const client = deps.client();
    if (!client) throw new AppFailure('not_enrolled');
    try {
      return await client.accountBundle(token, accountId);
    } catch (error) {
      if (error instanceof CentralError && error.code === 'not_signed_in') deps.session.expire();
      throw error;
    }
  }

  return {
    async getDetails(accountId) {
      const session = deps.session.require();
      const linked = session.accounts.find((a) => a.accountId === accountId);
      if (!linked) throw new AppFailure('account_not_linked');
      const db = deps.db();
      const cached = db ? readAccountBundle(db, accountId) : null;
      const bundle =
        cached && isBundleComplete(cached) ? cached : await fetchLive(session.token, accountId);
      return composeAccountDetails(bundle, linked, deps.clock());
    },
  };
}
