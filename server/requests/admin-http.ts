import { z } from 'zod';

import { requestTopicSchema } from '../../shared/contract/request-views.js';

/** Bodies of the admin endpoints for support requests (routes/admin-requests.ts). */

export const serverRequestStatusSchema = z.enum(['new', 'in_progress', 'answered', 'closed']);
export type ServerRequestStatus = z.infer<typeof serverRequestStatusSchema>;

const nonBlank = (max: number) => z.string().max(max).regex(/\S/);

/** A positive int4 written in plain digits (no signs, exponents or hex). */
const positiveInt = (max: number) =>
  z
    .string()
    .regex(/^[1-9]\d{0,9}$/)
    .transform(Number)
    .pipe(z.number().max(max));

/** `:id` of /api/v1/admin/requests/:id. */
export const requestIdParamsSchema = z.object({ id: positiveInt(2_147_483_647) }).strict();

/** GET /api/v1/admin/requests?number=&status=&limit= — newest first. */
export const adminRequestQuerySchema = z
  .object({
    number: z.string().max(40).optional(),
    status: serverRequestStatusSchema.optional(),
    limit: positiveInt(200).default(50),
  })
  .strict();

/** POST /api/v1/admin/requests/:id/replies — the reply, and the status it leaves the request in. */
export const adminReplyBodySchema = z
  .object({
    author: nonBlank(120),
    body: nonBlank(4000),
    status: serverRequestStatusSchema.default('answered'),
  })
  .strict();
export type AdminReplyBody = z.infer<typeof adminReplyBodySchema>;

/** PATCH /api/v1/admin/requests/:id */
export const adminStatusBodySchema = z.object({ status: serverRequestStatusSchema }).strict();

export const adminReplySchema = z.object({
  id: z.number().int(),
  author: z.string(),
  body: z.string(),
  createdAt: z.string(),
});

export const adminRequestSchema = z.object({
  id: z.number().int(),
  number: z.string(),
  regionId: z.number().int(),
  accountId: z.number().int(),
  submissionId: z.string().nullable(),
  source: z.enum(['cabinet', 'kiosk', 'counter']),
  topic: requestTopicSchema.or(z.string()),
  body: z.string(),
  contact: z.string(),
  status: serverRequestStatusSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  replies: z.array(adminReplySchema),
});
export type AdminRequest = z.infer<typeof adminRequestSchema>;

export const adminRequestListSchema = z.object({ requests: z.array(adminRequestSchema) });
