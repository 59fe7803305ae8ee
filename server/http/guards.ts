import type { FastifyRequest } from 'fastify';

import { type AuthenticatedDevice, authenticateDevice } from '../devices/authenticate.js';
import { resumeSession } from '../auth/sessions.js';
import { secretsEqual } from '../auth/tokens.js';
import { HttpError } from './errors.js';

/** The device making the request (`Authorization: Device <token>`); throws 401 otherwise. */
export function requireDevice(request: FastifyRequest): Promise<AuthenticatedDevice> {
  const { central, clock } = request.server.kabinet;
  return authenticateDevice(central.db, clock(), request.headers.authorization);
}

/** The session header's raw value, when it is a single string. */
export function sessionTokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers['x-session-token'];
  return typeof header === 'string' ? header.trim() : undefined;
}

/** The device and the resident's live session on it (`X-Session-Token`); throws 401 otherwise. */
export async function requireSession(
  request: FastifyRequest,
): Promise<{ device: AuthenticatedDevice; userId: number }> {
  const device = await requireDevice(request);
  const { central, clock, sessionPolicy } = request.server.kabinet;
  const { userId } = await resumeSession(
    central.db,
    clock(),
    sessionPolicy,
    sessionTokenOf(request),
    device.id,
  );
  return { device, userId };
}

/** Admin endpoints: `Authorization: Bearer <KABINET_ADMIN_TOKEN>`; 503 when no token is configured, 401 otherwise. */
export function requireAdmin(request: FastifyRequest): void {
  const { adminToken } = request.server.kabinet.config;
  if (!adminToken) throw new HttpError(503, 'admin_disabled');
  const given = /^Bearer (\S+)$/.exec(request.headers.authorization?.trim() ?? '')?.[1];
  if (!given || !secretsEqual(given, adminToken)) throw new HttpError(401, 'unauthorized');
}
