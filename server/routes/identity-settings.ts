import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';

import {
  changeEmailSchema,
  changePasswordSchema,
  changePhoneSchema,
  codeSchema,
  consentSchema,
  IDENTITY_PATHS as P,
  linkAccountSchema,
} from '../../shared/sync/identity-http.js';
import { requireSession } from '../http/guards.js';
import { changePassword } from '../identity/settings/change-password.js';
import { requestEmailChange } from '../identity/settings/change-email.js';
import {
  requestPhoneChange,
  resendPhoneChange,
  verifyPhoneChange,
} from '../identity/settings/change-phone.js';
import { setMailingConsent } from '../identity/settings/consent.js';
import { addAccountByOwner, removeLinkedAccount } from '../identity/settings/linked-accounts.js';
import { loadIdentityProfile, type SettingsActor } from '../identity/settings/profile.js';
import { identityDepsFactory } from './identity-deps.js';

const idParams = z.object({ id: z.uuid() });
const accountParams = z.object({
  accountId: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
});

/** The resident's session on the device (idle and absolute limits apply), as a settings actor. */
async function actorOf(request: FastifyRequest): Promise<SettingsActor> {
  const { device, userId } = await requireSession(request);
  return { userId, deviceId: device.id };
}

/** "Настройки" (Рис. 16, 29–34): profile, password, e-mail, phone, consent, accounts. */
export default async function identitySettingsRoutes(app: FastifyInstance): Promise<void> {
  const depsOf = identityDepsFactory(app);

  app.get(P.profile, async (request) => {
    const actor = await actorOf(request);
    const deps = depsOf();
    return loadIdentityProfile(deps.db, deps.now, actor.userId);
  });

  app.post(P.password, async (request) => {
    const actor = await actorOf(request);
    const input = changePasswordSchema.parse(request.body);
    return changePassword(depsOf(), app.kabinet.sessionPolicy, actor, input);
  });

  app.post(P.email, async (request) => {
    const actor = await actorOf(request);
    return requestEmailChange(depsOf(), actor, changeEmailSchema.parse(request.body).email);
  });

  app.post(P.phone, async (request) => {
    const actor = await actorOf(request);
    return requestPhoneChange(depsOf(), actor, changePhoneSchema.parse(request.body).phone);
  });

  app.post(P.phoneResend, async (request) => {
    const actor = await actorOf(request);
    return resendPhoneChange(depsOf(), actor, idParams.parse(request.params).id);
  });

  app.post(P.phoneVerify, async (request) => {
    const actor = await actorOf(request);
    const { id } = idParams.parse(request.params);
    const { code } = codeSchema.parse(request.body);
    return verifyPhoneChange(depsOf(), actor, id, code);
  });

  app.post(P.consent, async (request) => {
    const actor = await actorOf(request);
    return setMailingConsent(depsOf(), actor, consentSchema.parse(request.body).mailing);
  });

  app.post(P.linkAccount, async (request) => {
    const actor = await actorOf(request);
    return addAccountByOwner(depsOf(), actor, linkAccountSchema.parse(request.body));
  });

  app.delete(P.unlinkAccount, async (request) => {
    const actor = await actorOf(request);
    const { accountId } = accountParams.parse(request.params);
    return removeLinkedAccount(depsOf(), actor, accountId);
  });
}
