import type { SmsMessage } from '../types.js';

/** What a code SMS is for, in the words after "Код … для". */
const PURPOSES = {
  registration: 'регистрации в Едином личном кабинете',
  phone_change: 'подтверждения телефона в Едином личном кабинете',
  recovery: 'восстановления пароля в Едином личном кабинете',
} as const;
export type CodeSmsPurpose = keyof typeof PURPOSES;

/** "Код 123456 для регистрации в Едином личном кабинете. Никому не сообщайте его." */
export function codeSms(purpose: CodeSmsPurpose, to: string, code: string): SmsMessage {
  if (!/^\d{4,10}$/.test(code)) throw new TypeError('an SMS code is 4 to 10 digits');
  return { to, text: `Код ${code} для ${PURPOSES[purpose]}. Никому не сообщайте его.` };
}

/** Registration by phone (Рис. 8). */
export const registrationCodeSms = (to: string, code: string) => codeSms('registration', to, code);
/** Settings: a new phone number (Рис. 31). */
export const phoneChangeCodeSms = (to: string, code: string) => codeSms('phone_change', to, code);
/** Password recovery by phone (Рис. 38). */
export const recoveryCodeSms = (to: string, code: string) => codeSms('recovery', to, code);
