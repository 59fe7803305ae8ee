// A fake device whose outbox queues every reading and can later apply or reject it, behind
// the contract's readings.getForm and readings.submit.
import type { ReadingMeterView, SubmissionView } from '../../../shared/contract/billing-views.js';
import { ok } from '../../../shared/contract/result.js';
import type { Handlers } from './fake-kabinet.js';
import { readingsForm, singleMeter, threeZoneMeter, waterMeter } from './readings-fixtures.js';

/** A device whose outbox queues every reading and can later apply or reject it. */
export function outboxDevice(
  meters: ReadingMeterView[] = [singleMeter(), threeZoneMeter(), waterMeter()],
) {
  let current = meters;
  let sequence = 0;
  const settle = (meterId: number, change: Partial<SubmissionView>) => {
    current = current.map((m) =>
      m.meterId === meterId && m.entered ? { ...m, entered: { ...m.entered, ...change } } : m,
    );
  };
  const handlers: Handlers = {
    'readings.getForm': () => ok(readingsForm(current)),
    'readings.submit': ({ meterId, values }) => {
      sequence += 1;
      const submission: SubmissionView = {
        submissionId: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
        values,
        enteredAt: '2026-11-24T04:15:00.000Z',
        status: 'queued',
        reason: null,
        period: null,
      };
      current = current.map((m) => (m.meterId === meterId ? { ...m, entered: submission } : m));
      return ok({ status: 'queued', submission, expectedPeriod: '2026-11' });
    },
  };
  return { handlers, settle };
}
