import { z } from 'zod';

import { linkedAccountSchema, signInResponseSchema } from './http.js';

/**
 * The central service's identity API for devices (issue 4): registration (Рис. 2–11), password
 * recovery (Рис. 36–39) and settings (Рис. 16, 29–34). Every call carries `Authorization: Device
 * <token>`; settings calls also `X-Session-Token`. Failures answer the error body of http.ts with
 * one of `identityErrorCodes`. Answers during recovery never reveal whether a phone or e-mail is
 * registered.
 */

const login = z.string().trim().min(1).max(64);
const password = z.string().min(1).max(128);
const code = z
  .string()
  .trim()
  .regex(/^\d{4,8}$/);
const id = z.uuid();

export const IDENTITY_PATHS = {
  /** The regions one may register in (Рис. 2): [{ code, name }]. */
  regions: '/api/v1/regions',
  captcha: '/api/v1/identity/captcha',
  registrationStart: '/api/v1/registration',
  registrationAccount: '/api/v1/registration/:id/account',
  registrationConfirm: '/api/v1/registration/:id/confirm',
  registrationResend: '/api/v1/registration/:id/resend',
  registrationVerify: '/api/v1/registration/:id/verify',
  registrationStatus: '/api/v1/registration/:id',
  recoveryStart: '/api/v1/recovery',
  recoveryResend: '/api/v1/recovery/:id/resend',
  recoveryVerify: '/api/v1/recovery/:id/verify',
  recoveryStatus: '/api/v1/recovery/:id',
  recoveryPassword: '/api/v1/recovery/:id/password',
  profile: '/api/v1/me/profile',
  password: '/api/v1/me/password',
  email: '/api/v1/me/email',
  phone: '/api/v1/me/phone',
  phoneVerify: '/api/v1/me/phone/:id/verify',
  /** "Выслать код повторно" for a phone change (after the cooldown). */
  phoneResend: '/api/v1/me/phone/:id/resend',
  consent: '/api/v1/me/consent',
  linkAccount: '/api/v1/me/accounts',
  unlinkAccount: '/api/v1/me/accounts/:accountId',
  /** Pages opened from e-mail links (HTML, on the central service): ?token=… */
  emailLinkPage: '/link/:kind',
} as const;

/**
 * The HTTP method of each path. Bodies: the schemas below (POSTs without a schema take no body);
 * answers: RegistrationState, RecoveryState, Profile, phoneChangeState, changePasswordResult,
 * Captcha or [RegionChoice]. GET captcha takes an optional `?previous=<challengeId>` to spend
 * the challenge it replaces ("Обновить код"). The link page answers GET (a button) and POST.
 */
export const IDENTITY_METHODS: Record<keyof typeof IDENTITY_PATHS, 'GET' | 'POST' | 'DELETE'> = {
  regions: 'GET',
  captcha: 'GET',
  registrationStart: 'POST',
  registrationAccount: 'POST',
  registrationConfirm: 'POST',
  registrationResend: 'POST',
  registrationVerify: 'POST',
  registrationStatus: 'GET',
  recoveryStart: 'POST',
  recoveryResend: 'POST',
  recoveryVerify: 'POST',
  recoveryStatus: 'GET',
  recoveryPassword: 'POST',
  profile: 'GET',
  password: 'POST',
  email: 'POST',
  phone: 'POST',
  phoneVerify: 'POST',
  phoneResend: 'POST',
  consent: 'POST',
  linkAccount: 'POST',
  unlinkAccount: 'DELETE',
  emailLinkPage: 'GET',
};

export const regionChoiceSchema = z.object({ code: z.string(), name: z.string() });

export const captchaSchema = z.object({
  challengeId: id,
  /** An SVG image of the characters to type. */
  svg: z.string(),
  /** The accessible alternative: a question a screen reader can read, answered by a number. */
  question: z.string(),
  expiresAt: z.string(),
});
export type Captcha = z.infer<typeof captchaSchema>;

export const captchaAnswerSchema = z
  .object({ challengeId: id, answer: z.string().trim().min(1).max(16) })
  .strict();

export const registrationStartSchema = z
  .object({
    regionCode: z.string().min(1).max(32),
    login,
    password,
    variant: z.enum(['phone', 'email']),
    /** The phone (variant phone) or e-mail (variant email), as typed. */
    contact: z.string().trim().min(1).max(254),
    city: z.string().trim().min(1).max(100),
    captcha: captchaAnswerSchema,
  })
  .strict();

/** Where a registration stands; `step` says what the screen shows next. */
export const registrationStateSchema = z.object({
  registrationId: id,
  step: z.enum(['account', 'confirm', 'code', 'email_sent', 'done']),
  variant: z.enum(['phone', 'email']),
  login: z.string(),
  /** The masked recipient of the code or the link. */
  recipient: z.string(),
  /** Рис. 7: the linked account as checked, masked. */
  account: z
    .object({ number: z.string(), ownerMasked: z.string(), addressMasked: z.string() })
    .nullable(),
  /** Seconds until "Выслать код повторно" / "Повторить отправку письма" is allowed; 0 = now. */
  resendAfterSeconds: z.number().int().min(0),
  expiresAt: z.string(),
});
export type RegistrationState = z.infer<typeof registrationStateSchema>;

export const registrationAccountSchema = z
  .object({ accountNumber: z.string().trim().min(1).max(20) })
  .strict();
export const codeSchema = z.object({ code }).strict();

export const recoveryStartSchema = z
  .object({
    method: z.enum(['phone', 'email']),
    contact: z.string().trim().min(1).max(254),
    captcha: captchaAnswerSchema,
  })
  .strict();

/** The same answer whether the contact is registered or not. */
export const recoveryStateSchema = z.object({
  recoveryId: id,
  method: z.enum(['phone', 'email']),
  recipient: z.string(),
  /** 'code' / 'email_sent' until verified; 'password' once a code or the link was accepted. */
  step: z.enum(['code', 'email_sent', 'password', 'done']),
  /** Shown in the change-password window (Рис. 39) once verified; null before. */
  login: z.string().nullable(),
  resendAfterSeconds: z.number().int().min(0),
  expiresAt: z.string(),
});
export type RecoveryState = z.infer<typeof recoveryStateSchema>;

export const newPasswordSchema = z.object({ password }).strict();

export const profileSchema = z.object({
  login: z.string(),
  fullName: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  /** "Получать рассылку и высылать копию чека об оплате на e-mail", with when it was given or withdrawn. */
  mailingConsent: z.object({ granted: z.boolean(), at: z.string().nullable() }),
  accounts: z.array(linkedAccountSchema.extend({ role: z.enum(['owner', 'linked']) })),
  /** An e-mail change waiting for its link to be opened. */
  pendingEmail: z.string().nullable(),
});
export type Profile = z.infer<typeof profileSchema>;

export const changePasswordSchema = z.object({ current: password, next: password }).strict();
/** A password change rotates the session: the device switches to the new token. */
export const changePasswordResultSchema = signInResponseSchema.pick({
  sessionToken: true,
  expiresAt: true,
});
export const changeEmailSchema = z.object({ email: z.string().trim().min(3).max(254) }).strict();
export const changePhoneSchema = z.object({ phone: z.string().trim().min(5).max(32) }).strict();
export const phoneChangeStateSchema = z.object({
  changeId: id,
  recipient: z.string(),
  resendAfterSeconds: z.number().int().min(0),
  expiresAt: z.string(),
});
export const consentSchema = z.object({ mailing: z.boolean() }).strict();
export const linkAccountSchema = z.object({ login, password }).strict();

/** Stable codes of the identity API (in addition to http.ts centralErrorCodes). */
export const identityErrorCodes = [
  'captcha_wrong',
  'captcha_expired',
  'login_invalid',
  'login_taken',
  'password_weak',
  'password_wrong',
  'phone_invalid',
  'email_invalid',
  'contact_taken',
  'account_unknown',
  'account_other_region',
  'account_owned',
  'account_already_linked',
  'account_last',
  'code_wrong',
  'code_expired',
  'code_used',
  'code_attempts_exhausted',
  'resend_too_soon',
  'delivery_failed',
  'registration_expired',
  'step_invalid',
] as const;
export type IdentityErrorCode = (typeof identityErrorCodes)[number];
