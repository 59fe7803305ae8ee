// @vitest-environment happy-dom
// "Список лицевых счетов" (Рис. 33–34) on a counter: roles, removal with a confirmation (never the
// last own account), "Добавить ЛС" by the owner's login and password; and "Выйти из системы".
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';

import { squash } from './support/dom-text.js';
import { input } from './support/keyboard-typing.js';
import { allByTestId, byTestId, text } from './support/mount-app.js';
import { OWNER, sidorovAccount } from './settings-fixtures.js';
import { click, settingsPage, submit, type } from './settings-page.js';

describe('settings: accounts and sign-out', () => {
  it('lists accounts with roles; the last own one cannot go, a linked one goes after a confirmation', async () => {
    const app = await settingsPage();
    const rows = allByTestId('linked-account');
    expect(rows.map((row) => row.dataset.number)).toEqual(['1234567890', '5600012345']);
    expect(squash(rows[0])).toContain('Собственный счёт');
    expect(squash(rows[0])).toContain('нельзя удалить');
    expect(rows[0]!.querySelector('[data-testid="remove-account"]')?.hasAttribute('disabled')).toBe(
      true,
    );
    (rows[1]!.querySelector('[data-testid="remove-account"]') as HTMLElement).click();
    await flushPromises();
    expect(squash(byTestId('remove-dialog'))).toContain('Лицевой счёт № 5600012345');
    await click('remove-confirm');
    expect(app.fake.callsOf('settings.removeAccount')).toEqual([{ accountId: 2 }]);
    expect(allByTestId('linked-account')).toHaveLength(1);
    expect(text('settings-notice')).toContain('№ 5600012345 удалён');
    // The switcher follows: the session was read again.
    expect(app.fake.callsOf('session.get').length).toBeGreaterThan(1);
  });

  it('adds an account by its owner’s login and password (Рис. 34)', async () => {
    const app = await settingsPage();
    await click('open-account');
    expect(squash(byTestId('account-panel'))).toContain('логин и пароль его учётной записи');
    await submit('add-account-form');
    expect(text('add-account-error')).toBe('Введите логин и пароль владельца счёта.');
    await type('owner-login', OWNER.login);
    await type('owner-password', 'wrong');
    await submit('add-account-form');
    expect(text('add-account-error')).toContain('Логин или пароль владельца счёта неверны');
    expect(input('owner-password').value).toBe('');
    await type('owner-password', OWNER.password);
    await submit('add-account-form');
    expect(text('settings-notice')).toContain(`№ ${sidorovAccount.number}`);
    expect(allByTestId('linked-account').map((row) => row.dataset.number)).toContain(
      sidorovAccount.number,
    );
    expect(app.fake.callsOf('settings.addAccount')).toHaveLength(2);
  });

  it('signs out from the section too (Рис. 35)', async () => {
    const app = await settingsPage();
    await click('settings-sign-out');
    expect(app.fake.callsOf('session.signOut')).toHaveLength(1);
    expect(app.router.currentRoute.value.name).toBe('sign-in');
  });
});
