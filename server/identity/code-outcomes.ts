import { HttpError } from '../http/errors.js';
import { resendTooSoonMessage, wrongCodeMessage } from './messages.js';
import { codeEnvOf, type IdentityDeps } from './deps.js';
import {
  type IssueCodeInput,
  type IssueCodeResult,
  issueOneTimeCode,
  type VerifyCodeResult,
} from './otp.js';

/**
 * The answer to a refused issue or resend.
 * cooldown → resend_too_soon (429, with the seconds left); too many sends → resend_too_soon
 * (429, start again); locked → code_attempts_exhausted (423); used → code_used (410).
 */
export function issueRefusal(result: Exclude<IssueCodeResult, { ok: true }>): HttpError {
  switch (result.code) {
    case 'cooldown':
      return new HttpError(429, 'resend_too_soon', resendTooSoonMessage(result.retryAfterSeconds));
    case 'too_many_sends':
      return new HttpError(
        429,
        'resend_too_soon',
        'Код отправлялся уже несколько раз. Начните заново, чтобы получить новый код.',
      );
    case 'locked':
      return new HttpError(423, 'code_attempts_exhausted');
    case 'used':
      return new HttpError(410, 'code_used');
    case 'request_mismatch':
      return new HttpError(409, 'step_invalid');
  }
}

/**
 * The answer to a refused code or link.
 * wrong → code_wrong (400, with the attempts left); expired → code_expired (410); used →
 * code_used (410); locked → code_attempts_exhausted (423); none issued → step_invalid (409).
 */
export function verifyRefusal(result: Exclude<VerifyCodeResult, { ok: true }>): HttpError {
  switch (result.code) {
    case 'wrong':
      return new HttpError(400, 'code_wrong', wrongCodeMessage(result.attemptsLeft));
    case 'expired':
      return new HttpError(410, 'code_expired');
    case 'used':
      return new HttpError(410, 'code_used');
    case 'locked':
      return new HttpError(423, 'code_attempts_exhausted');
    case 'not_found':
      return new HttpError(409, 'step_invalid');
  }
}

/**
 * Issues (or re-issues after the cooldown) a request's code or link.
 * @throws HttpError the `issueRefusal` of a refused issue.
 */
export async function issueOrRefuse(
  deps: IdentityDeps,
  input: IssueCodeInput,
): Promise<{ secret: string; expiresAt: Date }> {
  const issued = await issueOneTimeCode(deps.db, codeEnvOf(deps), input);
  if (!issued.ok) throw issueRefusal(issued);
  return issued;
}
