import { sql, type Transaction } from 'kysely';

import { currentPeriod, isPeriod, nextPeriod } from '../../shared/domain/periods.js';
import type { Database } from '../db/schema.js';
import { HttpError } from '../http/errors.js';

export interface ClosingRegion {
  id: number;
  code: string;
  name: string;
  timeZone: string;
}

/**
 * Checks, inside the close's transaction, that `period` may be closed in the region: the region
 * exists; the period is not closed yet and has no charges (nor has any later period); it has
 * ended in the region's time zone; and it is the one after the last closed period (when any is).
 * @throws HttpError region_unknown, period_already_closed, period_not_ended, period_out_of_order
 */
export async function checkPeriodCanClose(
  trx: Transaction<Database>,
  regionCode: string,
  period: string,
  now: Date,
): Promise<ClosingRegion> {
  if (!isPeriod(period)) {
    throw new HttpError(400, 'invalid_input', `Период «${period}» нужно указать как ГГГГ-ММ.`);
  }
  const region = await trx
    .selectFrom('regions')
    .select(['id', 'code', 'name', 'time_zone'])
    .where('code', '=', regionCode)
    .executeTakeFirst();
  if (!region) throw new HttpError(404, 'region_unknown');
  const where = `в регионе «${region.name}»`;

  const closed = await trx
    .selectFrom('billing_periods')
    .select(['period'])
    .where('region_id', '=', region.id)
    .where('status', '=', 'closed')
    .orderBy('period', 'desc')
    .execute();
  if (closed.some((row) => row.period === period)) {
    throw new HttpError(
      409,
      'period_already_closed',
      `Период ${period} ${where} уже закрыт. Повторное закрытие невозможно.`,
    );
  }
  const today = currentPeriod(now, region.time_zone);
  if (period >= today) {
    throw new HttpError(
      409,
      'period_not_ended',
      `Период ${period} ${where} ещё не закончился (${region.time_zone}): закрыть его можно с 1-го числа ${nextPeriod(period)}.`,
    );
  }
  const last = closed[0]?.period;
  if (last !== undefined && period !== nextPeriod(last)) {
    throw new HttpError(
      409,
      'period_out_of_order',
      period < last
        ? `Период ${period} ${where} раньше последнего закрытого (${last}): периоды закрываются по порядку.`
        : `Период ${period} ${where} нельзя закрыть, пока не закрыт ${nextPeriod(last)}: закройте сначала его.`,
    );
  }
  const charged = await sql<{ period: string }>`
    SELECT period FROM charges WHERE region_id = ${region.id} AND period >= ${period} LIMIT 1`.execute(
    trx,
  );
  if (charged.rows.length > 0) {
    throw new HttpError(
      409,
      'period_already_closed',
      `Начисления за ${charged.rows[0]!.period} ${where} уже есть (например, загружены импортом): период ${period} закрыть нельзя.`,
    );
  }
  return { id: region.id, code: region.code, name: region.name, timeZone: region.time_zone };
}
