import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';

import { SERVICE_VERSION } from '../version.js';

/** GET /health: liveness and database reachability, for load balancers and the device. */
export default async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get('/health', async (request, reply) => {
    const { central } = app.kabinet;
    const body = { database: central.kind, version: SERVICE_VERSION };
    try {
      await sql`SELECT 1`.execute(central.db);
      return { status: 'ok', ...body };
    } catch (error) {
      request.log.error({ err: error }, 'health check: database unreachable');
      return reply.status(503).send({ status: 'unavailable', ...body });
    }
  });
}
