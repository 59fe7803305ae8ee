import { chargeKopecks } from '../../shared/domain/charges.js';
import type { ChargeReason } from '../db/schema.js';
import { type LineDraft, sumLines } from './charge-lines.js';
import { roundDecimal, sumDecimals, toScaled } from './decimal.js';
import { monthlyAverage, normativeVolume } from './estimate.js';
import {
  type AccountServiceFacts,
  type ChunkFacts,
  serviceKey,
  type ZoneTotals,
} from './load-chunk.js';
import { meterCharge } from './meter-charge.js';
import { type PriceBook, requireNormative } from './prices.js';
import {
  type ChargeMethod,
  heatingVolume,
  METERABLE_SERVICES,
  NO_METER_COEFFICIENT,
  perResidentVolume,
  SEWERAGE,
  weakestMethod,
} from './service-rules.js';
import { type Zone, zoneNames } from './zones.js';

/** One service's charge for the period, before balances. */
export interface ChargeDraft {
  facts: AccountServiceFacts;
  method: ChargeMethod;
  reason: ChargeReason | null;
  streak: number | null;
  volume: string;
  tariff: string;
  coefficient: string;
  charged: number;
  recalculation: number;
  lines: LineDraft[];
  calculated: { meterId: number; zone: Zone; value: string; source: 'average' | 'normative' }[];
}

/**
 * The charges of one account's services for `period`: metered services by their meter, the
 * rest by area or normative, and sewerage last, as the sum of this close's water volumes.
 */
export function chargeAccount(
  services: readonly AccountServiceFacts[],
  chunk: ChunkFacts,
  book: PriceBook,
  period: string,
): ChargeDraft[] {
  const drafts: ChargeDraft[] = [];
  for (const facts of services) {
    if (facts.code === SEWERAGE.code && !facts.meter) continue;
    drafts.push(facts.meter ? metered(facts, chunk, book, period) : unmetered(facts, book, period));
  }
  for (const facts of services) {
    if (facts.code !== SEWERAGE.code || facts.meter) continue;
    const water = drafts.filter((d) =>
      (SEWERAGE.sumOf as readonly string[]).includes(d.facts.code),
    );
    drafts.push(
      plain(facts, book, {
        method: weakestMethod(water.map((d) => d.method)),
        volume: sumDecimals(
          water.map((d) => d.volume),
          4,
        ),
        coefficient: '1',
        reason: null,
      }),
    );
  }
  return drafts;
}

function metered(
  facts: AccountServiceFacts,
  chunk: ChunkFacts,
  book: PriceBook,
  period: string,
): ChargeDraft {
  const meter = facts.meter!;
  const key = serviceKey(facts.accountId, facts.serviceId);
  const zones = zoneNames(meter.zones);
  const service = { id: facts.serviceId, code: facts.code };
  const recent = perZone(chunk.recent.get(key), zones, meter.fractionDigits);
  const span = perZone(chunk.spans.get(key), zones, meter.fractionDigits);
  const charge = meterCharge({
    period,
    meter,
    readings: chunk.readings.get(meter.id) ?? { current: null, base: null, last: null },
    history: {
      previous: facts.previous,
      average: recent && monthlyAverage(recent.volumes, recent.periods),
      span: span && { volumes: span.volumes, recalculable: chunk.recalculable.get(key) === true },
    },
    prices: zones.map((zone) => book.price(service, facts.supplierId, meter.zones, zone)),
    normativeTotal: () =>
      normativeVolume(
        requireNormative(book, service, period).perResident,
        facts.residents,
        meter.fractionDigits,
      ),
  });
  const total = sumLines(charge.lines, meter.fractionDigits);
  return {
    facts,
    method: charge.method,
    reason: charge.reason,
    streak: charge.streak,
    volume: total.volume,
    tariff: total.tariff,
    coefficient: charge.coefficient,
    charged: total.charged,
    recalculation: charge.recalculation,
    lines: charge.lines,
    calculated: charge.calculated.map((c) => ({ meterId: meter.id, ...c })),
  };
}

/** Totals per zone on the meter's scale; null unless every zone of the meter has one. */
function perZone(
  totals: ReturnType<ZoneTotals['get']>,
  zones: Zone[],
  fractionDigits: number,
): { volumes: bigint[]; periods: number[] } | null {
  if (!totals || zones.some((zone) => !totals.has(zone))) return null;
  const entries = zones.map((zone) => totals.get(zone)!);
  return {
    volumes: entries.map((e) => toScaled(roundDecimal(e.total, fractionDigits), fractionDigits)),
    periods: entries.map((e) => e.periods),
  };
}

function unmetered(facts: AccountServiceFacts, book: PriceBook, period: string): ChargeDraft {
  const norm = requireNormative(book, { id: facts.serviceId, code: facts.code }, period);
  if (norm.perSquareMetre !== null) {
    return plain(facts, book, {
      method: 'area',
      volume: heatingVolume(facts.area, norm.perSquareMetre),
      coefficient: '1',
      reason: null,
    });
  }
  const meterable = METERABLE_SERVICES.has(facts.code);
  return plain(facts, book, {
    method: 'normative',
    volume: perResidentVolume(norm.perResident, facts.residents),
    coefficient: meterable ? NO_METER_COEFFICIENT : '1',
    reason: meterable ? 'no_meter' : null,
  });
}

function plain(
  facts: AccountServiceFacts,
  book: PriceBook,
  basis: Pick<ChargeDraft, 'method' | 'volume' | 'coefficient' | 'reason'>,
): ChargeDraft {
  const tariff = book.price(
    { id: facts.serviceId, code: facts.code },
    facts.supplierId,
    1,
    'single',
  );
  return {
    facts,
    ...basis,
    streak: null,
    tariff,
    charged: chargeKopecks(basis.volume, tariff, basis.coefficient),
    recalculation: 0,
    lines: [],
    calculated: [],
  };
}
