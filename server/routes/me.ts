import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

import { loadUserProfile } from '../auth/profile.js';
import { requireSession } from '../http/guards.js';
import { loadAccountBilling } from '../sync/account-billing.js';
import { loadAccountBundle } from '../sync/account-bundle.js';

const accountParamsSchema = z.object({
  accountId: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
});

/** The signed-in resident: profile, linked accounts, any linked account's bundle and billing. */
export default async function meRoutes(app: FastifyInstance): Promise<void> {
  app.get('/api/v1/me', async (request) => {
    const { userId } = await requireSession(request);
    return loadUserProfile(app.kabinet.central.db, userId);
  });

  app.get('/api/v1/me/accounts/:accountId', async (request) => {
    const { userId } = await requireSession(request);
    const { accountId } = accountParamsSchema.parse(request.params);
    return loadAccountBundle(app.kabinet.central.db, userId, accountId);
  });

  app.get('/api/v1/me/accounts/:accountId/billing', async (request) => {
    const { userId } = await requireSession(request);
    const { accountId } = accountParamsSchema.parse(request.params);
    return loadAccountBilling(app.kabinet.central.db, userId, accountId);
  });
}
