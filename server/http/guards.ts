import type { FastifyRequest } from 'fastify';

import { type AuthenticatedDevice, authenticateDevice } from '../devices/authenticate.js';
import { resumeSession } from '../auth/sessions.js';

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
