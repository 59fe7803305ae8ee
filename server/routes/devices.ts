import type { FastifyInstance } from 'fastify';

import { enrolRequestSchema } from '../../shared/sync/http.js';
import { exchangeEnrolmentCode } from '../enrolment/exchange.js';

/** POST /api/v1/devices/enrol: a one-time enrolment code becomes a device identity. */
export default async function deviceRoutes(app: FastifyInstance): Promise<void> {
  app.post('/api/v1/devices/enrol', async (request) => {
    const body = enrolRequestSchema.parse(request.body);
    const { central, clock } = app.kabinet;
    return exchangeEnrolmentCode(central.db, clock(), body);
  });
}
