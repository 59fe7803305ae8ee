// The session service's part in settings: a rotated token replaces the old one only for the same
// session, stale answers change nothing, and a refused token ends only the session it belonged to.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createCentralClient } from '../../../../electron/services/central-client.js';
import {
  createSessionService,
  type SessionEndReason,
} from '../../../../electron/services/session.js';
import { createSettingsClient } from '../../../../electron/services/settings/settings-client.js';
import { enrolOverHttp, type FixtureCentral, startFixtureCentral } from '../support/harness.js';

describe('session rotation and refresh', () => {
  let central: FixtureCentral;
  let token: string;
  beforeAll(async () => {
    central = await startFixtureCentral({ accounts: 3 });
    ({ token } = await enrolOverHttp(central.running, 'kiosk'));
  });
  afterAll(() => central.close());

  const world = () => {
    const ended: SessionEndReason[] = [];
    const options = { baseUrl: central.running.url, fetch, deviceToken: token };
    const client = createCentralClient(options);
    const session = createSessionService({
      client: () => client,
      clock: () => new Date(),
      onEnded: (reason) => ended.push(reason),
    });
    return { session, ended, settings: createSettingsClient(options) };
  };
  const signIn = (s: ReturnType<typeof world>['session']) =>
    s.signIn('ivanova', central.fixture.user.password);
  const isOpen = async (client: ReturnType<typeof world>['settings'], sessionToken: string) =>
    client.profile(sessionToken).then(
      () => true,
      (error: { code?: string }) =>
        error.code === 'not_signed_in' ? false : Promise.reject(error),
    );

  it('takes the rotated token for the same session', async () => {
    const { session, settings } = world();
    await signIn(session);
    const old = session.require().token;
    const next = { sessionToken: 'rotated-token', expiresAt: '2099-01-01T00:00:00.000Z' };
    expect(session.rotate(old, next)).toBe(true);
    expect(session.require()).toMatchObject({ token: 'rotated-token', expiresAt: next.expiresAt });
    expect(session.rotate(old, next)).toBe(false);
    expect(await isOpen(settings, old)).toBe(true);
  });

  it('signs a rotated session out centrally when the person left meanwhile', async () => {
    const { session, settings } = world();
    await signIn(session);
    const stray = await createCentralClient({
      baseUrl: central.running.url,
      fetch,
      deviceToken: token,
    }).signIn('ivanova', central.fixture.user.password);
    const old = session.require().token;
    await session.signOut();
    expect(session.rotate(old, stray)).toBe(false);
    await expect.poll(() => isOpen(settings, stray.sessionToken)).toBe(false);
  });

  it('refreshes contacts and accounts only for the session they were read with', async () => {
    const { session } = world();
    const view = await signIn(session);
    const current = session.require();
    const update = {
      fullName: view.fullName,
      phone: '+79120000001',
      email: null,
      accounts: current.accounts.slice(0, 1),
    };
    session.refresh('another-token', update);
    expect(session.view()).toEqual(view);
    session.refresh(current.token, update);
    expect(session.view()).toMatchObject({
      phone: '+79120000001',
      email: null,
      accounts: [{ accountId: current.accounts[0]!.accountId }],
    });
  });

  it('a refusal of an older token does not end the session', async () => {
    const { session, ended } = world();
    await signIn(session);
    session.expire('an-older-token');
    expect(session.view()).not.toBeNull();
    session.expire(session.require().token);
    expect(session.view()).toBeNull();
    expect(ended).toEqual(['expired']);
  });
});
