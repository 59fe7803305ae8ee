// Decides where the app may go: enrolment first, then sign-in, then the sections.
import type { Router } from 'vue-router';

import { useAppStore } from '../stores/app.js';
import { useSessionStore } from '../stores/session.js';

export function installBootGuard(router: Router): void {
  router.beforeEach(async (to) => {
    const app = useAppStore();
    const session = useSessionStore();
    // Without the device state nothing can be decided; App.vue shows the boot error instead.
    if (!(await app.ensureLoaded())) return true;
    if (!app.enrolled) return to.name === 'enrol' ? true : { name: 'enrol' };
    if (to.name === 'enrol') return { name: 'sign-in' };
    await session.restore();
    if (to.meta.requiresSession && !session.signedIn) return { name: 'sign-in' };
    if ((to.name === 'sign-in' || to.meta.publicOnly) && session.signedIn) {
      return { name: 'accounts' };
    }
    return true;
  });
}

/** The sandbox viewer exists only while the central's delivery sandbox is on. */
export function sandboxOnly(): true | { name: string } {
  return useAppStore().state?.sandbox === true ? true : { name: 'sign-in' };
}
