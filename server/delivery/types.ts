/** What every delivery adapter (mail and SMS, real or sandbox) promises its callers. */

/** Why a message did not leave, as a stable code; callers answer people with `deliveryFailureMessages`. */
export const deliveryFailureCodes = [
  'invalid_recipient',
  'recipient_blocked',
  'out_of_balance',
  'limit_exceeded',
  'message_rejected',
  'provider_auth',
  'provider_unavailable',
  'timeout',
  'provider_error',
] as const;
export type DeliveryFailureCode = (typeof deliveryFailureCodes)[number];

export interface DeliveryFailure {
  ok: false;
  code: DeliveryFailureCode;
  /** True when the same message may succeed later (network, provider down, timeout). */
  retryable: boolean;
}

/** A send's outcome: never thrown, always a value. */
export type Sent<T> = ({ ok: true } & T) | DeliveryFailure;

const RETRYABLE: ReadonlySet<DeliveryFailureCode> = new Set(['provider_unavailable', 'timeout']);

/** A failure value for `code`. */
export function deliveryFailure(code: DeliveryFailureCode): DeliveryFailure {
  return { ok: false, code, retryable: RETRYABLE.has(code) };
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  readonly kind: 'smtp' | 'sandbox';
  send(message: MailMessage): Promise<Sent<{ messageId: string }>>;
  /** Releases connections; sending after close is not supported. */
  close(): Promise<void>;
}

export interface SmsMessage {
  /** E.164, e.g. +79031234567. */
  to: string;
  text: string;
}

export interface SmsGateway {
  readonly kind: 'smsru' | 'sandbox';
  send(message: SmsMessage): Promise<Sent<{ providerId: string }>>;
}

/** The part of a pino logger the adapters use; they log outcomes, never texts, codes or links. */
export interface DeliveryLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}
