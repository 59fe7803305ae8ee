import { randomUUID } from 'node:crypto';

import type { Database } from 'better-sqlite3';

import { enqueueRequest, requestSubmissions } from '../../../db/outbox/requests.js';
import type { RequestInput, RequestView } from '../../../shared/contract/request-views.js';
import { AppFailure } from '../../../shared/contract/result.js';
import type { DeviceProfile } from '../../../shared/contract/views.js';
import type { AccountBilling } from '../../../shared/sync/http.js';
import { requestCreatePayloadSchema } from '../../../shared/sync/push.js';
import { type AccountDataDeps, loadAccountData } from '../billing/account-data.js';
import { CentralError } from '../central-error.js';
import { composeRequestViews } from './compose.js';
import { cachedNumberFloor } from './number-floor.js';

export interface RequestsDeps extends AccountDataDeps {
  /** The open outbox, or null before start(). */
  outbox: () => Database | null;
  clock: () => Date;
  /** The current enrolment (its device id numbers the requests), or null when not enrolled. */
  device: () => { deviceId: number; profile: DeviceProfile } | null;
  /** After a request is durably queued: kick a push and announce 'outbox.changed'. */
  afterQueued: () => void;
}

export interface RequestsService {
  /** The account's requests, newest first: this device's queued/rejected ones and the server's. */
  list(accountId: number): Promise<RequestView[]>;
  /** Files a request through the outbox and answers its number at once, online or offline. */
  create(input: RequestInput): Promise<RequestView>;
}

const NO_REQUESTS: Pick<AccountBilling, 'requests' | 'replies'> = { requests: [], replies: [] };

/**
 * "Заявки" for the signed-in person's linked accounts (no session → 'not_signed_in', another
 * account → 'account_not_linked'). A request is numbered '<device id>-<n>' on this device and
 * queued as a 'request.create' mutation; the central service applies it exactly once and its
 * status and replies come back through the pull feed.
 */
export function createRequestsService(deps: RequestsDeps): RequestsService {
  const outboxOrFail = () => {
    const outbox = deps.outbox();
    if (!outbox) throw new AppFailure('internal', 'the outbox is not open');
    return outbox;
  };

  /** The central's side: from the cache, or live; offline, what this device alone knows. */
  async function serverSide(accountId: number) {
    try {
      return (await loadAccountData(deps, accountId)).billing;
    } catch (error) {
      if (error instanceof CentralError && error.code === 'central_unreachable') return NO_REQUESTS;
      throw error;
    }
  }

  return {
    async list(accountId) {
      const billing = await serverSide(accountId);
      return composeRequestViews(accountId, requestSubmissions(outboxOrFail(), accountId), billing);
    },

    async create(input) {
      const session = deps.session.require();
      if (!session.accounts.some((a) => a.accountId === input.accountId)) {
        throw new AppFailure('account_not_linked');
      }
      const device = deps.device();
      if (!device) throw new AppFailure('not_enrolled');
      const outbox = outboxOrFail();
      const payload = {
        accountId: input.accountId,
        // Staff at a counter file for the resident in front of them; a kiosk files as the resident.
        userId: device.profile === 'kiosk' ? session.user.id : null,
        source: device.profile,
        topic: input.topic,
        body: input.body.trim(),
        contact: input.contact.trim(),
        createdAt: deps.clock().toISOString(),
      };
      const check = requestCreatePayloadSchema.safeParse({
        ...payload,
        number: `${device.deviceId}-000001`,
      });
      if (!check.success) throw new AppFailure('invalid_input', 'malformed request');
      const { number } = enqueueRequest(
        outbox,
        {
          id: randomUUID(),
          deviceId: device.deviceId,
          floor: cachedNumberFloor(deps.db(), device.deviceId),
          payload,
        },
        deps.clock(),
      );
      deps.afterQueued();
      return {
        number,
        accountId: input.accountId,
        topic: input.topic,
        body: payload.body,
        contact: payload.contact,
        status: 'queued',
        reason: null,
        createdAt: payload.createdAt,
        renumberedFrom: null,
        replies: [],
      };
    },
  };
}
