import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

import { PERIOD_PATTERN } from '../../shared/domain/periods.js';
import { closePeriod } from '../billing/close-period.js';
import { requireAdmin } from '../http/guards.js';

/** POST /api/v1/admin/periods/close: which region's period to close. */
export const closePeriodRequestSchema = z
  .object({
    regionCode: z.string().trim().min(1).max(40),
    period: z.string().regex(PERIOD_PATTERN),
  })
  .strict();

/**
 * Admin: closes a region's billing period (`Authorization: Bearer <KABINET_ADMIN_TOKEN>`) and
 * answers the close's summary; refusals are 404 region_unknown, 409 period_* and 422
 * billing_setup_incomplete, with a Russian message naming the period.
 */
export default async function adminPeriodRoutes(app: FastifyInstance): Promise<void> {
  app.post('/api/v1/admin/periods/close', async (request) => {
    requireAdmin(request);
    const body = closePeriodRequestSchema.parse(request.body);
    const { central, clock } = app.kabinet;
    const summary = await closePeriod(central, { ...body, now: clock() });
    request.log.info(
      { regionCode: summary.regionCode, period: summary.period, charges: summary.charges.total },
      'billing period closed',
    );
    return summary;
  });
}
