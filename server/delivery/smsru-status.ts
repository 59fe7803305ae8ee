import { z } from 'zod';

import type { DeliveryFailureCode } from './types.js';

/**
 * SMS.ru's status codes (sms/send with json=1) → our failure codes. 100 is success; the codes
 * come at the top level (the whole request failed) or per number (that number failed).
 */
const SMSRU_FAILURES: Record<number, DeliveryFailureCode> = {
  200: 'provider_auth', // wrong api_id
  201: 'out_of_balance',
  202: 'invalid_recipient',
  203: 'message_rejected', // no text
  204: 'message_rejected', // sender name not approved
  205: 'message_rejected', // longer than 8 SMS
  206: 'limit_exceeded', // daily limit
  207: 'invalid_recipient', // no route to this number
  208: 'provider_error', // bad time parameter
  209: 'recipient_blocked', // in our stop list
  210: 'provider_error', // GET where POST is required
  211: 'provider_error', // no such method
  212: 'message_rejected', // text not in UTF-8
  213: 'provider_error', // over 100 numbers
  214: 'invalid_recipient', // foreign number
  215: 'recipient_blocked', // in the spam list
  216: 'message_rejected', // forbidden words
  220: 'provider_unavailable', // service temporarily unavailable
  230: 'limit_exceeded', // daily messages to this number
  231: 'limit_exceeded', // same message to this number per minute
  232: 'limit_exceeded', // same message to this number per day
  233: 'limit_exceeded', // codes to this number
  300: 'provider_auth', // token expired
  301: 'provider_auth', // wrong password or api_id
  302: 'provider_auth', // account not confirmed
};

/** The failure code for an SMS.ru status code other than 100. */
export function smsRuFailureCode(statusCode: number): DeliveryFailureCode {
  return SMSRU_FAILURES[statusCode] ?? 'provider_error';
}

const statusPart = {
  status: z.string(),
  status_code: z.coerce.number().int(),
};

/** The JSON answer of https://sms.ru/sms/send?json=1 (extra fields are ignored). */
export const smsRuSendAnswerSchema = z.object({
  ...statusPart,
  sms: z.record(z.string(), z.object({ ...statusPart, sms_id: z.string().optional() })).optional(),
  balance: z.coerce.number().optional(),
});
export type SmsRuSendAnswer = z.infer<typeof smsRuSendAnswerSchema>;
