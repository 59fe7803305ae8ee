import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import { maskAddress, maskPersonName, maskRecipient } from '../../../shared/domain/identity.js';
import {
  profileSchema,
  registrationStateSchema,
  type RegistrationState,
} from '../../../shared/sync/identity-http.js';
import { backends, createUser } from '../../support/central-fixture.js';
import { errorCodeOf } from '../harness.js';
import {
  call,
  codeIn,
  followLink,
  type IdentityWorld,
  lastMessage,
  linkIn,
  openIdentityWorld,
  signIn,
  solvedCaptcha,
} from './flow-harness.js';

const PASSWORD = 'Надёжный-пароль-7';

describe.each(backends)('registration on %s', (backend) => {
  let world: IdentityWorld;
  const numbers: string[] = [];
  let awayNumber = '';
  beforeAll(async () => {
    world = await openIdentityWorld(backend, inject('postgresUrl'));
    const rows = await world.tc.central.db
      .selectFrom('accounts')
      .select(['id', 'number'])
      .orderBy('id')
      .execute();
    numbers.push(...world.home.accountIds.map((id) => rows.find((r) => r.id === id)!.number));
    awayNumber = rows.find((r) => r.id === world.away.accountIds[0])!.number;
    await createUser(world.tc.central, {
      login: 'owner.of.seven',
      password: PASSWORD,
      regionId: world.home.regionId,
      accountIds: [world.home.accountIds[7]!],
    });
  });
  afterAll(() => world.close());

  const state = (body: unknown): RegistrationState => registrationStateSchema.parse(body);
  async function start(fields: Record<string, unknown>) {
    const captcha = await solvedCaptcha(world, world.kiosk);
    return call(world, world.kiosk, 'POST', '/api/v1/registration', {
      regionCode: 'orenburg',
      password: PASSWORD,
      city: 'Оренбург',
      captcha,
      ...fields,
    });
  }
  const step = (id: string, name: string, payload?: unknown) =>
    call(world, world.kiosk, 'POST', `/api/v1/registration/${id}/${name}`, payload);

  it('lists the regions to choose from (Рис. 2)', async () => {
    const response = await call(world, world.kiosk, 'GET', '/api/v1/regions');
    expect(response.json()).toEqual([
      { code: 'orenburg', name: 'Оренбургская область' },
      { code: 'samara', name: 'Самарская область' },
    ]);
  });

  it('registers by phone: account, the check of Рис. 7, the SMS code, done; then signs in', async () => {
    const started = state(
      (await start({ login: 'Petrov.P', variant: 'phone', contact: '8 (903) 555-00-01' })).json(),
    );
    expect(started).toMatchObject({ step: 'account', variant: 'phone', account: null });
    expect(started.recipient).toBe('+7 (903) ***-**-01');
    const stored = await world.tc.central.db
      .selectFrom('registrations')
      .selectAll()
      .where('id', '=', started.registrationId)
      .executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(stored)).not.toContain(PASSWORD);

    const linked = state(
      (await step(started.registrationId, 'account', { accountNumber: numbers[0] })).json(),
    );
    expect(linked.step).toBe('confirm');
    expect(linked.account).toEqual({
      number: numbers[0],
      ownerMasked: maskPersonName('Иванов Иван 0'),
      addressMasked: maskAddress('г. Оренбург, ул. Советская, д. 1, кв. 1'),
    });
    const relinked = state(
      (await step(started.registrationId, 'account', { accountNumber: numbers[1] })).json(),
    );
    expect(relinked.account?.number).toBe(numbers[1]);

    const sent = state((await step(started.registrationId, 'confirm')).json());
    expect(sent).toMatchObject({ step: 'code', resendAfterSeconds: 60 });
    const sms = await lastMessage(world, '+79035550001');
    const done = state(
      (await step(started.registrationId, 'verify', { code: codeIn(sms) })).json(),
    );
    expect(done.step).toBe('done');

    const { token } = await signIn(world, world.counter, 'petrov.p', PASSWORD);
    const profile = profileSchema.parse(
      (await call(world, world.counter, 'GET', '/api/v1/me/profile', undefined, token!)).json(),
    );
    expect(profile).toMatchObject({
      login: 'Petrov.P',
      fullName: 'Иванов Иван 1',
      phone: '+79035550001',
      email: null,
      pendingEmail: null,
      mailingConsent: { granted: false, at: null },
    });
    expect(profile.accounts.map((a) => [a.number, a.role])).toEqual([[numbers[1], 'owner']]);
  });

  it('registers by e-mail: the link page shows a button, its POST completes (Рис. 11, 9)', async () => {
    const started = state(
      (
        await start({ login: 'sidorova', variant: 'email', contact: ' Sidorova.A@Example.RU ' })
      ).json(),
    );
    expect(started.recipient).toBe(maskRecipient('sidorova.a@example.ru'));
    await step(started.registrationId, 'account', { accountNumber: numbers[2] });
    const sent = state((await step(started.registrationId, 'confirm')).json());
    expect(sent.step).toBe('email_sent');
    const mail = await lastMessage(world, 'sidorova.a@example.ru');
    expect(mail.subject).toBe('Завершение регистрации в Едином личном кабинете');
    const link = linkIn(mail);
    expect(link.pathname).toBe('/link/registration');

    const landing = await world.app.inject({
      method: 'GET',
      url: `${link.pathname}${link.search}`,
    });
    expect(landing.statusCode).toBe(200);
    expect(landing.headers['content-security-policy']).toContain("default-src 'none'");
    expect(landing.body).toContain('Завершить регистрацию');
    const status = () =>
      call(world, world.kiosk, 'GET', `/api/v1/registration/${started.registrationId}`);
    expect(state((await status()).json()).step).toBe('email_sent');

    const { posted } = await followLink(world, link);
    expect(posted.statusCode).toBe(200);
    expect(posted.body).toContain('Регистрация завершена');
    expect(state((await status()).json()).step).toBe('done');
    const again = await followLink(world, link);
    expect(again.posted.body).toContain('Регистрация завершена');
    const users = await world.tc.central.db
      .selectFrom('users')
      .select(['email', 'phone'])
      .where('login', '=', 'sidorova')
      .execute();
    expect(users).toEqual([{ email: 'sidorova.a@example.ru', phone: null }]);
    expect((await signIn(world, world.kiosk, 'sidorova', PASSWORD)).token).not.toBeNull();
  });

  it('refuses an unknown account, one of another region and one with an owner', async () => {
    const started = state(
      (await start({ login: 'acc.check', variant: 'phone', contact: '+79035550002' })).json(),
    );
    const link = (accountNumber: string) =>
      step(started.registrationId, 'account', { accountNumber });
    expect(errorCodeOf(await link('9999999999'))).toBe('account_unknown');
    expect(errorCodeOf(await link('not a number'))).toBe('account_unknown');
    expect(errorCodeOf(await link(awayNumber))).toBe('account_other_region');
    const owned = await link(numbers[7]!);
    expect(owned.statusCode).toBe(409);
    expect(errorCodeOf(owned)).toBe('account_owned');
    expect((owned.json() as { error: { message: string } }).error.message).toContain('Добавить ЛС');
    expect(errorCodeOf(await step(started.registrationId, 'confirm'))).toBe('step_invalid');
  });

  it('keeps a registration to the device that started it', async () => {
    const started = state(
      (await start({ login: 'mine.only', variant: 'phone', contact: '+79035550003' })).json(),
    );
    const other = await call(
      world,
      world.counter,
      'GET',
      `/api/v1/registration/${started.registrationId}`,
    );
    expect(errorCodeOf(other)).toBe('not_found');
  });

  it('lets only the first of two registrations of one account or one phone complete', async () => {
    const complete = async (login: string, contact: string, account: string) => {
      const id = state((await start({ login, variant: 'phone', contact })).json()).registrationId;
      await step(id, 'account', { accountNumber: account });
      await step(id, 'confirm');
      const code = codeIn(await lastMessage(world, contact));
      return () => step(id, 'verify', { code });
    };
    const first = await complete('first.one', '+79035550004', numbers[3]!);
    const second = await complete('second.one', '+79035550005', numbers[3]!);
    expect((await first()).statusCode).toBe(200);
    expect(errorCodeOf(await second())).toBe('account_owned');
    const third = await complete('third.one', '+79035550006', numbers[4]!);
    const fourth = await complete('fourth.one', '+79035550006', numbers[5]!);
    expect((await third()).statusCode).toBe(200);
    expect(errorCodeOf(await fourth())).toBe('contact_taken');
  });
});
