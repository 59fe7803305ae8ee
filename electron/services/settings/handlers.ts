import type { settingsMethods } from '../../../shared/contract/identity-methods.js';
import type { Handlers } from '../dispatch.js';
import type { SettingsService } from './settings.js';

export type SettingsHandlers = Pick<Handlers, keyof typeof settingsMethods>;

/** Handlers of settings.* (a session needed) and sandbox.messages; inputs arrive parsed. */
export function settingsHandlers(settings: SettingsService): SettingsHandlers {
  return {
    'settings.get': () => settings.get(),
    'settings.changePassword': ({ current, next }) => settings.changePassword(current, next),
    'settings.changeEmail': ({ email }) => settings.changeEmail(email),
    'settings.changePhone': ({ phone }) => settings.changePhone(phone),
    'settings.resendPhoneCode': ({ changeId }) => settings.resendPhoneCode(changeId),
    'settings.verifyPhone': ({ changeId, code }) => settings.verifyPhone(changeId, code),
    'settings.setConsent': ({ mailing }) => settings.setConsent(mailing),
    'settings.addAccount': ({ login, password }) => settings.addAccount(login, password),
    'settings.removeAccount': ({ accountId }) => settings.removeAccount(accountId),
    'sandbox.messages': () => settings.sandboxMessages(),
  };
}
