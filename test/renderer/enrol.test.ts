// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';

import { fail, ok } from '../../shared/contract/result.js';
import { ru } from '../../renderer/locales/ru.js';
import { appState, notEnrolledState } from './support/fixtures.js';
import { type MountedApp, mountApp, text, typeInto } from './support/mount-app.js';

async function fillAndSubmit(app: MountedApp, url: string, code: string): Promise<void> {
  await typeInto(app.wrapper, 'enrol-url', url);
  await typeInto(app.wrapper, 'enrol-code', code);
  await app.wrapper.find('[data-testid="enrol-form"]').trigger('submit');
  await flushPromises();
}

const notEnrolled = { 'app.getState': () => ok(notEnrolledState()) };

describe('device enrolment', () => {
  it('opens "Подключение устройства" whatever route was asked for', async () => {
    const app = await mountApp(notEnrolled, '/accounts');
    expect(app.router.currentRoute.value.name).toBe('enrol');
    expect(app.wrapper.text()).toContain('Подключение устройства');
    expect(app.wrapper.text()).toContain('Адрес центрального сервиса');
    expect(app.wrapper.text()).toContain('Код подключения');
    expect(app.wrapper.find('[data-testid="enrol-submit"]').text()).toContain('Подключить');
  });

  it('enrols and moves on to sign-in', async () => {
    const app = await mountApp({
      ...notEnrolled,
      'device.enrol': () => ok(appState({ profile: 'kiosk' })),
    });
    await fillAndSubmit(app, 'https://kabinet.example.test', 'AB12-CD34');
    expect(app.fake.callsOf('device.enrol')).toEqual([
      { centralUrl: 'https://kabinet.example.test', code: 'AB12-CD34' },
    ]);
    expect(app.router.currentRoute.value.name).toBe('sign-in');
    expect(text('profile-badge')).toBe('Киоск');
    expect(document.documentElement.classList.contains('profile-kiosk')).toBe(true);
  });

  it.each([
    ['enrolment_code_used', ru.errors.enrolment_code_used],
    ['enrolment_code_expired', ru.errors.enrolment_code_expired],
    ['enrolment_code_invalid', ru.errors.enrolment_code_invalid],
    ['central_unreachable', ru.errors.central_unreachable],
  ] as const)('explains %s and stays on the page', async (code, message) => {
    const app = await mountApp({ ...notEnrolled, 'device.enrol': () => fail(code) });
    await fillAndSubmit(app, 'https://kabinet.example.test', 'AB12-CD34');
    expect(text('enrol-error')).toBe(message);
    expect(app.router.currentRoute.value.name).toBe('enrol');
  });

  it('rejects an address that is not http(s) before calling the main process', async () => {
    const app = await mountApp(notEnrolled);
    await fillAndSubmit(app, 'ftp://kabinet.example.test', 'AB12-CD34');
    expect(text('enrol-error')).toBe(ru.enrol.invalidUrl);
    expect(app.fake.callsOf('device.enrol')).toEqual([]);
  });

  it('rejects a code that is too short before calling the main process', async () => {
    const app = await mountApp(notEnrolled);
    await fillAndSubmit(app, 'https://kabinet.example.test', '12');
    expect(text('enrol-error')).toBe(ru.enrol.invalidCode);
    expect(app.fake.callsOf('device.enrol')).toEqual([]);
  });

  it('shows a boot error with a retry when the device state cannot be read', async () => {
    let attempts = 0;
    const app = await mountApp({
      'app.getState': () => (++attempts === 1 ? fail('internal') : ok(appState())),
    });
    expect(text('boot-error')).toContain(ru.errors.internal);
    await app.wrapper.find('[data-testid="boot-retry"]').trigger('click');
    await flushPromises();
    expect(app.router.currentRoute.value.name).toBe('sign-in');
    expect(app.wrapper.find('[data-testid="sign-in-form"]').exists()).toBe(true);
  });
});
