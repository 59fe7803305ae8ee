import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

import {
  codeSchema,
  IDENTITY_PATHS as P,
  newPasswordSchema,
  recoveryStartSchema,
} from '../../shared/sync/identity-http.js';
import { requireDevice } from '../http/guards.js';
import { setRecoveredPassword } from '../identity/recovery/password.js';
import { resendRecovery, startRecovery } from '../identity/recovery/start.js';
import { loadRecovery, recoveryView } from '../identity/recovery/store.js';
import { verifyRecoveryCode } from '../identity/recovery/verify.js';
import { identityDepsFactory } from './identity-deps.js';

const idParams = z.object({ id: z.uuid() });

/** Password recovery on a device (Рис. 36–39); answers never tell whether a contact is registered. */
export default async function identityRecoveryRoutes(app: FastifyInstance): Promise<void> {
  const depsOf = identityDepsFactory(app);

  app.post(P.recoveryStart, async (request) => {
    const device = await requireDevice(request);
    return startRecovery(depsOf(), device.id, recoveryStartSchema.parse(request.body));
  });

  app.post(P.recoveryResend, async (request) => {
    const device = await requireDevice(request);
    return resendRecovery(depsOf(), device.id, idParams.parse(request.params).id);
  });

  app.post(P.recoveryVerify, async (request) => {
    const device = await requireDevice(request);
    const { id } = idParams.parse(request.params);
    const { code } = codeSchema.parse(request.body);
    return verifyRecoveryCode(depsOf(), device.id, id, code);
  });

  app.post(P.recoveryPassword, async (request) => {
    const device = await requireDevice(request);
    const { id } = idParams.parse(request.params);
    const { password } = newPasswordSchema.parse(request.body);
    return setRecoveredPassword(depsOf(), device.id, id, password);
  });

  app.get(P.recoveryStatus, async (request) => {
    const device = await requireDevice(request);
    const deps = depsOf();
    const row = await loadRecovery(deps.db, idParams.parse(request.params).id, device.id);
    return recoveryView(deps.db, row, deps.now, deps.policy);
  });
}
