import type { Database } from 'better-sqlite3';
import type { z } from 'zod';

import {
  type ReadingSubmission,
  readingSubmissions,
} from '../../../db/outbox/reading-submissions.js';
import type { ReadingsForm, ReadingSubmitResult } from '../../../shared/contract/billing-views.js';
import type { methods } from '../../../shared/contract/methods.js';
import { AppFailure } from '../../../shared/contract/result.js';
import type { DeviceProfile } from '../../../shared/contract/views.js';
import { readingWindowState } from '../../../shared/domain/reading-window.js';
import type { ReadingEntry } from '../outbox-service.js';
import { type AccountDataDeps, loadAccountData } from './account-data.js';
import { composeMeterView, composeReadingsForm, meterWindow } from './readings-form.js';
import { checkSubmission } from './submit-check.js';

export type ReadingSubmitInput = z.output<(typeof methods)['readings.submit']['input']>;

export interface ReadingsDeps extends AccountDataDeps {
  /** The open outbox, or null before start(). */
  outbox: () => Database | null;
  clock: () => Date;
  /** The enrolment's profile: readings are taken at a kiosk or at a counter. */
  profile: () => DeviceProfile | null;
  /** Queues a reading durably and kicks a push (main-services wraps outbox-service's enqueueReading). */
  enqueue: (entry: ReadingEntry) => { id: string; seq: number; enteredAt: string };
}

export interface ReadingsService {
  getForm(accountId: number): Promise<ReadingsForm>;
  submit(input: ReadingSubmitInput): Promise<ReadingSubmitResult>;
}

/**
 * "Ввод показаний": the form of an account's meters, and submission through the outbox. A
 * submission is checked here as the central service will check it (same rules, against what the
 * device knows); errors or unconfirmed warnings come back as `needs_fix` and nothing is queued.
 * Otherwise one 'reading.submit' mutation is queued, online or offline alike, and the server's
 * verdict shows in the form later. A meter of another account → 'not_found'; zones that are not
 * exactly the meter's → 'invalid_input'.
 */
export function createReadingsService(deps: ReadingsDeps): ReadingsService {
  const ownSubmissions = (meterIds: number[]): ReadingSubmission[] => {
    const outbox = deps.outbox();
    return outbox ? readingSubmissions(outbox, meterIds) : [];
  };

  return {
    async getForm(accountId) {
      const data = await loadAccountData(deps, accountId);
      const own = ownSubmissions(data.bundle.meters.map((m) => m.id));
      return composeReadingsForm(data, own, deps.clock());
    },

    async submit(input) {
      const data = await loadAccountData(deps, input.accountId);
      const meter = data.bundle.meters.find((m) => m.id === input.meterId);
      if (!meter) throw new AppFailure('not_found');
      const profile = deps.profile();
      if (!profile) throw new AppFailure('not_enrolled');
      const view = composeMeterView(data, ownSubmissions([meter.id]), meter, deps.clock());
      const checked = checkSubmission(view, input.values, input.confirmed);
      if (checked.status === 'needs_fix') return checked;
      const queued = deps.enqueue({
        meterId: meter.id,
        userId: profile === 'kiosk' ? data.userId : null,
        source: profile,
        values: checked.values,
        confirmed: input.confirmed,
      });
      const timeZone = data.bundle.region.timeZone;
      const window = meterWindow(data.bundle, meter);
      return {
        status: 'queued',
        submission: {
          submissionId: queued.id,
          values: checked.values,
          enteredAt: queued.enteredAt,
          status: 'queued',
          reason: null,
          period: null,
        },
        expectedPeriod: readingWindowState(new Date(queued.enteredAt), timeZone, window).period,
      };
    },
  };
}
