import { AppFailure, type ErrorCode } from '../../shared/contract/result.js';

/** Who authenticated the failed call: the device alone, or a person's session on it. */
export type CallScope = 'device' | 'session';

/** A failed call to the central service: a contract error code plus what the central said. */
export class CentralError extends AppFailure {
  constructor(
    code: ErrorCode,
    /** The central service's own error code (centralErrorCodes), when it answered with one. */
    readonly centralCode: string | null,
    /** HTTP status, or null when the service was not reached. */
    readonly status: number | null,
    message?: string,
  ) {
    super(code, message);
    this.name = 'CentralError';
  }
}

const direct: Record<string, ErrorCode> = {
  invalid_credentials: 'invalid_credentials',
  account_locked: 'account_locked',
  // Too many attempts from this device: to a person it is the same "wait and try again".
  rate_limited: 'account_locked',
  enrolment_code_invalid: 'enrolment_code_invalid',
  enrolment_code_used: 'enrolment_code_used',
  enrolment_code_expired: 'enrolment_code_expired',
  device_revoked: 'not_enrolled',
  not_found: 'not_found',
  invalid_input: 'invalid_input',
};

/** Maps a central error answer onto the contract's error codes. */
export function centralFailure(
  status: number,
  centralCode: string | null,
  scope: CallScope,
): CentralError {
  let code: ErrorCode = (centralCode && direct[centralCode]) || 'central_error';
  if (centralCode === 'unauthorized' || (centralCode === null && status === 401)) {
    code = scope === 'session' ? 'not_signed_in' : 'not_enrolled';
  }
  return new CentralError(
    code,
    centralCode,
    status,
    `central answered ${status} ${centralCode ?? ''}`.trim(),
  );
}

/** The central service could not be reached (network down, refused, timed out). */
export function unreachable(cause: unknown): CentralError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new CentralError('central_unreachable', null, null, `central unreachable: ${reason}`);
}
