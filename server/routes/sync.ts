import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

import { SYNC_PAGE_LIMIT_DEFAULT, SYNC_PAGE_LIMIT_MAX } from '../../shared/sync/protocol.js';
import { HttpError } from '../http/errors.js';
import { requireDevice } from '../http/guards.js';
import { decodeCursor } from '../sync/cursor.js';
import { pullChanges } from '../sync/pull.js';

const pullQuerySchema = z.object({
  cursor: z.string().max(400).optional(),
  limit: z.coerce.number().int().min(1).max(SYNC_PAGE_LIMIT_MAX).default(SYNC_PAGE_LIMIT_DEFAULT),
  withTotal: z.enum(['0', '1', 'true', 'false']).optional(),
});

/** GET /api/v1/sync/pull: the device region's change feed, a page at a time. */
export default async function syncRoutes(app: FastifyInstance): Promise<void> {
  app.get('/api/v1/sync/pull', async (request) => {
    const device = await requireDevice(request);
    const query = pullQuerySchema.parse(request.query);
    const afterRev = decodeCursor(query.cursor);
    if (afterRev === null) {
      throw new HttpError(
        400,
        'invalid_input',
        'Курсор синхронизации не распознан. Начните синхронизацию заново.',
      );
    }
    return pullChanges(app.kabinet.central.db, {
      regionId: device.regionId,
      profile: device.profile,
      afterRev,
      limit: query.limit,
      withTotal: query.withTotal === '1' || query.withTotal === 'true',
    });
  });
}
