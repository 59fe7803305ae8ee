// "Изменить E-mail", "Изменить телефон" (Рис. 30–31) and the mailing consent (Рис. 32) through
// the real main services: links and codes come from the sandbox viewer, as a person reads them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';

import { backends } from '../../../support/central-fixture.js';
import { expectFailure, openSettingsWorld, type SettingsWorld } from './support.js';

const NEW_EMAIL = 'maria.ivanova@example.org';
const NEW_PHONE = '+79127770011';

describe.each(backends)('settings: e-mail, phone and consent (%s)', (backend) => {
  let world: SettingsWorld;
  beforeAll(async () => {
    world = await openSettingsWorld(backend, inject('postgresUrl'));
    await world.signIn();
  });
  afterAll(() => world.close());

  /** Opens an e-mail link and presses its button, as a person does in a browser. */
  async function confirmLink(link: string): Promise<string> {
    const url = new URL(link);
    expect(`${url.protocol}//${url.host}`).toBe(world.running.url);
    const response = await fetch(url.origin + url.pathname, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: url.searchParams.get('token') ?? '' }).toString(),
    });
    return response.text();
  }

  it('refuses an address that is not one, and one another resident has', async () => {
    expectFailure(
      await world.device.raw('settings.changeEmail', { email: 'нет-адреса' }),
      'email_invalid',
    );
    await world.createOwner('petrov', 'Petrov-Pass-2026', world.fixture.accountIds[3]!);
    await world.central.db
      .updateTable('users')
      .set({ email: 'petrov@example.org' })
      .where('login', '=', 'petrov')
      .execute();
    expectFailure(
      await world.device.raw('settings.changeEmail', { email: 'Petrov@Example.org' }),
      'contact_taken',
    );
  });

  it('changes the e-mail once the link sent to the new address is opened', async () => {
    const waiting = await world.device.call('settings.changeEmail', { email: ` ${NEW_EMAIL} ` });
    expect(waiting.pendingEmail).toBe(NEW_EMAIL);
    expect(waiting.email).toBe('ivanova@example.ru');
    const mail = await world.lastMessageTo(NEW_EMAIL);
    expect(mail.channel).toBe('email');
    expect(mail.links).toHaveLength(1);
    expect(await confirmLink(mail.links[0]!)).toContain(`Адрес ${NEW_EMAIL} подтверждён`);

    const profile = await world.device.call('settings.get');
    expect(profile).toMatchObject({ email: NEW_EMAIL, pendingEmail: null });
    expect(await world.device.call('session.get')).toMatchObject({ email: NEW_EMAIL });
    // The link is single-use.
    expect(await confirmLink(mail.links[0]!)).not.toContain('подтверждён.');
  });

  it('refuses a number that is not a Russian mobile one', async () => {
    for (const phone of ['12345', '+74951234567', '8 (800) 100-00-00']) {
      expectFailure(await world.device.raw('settings.changePhone', { phone }), 'phone_invalid');
    }
  });

  it('changes the phone by the code sent to the new number, with its cooldown and attempts', async () => {
    const state = await world.device.call('settings.changePhone', { phone: '8 912 777-00-11' });
    expect(state.recipient).toBe('+7 (912) ***-**-11');
    expect(state.resendAfterSeconds).toBeGreaterThan(0);
    const first = await world.codeSentTo(NEW_PHONE);
    const { changeId } = state;

    expectFailure(
      await world.device.raw('settings.resendPhoneCode', { changeId }),
      'resend_too_soon',
    );
    const wrong = first === '000000' ? '111111' : '000000';
    expectFailure(
      await world.device.raw('settings.verifyPhone', { changeId, code: wrong }),
      'code_wrong',
    );

    world.clock.advanceSeconds(state.resendAfterSeconds + 1);
    await world.device.call('settings.resendPhoneCode', { changeId });
    const second = await world.codeSentTo(NEW_PHONE);
    if (second !== first) {
      expectFailure(
        await world.device.raw('settings.verifyPhone', { changeId, code: first }),
        'code_wrong',
      );
    }
    const profile = await world.device.call('settings.verifyPhone', { changeId, code: second });
    expect(profile.phone).toBe(NEW_PHONE);
    expect(await world.device.call('session.get')).toMatchObject({ phone: NEW_PHONE });
    expectFailure(
      await world.device.raw('settings.verifyPhone', { changeId, code: second }),
      'code_used',
    );
  });

  it('locks a phone change after too many wrong codes', async () => {
    const { changeId } = await world.device.call('settings.changePhone', { phone: '+79127770022' });
    const code = await world.codeSentTo('+79127770022');
    const wrong = code === '000000' ? '111111' : '000000';
    const codes: string[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const result = await world.device.raw('settings.verifyPhone', { changeId, code: wrong });
      codes.push(result.ok ? 'ok' : result.error.code);
    }
    // Five attempts: four told "wrong", the fifth locks the change, and it stays locked.
    expect(codes).toEqual([
      ...Array<string>(4).fill('code_wrong'),
      'code_attempts_exhausted',
      'code_attempts_exhausted',
    ]);
    expectFailure(
      await world.device.raw('settings.verifyPhone', { changeId, code }),
      'code_attempts_exhausted',
    );
  });

  it('refuses an expired code', async () => {
    const { changeId, expiresAt } = await world.device.call('settings.changePhone', {
      phone: '+79127770033',
    });
    const code = await world.codeSentTo('+79127770033');
    world.clock.advanceSeconds((Date.parse(expiresAt) - world.clock().getTime()) / 1000 + 1);
    expectFailure(
      await world.device.raw('settings.verifyPhone', { changeId, code }),
      'code_expired',
    );
    expect((await world.device.call('settings.get')).phone).toBe(NEW_PHONE);
  });

  it('stores the mailing consent with its time, and withdraws it', async () => {
    const before = world.clock().getTime();
    const granted = await world.device.call('settings.setConsent', { mailing: true });
    expect(granted.mailingConsent.granted).toBe(true);
    expect(Date.parse(granted.mailingConsent.at!)).toBeGreaterThanOrEqual(before - 1000);
    const withdrawn = await world.device.call('settings.setConsent', { mailing: false });
    expect(withdrawn.mailingConsent).toMatchObject({ granted: false });
    expect(withdrawn.mailingConsent.at).not.toBeNull();
  });

  it('refuses the consent without an e-mail to send to', async () => {
    await world.central.db
      .updateTable('users')
      .set({ email: null })
      .where('login', '=', world.fixture.user.login)
      .execute();
    expectFailure(
      await world.device.raw('settings.setConsent', { mailing: true }),
      'email_invalid',
    );
    expect((await world.device.call('settings.get')).mailingConsent.granted).toBe(false);
  });
});
