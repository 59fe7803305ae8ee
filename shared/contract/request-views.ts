import { z } from 'zod';

/** Views of "Заявки": support requests numbered at once, even offline. */

export const requestTopics = [
  'readings',
  'charges',
  'payments',
  'meter',
  'account',
  'other',
] as const;
export const requestTopicSchema = z.enum(requestTopics);

export const requestStatusSchema = z.enum([
  'queued',
  'rejected',
  'new',
  'in_progress',
  'answered',
  'closed',
]);

export const requestViewSchema = z.object({
  /** The number to quote: '<device id>-<n>', formed on the device that took the request. */
  number: z.string(),
  accountId: z.number().int(),
  topic: requestTopicSchema,
  /** Null on kiosks for requests synced from elsewhere (kiosks keep no personal data). */
  body: z.string().nullable(),
  contact: z.string().nullable(),
  status: requestStatusSchema,
  /** The server's reason, when rejected. */
  reason: z.string().nullable(),
  createdAt: z.string(),
  /**
   * The number the device gave, when the central service had to renumber the request
   * ('<number>-<k>': the device had lost its outbox and counted again); null otherwise.
   */
  renumberedFrom: z.string().nullable(),
  replies: z.array(z.object({ author: z.string(), body: z.string(), createdAt: z.string() })),
});
export type RequestView = z.infer<typeof requestViewSchema>;

export const requestInputSchema = z
  .object({
    accountId: z.number().int().positive(),
    topic: requestTopicSchema,
    body: z.string().trim().min(1).max(2000),
    contact: z.string().trim().min(1).max(120),
  })
  .strict();
export type RequestInput = z.output<typeof requestInputSchema>;
