import type { z } from 'zod';

import {
  changePasswordResultSchema,
  IDENTITY_PATHS,
  type Profile,
  phoneChangeStateSchema,
  profileSchema,
} from '../../../shared/sync/identity-http.js';
import {
  SANDBOX_MESSAGES_PATH,
  type SandboxMessageView,
  sandboxMessagesResponseSchema,
} from '../../../shared/sync/sandbox-http.js';
import { type CentralCallOptions, createCentralCall } from '../central-call.js';
import { identityFailure } from '../identity/identity-client.js';

export type PhoneChangeState = z.infer<typeof phoneChangeStateSchema>;
export type RotatedSession = z.infer<typeof changePasswordResultSchema>;

/** The central's settings API (/api/v1/me/*, Рис. 16, 29–34) and the delivery sandbox's listing. */
export interface SettingsClient {
  profile(sessionToken: string): Promise<Profile>;
  /** Rotates the session: the answer's token replaces `sessionToken`, which the central ended. */
  changePassword(sessionToken: string, current: string, next: string): Promise<RotatedSession>;
  changeEmail(sessionToken: string, email: string): Promise<Profile>;
  changePhone(sessionToken: string, phone: string): Promise<PhoneChangeState>;
  resendPhoneCode(sessionToken: string, changeId: string): Promise<PhoneChangeState>;
  verifyPhone(sessionToken: string, changeId: string, code: string): Promise<Profile>;
  setConsent(sessionToken: string, mailing: boolean): Promise<Profile>;
  linkAccount(sessionToken: string, login: string, password: string): Promise<Profile>;
  unlinkAccount(sessionToken: string, accountId: number): Promise<Profile>;
  /** What the sandbox "sent", newest first; not_found where no sandbox listing exists. */
  sandboxMessages(limit: number): Promise<SandboxMessageView[]>;
}

const withId = (path: string, id: string) => path.replace(':id', encodeURIComponent(id));

/**
 * A client of the settings API over an injected `fetch`, with the device token and the person's
 * session token. Answers pass the contract's schemas; the identity API's own error codes
 * (password_wrong, code_wrong, account_last, …) reach the caller as they are.
 */
export function createSettingsClient(options: CentralCallOptions): SettingsClient {
  const call = createCentralCall(options, identityFailure);
  const me = <T>(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    schema: z.ZodType<T>,
    sessionToken: string,
    body?: unknown,
  ) =>
    call({
      method,
      path,
      scope: 'session',
      schema,
      sessionToken,
      ...(body !== undefined ? { body } : {}),
    });

  return {
    profile: (token) => me('GET', IDENTITY_PATHS.profile, profileSchema, token),
    changePassword: (token, current, next) =>
      me('POST', IDENTITY_PATHS.password, changePasswordResultSchema, token, { current, next }),
    changeEmail: (token, email) =>
      me('POST', IDENTITY_PATHS.email, profileSchema, token, { email }),
    changePhone: (token, phone) =>
      me('POST', IDENTITY_PATHS.phone, phoneChangeStateSchema, token, { phone }),
    resendPhoneCode: (token, changeId) =>
      me('POST', withId(IDENTITY_PATHS.phoneResend, changeId), phoneChangeStateSchema, token),
    verifyPhone: (token, changeId, code) =>
      me('POST', withId(IDENTITY_PATHS.phoneVerify, changeId), profileSchema, token, { code }),
    setConsent: (token, mailing) =>
      me('POST', IDENTITY_PATHS.consent, profileSchema, token, { mailing }),
    linkAccount: (token, login, password) =>
      me('POST', IDENTITY_PATHS.linkAccount, profileSchema, token, { login, password }),
    unlinkAccount: (token, accountId) =>
      me(
        'DELETE',
        IDENTITY_PATHS.unlinkAccount.replace(':accountId', String(accountId)),
        profileSchema,
        token,
      ),
    sandboxMessages: async (limit) => {
      const query = new URLSearchParams({ limit: String(limit) });
      const answer = await call({
        method: 'GET',
        path: `${SANDBOX_MESSAGES_PATH}?${query.toString()}`,
        scope: 'device',
        schema: sandboxMessagesResponseSchema,
      });
      return answer.messages;
    },
  };
}

/** Settings clients of the connected central (a new one per call follows a re-enrolment). */
export function settingsClientOf(
  endpoint: () => { baseUrl: string; deviceToken: string } | null,
  fetchImpl: typeof fetch,
): () => SettingsClient | null {
  return () => {
    const current = endpoint();
    return current ? createSettingsClient({ ...current, fetch: fetchImpl }) : null;
  };
}
