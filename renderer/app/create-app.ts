// Assembles the Vue app: i18n, pinia, PrimeVue (styled, Aura tuned for contrast) and the router.
// main.ts mounts it with hash history; component tests install the same plugins with memory history.
import { createPinia } from 'pinia';
import PrimeVue from 'primevue/config';
import { type App as VueApp, createApp } from 'vue';
import type { RouterHistory } from 'vue-router';

import App from '../App.vue';
import { createKabinetI18n, kabinetI18nKey } from '../i18n/index.js';
import { createKabinetRouter } from '../router/index.js';
import { kabinetPreset } from '../theme/preset.js';

/** Installs everything the app needs on `app` and returns the pieces tests want to reach. */
export function installKabinet(app: VueApp, history: RouterHistory) {
  const i18n = createKabinetI18n();
  const pinia = createPinia();
  app.use(i18n);
  app.provide(kabinetI18nKey, i18n);
  app.use(pinia);
  app.use(PrimeVue, {
    theme: {
      preset: kabinetPreset,
      options: {
        // One light, high-contrast scheme: no half-styled dark mode following the OS.
        darkModeSelector: false,
        cssLayer: { name: 'primevue', order: 'primevue' },
      },
    },
  });
  const router = createKabinetRouter(history);
  app.use(router);
  return { router, pinia, i18n };
}

export function createKabinetApp(history: RouterHistory) {
  const app = createApp(App);
  return { app, ...installKabinet(app, history) };
}
