// Mounts the whole renderer (real pinia, i18n, PrimeVue, router on memory history) over a fake
// window.kabinet built with the contract's createKabinetApi.
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, expect } from 'vitest';
import { createMemoryHistory, type Router } from 'vue-router';

import { ok } from '../../../shared/contract/result.js';
import App from '../../../renderer/App.vue';
import { installKabinet } from '../../../renderer/app/create-app.js';
import { createFakeKabinet, type FakeKabinet, type Handlers } from './fake-kabinet.js';
import { appState, sessionView, syncStatus, ivanovDetails, petrovaDetails } from './fixtures.js';

export interface MountedApp {
  wrapper: VueWrapper;
  router: Router;
  fake: FakeKabinet;
  pinia: ReturnType<typeof installKabinet>['pinia'];
  i18n: ReturnType<typeof installKabinet>['i18n'];
}

const mounted: MountedApp[] = [];

afterEach(() => {
  for (const app of mounted.splice(0)) {
    expect(app.fake.violations).toEqual([]);
    app.wrapper.unmount();
  }
  delete window.kabinet;
  document.body.innerHTML = '';
});

/** Handlers of a healthy enrolled counter device with Иванов's two accounts. */
export function defaultHandlers(): Handlers {
  return {
    'app.getState': () => ok(appState()),
    'session.get': () => ok(null),
    'session.signIn': () => ok(sessionView()),
    'session.signOut': () => ok({}),
    'accounts.getDetails': ({ accountId }) =>
      ok(accountId === 1 ? ivanovDetails() : petrovaDetails()),
    'sync.getStatus': () => ok(syncStatus()),
    'sync.runNow': () => ok(syncStatus()),
  };
}

export async function mountApp(handlers: Handlers = {}, path = '/'): Promise<MountedApp> {
  const fake = createFakeKabinet({ ...defaultHandlers(), ...handlers });
  window.kabinet = fake.api;
  const history = createMemoryHistory();
  history.replace(path);
  let installed: ReturnType<typeof installKabinet> | undefined;
  const wrapper = mount(App, {
    attachTo: document.body,
    global: {
      plugins: [{ install: (app) => void (installed = installKabinet(app, history)) }],
    },
  });
  if (!installed) throw new Error('plugins were not installed');
  await installed.router.isReady();
  await flushPromises();
  const result = { wrapper, fake, ...installed };
  mounted.push(result);
  return result;
}

/** Finds by data-testid anywhere in the document (dialogs and overlays are teleported). */
export function byTestId(id: string): HTMLElement | null {
  return document.querySelector(`[data-testid="${id}"]`);
}

export function allByTestId(id: string): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
}

export function text(id: string): string {
  return byTestId(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Types into an input (or the input inside a PrimeVue wrapper) by data-testid. */
export async function typeInto(wrapper: VueWrapper, id: string, value: string): Promise<void> {
  const found = wrapper.find(`[data-testid="${id}"]`);
  const input = found.element.tagName === 'INPUT' ? found : found.find('input');
  await input.setValue(value);
}

/** Signs in through the real form and waits for the accounts page. */
export async function signIn(app: MountedApp): Promise<void> {
  await typeInto(app.wrapper, 'sign-in-login', 'ivanov');
  await typeInto(app.wrapper, 'sign-in-password', 'secret-password');
  await app.wrapper.find('[data-testid="sign-in-form"]').trigger('submit');
  await flushPromises();
}
