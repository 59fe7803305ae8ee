import { z } from 'zod';

import {
  captchaSchema,
  changeEmailSchema,
  changePasswordSchema,
  changePhoneSchema,
  codeSchema,
  consentSchema,
  linkAccountSchema,
  phoneChangeStateSchema,
  profileSchema,
  recoveryStartSchema,
  recoveryStateSchema,
  regionChoiceSchema,
  registrationAccountSchema,
  registrationStartSchema,
  registrationStateSchema,
} from '../sync/identity-http.js';

/**
 * Renderer methods of registration, recovery and settings (issue 4). They mirror the central
 * identity API (shared/sync/identity-http.ts); the main process adds the device and session.
 */

const empty = z.object({}).strict();
const registrationId = z.object({ registrationId: z.uuid() }).strict();
const recoveryId = z.object({ recoveryId: z.uuid() }).strict();

export const sandboxMessageSchema = z.object({
  id: z.number().int(),
  channel: z.enum(['sms', 'email']),
  recipient: z.string(),
  subject: z.string().nullable(),
  text: z.string(),
  /** Links found in the message, so a person can open them from the viewer. */
  links: z.array(z.string()),
  createdAt: z.string(),
});

/** Registration (Рис. 2–11) and password recovery (Рис. 36–39): no session needed. */
export const registrationMethods = {
  'identity.regions': { input: empty, output: z.array(regionChoiceSchema) },
  'identity.captcha': { input: empty, output: captchaSchema },
  'registration.start': { input: registrationStartSchema, output: registrationStateSchema },
  'registration.linkAccount': {
    input: registrationId.extend(registrationAccountSchema.shape).strict(),
    output: registrationStateSchema,
  },
  'registration.confirm': { input: registrationId, output: registrationStateSchema },
  'registration.resend': { input: registrationId, output: registrationStateSchema },
  'registration.verify': {
    input: registrationId.extend(codeSchema.shape).strict(),
    output: registrationStateSchema,
  },
  'registration.status': { input: registrationId, output: registrationStateSchema },
  'recovery.start': { input: recoveryStartSchema, output: recoveryStateSchema },
  'recovery.resend': { input: recoveryId, output: recoveryStateSchema },
  'recovery.verify': {
    input: recoveryId.extend(codeSchema.shape).strict(),
    output: recoveryStateSchema,
  },
  'recovery.status': { input: recoveryId, output: recoveryStateSchema },
  'recovery.setPassword': {
    input: recoveryId.extend({ password: z.string().min(1).max(128) }).strict(),
    output: recoveryStateSchema,
  },
} as const;

/** Settings (Рис. 16, 29–34) for the signed-in person, and the sandbox message viewer. */
export const settingsMethods = {
  'settings.get': { input: empty, output: profileSchema },
  'settings.changePassword': { input: changePasswordSchema, output: profileSchema },
  'settings.changeEmail': { input: changeEmailSchema, output: profileSchema },
  'settings.changePhone': { input: changePhoneSchema, output: phoneChangeStateSchema },
  'settings.resendPhoneCode': {
    input: z.object({ changeId: z.uuid() }).strict(),
    output: phoneChangeStateSchema,
  },
  'settings.verifyPhone': {
    input: z.object({ changeId: z.uuid() }).extend(codeSchema.shape).strict(),
    output: profileSchema,
  },
  'settings.setConsent': { input: consentSchema, output: profileSchema },
  'settings.addAccount': { input: linkAccountSchema, output: profileSchema },
  'settings.removeAccount': {
    input: z.object({ accountId: z.number().int().positive() }).strict(),
    output: profileSchema,
  },
  /** What the sandbox "sent" (embedded default and preview only; not_found elsewhere). */
  'sandbox.messages': { input: empty, output: z.array(sandboxMessageSchema) },
} as const;
