import { createUser } from '../../support/central-fixture.js';
import { call, type IdentityWorld, signIn } from './flow-harness.js';

export const SETTINGS_PASSWORD = 'Пароль-настроек-1';

export interface SignedInResident {
  id: number;
  login: string;
  phone: string;
  token: string;
  /** A settings call (`/api/v1/me/<path>`) on the kiosk with the resident's session. */
  api(method: 'GET' | 'POST' | 'DELETE', path: string, payload?: unknown): ReturnType<typeof call>;
}

/**
 * Makes residents owning the given accounts of the home region (login `<prefix>N`, phone
 * +7904<prefix digit>…N, e-mail `<login>@example.org`), each signed in on the kiosk.
 */
export function residentMaker(world: () => IdentityWorld, prefix: string, phoneBlock: number) {
  let serial = 0;
  return async (accountIndexes: number[]): Promise<SignedInResident> => {
    const w = world();
    serial += 1;
    const login = `${prefix}${serial}`;
    const id = await createUser(w.tc.central, {
      login,
      password: SETTINGS_PASSWORD,
      regionId: w.home.regionId,
      accountIds: accountIndexes.map((i) => w.home.accountIds[i]!),
    });
    const phone = `+7904${phoneBlock}00${String(serial).padStart(4, '0')}`;
    await w.tc.central.db.updateTable('users').set({ phone }).where('id', '=', id).execute();
    // every account given is the resident's own
    await w.tc.central.db
      .updateTable('user_accounts')
      .set({ role: 'owner' })
      .where('user_id', '=', id)
      .execute();
    const { token } = await signIn(w, w.kiosk, login, SETTINGS_PASSWORD);
    const api: SignedInResident['api'] = (method, path, payload) =>
      call(w, w.kiosk, method, `/api/v1/me/${path}`, payload, token!);
    return { id, login, phone, token: token!, api };
  };
}
