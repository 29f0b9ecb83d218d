import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { MeResponse } from '@contracts/auth';
import { TEST_PASSWORD, type UserRow } from './factories';

/** An HTTP verb the API answers. */
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/** The answer of `app.inject`: statusCode, headers, body, json(), rawPayload, cookies. */
export type Response = LightMyRequestResponse;
/** Per-request extras: more headers, no CSRF header (to test that it is required), another client address. */
export type RequestOptions = { headers?: Record<string, string>; csrf?: false; remoteAddress?: string };
/** The cookie and CSRF header of a session, as the browser sends them. */
export type Session = { cookie: string; csrf: string; headers: Record<string, string> };

/**
 * Sends requests to the test app through `app.inject`. A body that is a string or a Buffer goes as it is (give its
 * content-type in `headers`); any other body goes as JSON.
 */
export type Client = {
  request(method: Method, url: string, body?: unknown, o?: RequestOptions): Promise<Response>;
  get(url: string, o?: RequestOptions): Promise<Response>;
  delete(url: string, o?: RequestOptions): Promise<Response>;
  post(url: string, body?: unknown, o?: RequestOptions): Promise<Response>;
  put(url: string, body?: unknown, o?: RequestOptions): Promise<Response>;
  patch(url: string, body?: unknown, o?: RequestOptions): Promise<Response>;
};

/** A client signed in through the login route: its user row, its session and the login's answer (grants, permissions). */
export type SignedIn = Client & { user: UserRow; session: Session; me: MeResponse };

/** A client sending the session's cookie and CSRF header (none without a session). */
export function clientOf(app: FastifyInstance, session?: Session): Client {
  const request = (method: Method, url: string, body?: unknown, o: RequestOptions = {}) => {
    const headers: Record<string, string> = { ...(session?.headers ?? {}), ...(o.headers ?? {}) };
    if (o.csrf === false) delete headers['x-csrf-token'];
    const opts: InjectOptions = { method, url, headers };
    if (body !== undefined) opts.payload = typeof body === 'string' || Buffer.isBuffer(body) ? body : (body as object);
    if (o.remoteAddress) opts.remoteAddress = o.remoteAddress;
    return app.inject(opts);
  };
  return {
    request,
    get: (url, o) => request('GET', url, undefined, o),
    delete: (url, o) => request('DELETE', url, undefined, o),
    post: (url, body, o) => request('POST', url, body, o),
    put: (url, body, o) => request('PUT', url, body, o),
    patch: (url, body, o) => request('PATCH', url, body, o),
  };
}

// The login route allows 20 attempts a minute per client address; each sign-in comes from an address of its own
// (198.18.0.0/15 is set aside for tests), so a file may sign in as many users as it likes.
let signIns = 0;
const nextAddress = () => {
  signIns++;
  return `198.${18 + ((signIns >> 16) & 1)}.${(signIns >> 8) & 255}.${signIns & 255}`;
};

/** Signs a user in through `POST /api/auth/login`; throws with the status and body when the login is refused. */
export async function signIn(app: FastifyInstance, username: string, password = TEST_PASSWORD) {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: nextAddress() });
  if (res.statusCode !== 200) throw new Error(`login failed for ${username}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const me = res.json() as MeResponse;
  const session: Session = { cookie, csrf: me.csrfToken, headers: { cookie, 'x-csrf-token': me.csrfToken } };
  return { session, me };
}
