import Fastify, { type FastifyInstance } from 'fastify';

import type { CentralConfig } from './config.js';
import type { CentralDb } from './db/connect.js';
import { createDelivery, type Delivery } from './delivery/delivery.js';
import './http/context.js';
import { installErrorHandling } from './http/error-handler.js';
import { identityKey } from './identity/keyed-hash.js';
import { codePolicyFrom } from './identity/otp-policy.js';
import { centralLoggerOptions, type CentralLoggerOptions } from './logging.js';
import adminRoutes from './routes/admin.js';
import adminPeriodRoutes from './routes/admin-periods.js';
import adminRequestRoutes from './routes/admin-requests.js';
import authRoutes from './routes/auth.js';
import deviceRoutes from './routes/devices.js';
import healthRoutes from './routes/health.js';
import identityLinkRoutes from './routes/identity-links.js';
import identityPublicRoutes from './routes/identity-public.js';
import identityRecoveryRoutes from './routes/identity-recovery.js';
import identityRegistrationRoutes from './routes/identity-registration.js';
import identitySettingsRoutes from './routes/identity-settings.js';
import meRoutes from './routes/me.js';
import pushRoutes from './routes/push.js';
import sandboxRoutes from './routes/sandbox.js';
import syncRoutes from './routes/sync.js';

export interface CentralAppDeps {
  central: CentralDb;
  config: CentralConfig;
  clock: () => Date;
  /** Pino options (redaction is always added), or false for no logging; default: config.logLevel. */
  logger?: CentralLoggerOptions | false;
  /** Mailer and SMS gateway; default: chosen from config.delivery (closed with the app). */
  delivery?: Delivery;
}

const BODY_LIMIT_BYTES = 64 * 1024;

/**
 * Builds the central service's HTTP app (not listening): framework settings, then the app's
 * context and error handling, then routes. The database must already be migrated.
 */
export async function buildCentralApp(deps: CentralAppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger === false ? false : centralLoggerOptions(deps.config.logLevel, deps.logger),
    bodyLimit: BODY_LIMIT_BYTES,
    return503OnClosing: true,
  });
  // An empty JSON body (a bodiless POST that still names application/json) means "no body".
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '') done(null, undefined);
    else parseJson(request, String(body), done);
  });

  const delivery =
    deps.delivery ??
    createDelivery(deps.config.delivery, {
      db: deps.central.db,
      clock: deps.clock,
      log: app.log.child({ component: 'delivery' }),
    });
  if (!deps.delivery) app.addHook('onClose', () => delivery.close());
  app.decorate('kabinet', {
    central: deps.central,
    config: deps.config,
    clock: deps.clock,
    sessionPolicy: {
      idleMinutes: deps.config.sessionIdleMinutes,
      absoluteHours: deps.config.sessionAbsoluteHours,
    },
    delivery,
    identity: {
      key: identityKey(deps.config.codes.secret),
      codePolicy: codePolicyFrom(deps.config.codes),
    },
  });
  installErrorHandling(app);

  await app.register(healthRoutes);
  await app.register(adminRoutes);
  await app.register(adminPeriodRoutes);
  await app.register(adminRequestRoutes);
  await app.register(deviceRoutes);
  await app.register(authRoutes);
  await app.register(syncRoutes);
  await app.register(pushRoutes);
  await app.register(meRoutes);
  await app.register(sandboxRoutes);
  await app.register(identityPublicRoutes);
  await app.register(identityRegistrationRoutes);
  await app.register(identityRecoveryRoutes);
  await app.register(identitySettingsRoutes);
  await app.register(identityLinkRoutes);
  return app;
}
