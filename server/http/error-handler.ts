import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { errorMessage, errorStatus, type ErrorCode } from '@contracts/errors';
import { AppError, type Issue } from './errors';
import { schemaIssues, validationError } from './validation';

function body(code: ErrorCode, message: string = errorMessage(code), issues: Issue[] = []) {
  return { error: { code, message, issues } };
}

const send = (e: AppError) => body(e.code, e.message, e.issues);

// Postgres error classes that mean the caller's data was wrong, not the server.
const PG_CLIENT_ERRORS: Record<string, [ErrorCode, string]> = {
  '23505': ['CONFLICT', 'Dữ liệu đã tồn tại / already exists'],
  '23503': ['VALIDATION_FAILED', 'Tham chiếu không hợp lệ / invalid reference'],
  '23514': ['VALIDATION_FAILED', 'Giá trị không hợp lệ / invalid value'],
  '22P02': ['VALIDATION_FAILED', 'Giá trị không hợp lệ / invalid value'],
  '22007': ['VALIDATION_FAILED', 'Ngày giờ không hợp lệ / invalid date'],
  '22008': ['VALIDATION_FAILED', 'Ngày giờ ngoài phạm vi / date out of range'],
  // A character the database cannot store (NUL reaching it some way other than a request field).
  '22021': ['VALIDATION_FAILED', 'Ký tự không hợp lệ / invalid character'],
  '22P05': ['VALIDATION_FAILED', 'Ký tự không hợp lệ / invalid character'],
};

/** Installs the one error shape `{error:{code,message,issues}}` for every failure. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setNotFoundHandler((req, reply) => {
    void reply.code(404).send(body('NOT_FOUND', `Không có đường dẫn ${req.method} ${req.url.split('?')[0]} / route not found`));
  });

  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (error instanceof AppError) return reply.code(error.status).send(send(error));
    if (hasZodFastifySchemaValidationErrors(error)) {
      return reply.code(400).send(send(validationError(schemaIssues(error.validation, error.validationContext ?? 'body'))));
    }
    if (isResponseSerializationError(error)) {
      req.log.error({ err: error.cause?.issues }, 'response failed its schema');
      return reply.code(500).send(body('INTERNAL'));
    }
    const code = error.code ?? '';
    if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.code(413).send(body('PAYLOAD_TOO_LARGE'));
    if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return reply.code(415).send(body('UNSUPPORTED_MEDIA_TYPE'));
    if (code.startsWith('FST_ERR_CTP') || (error.statusCode === 400 && error instanceof SyntaxError)) {
      return reply
        .code(400)
        .send(
          body('VALIDATION_FAILED', `JSON không hợp lệ / malformed JSON: ${error.message}`, [{ path: 'body', message: error.message }]),
        );
    }
    if (error.statusCode === 429) return reply.code(429).send(body('RATE_LIMITED'));
    const pg = PG_CLIENT_ERRORS[code];
    if (pg) return reply.code(errorStatus(pg[0])).send(body(pg[0], pg[1]));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.code(error.statusCode).send(body('VALIDATION_FAILED', error.message));
    }
    req.log.error({ err: { message: error.message, stack: error.stack, code } }, 'unhandled error');
    return reply.code(500).send(body('INTERNAL'));
  });
}
