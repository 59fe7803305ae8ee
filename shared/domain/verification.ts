import { addMonths, localDate } from './dates.js';

/** Months ahead of the next verification date from which the cabinet warns (ПП 354 п.81(12)). */
export const VERIFICATION_WARNING_MONTHS = 6;

export interface VerificationState {
  dueSoon: boolean;
  overdue: boolean;
}

/**
 * Whether a meter's next verification (поверка) is overdue or falls within the warning window,
 * judged on the region's local calendar day.
 */
export function verificationState(
  nextVerificationOn: string,
  now: Date,
  timeZone: string,
): VerificationState {
  const today = localDate(now, timeZone);
  const overdue = nextVerificationOn < today;
  const dueSoon = !overdue && nextVerificationOn <= addMonths(today, VERIFICATION_WARNING_MONTHS);
  return { dueSoon, overdue };
}
