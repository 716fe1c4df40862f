process.env.NO_PROXY = '127.0.0.1,localhost';

import { Agent, request } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type FakeApi,
  type IncomingCall,
  type RecordedMessage,
  startFakeServer,
} from './fake-server.js';
import { rejectionOf } from './rejection.js';
import { jsonReply } from './reply.js';
import { closesWithin } from './test-clients.js';

interface EchoMessage extends RecordedMessage {
  text: string;
  tooLarge: boolean;
}

let calls: IncomingCall[];
let fake: FakeApi<EchoMessage>;

beforeEach(async () => {
  calls = [];
  fake = await startFakeServer<EchoMessage>({
    apiKey: 'k',
    maxBodyBytes: 64,
    secretForms: (key) => [key],
    handle(call) {
      calls.push(call);
      if (call.pathname === '/boom') throw new Error('handler bug');
      const { method, path, headers, receivedAt } = call;
      const message = { id: `m${calls.length}`, method, path, headers, receivedAt };
      return {
        reply: jsonReply(200, { ok: true }),
        message: { ...message, text: call.body.toString('utf8'), tooLarge: call.tooLarge },
      };
    },
  });
});

afterEach(() => fake.close());

const post = (body: string | Uint8Array = 'hello', init: RequestInit = {}) =>
  fetch(`${fake.url}/send?x=1`, { method: 'POST', body, ...init });

describe('startFakeServer', () => {
  it('listens on 127.0.0.1 and hands the whole request to the handler', async () => {
    expect(fake.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await post('hello', { headers: { 'X-Test': 'yes' } });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    expect(calls[0]).toMatchObject({ method: 'POST', path: '/send?x=1', pathname: '/send' });
    expect(calls[0]?.headers['x-test']).toBe('yes');
    expect(fake.messages.map((m) => m.text)).toEqual(['hello']);
    expect(fake.requests).toMatchObject([{ method: 'POST', path: '/send?x=1', status: 200 }]);
    expect(fake.requests[0]?.body.toString()).toBe('hello');
    expect(fake.requests[0]?.fault).toBeUndefined();
  });

  it('inflates gzip bodies and flags bodies over the limit', async () => {
    const gzip = { 'Content-Encoding': 'gzip' };
    await post(gzipSync('zipped'), { headers: gzip });
    await post('x'.repeat(65));
    await post(gzipSync('y'.repeat(65)), { headers: gzip });

    expect(fake.messages.map((m) => [m.text, m.tooLarge])).toEqual([
      ['zipped', false],
      ['', true],
      ['', true],
    ]);
  });

  it('answers a status fault with its body and headers, for `times` requests', async () => {
    const body = { message: 'Too many requests' };
    fake.fail({ status: 429, body, headers: { 'Retry-After': '2' } }, { times: 2 });

    for (const _ of [1, 2]) {
      const response = await post();
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('2');
      expect(response.headers.get('content-type')).toBe('application/json');
      expect(await response.json()).toEqual(body);
    }
    expect((await post()).status).toBe(200);
    expect(fake.requests.map((r) => r.status)).toEqual([429, 429, 200]);
    expect(fake.requests[0]?.fault).toEqual({ status: 429, body, headers: { 'Retry-After': '2' } });
    expect(fake.messages).toHaveLength(1);
    expect(calls).toHaveLength(1);
  });

  it('sends string bodies as is, empty bodies empty, and lets headers replace the content type', async () => {
    fake.fail({ status: 500, body: '<html>down</html>', headers: { 'content-type': 'text/html' } });
    fake.fail({ status: 502 });
    fake.fail({ status: 500, body: '{not json', headers: { 'Content-Type': 'application/json' } });

    const html = await post();
    expect([html.status, html.headers.get('content-type'), await html.text()]).toEqual([
      500,
      'text/html',
      '<html>down</html>',
    ]);
    const empty = await post();
    expect([empty.status, empty.headers.get('content-length'), await empty.text()]).toEqual([
      502,
      '0',
      '',
    ]);
    const broken = await post();
    expect([broken.headers.get('content-type'), await broken.text()]).toEqual([
      'application/json',
      '{not json',
    ]);
    expect(fake.messages).toHaveLength(0);
  });

  it('answers a non-JSON 2xx for a nonJson fault', async () => {
    fake.fail({ nonJson: true });
    fake.fail({ nonJson: true, status: 202, body: 'OK not json' });

    const first = await post();
    expect([first.status, first.headers.get('content-type'), await first.text()]).toEqual([
      200,
      'text/html; charset=utf-8',
      '<html>ok</html>',
    ]);
    const second = await post();
    expect([second.status, await second.text()]).toEqual([202, 'OK not json']);
    expect(fake.messages).toHaveLength(0);
  });

  it('reads the request, then drops the connection without an answer, for a drop fault', async () => {
    fake.fail({ drop: true });

    const error = await rejectionOf(post('dropped'));

    expect(error).toBeInstanceOf(TypeError);
    expect(fake.requests).toMatchObject([{ status: null, fault: { drop: true } }]);
    expect(fake.requests[0]?.body.toString()).toBe('dropped');
    expect(fake.messages).toHaveLength(0);
    expect((await post()).status).toBe(200);
  });

  it('accepts and records a delayed request before answering it', async () => {
    fake.fail({ delayMs: 10_000 });
    const client = new AbortController();

    const failed = rejectionOf(post('slow', { signal: client.signal }));
    // The client gives up only once the fake holds the request: no race with a loaded machine.
    await vi.waitFor(() => expect(fake.requests).toHaveLength(1), { timeout: 10_000 });
    client.abort();

    expect(((await failed) as Error).name).toBe('AbortError');
    expect(fake.messages.map((m) => m.text)).toEqual(['slow']);
    expect(fake.requests).toMatchObject([{ status: 200, fault: { delayMs: 10_000 } }]);
    expect(await closesWithin(fake.close(), 1000)).toBe('closed');
  });

  it('answers a delayed status fault after the delay', async () => {
    fake.fail({ status: 503, delayMs: 20 });
    expect((await post()).status).toBe(503);
    expect(fake.messages).toHaveLength(0);
  });

  it('answers 500 when the handler throws', async () => {
    const response = await fetch(`${fake.url}/boom`, { method: 'POST' });
    expect([response.status, await response.text()]).toEqual([
      500,
      'fake server error: Error: handler bug',
    ]);
  });

  it('rejects faults it cannot honour', () => {
    expect(() => fake.fail({ status: 503 }, { times: 0 })).toThrow(RangeError);
    expect(() => fake.fail({ status: 503 }, { times: 1.5 })).toThrow(RangeError);
    expect(() => fake.fail({ status: 99 })).toThrow(RangeError);
    expect(() => fake.fail({ nonJson: true, status: 600 })).toThrow(RangeError);
    expect(() => fake.fail({ delayMs: -1 })).toThrow(RangeError);
  });

  it('clear() forgets messages, requests and queued faults', async () => {
    await post();
    fake.fail({ status: 500 }, { times: 3 });
    fake.clear();

    expect(fake.messages).toHaveLength(0);
    expect(fake.requests).toHaveLength(0);
    expect((await post()).status).toBe(200);
    expect(fake.messages).toHaveLength(1);
  });

  it('close() ends idle keep-alive and in-flight connections, and is idempotent', async () => {
    const agent = new Agent({ keepAlive: true });
    const send = () => rawPost(fake.url, agent);
    expect(await send()).toBe('{"ok":true}');
    expect(Object.keys(agent.freeSockets)).toHaveLength(1);
    fake.fail({ delayMs: 60_000 });
    const inFlight = rejectionOf(send());
    await expect.poll(() => fake.requests.length).toBe(2);

    const closing = fake.close();
    expect(fake.close()).toBe(closing);
    expect(await closesWithin(closing, 1000)).toBe('closed');
    expect(await inFlight).toMatchObject({ code: 'ECONNRESET' });
    expect(Object.keys(agent.freeSockets)).toHaveLength(0);
    expect(await rejectionOf(post())).toBeInstanceOf(TypeError);
    agent.destroy();
  });

  it('holds 50 delayed answers at once without a MaxListenersExceededWarning', async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    const agent = new Agent({ keepAlive: false });
    try {
      fake.fail({ delayMs: 60_000 }, { times: 50 });
      const inFlight = Array.from({ length: 50 }, () => rejectionOf(rawPost(fake.url, agent)));
      await expect.poll(() => fake.requests.length).toBe(50);
      await new Promise((resolve) => setImmediate(resolve));
      await fake.close();
      await Promise.all(inFlight);
    } finally {
      process.off('warning', onWarning);
      agent.destroy();
    }
    expect(warnings.map((warning) => warning.name)).toEqual([]);
  });

  it('counts connections on its side, and records a request the client closed before the answer', async () => {
    const agent = new Agent({ keepAlive: false });
    fake.fail({ delayMs: 60_000 }, { times: 3 });
    const inFlight = Array.from({ length: 3 }, () => rawPost(fake.url, agent));
    await expect.poll(() => fake.requests.length).toBe(3);
    expect(fake.connections).toMatchObject({ open: 3, peak: 3, total: 3 });
    expect(fake.requests.map((entry) => entry.closedBeforeAnswer)).toEqual([false, false, false]);

    agent.destroy();
    await Promise.allSettled(inFlight);
    await expect.poll(() => fake.requests.every((entry) => entry.closedBeforeAnswer)).toBe(true);
    await expect.poll(() => fake.connections.open).toBe(0);
    expect(fake.connections.peak).toBe(3);

    fake.clear();
    expect(fake.connections).toMatchObject({ open: 0, peak: 0, total: 0 });
    await post();
    expect(fake.requests[0]?.closedBeforeAnswer).toBe(false);
    expect(fake.connections.total).toBe(1);
  });
});

/** A bare `node:http` POST through `agent`, resolving to the answer's body. */
function rawPost(url: string, agent: Agent): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const req = request(`${url}/send`, { method: 'POST', agent }, (res) => {
      res.setEncoding('utf8');
      let text = '';
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => resolve(text));
    });
    req.on('error', reject);
    req.end('hello');
  });
}
