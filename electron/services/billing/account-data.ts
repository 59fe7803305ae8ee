import type { Database } from 'better-sqlite3';
import type { z } from 'zod';

import { readAccountBilling } from '../../../db/account-billing.js';
import { readAccountBundle } from '../../../db/account-bundle.js';
import type { accountHeadingSchema } from '../../../shared/contract/billing-views.js';
import { AppFailure } from '../../../shared/contract/result.js';
import type { AccountBilling, AccountBundle, LinkedAccount } from '../../../shared/sync/http.js';
import { isBundleComplete } from '../account-details.js';
import type { CentralClient } from '../central-client.js';
import { CentralError } from '../central-error.js';
import type { SessionService } from '../session.js';

export type AccountHeading = z.infer<typeof accountHeadingSchema>;

export interface AccountDataDeps {
  /** The open cache, or null before start(). */
  db: () => Database | null;
  session: Pick<SessionService, 'require' | 'expire'>;
  client: () => Pick<CentralClient, 'accountBundle' | 'accountBilling'> | null;
}

/** One linked account's reference data and billing history, in protocol shape. */
export interface AccountData {
  bundle: AccountBundle;
  billing: AccountBilling;
  heading: AccountHeading;
  /** The signed-in person's user id on the central service. */
  userId: number;
}

/**
 * Everything the billing sections show about an account of the signed-in person: from the cache
 * when it holds the account completely (the device's region), else live from the central service
 * (the person's accounts in other regions). No session → AppFailure 'not_signed_in'; an account
 * not linked to the session → 'account_not_linked'. The owner's name comes from the session,
 * never from the cache (kiosks cache no names).
 */
export async function loadAccountData(
  deps: AccountDataDeps,
  accountId: number,
): Promise<AccountData> {
  const session = deps.session.require();
  const linked = session.accounts.find((a) => a.accountId === accountId);
  if (!linked) throw new AppFailure('account_not_linked');
  const db = deps.db();
  const cached = db ? readAccountBundle(db, accountId) : null;
  const { bundle, billing } =
    db && cached && isBundleComplete(cached)
      ? { bundle: cached, billing: readAccountBilling(db, accountId) }
      : await fetchLive(deps, session.token, accountId);
  return { bundle, billing, heading: headingOf(bundle, linked), userId: session.user.id };
}

async function fetchLive(
  deps: AccountDataDeps,
  token: string,
  accountId: number,
): Promise<{ bundle: AccountBundle; billing: AccountBilling }> {
  const client = deps.client();
  if (!client) throw new AppFailure('not_enrolled');
  try {
    const [bundle, billing] = await Promise.all([
      client.accountBundle(token, accountId),
      client.accountBilling(token, accountId),
    ]);
    return { bundle, billing };
  } catch (error) {
    if (error instanceof CentralError && error.code === 'not_signed_in') deps.session.expire();
    throw error;
  }
}

function headingOf(bundle: AccountBundle, linked: LinkedAccount): AccountHeading {
  return {
    accountId: bundle.account.id,
    number: bundle.account.number,
    address: bundle.account.address,
    regionName: bundle.region.name,
    ownerName: linked.ownerName,
  };
}
