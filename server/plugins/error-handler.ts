import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type Issue } from './app-error';

function body(code: string, message: string, issues: Issue[] = []) {
  return { error: { code, message, issues } };
}

// Postgres error classes that mean the caller's data was wrong, not the server.
const PG_CLIENT_ERRORS: Record<string, [string, string]> = {
  '23505': ['CONFLICT', 'Dữ liệu đã tồn tại / already exists'],
  '23503': ['VALIDATION_FAILED', 'Tham chiếu không hợp lệ / invalid reference'],
  '23514': ['VALIDATION_FAILED', 'Giá trị không hợp lệ / invalid value'],
  '22P02': ['VALIDATION_FAILED', 'Giá trị không hợp lệ / invalid value'],
  '22007': ['VALIDATION_FAILED', 'Ngày giờ không hợp lệ / invalid date'],
  '22008': ['VALIDATION_FAILED', 'Ngày giờ ngoài phạm vi / date out of range'],
};

/** Appends a detail to both halves of a 'Tiếng Việt / English' message (or to a one-language one). */
export function withDetail(message: string, detail: string): string {
  const i = message.indexOf(' / ');
  return i < 0 ? `${message}: ${detail}` : `${message.slice(0, i)}: ${detail} / ${message.slice(i + 3)}: ${detail}`;
}

/** Installs the one error shape `{error:{code,message,issues}}` for every failure. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setNotFoundHandler((req, reply) => {
    void reply.code(404).send(body('NOT_FOUND', `Không có đường dẫn ${req.method} ${req.url.split('?')[0]} / route not found`));
  });

  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (error instanceof AppError) {
      return reply.code(error.status).send(body(error.code, error.message, error.issues));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const issues = error.validation.map((v) => {
        const sub = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
        const path = sub ? `${where}.${sub}` : where;
        const keys = (v.params as { keys?: string[] } | undefined)?.keys;
        const message = v.message ?? 'invalid';
        // zod names unknown keys in its message already; otherwise they go after each language's half.
        const detailed = keys?.length && !keys.every((k) => message.includes(k)) ? withDetail(message, keys.join(', ')) : message;
        return { path, message: detailed, code: String(v.keyword) };
      });
      return reply.code(400).send(body('VALIDATION_FAILED', `Dữ liệu không hợp lệ (${issues.length} lỗi) / invalid input`, issues));
    }
    if (isResponseSerializationError(error)) {
      req.log.error({ err: error.cause?.issues }, 'response failed its schema');
      return reply.code(500).send(body('INTERNAL', 'Lỗi hệ thống / internal error'));
    }
    const code = error.code ?? '';
    if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.code(413).send(body('PAYLOAD_TOO_LARGE', 'Dữ liệu gửi lên quá lớn / request body too large'));
    }
    if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.code(415).send(body('UNSUPPORTED_MEDIA_TYPE', 'Chỉ nhận application/json / only application/json is accepted'));
    }
    if (code.startsWith('FST_ERR_CTP') || (error.statusCode === 400 && error instanceof SyntaxError)) {
      return reply
        .code(400)
        .send(
          body('VALIDATION_FAILED', `JSON không hợp lệ / malformed JSON: ${error.message}`, [{ path: 'body', message: error.message }]),
        );
    }
    if (error.statusCode === 429) {
      return reply.code(429).send(body('RATE_LIMITED', 'Quá nhiều yêu cầu, vui lòng thử lại sau / too many requests'));
    }
    const pgCode = (error as { code?: string }).code;
    const pg = pgCode ? PG_CLIENT_ERRORS[pgCode] : undefined;
    if (pg) {
      return reply.code(pg[0] === 'CONFLICT' ? 409 : 400).send(body(pg[0], pg[1]));
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.code(error.statusCode).send(body('VALIDATION_FAILED', error.message));
    }
    req.log.error({ err: { message: error.message, stack: error.stack, code } }, 'unhandled error');
    return reply.code(500).send(body('INTERNAL', 'Lỗi hệ thống, vui lòng thử lại / internal error'));
  });
}
