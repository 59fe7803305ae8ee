/** A personal account number (номер лицевого счёта) as printed on the notice: 10 digits. */
export const ACCOUNT_NUMBER_PATTERN = /^\d{10}$/;

/** Normalises what a person typed (spaces, dashes) and checks it is an account number. */
export function parseAccountNumber(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  return ACCOUNT_NUMBER_PATTERN.test(digits) ? digits : null;
}
