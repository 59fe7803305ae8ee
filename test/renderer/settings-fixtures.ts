// A fake main process for the settings screens: a resident's profile that the settings.*
// handlers change the way the real services do, and a session view that follows it. Every
// value passes the contract's schemas (fake-kabinet.ts checks them).
import { fail, ok } from '../../shared/contract/result.js';
import { passwordProblems } from '../../shared/domain/identity.js';
import { type Profile, profileSchema } from '../../shared/sync/identity-http.js';
import type { Handlers } from './support/fake-kabinet.js';
import { ivanovAccount, petrovaAccount } from './support/fixtures.js';

export const CHANGE_ID = '00000000-0000-4000-8000-000000000301';
export const PHONE_CODE = '482913';
export const CURRENT_PASSWORD = 'Tekushii-2026';
export const OWNER = { login: 'sidorov1385', password: 'Sidorov-2026' };

const linked = (account: typeof ivanovAccount, role: 'owner' | 'linked') => ({
  ...account,
  regionId: 56,
  ownerPhone: null,
  role,
});

export const sidorovAccount = {
  accountId: 3,
  number: '7200000001',
  address: 'г. Тюмень, ул. Республики, д. 5, кв. 2',
  ownerName: 'Сидоров Пётр Ильич',
  regionName: 'Тюменская область',
};

export function profile(overrides: Partial<Profile> = {}): Profile {
  return profileSchema.parse({
    login: 'ivanov',
    fullName: 'Иванов Иван Иванович',
    phone: '+79031234567',
    email: 'ivanov@mail.ru',
    mailingConsent: { granted: false, at: null },
    accounts: [linked(ivanovAccount, 'owner'), linked(petrovaAccount, 'linked')],
    pendingEmail: null,
    ...overrides,
  });
}

export interface SettingsWorld {
  handlers: Handlers;
  current(): Profile;
  set(next: Partial<Profile>): void;
}

/** Handlers of settings.* and session.get over one mutable profile. */
export function settingsWorld(start: Profile = profile()): SettingsWorld {
  let current = start;
  const view = () => ({
    login: current.login,
    fullName: current.fullName,
    phone: current.phone,
    email: current.email,
    accounts: current.accounts.map(({ accountId, number, address, ownerName, regionName }) => ({
      accountId,
      number,
      address,
      ownerName,
      regionName,
    })),
  });
  const update = (next: Partial<Profile>) =>
    (current = profileSchema.parse({ ...current, ...next }));
  const handlers: Handlers = {
    'session.get': () => ok(view()),
    'session.signIn': () => ok(view()),
    'settings.get': () => ok(current),
    'settings.changePassword': ({ current: typed, next }) => {
      if (typed !== CURRENT_PASSWORD) return fail('password_wrong');
      if (passwordProblems(next, current.login).length) return fail('password_weak');
      return ok(current);
    },
    'settings.changeEmail': ({ email }) => ok(update({ pendingEmail: email.trim() })),
    'settings.changePhone': ({ phone }) =>
      ok({
        changeId: CHANGE_ID,
        recipient: `+7 (${phone.replace(/\D/g, '').slice(-10, -7)}) ***-**-${phone.slice(-2)}`,
        resendAfterSeconds: 60,
        expiresAt: '2026-03-18T06:30:00.000Z',
      }),
    'settings.verifyPhone': ({ code }) =>
      code === PHONE_CODE ? ok(update({ phone: '+79127770011' })) : fail('code_wrong'),
    'settings.setConsent': ({ mailing }) =>
      current.email
        ? ok(update({ mailingConsent: { granted: mailing, at: '2026-11-24T09:05:00.000Z' } }))
        : fail('email_invalid'),
    'settings.addAccount': ({ login, password }) => {
      if (login !== OWNER.login || password !== OWNER.password) return fail('invalid_credentials');
      if (current.accounts.some((a) => a.accountId === sidorovAccount.accountId)) {
        return fail('account_already_linked');
      }
      return ok(update({ accounts: [...current.accounts, linked(sidorovAccount, 'linked')] }));
    },
    'settings.removeAccount': ({ accountId }) => {
      const account = current.accounts.find((a) => a.accountId === accountId);
      if (!account) return fail('not_found');
      if (account.role === 'owner') return fail('account_last');
      return ok(update({ accounts: current.accounts.filter((a) => a.accountId !== accountId) }));
    },
  };
  return { handlers, current: () => current, set: update };
}
