// Driving the settings page in component tests: mount it, type into fields, click, submit.
import { flushPromises } from '@vue/test-utils';
import { expect } from 'vitest';

import type { Handlers } from './support/fake-kabinet.js';
import { input } from './support/keyboard-typing.js';
import { byTestId, type MountedApp, mountApp } from './support/mount-app.js';
import { settingsWorld } from './settings-fixtures.js';

export async function settingsPage(
  handlers: Handlers = settingsWorld().handlers,
): Promise<MountedApp> {
  const app = await mountApp(handlers, '/settings');
  await flushPromises();
  expect(byTestId('settings-page')).not.toBeNull();
  return app;
}

export async function type(id: string, value: string): Promise<void> {
  const field = input(id);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await flushPromises();
}

export async function click(id: string): Promise<void> {
  const element = byTestId(id);
  if (!element) throw new Error(`no ${id}`);
  element.click();
  await flushPromises();
}

export async function submit(formId: string): Promise<void> {
  byTestId(formId)?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  await flushPromises();
}
