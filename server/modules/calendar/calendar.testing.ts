import { randomInt } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { TEST_PASSWORD, type Session } from '@tests/factories';

/** Signs in from a random client address so the per-IP login limit of the shared test app is not reached. */
export async function calendarSignIn(app: FastifyInstance, username: string): Promise<Session> {
  const remoteAddress = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: TEST_PASSWORD }, remoteAddress });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const csrf = (res.json() as { csrfToken: string }).csrfToken;
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } };
}
