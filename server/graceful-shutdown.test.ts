import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '@tests/harness';

// Issue #16 point 7: a shutdown closes idle keep-alive connections at once and answers every request it had received,
// never with 503 (app.ts: forceCloseConnections 'idle', return503OnClosing false).

/** A raw HTTP/1.1 connection: send bytes, read one response (status line, headers, body by content-length). */
function rawConnection(port: number) {
  const socket: Socket = connect(port, '127.0.0.1');
  let buffered = Buffer.alloc(0);
  let waiting: (() => void) | null = null;
  socket.on('data', (d: Buffer) => {
    buffered = Buffer.concat([buffered, d]);
    waiting?.();
  });
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  const response = () =>
    new Promise<{ status: number; headers: string; body: string }>((resolve, reject) => {
      socket.once('close', () => reject(new Error('connection closed before a full answer')));
      const check = () => {
        const end = buffered.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = buffered.subarray(0, end).toString('latin1');
        const length = Number(/content-length: *(\d+)/i.exec(head)?.[1] ?? 0);
        if (buffered.length < end + 4 + length) return;
        const body = buffered.subarray(end + 4, end + 4 + length).toString('utf8');
        buffered = buffered.subarray(end + 4 + length);
        waiting = null;
        resolve({ status: Number(head.split(' ')[1]), headers: head.toLowerCase(), body });
      };
      waiting = check;
      check();
    });
  return { socket, closed, response, send: (s: string) => new Promise<void>((r) => socket.write(s, () => r())) };
}

describe('graceful shutdown', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await createTestApp('pglite');
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as AddressInfo).port;
  });
  afterAll(async () => t.database.close());

  it('closes idle keep-alive connections and answers the request in flight (no 503), then refuses new connections', async () => {
    // An idle keep-alive connection: one answered request, then nothing.
    const idle = rawConnection(port);
    await idle.send('GET /api/health HTTP/1.1\r\nHost: cchc\r\nConnection: keep-alive\r\n\r\n');
    expect((await idle.response()).status).toBe(200);

    // A request in flight: its headers are in, half of its body is still on the way.
    const body = JSON.stringify({ username: 'nobody.here', password: 'not-the-password' });
    const busy = rawConnection(port);
    const received = new Promise<void>((resolve) => t.app.server.once('request', () => resolve()));
    await busy.send(
      `POST /api/auth/login HTTP/1.1\r\nHost: cchc\r\nConnection: keep-alive\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`,
    );
    await received;

    const closing = t.app.close();
    await idle.closed; // the idle connection is dropped at once, not after the keep-alive timeout
    const answer = busy.response();
    await busy.send(body.slice(10));
    const res = await answer;
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body).error.code).toBe('INVALID_CREDENTIALS');
    expect(res.headers).toContain('connection: close'); // so close() need not wait out the keep-alive timeout
    await busy.closed;
    await closing;

    const refused = await new Promise<string>((resolve) => {
      const s = connect(port, '127.0.0.1');
      s.once('connect', () => resolve('connected'));
      s.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');
  });
});
