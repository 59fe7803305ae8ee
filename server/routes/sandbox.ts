import type { FastifyInstance } from 'fastify';

import {
  SANDBOX_MESSAGES_PATH,
  sandboxMessagesQuerySchema,
} from '../../shared/sync/sandbox-http.js';
import { listSandboxMessages } from '../delivery/sandbox.js';
import { HttpError } from '../http/errors.js';

/** True for the addresses only this machine can reach. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.replace(/^::ffff:/, '');
  return plain === 'localhost' || plain === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(plain);
}

/**
 * GET /api/v1/sandbox/messages — registered only while a sandbox adapter is active and the
 * service binds a loopback address: the messages hold live codes and links, so only this
 * machine (the embedded default, the preview, tests) may read them. Elsewhere the path is 404.
 */
export default async function sandboxRoutes(app: FastifyInstance): Promise<void> {
  const { delivery, config } = app.kabinet;
  if (!delivery.sandboxActive || !isLoopback(config.host)) return;
  app.get(SANDBOX_MESSAGES_PATH, async (request) => {
    if (!isLoopback(request.socket.remoteAddress)) throw new HttpError(404, 'not_found');
    const query = sandboxMessagesQuerySchema.parse(request.query);
    const messages = await listSandboxMessages(app.kabinet.central.db, query);
    return { messages };
  });
}
