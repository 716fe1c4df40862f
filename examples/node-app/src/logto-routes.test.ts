import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMailer, createMemoryTransport, type Transport } from '@authmail/core';
import { createMailgunTransport } from '@authmail/mailgun';
import { type FakeMailgun, startFakeMailgun } from '@authmail/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { createCodeStore } from './codes.js';
import { logtoSecretsFromEnv } from './logto-routes.js';

const emailAuthorization = 'Bearer 9c2e51f0a7b84d36b1e0f4a2c8d7e6b5';
const webhookSigningKey = 'whsk_Qm7pX2vR9tL4nB8cJ1dF5gH3kS6aZ0eW';

const servers: Server[] = [];
let mailgun: FakeMailgun;
beforeAll(async () => {
  mailgun = await startFakeMailgun({ apiKey: 'key-notes', domains: ['mg.notes.test'] });
});
afterAll(() => mailgun.close());
afterEach(async () => {
  mailgun.clear();
  await Promise.all(
    servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))),
  );
});

/** The app as `server.ts` builds it, with both Logto secrets set unless told otherwise. */
async function startApp(transport: Transport, secrets = { emailAuthorization, webhookSigningKey }) {
  const from = 'Acme Notes <no-reply@notes.acme.test>';
  const mailer = createMailer({ transport, from, builtins: true });
  const logtoMailer = createMailer({ transport, from, builtins: true, validateVariables: false });
  const app = createApp({
    mailer,
    codes: createCodeStore(),
    application: { id: 'notes', name: 'Acme Notes' },
    logto: { mailer: logtoMailer, ...secrets },
  });
  const server = createServer(app);
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A request as Logto's HTTP email connector sends it. */
function logtoEmail(base: string, body: unknown, authorization = emailAuthorization) {
  return fetch(`${base}/logto/email`, {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** A webhook request as Logto sends it: `JSON.stringify(payload)`, signed. */
function logtoWebhook(base: string, payload: unknown, key = webhookSigningKey) {
  const body = JSON.stringify(payload);
  return fetch(`${base}/logto/webhook`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'user-agent': 'Logto (https://logto.io/)',
      'logto-signature-sha-256': createHmac('sha256', key).update(body).digest('hex'),
    },
    body,
  });
}

const userCreated = {
  event: 'User.Created',
  createdAt: '2026-03-02T09:14:27.318Z',
  hookId: 'hk_notes_1',
  interactionEvent: 'Register',
  sessionId: 'ses_1',
  application: { id: 'notes', type: 'Traditional', name: 'Acme Notes', description: null },
  userAgent: 'Mozilla/5.0',
  data: {
    id: 'u_41',
    username: null,
    primaryEmail: 'dana@example.com',
    primaryPhone: null,
    name: 'Dana',
    avatar: null,
    customData: {},
    identities: {},
    profile: {},
    applicationId: 'notes',
    isSuspended: false,
    createdAt: 1772442867301,
    updatedAt: 1772442867301,
  },
};

describe('POST /logto/email (Logto Cloud HTTP email connector)', () => {
  it("sends Logto's code through the real mailgun.js client, in the payload's language", async () => {
    const transport = createMailgunTransport({
      apiKey: 'key-notes',
      domain: 'mg.notes.test',
      endpoint: mailgun.url,
      allowCustomEndpoint: true,
    });
    const base = await startApp(transport);
    const answer = await logtoEmail(base, {
      to: 'ann@example.com',
      type: 'SignIn',
      payload: { code: '482913', locale: 'de', application: { id: 'notes', name: 'Acme Notes' } },
    });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ messageId: expect.any(String), languageTag: 'de' });
    expect(mailgun.messages).toHaveLength(1);
    expect(mailgun.messages[0]?.fields).toMatchObject({
      to: 'ann@example.com',
      subject: expect.stringContaining('482913'),
      'o:tag': 'SignIn',
    });
    expect(String(mailgun.messages[0]?.fields.html)).toContain('lang="de"');
  });

  it('refuses a wrong Authorization with 401, sending nothing', async () => {
    const transport = createMemoryTransport();
    const base = await startApp(transport);
    const answer = await logtoEmail(
      base,
      { to: 'ann@example.com', type: 'Generic', payload: { code: '1' } },
      'Bearer nope',
    );
    expect(answer.status).toBe(401);
    expect(transport.messages).toHaveLength(0);
  });
});

describe('POST /logto/webhook (Logto webhooks)', () => {
  it('sends the Welcome email for a signed User.Created', async () => {
    const transport = createMemoryTransport();
    const base = await startApp(transport);
    const answer = await logtoWebhook(base, userCreated);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ handled: true });
    expect(transport.last()).toMatchObject({ to: 'dana@example.com', tags: ['Welcome'] });
    expect(transport.last()?.text).toContain('Dana');
  });

  it('refuses a body signed with another key', async () => {
    const transport = createMemoryTransport();
    const base = await startApp(transport);
    const answer = await logtoWebhook(base, userCreated, 'whsk_someone_else');
    expect(answer.status).toBe(401);
    expect(transport.messages).toHaveLength(0);
  });
});

it('mounts neither route without its secret', async () => {
  const base = await startApp(createMemoryTransport(), {
    emailAuthorization: '',
    webhookSigningKey: '',
  });
  expect((await logtoEmail(base, {})).status).toBe(404);
  expect((await logtoWebhook(base, userCreated)).status).toBe(404);
});

it('reads the secrets from LOGTO_EMAIL_AUTHORIZATION and LOGTO_WEBHOOK_SIGNING_KEY', () => {
  expect(
    logtoSecretsFromEnv({
      LOGTO_EMAIL_AUTHORIZATION: ` ${emailAuthorization} `,
      LOGTO_WEBHOOK_SIGNING_KEY: webhookSigningKey,
    }),
  ).toEqual({ emailAuthorization, webhookSigningKey });
  expect(logtoSecretsFromEnv({})).toEqual({
    emailAuthorization: undefined,
    webhookSigningKey: undefined,
  });
});
