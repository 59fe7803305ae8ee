// Opens "Ввод показаний" the way the manual says: sign in, the tab, then the address link.
import { flushPromises } from '@vue/test-utils';

import { ok } from '../../../shared/contract/result.js';
import type { Handlers } from './fake-kabinet.js';
import { readingsForm } from './readings-fixtures.js';
import { byTestId, type MountedApp, mountApp, signIn } from './mount-app.js';

export async function readingsPage(
  handlers: Handlers = {},
  options: { open?: boolean } = {},
): Promise<MountedApp> {
  const app = await mountApp({ 'readings.getForm': () => ok(readingsForm()), ...handlers });
  await signIn(app);
  await app.router.push({ name: 'readings' });
  await flushPromises();
  if (options.open !== false) {
    byTestId('readings-address-link')?.click();
    await flushPromises();
  }
  return app;
}

export function readingInput(serial: string, zone: string): HTMLInputElement {
  const input = byTestId(`reading-input-${serial}-${zone}`);
  if (!(input instanceof HTMLInputElement)) throw new Error(`no input ${serial}/${zone}`);
  return input;
}

/** Types a value the way a person's keyboard does: the whole value, then an input event. */
export async function typeReading(serial: string, zone: string, value: string): Promise<void> {
  const input = readingInput(serial, zone);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  await flushPromises();
}

export async function submitReadings(): Promise<void> {
  byTestId('readings-submit')?.click();
  await flushPromises();
}

/** Steps 4–5: "Передать показания", then "Продолжить" in the confirmation. */
export async function submitAndContinue(): Promise<void> {
  await submitReadings();
  byTestId('readings-confirm-continue')?.click();
  await flushPromises();
}
