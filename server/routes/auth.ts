import type { FastifyInstance } from 'fastify';

import { signInRequestSchema } from '../../shared/sync/http.js';
import { endSession } from '../auth/sessions.js';
import { signIn } from '../auth/sign-in.js';
import { requireDevice, sessionTokenOf } from '../http/guards.js';

/** Resident sign-in and sign-out on an enrolled device. */
export default async function authRoutes(app: FastifyInstance): Promise<void> {
  app.post('/api/v1/auth/sign-in', async (request) => {
    const device = await requireDevice(request);
    const credentials = signInRequestSchema.parse(request.body);
    const { central, clock, sessionPolicy } = app.kabinet;
    return signIn({ db: central.db, now: clock(), policy: sessionPolicy }, device.id, credentials);
  });

  app.post('/api/v1/auth/sign-out', async (request) => {
    const device = await requireDevice(request);
    const { central, clock } = app.kabinet;
    await endSession(central.db, clock(), sessionTokenOf(request), device.id);
    return {};
  });
}
