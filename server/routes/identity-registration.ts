import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

import {
  codeSchema,
  IDENTITY_PATHS as P,
  registrationAccountSchema,
  registrationStartSchema,
} from '../../shared/sync/identity-http.js';
import { requireDevice } from '../http/guards.js';
import { linkRegistrationAccount } from '../identity/registration/account.js';
import { verifyRegistrationCode } from '../identity/registration/complete.js';
import { confirmRegistration, resendRegistration } from '../identity/registration/send.js';
import { startRegistration } from '../identity/registration/start.js';
import { loadRegistration, registrationView } from '../identity/registration/store.js';
import { identityDepsFactory } from './identity-deps.js';

const idParams = z.object({ id: z.uuid() });

/** Registration on a device (Рис. 2–11); every call names the device, and only it may continue. */
export default async function identityRegistrationRoutes(app: FastifyInstance): Promise<void> {
  const depsOf = identityDepsFactory(app);

  app.post(P.registrationStart, async (request) => {
    const device = await requireDevice(request);
    return startRegistration(depsOf(), device.id, registrationStartSchema.parse(request.body));
  });

  app.post(P.registrationAccount, async (request) => {
    const device = await requireDevice(request);
    const { id } = idParams.parse(request.params);
    const { accountNumber } = registrationAccountSchema.parse(request.body);
    return linkRegistrationAccount(depsOf(), device.id, id, accountNumber);
  });

  app.post(P.registrationConfirm, async (request) => {
    const device = await requireDevice(request);
    return confirmRegistration(depsOf(), device.id, idParams.parse(request.params).id);
  });

  app.post(P.registrationResend, async (request) => {
    const device = await requireDevice(request);
    return resendRegistration(depsOf(), device.id, idParams.parse(request.params).id);
  });

  app.post(P.registrationVerify, async (request) => {
    const device = await requireDevice(request);
    const { id } = idParams.parse(request.params);
    const { code } = codeSchema.parse(request.body);
    return verifyRegistrationCode(depsOf(), device.id, id, code);
  });

  app.get(P.registrationStatus, async (request) => {
    const device = await requireDevice(request);
    const deps = depsOf();
    const row = await loadRegistration(deps.db, idParams.parse(request.params).id, device.id);
    return registrationView(deps.db, row, deps.now, deps.policy);
  });
}
