import type { FastifyInstance } from 'fastify';

import { pushRequestSchema } from '../../shared/sync/push.js';
import { requireDevice } from '../http/guards.js';
import { applyPush, pushState } from '../readings/apply-push.js';

// A full batch of 500 readings is about 150 KiB of JSON.
const PUSH_BODY_LIMIT_BYTES = 1024 * 1024;

/** POST /api/v1/sync/push (a batch of the device's outbox) and GET /api/v1/sync/push/state. */
export default async function pushRoutes(app: FastifyInstance): Promise<void> {
  app.post('/api/v1/sync/push', { bodyLimit: PUSH_BODY_LIMIT_BYTES }, async (request) => {
    const device = await requireDevice(request);
    const body = pushRequestSchema.parse(request.body);
    const { central, clock } = app.kabinet;
    return applyPush(central.db, device, body.mutations, clock());
  });
  app.get('/api/v1/sync/push/state', async (request) => {
    const device = await requireDevice(request);
    return pushState(app.kabinet.central.db, device.id);
  });
}
