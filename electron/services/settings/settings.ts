import { AppFailure } from '../../../shared/contract/result.js';
import {
  normalizeEmail,
  normalizeMobilePhone,
  passwordProblems,
} from '../../../shared/domain/identity.js';
import type { Profile } from '../../../shared/sync/identity-http.js';
import { CentralError } from '../central-error.js';
import { type Log, silentLog } from '../log.js';
import type { SessionService } from '../session.js';
import { type SandboxMessage, toSandboxMessage } from './sandbox-view.js';
import type { PhoneChangeState, SettingsClient } from './settings-client.js';

export interface SettingsDeps {
  session: Pick<SessionService, 'require' | 'expire' | 'rotate' | 'refresh'>;
  /** A client of the enrolled central service; null when the device is not enrolled. */
  client: () => SettingsClient | null;
  log?: Log;
}

/** "Настройки" (Рис. 16, 29–34) of the signed-in person, and the delivery sandbox's viewer. */
export interface SettingsService {
  get(): Promise<Profile>;
  /** The session continues with the rotated token; the answer is the profile read with it. */
  changePassword(current: string, next: string): Promise<Profile>;
  /** Sends a confirmation link to the new address; until it is opened it is `pendingEmail`. */
  changeEmail(email: string): Promise<Profile>;
  changePhone(phone: string): Promise<PhoneChangeState>;
  resendPhoneCode(changeId: string): Promise<PhoneChangeState>;
  verifyPhone(changeId: string, code: string): Promise<Profile>;
  setConsent(mailing: boolean): Promise<Profile>;
  /** "Добавить ЛС" (Рис. 34) by the owner's login and password; the switcher gets the accounts. */
  addAccount(login: string, password: string): Promise<Profile>;
  removeAccount(accountId: number): Promise<Profile>;
  /** What the SMS and e-mail sandbox "sent", newest first (not_found where there is none). */
  sandboxMessages(): Promise<SandboxMessage[]>;
}

const SANDBOX_LIMIT = 50;

/**
 * Settings through the central service, with the person's session. Every profile that comes
 * back refreshes the session's contacts and accounts (the account switcher follows); a session
 * the central no longer accepts is dropped. Rules people break by typing (weak password, an
 * address that is not one) are refused here before any round trip; the central checks again.
 */
export function createSettingsService(deps: SettingsDeps): SettingsService {
  const log = deps.log ?? silentLog;

  const client = (): SettingsClient => {
    const current = deps.client();
    if (!current) throw new AppFailure('not_enrolled');
    return current;
  };

  /** Runs `work` with the session's token; a refused session ends here too. */
  async function withSession<T>(work: (c: SettingsClient, token: string) => Promise<T>) {
    const { token } = deps.session.require();
    const c = client();
    try {
      return await work(c, token);
    } catch (error) {
      if (error instanceof CentralError && error.code === 'not_signed_in') {
        deps.session.expire(token);
      }
      throw error;
    }
  }

  /** Like withSession for calls answering the profile, which then refreshes the session. */
  async function profileCall(work: (c: SettingsClient, token: string) => Promise<Profile>) {
    return withSession(async (c, token) => {
      const profile = await work(c, token);
      deps.session.refresh(token, profile);
      return profile;
    });
  }

  return {
    get: () => profileCall((c, token) => c.profile(token)),
    async changePassword(current, next) {
      const { user } = deps.session.require();
      if (next === current || passwordProblems(next, user.login).length > 0) {
        throw new AppFailure('password_weak');
      }
      const rotated = await withSession((c, token) =>
        c.changePassword(token, current, next).then((answer) => ({ answer, token })),
      );
      if (!deps.session.rotate(rotated.token, rotated.answer)) {
        throw new AppFailure('not_signed_in');
      }
      log('info', 'password changed; the session continues with a rotated token');
      return profileCall((c, token) => c.profile(token));
    },
    changeEmail(email) {
      const normalized = normalizeEmail(email);
      if (!normalized) throw new AppFailure('email_invalid');
      return profileCall((c, token) => c.changeEmail(token, normalized));
    },
    changePhone(phone) {
      const normalized = normalizeMobilePhone(phone);
      if (!normalized) throw new AppFailure('phone_invalid');
      return withSession((c, token) => c.changePhone(token, normalized));
    },
    resendPhoneCode: (changeId) => withSession((c, token) => c.resendPhoneCode(token, changeId)),
    verifyPhone: (changeId, code) =>
      profileCall((c, token) => c.verifyPhone(token, changeId, code)),
    setConsent: (mailing) =>
      profileCall(async (c, token) => {
        // Mailings and receipt copies go by e-mail: without an address the consent means nothing.
        if (mailing && !(await c.profile(token)).email) throw new AppFailure('email_invalid');
        return c.setConsent(token, mailing);
      }),
    addAccount: (login, password) =>
      profileCall((c, token) => c.linkAccount(token, login, password)),
    removeAccount: (accountId) => profileCall((c, token) => c.unlinkAccount(token, accountId)),
    async sandboxMessages() {
      const messages = await client().sandboxMessages(SANDBOX_LIMIT);
      return messages.map(toSandboxMessage);
    },
  };
}
