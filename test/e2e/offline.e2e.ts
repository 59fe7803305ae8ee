// The offline restart (issue 3): a counter signs the demo resident in while the central service
// runs; the service stops; three readings are entered through "Ввод показаний" and wait in the
// outbox; the app is closed and started again while the service is still down (nobody can sign
// in: sign-in needs the service); the service starts again on the same folder and address. Each
// reading reaches it exactly once, and once signed in again the screen says "Принято".
import { join } from 'node:path';

import { expect, type Page, test } from '@playwright/test';

import { listOutbox, openOutbox, OUTBOX_FILE } from '../../db/outbox/index.js';
import { DEMO_LOGIN, DEMO_PASSWORD, screenshot, signIn } from './support/account-page.js';
import { type OfflineEnvironment, startOfflineEnvironment } from './support/offline-environment.js';
import { type PlannedReading, planReadings } from './support/reading-plan.js';

let env: OfflineEnvironment;

test.beforeAll(async () => {
  env = await startOfflineEnvironment('counter');
});
test.afterAll(async () => {
  await env?.close();
});

/** The outbox file as the device left it (read beside the running app: the file is in WAL mode). */
function outbox() {
  const db = openOutbox(join(env.dataDir, OUTBOX_FILE));
  try {
    return listOutbox(db);
  } finally {
    db.close();
  }
}

async function openReadings(page: Page, accountNumber: string): Promise<void> {
  await page.getByTestId('nav-readings').click();
  await expect(page.getByTestId('readings-page')).toBeVisible();
  const selected = await page.getByTestId('selected-account').innerText();
  if (!selected.includes(accountNumber)) {
    await page.getByTestId('account-switcher').click();
    await page.getByTestId('account-option').filter({ hasText: accountNumber }).click();
  }
  await expect(page.getByTestId('selected-account')).toContainText(accountNumber);
  await page.getByTestId('readings-address-link').click();
  await expect(page.getByTestId('readings-table')).toBeVisible();
}

async function enter(page: Page, readings: PlannedReading[]): Promise<void> {
  for (const reading of readings) {
    for (const { zone, value } of reading.values) {
      await page.getByTestId(`reading-input-${reading.serial}-${zone}`).fill(value);
    }
  }
  await page.getByTestId('readings-submit').click();
  await expect(page.getByTestId('readings-confirm')).toBeVisible();
  for (const reading of readings) {
    await expect(page.getByTestId(`readings-confirm-meter-${reading.serial}`)).toBeVisible();
  }
  await page.getByTestId('readings-confirm-continue').click();
  for (const reading of readings) {
    await expect(page.getByTestId(`reading-status-${reading.serial}`)).toContainText(
      'Ожидает отправки',
    );
  }
}

test('readings entered offline survive an app restart and reach the service exactly once', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.goto(env.preview.url);
  await page.getByTestId('enrol-url').fill(env.centralUrl);
  await page.getByTestId('enrol-code').fill(env.enrolmentCode);
  await page.getByTestId('enrol-submit').click();
  await expect(page.getByTestId('sign-in-form')).toBeVisible();
  // The region's data must be on the device before the network goes.
  await expect
    .poll(
      async () => {
        const result = await env.preview.services.dispatch('sync.runNow', {});
        return result.ok && (result.value as { lastError: string | null }).lastError;
      },
      { timeout: 60_000 },
    )
    .toBeNull();
  await signIn(page);
  const plan = await planReadings(env.central!.central.db, DEMO_LOGIN, 3);

  await env.stopCentral();
  const accounts = [...new Set(plan.map((p) => p.accountNumber))];
  for (const [index, number] of accounts.entries()) {
    await openReadings(page, number);
    await enter(
      page,
      plan.filter((p) => p.accountNumber === number),
    );
    await screenshot(page, `offline-0${1 + index}-queued-${number}`);
  }
  const queued = outbox().filter((e) => e.kind === 'reading.submit');
  expect(queued.map((e) => e.status)).toEqual(['queued', 'queued', 'queued']);
  const ids = queued.map((e) => e.id).sort();

  // The app is closed and started again; the service is still down.
  const restarted = await env.restartDevice();
  await page.goto(restarted.url);
  await expect(page.getByTestId('sign-in-form')).toBeVisible();
  await page.getByTestId('sign-in-login').fill(DEMO_LOGIN);
  await page.locator('#sign-in-password').fill(DEMO_PASSWORD);
  await page.getByTestId('sign-in-submit').click();
  const refused = page.getByTestId('sign-in-error');
  await expect(refused).toContainText('Нет связи с центральным сервисом');
  await expect(refused).toHaveCSS('opacity', '1'); // the message has faded in for the screenshot
  await screenshot(page, 'offline-03-restarted-service-down');
  expect(
    outbox()
      .filter((e) => e.status === 'queued')
      .map((e) => e.id)
      .sort(),
  ).toEqual(ids);

  // The service is back on the same folder and address: the device pushes by itself.
  const central = await env.startCentral();
  await expect
    .poll(() => outbox().every((e) => e.status === 'applied'), { timeout: 120_000 })
    .toBe(true);
  const rows = await central.central.db
    .selectFrom('readings')
    .select(['submission_id', 'meter_id', 'zone'])
    .where('submission_id', 'in', ids)
    .execute();
  for (const [index, reading] of plan.entries()) {
    const id = queued.find((e) => e.payload.meterId === reading.meterId)!.id;
    const mine = rows.filter((r) => r.submission_id === id);
    expect(mine.map((r) => r.zone).sort(), `reading ${index + 1}`).toEqual(
      reading.values.map((v) => v.zone).sort(),
    );
    expect(new Set(mine.map((r) => r.meter_id))).toEqual(new Set([reading.meterId]));
  }
  const logged = await central.central.db
    .selectFrom('device_mutations')
    .select('mutation_id')
    .where('mutation_id', 'in', ids)
    .execute();
  expect(logged.map((m) => m.mutation_id).sort()).toEqual(ids);

  await signIn(page);
  for (const [index, number] of accounts.entries()) {
    await openReadings(page, number);
    for (const reading of plan.filter((p) => p.accountNumber === number)) {
      await expect(page.getByTestId(`reading-status-${reading.serial}`)).toHaveText('Принято');
    }
    await screenshot(page, `offline-0${4 + index}-accepted-${number}`);
  }
});
