// A counter (стойка обслуживания): an administrator enrols the machine with a central service
// through the app, then staff sign in as the demo resident and check Рис. 12 for both accounts
// against the central's own tables.
import { expect, test } from '@playwright/test';

import {
  chooseAccount,
  expectShownMatches,
  offeredAccounts,
  readAccountView,
  screenshot,
  signIn,
  signOut,
} from './support/account-page.js';
import { expectedAccountView } from './support/central-expectations.js';
import { startWithOwnCentral, type WithOwnCentral } from './support/environment.js';

let env: WithOwnCentral;

test.beforeAll(async () => {
  env = await startWithOwnCentral('counter');
});
test.afterAll(async () => {
  await env?.close();
});

test('enrol a counter, sign in as demo, check both accounts against the central, sign out', async ({
  page,
}) => {
  await page.goto(env.preview.url);
  await expect(page.getByTestId('enrol-form')).toBeVisible();
  // The bridge token left the address bar as soon as the page read it.
  expect(new URL(page.url()).searchParams.has('t')).toBe(false);
  await screenshot(page, 'counter-01-enrol');

  await page.getByTestId('enrol-url').fill(env.central.url);
  await page.getByTestId('enrol-code').fill(env.enrolmentCode);
  await page.getByTestId('enrol-submit').click();
  await expect(page.getByTestId('sign-in-form')).toBeVisible();
  await expect(page.getByTestId('profile-badge')).toContainText('Стойка обслуживания');
  await expect(page.getByTestId('region-name')).toContainText('Оренбург');
  await screenshot(page, 'counter-02-sign-in');

  await signIn(page);
  const linked = await env.db
    .selectFrom('user_accounts')
    .innerJoin('users', 'users.id', 'user_accounts.user_id')
    .innerJoin('accounts', 'accounts.id', 'user_accounts.account_id')
    .select('accounts.number')
    .where('users.login', '=', 'demo')
    .execute();
  const numbers = await offeredAccounts(page);
  expect(numbers.sort()).toEqual(linked.map((row) => row.number).sort());
  expect(numbers).toHaveLength(2);

  let warned = 0;
  const tariffCells: string[] = [];
  for (const [index, number] of numbers.entries()) {
    await chooseAccount(page, number);
    const expected = await expectedAccountView(env.db, number);
    const shown = await readAccountView(page);
    expectShownMatches(shown, expected);
    warned += expected.meters.filter((meter) => meter.warning !== null).length;
    tariffCells.push(...shown.services.map((cells) => cells[3] ?? ''));
    await screenshot(page, `counter-0${3 + index}-account-${number}`);
  }
  // The demo data gives `demo` a meter due for verification and a three-zone electricity
  // meter: the warning path and the three-zone scheme's names were exercised.
  expect(warned).toBeGreaterThan(0);
  expect(tariffCells.some((cell) => cell.startsWith('Т1 (пик) '))).toBe(true);

  const owner = (await expectedAccountView(env.db, numbers[0]!)).ownerName;
  await signOut(page, owner);
  await screenshot(page, 'counter-05-signed-out');
});
