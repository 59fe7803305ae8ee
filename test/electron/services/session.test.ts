import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createCentralClient } from '../../../electron/services/central-client.js';
import { createSessionService, type SessionEndReason } from '../../../electron/services/session.js';
import { enrolOverHttp, type FixtureCentral, startFixtureCentral } from './support/harness.js';

describe('session service', () => {
  let central: FixtureCentral;
  let token: string;
  beforeAll(async () => {
    central = await startFixtureCentral({ accounts: 3 });
    ({ token } = await enrolOverHttp(central.running, 'kiosk'));
  });
  afterAll(() => central.close());

  const service = () => {
    const ended: SessionEndReason[] = [];
    const client = createCentralClient({ baseUrl: central.running.url, fetch, deviceToken: token });
    const session = createSessionService({
      client: () => client,
      clock: () => new Date(),
      onEnded: (r) => ended.push(r),
    });
    return { session, ended };
  };

  it('refuses everything but sign-in while nobody is signed in', () => {
    const { session } = service();
    expect(session.view()).toBeNull();
    expect(() => session.require()).toThrowError(
      expect.objectContaining({ code: 'not_signed_in' }),
    );
  });

  it('a sign-out that arrives while sign-in is on its way wins, and the central session is closed', async () => {
    const { session, ended } = service();
    const signingIn = session.signIn('ivanova', central.fixture.user.password);
    await session.signOut();
    await expect(signingIn).rejects.toMatchObject({ code: 'not_signed_in' });
    expect(session.view()).toBeNull();
    expect(ended).toEqual([]);
    const open = await central.central.db.selectFrom('sessions').select('ended_at').execute();
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((s) => s.ended_at !== null)).toBe(true);
  });

  it('signing in again replaces the previous session and closes it centrally', async () => {
    const { session, ended } = service();
    await session.signIn('ivanova', central.fixture.user.password);
    const first = session.require().token;
    await session.signIn('ivanova', central.fixture.user.password);
    expect(session.require().token).not.toBe(first);
    expect(ended).toEqual(['signed_out']);
    await session.signOut();
    expect(ended).toEqual(['signed_out', 'signed_out']);
  });

  it('expire() drops the session and announces it', async () => {
    const { session, ended } = service();
    await session.signIn('ivanova', central.fixture.user.password);
    session.expire();
    expect(session.view()).toBeNull();
    expect(ended).toEqual(['expired']);
  });

  it('is not enrolled without a client', async () => {
    const session = createSessionService({
      client: () => null,
      clock: () => new Date(),
      onEnded: () => {},
    });
    await expect(session.signIn('a', 'b')).rejects.toMatchObject({ code: 'not_enrolled' });
  });
});
