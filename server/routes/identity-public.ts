import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

import { type Captcha, IDENTITY_PATHS } from '../../shared/sync/identity-http.js';
import { refreshCaptcha } from '../identity/captcha.js';
import { requireDevice } from '../http/guards.js';

const captchaQuerySchema = z.object({ previous: z.uuid().optional() });

/** What registration and recovery start from: the regions (Рис. 2) and a captcha (Рис. 4). */
export default async function identityPublicRoutes(app: FastifyInstance): Promise<void> {
  app.get(IDENTITY_PATHS.regions, async (request) => {
    await requireDevice(request);
    return app.kabinet.central.db
      .selectFrom('regions')
      .select(['code', 'name'])
      .orderBy('name')
      .execute();
  });

  app.get(IDENTITY_PATHS.captcha, async (request): Promise<Captcha> => {
    await requireDevice(request);
    const { previous } = captchaQuerySchema.parse(request.query);
    const { central, clock, identity } = app.kabinet;
    const env = { now: clock(), key: identity.key };
    const view = await refreshCaptcha(central.db, env, previous);
    return {
      challengeId: view.id,
      svg: view.svg,
      question: view.question,
      expiresAt: view.expiresAt.toISOString(),
    };
  });
}
