// Why a service was charged what it was, as i18n sentences (key + values) for the row that opens
// under it (Рис. 21): the readings by zone, average or normative and why, the raising
// coefficient and the excess it causes, a recalculation. Figures come from the view; the only
// arithmetic is the shared domain's exact charge rule, and a formula is shown only when it
// reproduces the charged amount to the kopeck.
import type { ChargeServiceView } from '../../../shared/contract/billing-views.js';
import { chargeKopecks } from '../../../shared/domain/charges.js';
import { normalizeDecimal } from '../../../shared/domain/decimal.js';
import { formatKopecks } from '../../../shared/domain/money.js';
import { formatPrice, formatQuantity } from '../../format/decimals.js';

export interface Sentence {
  key: string;
  params: Record<string, string | number>;
}

const reasonKeys = {
  average: ['no_reading', 'verification_expired'],
  normative: ['average_exhausted', 'verification_expired', 'no_meter', 'no_reading'],
} as const;

function safeKopecks(volume: string, price: string, coefficient = '1'): number | null {
  try {
    return chargeKopecks(volume, price, coefficient);
  } catch {
    return null;
  }
}

/** True when the raising coefficient changes nothing (1, 1.0, 1.00…). */
export function isUnitCoefficient(coefficient: string): boolean {
  return normalizeDecimal(coefficient) === '1';
}

/** The charge without the raising coefficient, from the zone lines when there are any. */
function baseKopecks(charge: ChargeServiceView): number | null {
  if (!charge.lines.length) return safeKopecks(charge.volume, charge.tariff);
  let sum = 0;
  for (const line of charge.lines) {
    const part = safeKopecks(line.volume, line.price);
    if (part === null) return null;
    sum += part;
  }
  return sum;
}

function methodSentence(charge: ChargeServiceView): Sentence {
  const { method, reason, estimatedStreak } = charge;
  if (method === 'meter') return { key: 'charges.explain.byMeter', params: {} };
  if (method === 'area') return { key: 'charges.explain.area', params: {} };
  const known = (reasonKeys[method] as readonly string[]).includes(reason ?? '');
  const needsStreak = method === 'average';
  if (!known || (needsStreak && estimatedStreak === null)) {
    return { key: `charges.explain.${method}.other`, params: {} };
  }
  return {
    key: `charges.explain.${method}.${reason}`,
    params: needsStreak ? { streak: estimatedStreak ?? 0 } : {},
  };
}

function calculationSentence(charge: ChargeServiceView): Sentence | null {
  if (charge.method === 'meter' || charge.lines.length > 1) return null;
  if (safeKopecks(charge.volume, charge.tariff, charge.coefficient) !== charge.charged) return null;
  const unitCoefficient = isUnitCoefficient(charge.coefficient);
  return {
    key: unitCoefficient
      ? 'charges.explain.calculation'
      : 'charges.explain.calculationWithCoefficient',
    params: {
      volume: formatQuantity(charge.volume),
      unit: charge.unit,
      tariff: formatPrice(charge.tariff),
      coefficient: formatQuantity(charge.coefficient),
      amount: formatKopecks(charge.charged),
    },
  };
}

function coefficientSentence(charge: ChargeServiceView): Sentence | null {
  if (isUnitCoefficient(charge.coefficient)) return null;
  const base = baseKopecks(charge);
  if (base === null || charge.charged <= base) return null;
  return {
    key: 'charges.explain.coefficient',
    params: {
      coefficient: formatQuantity(charge.coefficient),
      excess: formatKopecks(charge.charged - base),
    },
  };
}

/** The sentences that explain one service's charge, in reading order. */
export function explainCharge(charge: ChargeServiceView): Sentence[] {
  const sentences: (Sentence | null)[] = [
    methodSentence(charge),
    calculationSentence(charge),
    coefficientSentence(charge),
    charge.recalculation !== 0
      ? {
          key: 'charges.explain.recalculation',
          params: { amount: formatKopecks(charge.recalculation) },
        }
      : null,
  ];
  return sentences.filter((s): s is Sentence => s !== null);
}
