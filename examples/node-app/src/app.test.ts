import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMailer, createMemoryTransport, type Transport } from '@authmail/core';
import { createMailgunTransport } from '@authmail/mailgun';
import { startFakeMailgun } from '@authmail/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { createCodeStore } from './codes.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))),
  );
});

async function startApp(transport: Transport, codes = createCodeStore()) {
  const mailer = createMailer({
    transport,
    from: 'Acme Notes <no-reply@notes.acme.test>',
    builtins: true,
  });
  const server = createServer(
    createApp({ mailer, codes, application: { id: 'notes', name: 'Acme Notes' } }),
  );
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json', ...headers },
    });
}

const codeIn = (text: string | undefined) => /\b(\d{6})\b/.exec(text ?? '')?.[1];

describe('sign-in by email code (memory transport)', () => {
  it('sends a code in the Accept-Language language and verifies it once', async () => {
    const transport = createMemoryTransport();
    const post = await startApp(transport);
    const sent = await post(
      '/sign-in/email',
      { email: 'ann@example.com' },
      { 'accept-language': 'ko-KR,ko;q=0.9,en;q=0.5' },
    );
    expect(sent.status).toBe(202);
    expect(await sent.json()).toMatchObject({
      sent: true,
      languageTag: 'ko',
      expiresInMinutes: 10,
    });
    const email = transport.last();
    expect(email?.to).toBe('ann@example.com');
    expect(email?.subject).toMatch(/^로그인 인증 코드: \d{6}$/);
    const code = codeIn(email?.subject);
    expect(code).toBeDefined();
    expect(email?.text).toContain(code);

    const wrongCode = code === '000000' ? '111111' : '000000';
    expect(
      (await post('/sign-in/verify', { email: 'ann@example.com', code: wrongCode })).status,
    ).toBe(400);
    const verified = await post('/sign-in/verify', { email: 'ANN@example.com', code });
    expect(await verified.json()).toEqual({ verified: true });
    expect((await post('/sign-in/verify', { email: 'ann@example.com', code })).status).toBe(400);
  });

  it('limits wrong guesses and resends', async () => {
    const transport = createMemoryTransport();
    const post = await startApp(transport, createCodeStore({ maxAttempts: 2, maxSends: 2 }));
    await post('/sign-in/email', { email: 'bob@example.com' });
    const code = codeIn(transport.last()?.subject);
    const wrong = code === '000000' ? '111111' : '000000';
    expect((await post('/sign-in/verify', { email: 'bob@example.com', code: wrong })).status).toBe(
      400,
    );
    expect((await post('/sign-in/verify', { email: 'bob@example.com', code: wrong })).status).toBe(
      429,
    );
    expect((await post('/sign-in/verify', { email: 'bob@example.com', code })).status).toBe(429);
    await post('/sign-in/email', { email: 'bob@example.com' });
    const limited = await post('/sign-in/email', { email: 'bob@example.com' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(transport.messages).toHaveLength(2);
  });

  it('expires codes', async () => {
    let now = Date.now();
    const transport = createMemoryTransport();
    const post = await startApp(transport, createCodeStore({ ttlMs: 1000, now: () => now }));
    await post('/sign-in/email', { email: 'cy@example.com' });
    now += 1001;
    const answer = await post('/sign-in/verify', {
      email: 'cy@example.com',
      code: codeIn(transport.last()?.subject),
    });
    expect(await answer.json()).toEqual({ verified: false, error: 'expired' });
  });

  it('rejects bad input with a clear error', async () => {
    const post = await startApp(createMemoryTransport());
    expect(await (await post('/sign-in/email', { email: 'not-an-email' })).json()).toMatchObject({
      error: 'invalid_email',
    });
    expect((await post('/invitations', { email: 'a@b.co' })).status).toBe(400);
    expect((await post('/nowhere', {})).status).toBe(404);
  });
});

describe('invitations through the fake Mailgun API', () => {
  it('sends the invitation link with the real mailgun.js client, in German', async () => {
    const fake = await startFakeMailgun({ apiKey: 'key-app', domains: ['mg.notes.test'] });
    try {
      const transport = createMailgunTransport({
        apiKey: 'key-app',
        domain: 'mg.notes.test',
        endpoint: fake.url,
        allowCustomEndpoint: true,
      });
      const post = await startApp(transport);
      const answer = await post(
        '/invitations',
        {
          email: 'dana@example.com',
          organization: { id: 'org_1', name: 'Research' },
          inviterName: 'Ann',
        },
        { 'accept-language': 'de-CH, de;q=0.9' },
      );
      expect(answer.status).toBe(202);
      const fields = fake.messages[0]?.fields;
      expect(fields?.to).toBe('dana@example.com');
      expect(fields?.['o:tracking-clicks']).toBe('no');
      expect(fields?.text).toMatch(
        /https:\/\/notes\.acme\.test\/invitations\/accept\?token=[\w-]+/,
      );
      expect(fields?.html).toContain('<html lang="de" dir="ltr">');
      expect(fields?.subject).toBe('Sie wurden zu Research eingeladen');
    } finally {
      await fake.close();
    }
  });

  it('answers 503 when the provider is down', async () => {
    const fake = await startFakeMailgun({ apiKey: 'key-app' });
    try {
      fake.fail({ status: 503 });
      const transport = createMailgunTransport({
        apiKey: 'key-app',
        domain: 'mg.notes.test',
        endpoint: fake.url,
        allowCustomEndpoint: true,
      });
      const post = await startApp(transport);
      const answer = await post('/sign-in/email', { email: 'eve@example.com' });
      expect(answer.status).toBe(503);
      expect(await answer.json()).toEqual({
        error: 'email_not_sent',
        code: 'provider_unavailable',
        retryable: true,
      });
    } finally {
      await fake.close();
    }
  });
});
