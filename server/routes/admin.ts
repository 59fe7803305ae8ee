import type { FastifyInstance, FastifyRequest } from 'fastify';

import { issueCodeRequestSchema } from '../../shared/sync/http.js';
import { secretsEqual } from '../auth/tokens.js';
import { issueEnrolmentCode } from '../enrolment/issue.js';
import { HttpError } from '../http/errors.js';

/** Admin endpoints, guarded by `Authorization: Bearer <KABINET_ADMIN_TOKEN>`; 503 when no token is configured. */
export default async function adminRoutes(app: FastifyInstance): Promise<void> {
  app.post('/api/v1/admin/enrolment-codes', async (request) => {
    requireAdmin(request, app.kabinet.config.adminToken);
    const body = issueCodeRequestSchema.parse(request.body);
    const { central, clock } = app.kabinet;
    return issueEnrolmentCode(central.db, clock(), body);
  });
}

function requireAdmin(request: FastifyRequest, adminToken: string | undefined): void {
  if (!adminToken) throw new HttpError(503, 'admin_disabled');
  const given = /^Bearer (\S+)$/.exec(request.headers.authorization?.trim() ?? '')?.[1];
  if (!given || !secretsEqual(given, adminToken)) throw new HttpError(401, 'unauthorized');
}
