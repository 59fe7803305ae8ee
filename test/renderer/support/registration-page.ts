// Driving the registration page in component tests: clicks and submits by test id, the step
// shown, the way to the form of Рис. 4 and its filling.
import { flushPromises } from '@vue/test-utils';

import { type MountedApp, typeInto } from './mount-app.js';

export const click = async (app: MountedApp, id: string) => {
  await app.wrapper.find(`[data-testid="${id}"]`).trigger('click');
  await flushPromises();
};
export const submit = async (app: MountedApp, id: string) => {
  await app.wrapper.find(`[data-testid="${id}"]`).trigger('submit');
  await flushPromises();
};
export const step = (app: MountedApp) =>
  app.wrapper.find('[data-testid="registration-page"]').attributes('data-step');

/** Opens the registration from the sign-in page's link and chooses the preselected region. */
export async function openForm(app: MountedApp): Promise<void> {
  await app.wrapper.find('[data-testid="register-link"]').trigger('click');
  await flushPromises();
  await submit(app, 'region-form');
}

export async function fillForm(
  app: MountedApp,
  overrides: Record<string, string> = {},
): Promise<void> {
  const values: Record<string, string> = {
    'registration-login': 'petrov.ivan',
    'registration-password': 'Reg-Pass-2031',
    'registration-repeat': 'Reg-Pass-2031',
    'registration-city': 'Оренбург',
    'captcha-answer': '10',
    ...overrides,
  };
  for (const [id, value] of Object.entries(values)) await typeInto(app.wrapper, id, value);
}
