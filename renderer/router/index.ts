// Hash routes (the app loads from file:// in Electron). Sections live under the shell.
import { createRouter, type RouterHistory } from 'vue-router';

import AppShell from '../layout/AppShell.vue';
import AccountsPage from '../pages/AccountsPage.vue';
import ChargesPage from '../pages/ChargesPage.vue';
import EnrolPage from '../pages/EnrolPage.vue';
import ReadingsPage from '../pages/ReadingsPage.vue';
import RecoveryPage from '../pages/RecoveryPage.vue';
import RegistrationPage from '../pages/RegistrationPage.vue';
import ReportsPage from '../pages/ReportsPage.vue';
import RequestsPage from '../pages/RequestsPage.vue';
import SandboxPage from '../pages/SandboxPage.vue';
import SettingsPage from '../pages/SettingsPage.vue';
import SignInPage from '../pages/SignInPage.vue';
import { installBootGuard, sandboxOnly } from './guard.js';

declare module 'vue-router' {
  interface RouteMeta {
    /** Only reachable with a signed-in session. */
    requiresSession?: boolean;
    /** i18n key of the section's tab in the shell's navigation. */
    navKey?: string;
    /** Only for someone not signed in (registration, recovery); a session goes to its accounts. */
    publicOnly?: boolean;
  }
}

/** The router; `history` is hash history in the app and memory history in component tests. */
export function createKabinetRouter(history: RouterHistory) {
  const router = createRouter({
    history,
    routes: [
      { path: '/enrol', name: 'enrol', component: EnrolPage },
      { path: '/sign-in', name: 'sign-in', component: SignInPage },
      {
        path: '/register',
        name: 'register',
        component: RegistrationPage,
        meta: { publicOnly: true },
      },
      { path: '/recover', name: 'recover', component: RecoveryPage, meta: { publicOnly: true } },
      {
        path: '/',
        component: AppShell,
        meta: { requiresSession: true },
        children: [
          { path: '', redirect: { name: 'accounts' } },
          {
            path: 'accounts',
            name: 'accounts',
            component: AccountsPage,
            meta: { requiresSession: true, navKey: 'shell.accounts' },
          },
          {
            path: 'charges',
            name: 'charges',
            component: ChargesPage,
            meta: { requiresSession: true, navKey: 'shell.charges' },
          },
          {
            path: 'readings',
            name: 'readings',
            component: ReadingsPage,
            meta: { requiresSession: true, navKey: 'shell.readings' },
          },
          {
            path: 'reports',
            name: 'reports',
            component: ReportsPage,
            meta: { requiresSession: true, navKey: 'shell.reports' },
          },
          {
            path: 'requests',
            name: 'requests',
            component: RequestsPage,
            meta: { requiresSession: true, navKey: 'shell.requests' },
          },
          {
            path: 'settings',
            name: 'settings',
            component: SettingsPage,
            meta: { requiresSession: true, navKey: 'shell.settings' },
          },
        ],
      },
      // What the delivery sandbox "sent" (embedded default, preview); signed in or not.
      { path: '/sandbox', name: 'sandbox', component: SandboxPage, beforeEnter: sandboxOnly },
      { path: '/:unknown(.*)*', redirect: '/' },
    ],
  });
  installBootGuard(router);
  return router;
}
