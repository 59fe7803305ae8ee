// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ok } from '../../shared/contract/result.js';
import { useAccountsStore } from '../../renderer/stores/accounts.js';
import { useSessionStore } from '../../renderer/stores/session.js';
import { appState } from './support/fixtures.js';
import { byTestId, mountApp, signIn, text } from './support/mount-app.js';

const kiosk = {
  'app.getState': () =>
    ok(appState({ profile: 'kiosk', kioskIdle: { idleSeconds: 60, warningSeconds: 20 } })),
};

async function advance(seconds: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(seconds * 1000);
  await flushPromises();
}

function storageIsEmpty(): boolean {
  return localStorage.length === 0 && sessionStorage.length === 0 && document.cookie === '';
}

describe('kiosk inactivity', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks "Вы ещё здесь?", counts down, then signs out and forgets the resident', async () => {
    const app = await mountApp(kiosk);
    expect(document.documentElement.classList.contains('profile-kiosk')).toBe(true);
    await signIn(app);
    expect(text('owner-name')).toBe('Иванов Иван Иванович');
    app.i18n.global.locale.value = 'en';

    await advance(59);
    expect(byTestId('idle-dialog')).toBeNull();
    await advance(1);
    expect(text('idle-countdown')).toBe('The session ends in 20 s');
    app.i18n.global.locale.value = 'ru';
    await flushPromises();
    expect(byTestId('idle-dialog')?.textContent).toContain('Вы ещё здесь?');
    expect(text('idle-countdown')).toBe('Сеанс завершится через 20 с');
    await advance(5);
    expect(text('idle-countdown')).toBe('Сеанс завершится через 15 с');
    app.i18n.global.locale.value = 'en';

    await advance(15);
    expect(app.fake.callsOf('session.signOut')).toHaveLength(1);
    expect(app.router.currentRoute.value.name).toBe('sign-in');
    expect(byTestId('idle-dialog')).toBeNull();
    expect(byTestId('owner-name')).toBeNull();
    expect(app.i18n.global.locale.value).toBe('ru');
    const session = useSessionStore(app.pinia);
    const accounts = useAccountsStore(app.pinia);
    expect(session.current).toBeNull();
    expect(session.selectedAccountId).toBeNull();
    expect(accounts.details).toEqual({});
    expect(storageIsEmpty()).toBe(true);
    const login = app.wrapper.find('[data-testid="sign-in-login"]').element as HTMLInputElement;
    expect(login.value).toBe('');
  });

  it('"Продолжить работу" keeps the session and starts a fresh idle period', async () => {
    const app = await mountApp(kiosk);
    await signIn(app);
    await advance(60);
    expect(byTestId('idle-dialog')).not.toBeNull();
    byTestId('idle-continue')!.click();
    await flushPromises();
    expect(byTestId('idle-dialog')).toBeNull();
    await advance(59);
    expect(byTestId('idle-dialog')).toBeNull();
    expect(app.fake.callsOf('session.signOut')).toEqual([]);
    expect(text('owner-name')).toBe('Иванов Иван Иванович');
  });

  it('activity postpones the warning', async () => {
    const app = await mountApp(kiosk);
    await signIn(app);
    await advance(50);
    window.dispatchEvent(new Event('pointerdown'));
    await advance(50);
    expect(byTestId('idle-dialog')).toBeNull();
    await advance(10);
    expect(byTestId('idle-dialog')).not.toBeNull();
  });

  it('clears a half-typed login on the kiosk sign-in page after the idle time', async () => {
    const app = await mountApp(kiosk);
    const login = app.wrapper.find('[data-testid="sign-in-login"]');
    await login.setValue('ivanov');
    await advance(60);
    expect((login.element as HTMLInputElement).value).toBe('');
  });

  it('never interrupts a service counter', async () => {
    const app = await mountApp();
    await signIn(app);
    await advance(600);
    expect(byTestId('idle-dialog')).toBeNull();
    expect(app.fake.callsOf('session.signOut')).toEqual([]);
  });
});

describe('session ended by the main process', () => {
  it('resets the stores and returns to sign-in', async () => {
    const app = await mountApp();
    await signIn(app);
    app.fake.emit('session.ended', { reason: 'expired' });
    await flushPromises();
    expect(app.router.currentRoute.value.name).toBe('sign-in');
    expect(useSessionStore(app.pinia).current).toBeNull();
    expect(useAccountsStore(app.pinia).details).toEqual({});
    expect(app.fake.callsOf('session.signOut')).toEqual([]);
    expect(storageIsEmpty()).toBe(true);
  });

  it('"Выйти из системы" signs out in the main process and clears everything', async () => {
    const app = await mountApp();
    await signIn(app);
    byTestId('sign-out')!.click();
    await flushPromises();
    expect(app.fake.callsOf('session.signOut')).toHaveLength(1);
    expect(app.router.currentRoute.value.name).toBe('sign-in');
    expect(useSessionStore(app.pinia).current).toBeNull();
    expect(storageIsEmpty()).toBe(true);
  });
});
