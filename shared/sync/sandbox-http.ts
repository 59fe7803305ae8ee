import { z } from 'zod';

/**
 * The delivery sandbox's listing (GET /api/v1/sandbox/messages): what the sandbox mailer and SMS
 * gateway "sent", newest first, so a person can finish a registration by hand. The route exists
 * only while a sandbox adapter is active and the service listens on a loopback address.
 */
export const SANDBOX_MESSAGES_PATH = '/api/v1/sandbox/messages';

export const sandboxMessagesQuerySchema = z
  .object({
    recipient: z
      .string()
      .trim()
      .min(1)
      .max(254)
      .regex(/^\P{Cc}+$/u)
      .optional(),
    channel: z.enum(['email', 'sms']).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

export const sandboxMessageSchema = z.object({
  id: z.number().int(),
  channel: z.enum(['email', 'sms']),
  recipient: z.string(),
  subject: z.string().nullable(),
  text: z.string(),
  html: z.string().nullable(),
  createdAt: z.string(),
});
export type SandboxMessageView = z.infer<typeof sandboxMessageSchema>;

export const sandboxMessagesResponseSchema = z.object({ messages: z.array(sandboxMessageSchema) });
