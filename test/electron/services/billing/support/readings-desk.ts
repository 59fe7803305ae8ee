import { sql } from 'kysely';

import type { ReadingMeterView } from '../../../../../shared/contract/billing-views.js';
import type { MethodOutput } from '../../../../../shared/contract/methods.js';
import { addScaled, formatScaled, parseDecimal } from '../../../../../shared/domain/decimal.js';
import { canonical } from './central-sql.js';
import { type DemoDevice, startDemoDevice } from './demo-device.js';

export const noConfirm = { rollover: false, jump: false };
export const single = (value: string) => [{ zone: 'single' as const, value }];
/** value + delta, exactly (decimal strings). */
export const plus = (value: string, delta: string) =>
  formatScaled(addScaled(parseDecimal(value)!, parseDecimal(delta)!));

type Zone = 'single' | 'T1' | 'T2' | 'T3';
export type DeskMeter = ReadingMeterView & { accountId: number };

/** A signed-in demo device at the readings screen, with the meters of both `demo` accounts. */
export interface ReadingsDesk {
  demo: DemoDevice;
  accounts: number[];
  meters: DeskMeter[];
  meterView(meter: DeskMeter): Promise<ReadingMeterView>;
  submit(
    meter: DeskMeter,
    values: { zone: Zone; value: string }[],
    confirmed?: typeof noConfirm,
  ): Promise<MethodOutput<'readings.submit'>>;
  /** A single-zone individual meter with a previous reading that no other test took yet. */
  takeSingle(where?: (m: DeskMeter) => boolean): DeskMeter;
  /** The central's rows of a submission (values canonical). */
  serverReadings(
    submissionId: string,
  ): Promise<
    { zone: string; value: string | null; period: string; source: string; user_id: number | null }[]
  >;
}

/** A kiosk on 18 March 2026 (inside the 15–25 window), `demo` signed in. */
export async function openReadingsDesk(): Promise<ReadingsDesk> {
  const demo = await startDemoDevice({
    today: '2026-03-18',
    now: '2026-03-18T06:00:00Z',
    profile: 'kiosk',
  });
  const accounts = await demo.signIn('demo');
  const form = (accountId: number) => demo.device.call('readings.getForm', { accountId });
  const meters: DeskMeter[] = [];
  for (const accountId of accounts) {
    for (const m of (await form(accountId)).meters) meters.push({ ...m, accountId });
  }
  const unused = new Set(meters.map((m) => m.meterId));
  return {
    demo,
    accounts,
    meters,
    meterView: async (meter) =>
      (await form(meter.accountId)).meters.find((m) => m.meterId === meter.meterId)!,
    submit: (meter, values, confirmed = noConfirm) =>
      demo.device.call('readings.submit', {
        accountId: meter.accountId,
        meterId: meter.meterId,
        values,
        confirmed,
      }),
    takeSingle(where = () => true) {
      const meter = meters.find(
        (m) =>
          unused.has(m.meterId) &&
          m.zones === 1 &&
          m.kind === 'individual' &&
          m.previous[0]!.value !== null &&
          where(m),
      );
      if (!meter) throw new Error('the demo accounts have no such meter left');
      unused.delete(meter.meterId);
      return meter;
    },
    serverReadings: (submissionId) =>
      sql<{ zone: string; value: string; period: string; source: string; user_id: number | null }>`
        SELECT zone, value::text, period, source, user_id FROM readings
         WHERE submission_id = ${submissionId} ORDER BY zone`
        .execute(demo.db)
        .then((r) => r.rows.map((row) => ({ ...row, value: canonical(row.value) }))),
  };
}
