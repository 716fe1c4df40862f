import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FetchHandler } from './fetch-handler.js';
import { type NodeHandlerOptions, toNodeHandler } from './node-handler.js';

const servers: Server[] = [];

async function urlOf(handler: FetchHandler, options?: NodeHandlerOptions): Promise<string> {
  const server = createServer(toNodeHandler(handler, options)).listen(0, '127.0.0.1');
  servers.push(server);
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(() => {
  for (const server of servers.splice(0)) server.close().closeAllConnections();
});

describe('toNodeHandler', () => {
  it('refuses a misspelt option, naming the one it probably meant', () => {
    const handler = async () => new Response('ok');
    expect(() => toNodeHandler(handler, { maxBodyByte: 10 } as never)).toThrow(
      expect.objectContaining({
        code: 'invalid_config',
        message: expect.stringContaining('did you mean `maxBodyBytes`?'),
      }),
    );
  });

  it('hands the handler the method, path, headers and body, and writes its answer', async () => {
    const seen = vi.fn();
    const url = await urlOf(async (request) => {
      seen(request.method, new URL(request.url).pathname, request.headers.get('authorization'));
      const body = await request.text();
      return new Response(`echo:${body}`, { status: 201, headers: { 'x-answer': 'yes' } });
    });
    const answer = await fetch(`${url}/logto/email?x=1`, {
      method: 'POST',
      body: 'héllo',
      headers: { authorization: 'Bearer t' },
    });
    expect(seen).toHaveBeenCalledWith('POST', '/logto/email', 'Bearer t');
    expect(answer.status).toBe(201);
    expect(answer.headers.get('x-answer')).toBe('yes');
    expect(await answer.text()).toBe('echo:héllo');
  });

  it('answers 413 to a body over maxBodyBytes without calling the handler', async () => {
    const handler = vi.fn(async () => new Response('ok'));
    const url = await urlOf(handler, { maxBodyBytes: 1024 });
    const answer = await fetch(url, { method: 'POST', body: 'x'.repeat(1025) });
    expect(answer.status).toBe(413);
    expect(await answer.json()).toEqual({
      error: 'body_too_large',
      message: 'The request body is too large.',
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('passes a body of exactly maxBodyBytes', async () => {
    const url = await urlOf(
      async (request) => new Response(String((await request.text()).length)),
      {
        maxBodyBytes: 1024,
      },
    );
    const answer = await fetch(url, { method: 'POST', body: 'x'.repeat(1024) });
    expect(await answer.text()).toBe('1024');
  });

  it('answers a bare 500 when the handler throws', async () => {
    const url = await urlOf(async () => {
      throw new Error('/srv/app/secret-path.js');
    });
    const answer = await fetch(url, { method: 'POST', body: '{}' });
    expect(answer.status).toBe(500);
    expect(await answer.text()).toBe('internal error');
  });

  it('serves GET without a body', async () => {
    const url = await urlOf(async (request) => new Response(`${request.method} ${request.body}`));
    expect(await (await fetch(url)).text()).toBe('GET null');
  });
});
