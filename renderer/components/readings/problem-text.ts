// A reading problem (shared/domain/readings.ts, or the same shape from the service) as an i18n
// sentence with its figures written the Russian way.
import type { ReadingProblem } from '../../../shared/domain/readings.js';
import { formatQuantity } from '../../format/decimals.js';

export interface ProblemSentence {
  key: string;
  params: Record<string, string | number>;
}

/** The sentence for `problem`; `unit` is the meter's unit (кВт·ч, м³). */
export function problemSentence(problem: ReadingProblem, unit: string): ProblemSentence {
  const key = `readings.problems.${problem.code}`;
  switch (problem.code) {
    case 'too_many_digits':
      return { key, params: { capacity: problem.capacity } };
    case 'too_many_fraction_digits':
      return { key, params: { allowed: problem.allowed } };
    case 'less_than_previous':
      return { key, params: { previous: formatQuantity(problem.previous) } };
    case 'rollover':
      return {
        key,
        params: {
          previous: formatQuantity(problem.previous),
          consumption: formatQuantity(problem.consumption),
          unit,
        },
      };
    case 'jump':
      return {
        key,
        params: {
          consumption: formatQuantity(problem.consumption),
          average: formatQuantity(problem.averageMonthly),
          unit,
        },
      };
    default:
      return { key, params: {} };
  }
}

/** Warnings the person may confirm; everything else blocks sending. */
export function isWarning(
  problem: ReadingProblem,
): problem is Extract<ReadingProblem, { code: 'rollover' | 'jump' }> {
  return problem.code === 'rollover' || problem.code === 'jump';
}
