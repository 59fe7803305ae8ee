import { expect, type Page } from '@playwright/test';

import { type ExpectedAccountView, ruDate } from './central-expectations.js';

export const DEMO_LOGIN = 'demo';
export const DEMO_PASSWORD = 'Kabinet-2026';

/** Signs in through the form, as a resident would. */
export async function signIn(
  page: Page,
  login = DEMO_LOGIN,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.getByTestId('sign-in-login').fill(login);
  await page.locator('#sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('accounts-page')).toBeVisible();
}

/** The account numbers offered in the switcher, in order. */
export async function offeredAccounts(page: Page): Promise<string[]> {
  await page.getByTestId('account-switcher').click();
  await expect(page.getByTestId('account-option').first()).toBeVisible();
  const texts = await page.getByTestId('account-option').allInnerTexts();
  await page.keyboard.press('Escape');
  return texts.map((text) => /№\s*(\d+)/.exec(text)?.[1] ?? text);
}

/** Chooses an account in the switcher by its number and waits for its details. */
export async function chooseAccount(page: Page, accountNumber: string): Promise<void> {
  const current = await page
    .getByTestId('selected-account')
    .innerText()
    .catch(() => '');
  if (!current.includes(accountNumber)) {
    await page.getByTestId('account-switcher').click();
    await page.getByTestId('account-option').filter({ hasText: accountNumber }).click();
  }
  await expect(page.getByTestId('selected-account')).toContainText(accountNumber);
  await expect(page.getByTestId('account-loading')).toHaveCount(0);
  await expect(page.getByTestId('service-row').first()).toBeVisible();
}

/** What the page shows for the selected account (Рис. 12), as plain data. */
export interface ShownAccountView {
  selected: string;
  ownerName: string;
  ownerPhone: string;
  address: string;
  regionName: string;
  regionLine: string;
  /** Cells per row: service, meters, supplier, tariff. */
  services: string[][];
  /** Cells per row: service, kind, serial, zones, verified, next verification. */
  meters: string[][];
  warnings: { serial: string | null; kind: string | null; text: string }[];
  suppliers: Record<string, string>[];
}

const text = (value: string) => value.replace(/\s+/g, ' ').trim();

async function rows(page: Page, testId: string): Promise<string[][]> {
  const found = await page.getByTestId(testId).all();
  return Promise.all(found.map(async (row) => (await row.locator('td').allInnerTexts()).map(text)));
}

export async function readAccountView(page: Page): Promise<ShownAccountView> {
  const optional = async (testId: string) =>
    (await page.getByTestId(testId).count())
      ? text(await page.getByTestId(testId).innerText())
      : '';
  const warnings = await Promise.all(
    (await page.getByTestId('verification-warning').all()).map(async (w) => ({
      serial: await w.getAttribute('data-serial'),
      kind: await w.getAttribute('data-kind'),
      text: text(await w.innerText()),
    })),
  );
  const suppliers = await Promise.all(
    (await page.getByTestId('supplier-card').all()).map(async (card) => {
      const fields: Record<string, string> = {
        name: text(await card.getByTestId('supplier-name').innerText()),
      };
      for (const key of ['inn', 'kpp', 'bic', 'settlement']) {
        fields[key] = text(await card.getByTestId(`supplier-${key}`).innerText());
      }
      return fields;
    }),
  );
  return {
    selected: await optional('selected-account'),
    ownerName: await optional('owner-name'),
    ownerPhone: await optional('owner-phone'),
    address: await optional('owner-address'),
    regionName: await optional('region-block-name'),
    regionLine: await optional('region-account-line'),
    services: await rows(page, 'service-row'),
    meters: await rows(page, 'meter-row'),
    warnings,
    suppliers,
  };
}

/** Compares what the page showed with what the central service holds for the account. */
export function expectShownMatches(shown: ShownAccountView, expected: ExpectedAccountView): void {
  expect(shown.selected).toContain(`№${expected.number}`);
  expect(shown.selected).toContain(expected.ownerName);
  expect(shown.ownerName).toBe(expected.ownerName);
  expect(shown.address).toBe(expected.address);
  expect(shown.ownerPhone.replace(/\D/g, '') || null).toBe(expected.ownerPhoneDigits);
  expect(shown.regionName).toBe(expected.regionName);
  expect(shown.regionLine).toContain(expected.number);
  expect(shown.regionLine).toContain(expected.address);

  expect(shown.services).toHaveLength(expected.services.length);
  for (const service of expected.services) {
    const row = shown.services.find(
      ([name, , supplier]) => name === service.name && supplier === service.supplierName,
    );
    expect(row, `service ${service.name} / ${service.supplierName}`).toBeDefined();
    expect(row?.[1], `${service.name}: meters`).toBe(String(service.meterCount));
    expect(row?.[3], `${service.name}: tariffs in force`).toBe(service.tariff);
  }

  expect(shown.meters).toHaveLength(expected.meters.length);
  for (const meter of expected.meters) {
    const row = shown.meters.find((cells) => cells[2] === meter.serial);
    expect(row, `meter ${meter.serial}`).toBeDefined();
    expect(row?.[0]).toBe(meter.serviceName);
    expect(row?.[4]).toBe(ruDate(meter.verifiedOn));
    expect(row?.[5]).toContain(ruDate(meter.nextVerificationOn));
  }

  const flagged = expected.meters.filter((meter) => meter.warning !== null);
  expect(shown.warnings.map((w) => [w.serial, w.kind]).sort()).toEqual(
    flagged.map((meter) => [meter.serial, meter.warning]).sort(),
  );
  for (const meter of flagged) {
    const warning = shown.warnings.find((w) => w.serial === meter.serial);
    expect(warning?.text).toContain(ruDate(meter.nextVerificationOn));
    expect(warning?.text).toContain(meter.serviceName);
  }

  expect(shown.suppliers).toHaveLength(expected.suppliers.length);
  for (const supplier of expected.suppliers) {
    expect(shown.suppliers).toContainEqual({
      name: supplier.name,
      inn: supplier.inn,
      kpp: supplier.kpp,
      bic: supplier.bic,
      settlement: supplier.settlementAccount,
    });
  }
}

/** Signs out through the header and checks nothing personal stays on screen. */
export async function signOut(page: Page, ownerName: string): Promise<void> {
  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('sign-in-form')).toBeVisible();
  await expect(page.getByText(ownerName)).toHaveCount(0);
}

/** Saves a full-page screenshot into test/artifacts/ (gitignored) for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test/artifacts/${name}.png`, fullPage: true });
}
