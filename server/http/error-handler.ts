import type { FastifyError, FastifyInstance } from 'fastify';
import { z } from 'zod';

import { type CentralErrorCode, errorBody, errorMessages, HttpError } from './errors.js';

/** Russian messages for the framework's own 4xx answers (bad JSON, too large, wrong type). */
const frameworkMessages: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY:
    'Тело запроса не является корректным JSON. Проверьте данные и повторите.',
  FST_ERR_CTP_BODY_TOO_LARGE:
    'Запрос слишком большой (не более 64 КиБ). Сократите данные и повторите.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Неподдерживаемый тип содержимого: отправляйте application/json.',
};

function codeForStatus(status: number): CentralErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  return 'invalid_input';
}

function describeZodError(error: z.ZodError): string {
  const fields = [...new Set(error.issues.map((issue) => issue.path.join('.')).filter(Boolean))];
  const where = fields.length > 0 ? ` (поля: ${fields.slice(0, 5).join(', ')})` : '';
  return `Запрос заполнен неверно${where}. Проверьте данные и повторите.`;
}

/**
 * Every error becomes `{ error: { code, message } }`: known errors keep their code and Russian
 * message, validation errors are 400 invalid_input, and 5xx details stay in the log, never in the answer.
 * Logs carry the code and status only, never the request's values.
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | HttpError | z.ZodError, request, reply) => {
    if (error instanceof HttpError) {
      request.log.info({ errorCode: error.code, statusCode: error.statusCode }, 'request refused');
      return reply.status(error.statusCode).send(errorBody(error.code, error.message));
    }
    if (error instanceof z.ZodError) {
      request.log.info({ errorCode: 'invalid_input', statusCode: 400 }, 'request refused');
      return reply.status(400).send(errorBody('invalid_input', describeZodError(error)));
    }
    const status =
      'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 400 && status < 500) {
      const code = codeForStatus(status);
      const fastifyCode = 'code' in error ? String(error.code) : '';
      request.log.info({ errorCode: code, statusCode: status, fastifyCode }, 'request refused');
      return reply
        .status(status)
        .send(errorBody(code, frameworkMessages[fastifyCode] ?? errorMessages[code]));
    }
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send(errorBody('internal'));
  });
  app.setNotFoundHandler((request, reply) => {
    request.log.info({ errorCode: 'not_found', statusCode: 404 }, 'no such route');
    return reply
      .status(404)
      .send(errorBody('not_found', 'Такого адреса у сервиса нет. Проверьте адрес запроса.'));
  });
}
