import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import { phoneChangeStateSchema, profileSchema } from '../../../shared/sync/identity-http.js';
import { backends } from '../../support/central-fixture.js';
import { errorCodeOf } from '../harness.js';
import { otherCode } from './support.js';
import {
  codeIn,
  followLink,
  type IdentityWorld,
  lastMessage,
  linkIn,
  messageCount,
  openIdentityWorld,
} from './flow-harness.js';
import { residentMaker } from './settings-harness.js';

describe.each(backends)('e-mail and phone changes on %s', (backend) => {
  let world: IdentityWorld;
  beforeAll(async () => {
    world = await openIdentityWorld(backend, inject('postgresUrl'));
  });
  afterAll(() => world.close());

  const resident = residentMaker(() => world, 'contacts', 2);
  const profileOf = (response: { json(): unknown }) => profileSchema.parse(response.json());

  it('changes the e-mail by a link to the new address, pending until it is opened', async () => {
    const other = await resident([2]);
    const me = await resident([3]);
    expect(errorCodeOf(await me.api('POST', 'email', { email: 'no-at' }))).toBe('email_invalid');
    const taken = await me.api('POST', 'email', {
      email: `${other.login.toUpperCase()}@example.org`,
    });
    expect(errorCodeOf(taken)).toBe('contact_taken');
    const pending = profileOf(await me.api('POST', 'email', { email: 'New.Address@Example.org' }));
    expect(pending).toMatchObject({
      pendingEmail: 'new.address@example.org',
      email: `${me.login}@example.org`,
    });
    expect(errorCodeOf(await me.api('POST', 'email', { email: 'new.address@example.org' }))).toBe(
      'resend_too_soon',
    );
    world.clock.advanceMinutes(1);
    expect((await me.api('POST', 'email', { email: 'new.address@example.org' })).statusCode).toBe(
      200,
    );
    expect(await messageCount(world, 'new.address@example.org')).toBe(2);
    const link = linkIn(await lastMessage(world, 'new.address@example.org'));
    expect(link.pathname).toBe('/link/email');
    const { landing, posted } = await followLink(world, link);
    expect(landing.body).toContain('Подтвердить адрес');
    expect(posted.body).toContain('Адрес new.address@example.org подтверждён');
    const profile = profileOf(await me.api('GET', 'profile'));
    expect(profile).toMatchObject({ email: 'new.address@example.org', pendingEmail: null });
    expect((await followLink(world, link)).posted.statusCode).toBe(410);
  });

  it('changes the phone by a code to the new number', async () => {
    const other = await resident([2]);
    const me = await resident([4]);
    expect(errorCodeOf(await me.api('POST', 'phone', { phone: '12345' }))).toBe('phone_invalid');
    expect(errorCodeOf(await me.api('POST', 'phone', { phone: other.phone }))).toBe(
      'contact_taken',
    );
    const change = phoneChangeStateSchema.parse(
      (await me.api('POST', 'phone', { phone: '8 905 111-22-33' })).json(),
    );
    expect(change).toMatchObject({ recipient: '+7 (905) ***-**-33', resendAfterSeconds: 60 });
    expect(errorCodeOf(await me.api('POST', `phone/${change.changeId}/resend`))).toBe(
      'resend_too_soon',
    );
    const code = codeIn(await lastMessage(world, '+79051112233'));
    expect(
      errorCodeOf(
        await me.api('POST', `phone/${change.changeId}/verify`, { code: otherCode(code) }),
      ),
    ).toBe('code_wrong');
    const profile = profileOf(await me.api('POST', `phone/${change.changeId}/verify`, { code }));
    expect(profile.phone).toBe('+79051112233');
    expect(errorCodeOf(await me.api('POST', `phone/${change.changeId}/verify`, { code }))).toBe(
      'code_used',
    );

    const late = phoneChangeStateSchema.parse(
      (await me.api('POST', 'phone', { phone: '+79051112244' })).json(),
    );
    const lateCode = codeIn(await lastMessage(world, '+79051112244'));
    world.clock.advanceMinutes(11);
    const expired = await me.api('POST', `phone/${late.changeId}/verify`, { code: lateCode });
    expect(errorCodeOf(expired)).toBe('code_expired');
  });
});
