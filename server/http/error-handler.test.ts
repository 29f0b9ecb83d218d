import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installErrorHandler } from './error-handler';
import { withDetail } from './validation';
import { installBilingualZodMessages } from './zod-messages';

describe('withDetail', () => {
  it.each([
    ['Khóa lạ / Unknown key', 'a, b', 'Khóa lạ: a, b / Unknown key: a, b'],
    ['invalid', 'x', 'invalid: x'],
  ])('%s + %s', (message, detail, expected) => expect(withDetail(message, detail)).toBe(expected));
});

describe('validation messages', () => {
  const app = Fastify().withTypeProvider<ZodTypeProvider>();
  beforeAll(async () => {
    installBilingualZodMessages();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    installErrorHandler(app);
    const Body = z.object({ id: z.uuid(), count: z.number().max(500), name: z.string().min(3, 'Tên quá ngắn / name too short') }).strict();
    app.post('/t', { schema: { body: Body } }, async () => ({ ok: true }));
    await app.ready();
  });
  afterAll(() => app.close());

  it('gives zod defaults in Vietnamese and English, and keeps a schema message as written', async () => {
    const res = await app.inject({ method: 'POST', url: '/t', payload: { id: 'x', count: 900, name: 'a', extra: 1 } });
    expect(res.statusCode).toBe(400);
    const issues = res.json().error.issues as Array<{ path: string; message: string }>;
    const at = (path: string) => issues.find((i) => i.path === path)?.message;
    expect(at('body.id')).toBe('UUID không hợp lệ / Invalid UUID');
    expect(at('body.count')).toMatch(/^Quá lớn: .+ \/ Too big: /);
    expect(at('body.name')).toBe('Tên quá ngắn / name too short');
    // Unknown keys are named once in each half.
    expect(issues.find((i) => i.message.includes('extra'))?.message).toBe('Khóa không được nhận dạng: "extra" / Unrecognized key: "extra"');
  });
});
