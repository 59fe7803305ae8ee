import Fastify, { type FastifyInstance } from 'fastify';

import type { CentralConfig } from './config.js';
import type { CentralDb } from './db/connect.js';
import './http/context.js';
import { installErrorHandling } from './http/error-handler.js';
import { centralLoggerOptions, type CentralLoggerOptions } from './logging.js';
import adminRoutes from './routes/admin.js';
import authRoutes from './routes/auth.js';
import deviceRoutes from './routes/devices.js';
import healthRoutes from './routes/health.js';
import meRoutes from './routes/me.js';
import pushRoutes from './routes/push.js';
import syncRoutes from './routes/sync.js';

export interface CentralAppDeps {
  central: CentralDb;
  config: CentralConfig;
  clock: () => Date;
  /** Pino options (redaction is always added), or false for no logging; default: config.logLevel. */
  logger?: CentralLoggerOptions | false;
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

  app.decorate('kabinet', {
    central: deps.central,
    config: deps.config,
    clock: deps.clock,
    sessionPolicy: {
      idleMinutes: deps.config.sessionIdleMinutes,
      absoluteHours: deps.config.sessionAbsoluteHours,
    },
  });
  installErrorHandling(app);

  await app.register(healthRoutes);
  await app.register(adminRoutes);
  await app.register(deviceRoutes);
  await app.register(authRoutes);
  await app.register(syncRoutes);
  await app.register(pushRoutes);
  await app.register(meRoutes);
  return app;
}
