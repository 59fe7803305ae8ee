// A kiosk out of the box: the embedded central (PGlite, demo data) inside the services. A
// resident signs in, looks at both accounts (Рис. 12), signs out; then the embedded central's
// own tables are opened and compared with what the screens showed.
import { expect, test } from '@playwright/test';

import {
  chooseAccount,
  expectShownMatches,
  offeredAccounts,
  readAccountView,
  screenshot,
  type ShownAccountView,
  signIn,
  signOut,
} from './support/account-page.js';
import { expectedAccountView } from './support/central-expectations.js';
import { type Embedded, startEmbedded } from './support/environment.js';

let env: Embedded;

test.beforeAll(async () => {
  env = await startEmbedded('kiosk');
});
test.afterAll(async () => {
  await env?.close();
});

test('a resident signs in at a kiosk, checks both accounts, signs out; the central agrees', async ({
  page,
}) => {
  await page.goto(env.preview.url);
  await expect(page.getByTestId('sign-in-form')).toBeVisible();
  expect(new URL(page.url()).searchParams.has('t')).toBe(false);
  await expect(page.getByTestId('profile-badge')).toContainText('Киоск');
  await screenshot(page, 'kiosk-01-sign-in');

  await signIn(page);
  const numbers = await offeredAccounts(page);
  expect(numbers).toHaveLength(2);
  const shown = new Map<string, ShownAccountView>();
  for (const [index, number] of numbers.entries()) {
    await chooseAccount(page, number);
    shown.set(number, await readAccountView(page));
    await screenshot(page, `kiosk-0${2 + index}-account-${number}`);
  }
  const owner = shown.get(numbers[0]!)!.ownerName;
  await signOut(page, owner);
  await screenshot(page, 'kiosk-04-signed-out');

  const db = await env.stopAndOpenCentral();
  let warned = 0;
  for (const number of numbers) {
    const expected = await expectedAccountView(db, number);
    expectShownMatches(shown.get(number)!, expected);
    warned += expected.meters.filter((meter) => meter.warning !== null).length;
  }
  expect(warned).toBeGreaterThan(0);
  // The demo's first account has a three-zone electricity meter: peak, night, semi-peak.
  const cells = [...shown.values()].flatMap((view) => view.services.map((row) => row[3] ?? ''));
  expect(cells.some((cell) => cell.startsWith('Т1 (пик) '))).toBe(true);
});
