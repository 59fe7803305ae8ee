import { localTimestamp } from '../calendar.js';
import type { Rng } from '../prng.js';

/** How a demo household pays: most pay their bill every month, some late, a few hardly ever. */
export type PayerHabit = 'diligent' | 'irregular' | 'debtor';

export const PAYMENT_PLACES = [
  'Сбербанк Онлайн',
  'ЕЛК',
  'Касса ЕРЦ',
  'Почта России',
  'ВТБ Онлайн',
  'Киоск самообслуживания ЕРЦ',
] as const;

export function payerHabit(rng: Rng): PayerHabit {
  return rng.weighted({ diligent: 70, irregular: 22, debtor: 8 });
}

/** Debt (+) or advance (−) per service before the first period, in kopecks. */
export function openingDebt(rng: Rng, habit: PayerHabit): number {
  if (habit === 'debtor') return rng.int(20_000, 400_000);
  if (habit === 'irregular') return rng.chance(50) ? 0 : rng.int(1_000, 100_000);
  return rng.chance(10) ? -rng.int(100, 5_000) : 0;
}

/** Whether the household pays at all this month, and when and where. */
export function paymentVisit(
  rng: Rng,
  habit: PayerHabit,
  period: string,
): { paidAt: string; place: string; full: boolean } | null {
  const pays = habit === 'diligent' ? rng.chance(95) : rng.chance(habit === 'irregular' ? 60 : 25);
  if (!pays) return null;
  const day = String(rng.int(1, habit === 'diligent' ? 15 : 28)).padStart(2, '0');
  return {
    paidAt: localTimestamp(`${period}-${day}`, rng.int(8, 21), rng.int(0, 59)),
    place: rng.pick(PAYMENT_PLACES),
    full: habit === 'diligent' || rng.chance(habit === 'irregular' ? 70 : 20),
  };
}

/** The amount paid towards a service's debt at the start of the period, in kopecks (0: nothing). */
export function paymentAmount(rng: Rng, debtStart: number, full: boolean): number {
  if (debtStart <= 0) return 0;
  if (!full) return Math.max(1, Math.floor((debtStart * rng.int(30, 90)) / 100));
  // Some round the sum up to whole roubles and leave a small advance.
  return rng.chance(30) ? Math.ceil(debtStart / 100) * 100 : debtStart;
}
