import type { FastifyInstance } from 'fastify';

import { issueCodeRequestSchema } from '../../shared/sync/http.js';
import { issueEnrolmentCode } from '../enrolment/issue.js';
import { requireAdmin } from '../http/guards.js';

/** Admin endpoints, guarded by `Authorization: Bearer <KABINET_ADMIN_TOKEN>`; 503 when no token is configured. */
export default async function adminRoutes(app: FastifyInstance): Promise<void> {
  app.post('/api/v1/admin/enrolment-codes', async (request) => {
    requireAdmin(request);
    const body = issueCodeRequestSchema.parse(request.body);
    const { central, clock } = app.kabinet;
    return issueEnrolmentCode(central.db, clock(), body);
  });
}
