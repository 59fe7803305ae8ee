import type { FastifyInstance } from 'fastify';

import { requireAdmin } from '../http/guards.js';
import { addReply, listRequests, setRequestStatus } from '../requests/admin.js';
import {
  adminReplyBodySchema,
  adminRequestQuerySchema,
  adminStatusBodySchema,
  requestIdParamsSchema,
} from '../requests/admin-http.js';

/**
 * Operators' side of "Заявки" (`Authorization: Bearer <KABINET_ADMIN_TOKEN>`): find requests,
 * reply (and set the status), change the status. Replies and statuses reach devices by sync.
 */
export default async function adminRequestRoutes(app: FastifyInstance): Promise<void> {
  app.get('/api/v1/admin/requests', async (request) => {
    requireAdmin(request);
    const query = adminRequestQuerySchema.parse(request.query ?? {});
    return { requests: await listRequests(app.kabinet.central.db, query) };
  });
  app.post('/api/v1/admin/requests/:id/replies', async (request, reply) => {
    requireAdmin(request);
    const { id } = requestIdParamsSchema.parse(request.params);
    const body = adminReplyBodySchema.parse(request.body);
    const { central, clock } = app.kabinet;
    return reply.status(201).send(await addReply(central.db, clock(), id, body));
  });
  app.patch('/api/v1/admin/requests/:id', async (request) => {
    requireAdmin(request);
    const { id } = requestIdParamsSchema.parse(request.params);
    const { status } = adminStatusBodySchema.parse(request.body);
    const { central, clock } = app.kabinet;
    return setRequestStatus(central.db, clock(), id, status);
  });
}
