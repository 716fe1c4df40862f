import { createHmac } from 'node:crypto';
import {
  AuthmailError,
  createMailer,
  createMemoryTransport,
  type MemoryTransportOptions,
} from '@authmail/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeServers, serve } from '../testing/serve.js';
import type { LogtoWebhookEvent } from './event.js';
import { createWebhookHandler, type WebhookHandlerOptions } from './handler.js';

const signingKey = 'whsk_3Yp8mQ2rT7vN1cX5bJ9hL4dF6gK0sZaE';

/** A `User.Created` payload as Logto sends it after a sign-up through the Experience API. */
const userCreated = {
  event: 'User.Created',
  createdAt: '2026-03-02T09:14:27.318Z',
  hookId: 'hk_7bq2x9v4m1',
  interactionEvent: 'Register',
  sessionId: 'ses_kQ3zR8pW1',
  application: {
    id: 'app_5m2n8q',
    type: 'SPA',
    name: 'Acme Portal',
    description: null,
  },
  ip: '203.0.113.7',
  userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15',
  data: {
    id: 'u_9xk2p4w7',
    username: null,
    primaryEmail: 'ann@example.org',
    primaryPhone: null,
    name: 'Ann Lee',
    avatar: null,
    customData: {},
    identities: {},
    lastSignInAt: null,
    createdAt: 1772442867301,
    updatedAt: 1772442867301,
    profile: { locale: 'de' },
    applicationId: 'app_5m2n8q',
    isSuspended: false,
    hasPassword: true,
  },
};

/** What Logto sends: `JSON.stringify(payload)`, signed with the hook's key. */
function signed(payload: unknown, key = signingKey) {
  const body = JSON.stringify(payload);
  const signature = createHmac('sha256', key).update(body).digest('hex');
  return { body, signature };
}

function post(body: string, signature?: string): Request {
  return new Request('http://handler.test/logto/webhook', {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      'user-agent': 'Logto (https://logto.io/)',
      ...(signature === undefined ? {} : { 'logto-signature-sha-256': signature }),
    },
  });
}

function setUp(
  options: Partial<WebhookHandlerOptions> = {},
  transportOptions: MemoryTransportOptions = {},
) {
  const transport = createMemoryTransport(transportOptions);
  const mailer = createMailer({
    transport,
    from: 'Acme <no-reply@acme.test>',
    deliveries: {
      Welcome: {
        subject: 'Welcome to {{application.name}}, {{user.name}}',
        html: '<p>Hi {{user.name}}, welcome!</p>',
      },
    },
  });
  const onError = vi.fn();
  const handler = createWebhookHandler({ mailer, signingKey, onError, ...options });
  return { transport, mailer, handler, onError };
}

afterEach(closeServers);

describe('a signed User.Created', () => {
  it('sends the Welcome email to the primary email, over HTTP', async () => {
    const { transport, handler } = setUp();
    const { body, signature } = signed(userCreated);
    const answer = await fetch(`${await serve(handler)}/logto/webhook`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'logto-signature-sha-256': signature },
    });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ handled: true });
    expect(transport.messages).toHaveLength(1);
    expect(transport.last()).toMatchObject({
      to: 'ann@example.org',
      subject: 'Welcome to Acme Portal, Ann Lee',
      html: '<p>Hi Ann Lee, welcome!</p>',
      tags: ['Welcome'],
    });
  });

  it('accepts the signature in upper case', async () => {
    const { transport, handler } = setUp();
    const { body, signature } = signed(userCreated);
    expect((await handler(post(body, signature.toUpperCase()))).status).toBe(200);
    expect(transport.messages).toHaveLength(1);
  });

  it('acknowledges a user without a primary email, sending nothing', async () => {
    const { transport, handler } = setUp();
    const { body, signature } = signed({
      ...userCreated,
      data: { ...userCreated.data, primaryEmail: null, primaryPhone: '+15550100' },
    });
    const answer = await handler(post(body, signature));
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ handled: false });
    expect(transport.messages).toHaveLength(0);
  });

  it("acknowledges Logto's test payload, which carries no user", async () => {
    const { transport, handler } = setUp();
    const test = {
      event: 'User.Created',
      hookId: 'hk_7bq2x9v4m1',
      createdAt: '2026-03-02T09:14:27.318Z',
      userAgent: 'fake-user-agent',
      path: '/fake-path/:id',
      method: 'POST',
      status: 200,
      params: { id: 'fake-id' },
      data: { result: 'success' },
    };
    const { body, signature } = signed(test);
    expect(await (await handler(post(body, signature))).json()).toEqual({ handled: false });
    expect(transport.messages).toHaveLength(0);
  });

  it('answers a failed send with its status, for Logto to retry a 5xx', async () => {
    const down = new AuthmailError('provider_unavailable', 'SendGrid answered 503', {
      status: 503,
    });
    const { handler, onError } = setUp({}, { failWhen: () => down });
    const { body, signature } = signed(userCreated);
    const answer = await handler(post(body, signature));
    expect(answer.status).toBe(503);
    expect(await answer.json()).toEqual({
      error: 'provider_unavailable',
      message: 'SendGrid answered 503',
    });
    expect(onError).toHaveBeenCalledWith(down);
  });
});

describe('a forged request', () => {
  const { body, signature } = signed(userCreated);
  const cases: [string, string, string | undefined, string][] = [
    [
      'signed with another key',
      body,
      signed(userCreated, 'whsk_other').signature,
      'does not match',
    ],
    [
      'with a tampered body',
      body.replace('ann@example.org', 'eve@example.org'),
      signature,
      'does not match',
    ],
    ['without the header', body, undefined, 'is missing'],
    ['with an empty header', body, '', 'is missing'],
    ['with a signature of the wrong length', body, signature.slice(0, 40), 'does not match'],
    ['with a signature one byte longer', body, `${signature}00`, 'does not match'],
  ];

  it.each(cases)(
    'is refused with 401 when %s, sending nothing',
    async (_case, sent, header, why) => {
      const { transport, handler } = setUp();
      const answer = await handler(post(sent, header));
      expect(answer.status).toBe(401);
      expect(await answer.json()).toEqual({
        error: 'invalid_signature',
        message: `The logto-signature-sha-256 header ${why}.`,
      });
      expect(transport.messages).toHaveLength(0);
    },
  );
});

describe('other events and on', () => {
  const postSignIn = {
    event: 'PostSignIn',
    createdAt: '2026-03-02T10:01:12.004Z',
    hookId: 'hk_7bq2x9v4m1',
    interactionEvent: 'SignIn',
    sessionId: 'ses_kQ3zR8pW1',
    userAgent: 'Mozilla/5.0',
    userIp: '203.0.113.7',
    userId: 'u_9xk2p4w7',
    user: { ...userCreated.data },
    application: userCreated.application,
  };

  it('acknowledges an event without a handler and does nothing', async () => {
    const { transport, handler } = setUp();
    const { body, signature } = signed(postSignIn);
    const answer = await handler(post(body, signature));
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ handled: false });
    expect(transport.messages).toHaveLength(0);
  });

  it('runs the handler on names, with the parsed event', async () => {
    const onPostSignIn = vi.fn();
    const { handler, mailer } = setUp({ on: { PostSignIn: onPostSignIn } });
    const { body, signature } = signed(postSignIn);
    expect(await (await handler(post(body, signature))).json()).toEqual({ handled: true });
    expect(onPostSignIn).toHaveBeenCalledTimes(1);
    const [event, context] = onPostSignIn.mock.calls[0] as [LogtoWebhookEvent, { mailer: unknown }];
    expect(event).toMatchObject({
      event: 'PostSignIn',
      userId: 'u_9xk2p4w7',
      user: { id: 'u_9xk2p4w7' },
    });
    expect(context.mailer).toBe(mailer);
  });

  it('lets a User.Created handler replace the welcome email', async () => {
    const seen: string[] = [];
    const { transport, handler } = setUp({
      on: { 'User.Created': (event) => void seen.push(event.data.id) },
    });
    const { body, signature } = signed(userCreated);
    expect(await (await handler(post(body, signature))).json()).toEqual({ handled: true });
    expect(seen).toEqual(['u_9xk2p4w7']);
    expect(transport.messages).toHaveLength(0);
  });

  it('lets a handler send the welcome email for another event', async () => {
    const { transport, handler } = setUp({
      on: { PostRegister: (_event, { sendWelcome }) => sendWelcome() },
    });
    const { body, signature } = signed({ ...postSignIn, event: 'PostRegister' });
    expect(await (await handler(post(body, signature))).json()).toEqual({ handled: true });
    expect(transport.last()).toMatchObject({ to: 'ann@example.org', tags: ['Welcome'] });
  });

  it("answers a handler's unexpected error with 500 and no detail", async () => {
    const bug = new TypeError(
      "Cannot read properties of undefined (reading 'id') at /srv/app/hooks.js:12",
    );
    const { handler, onError } = setUp({
      on: {
        PostSignIn: () => {
          throw bug;
        },
      },
    });
    const { body, signature } = signed(postSignIn);
    const answer = await handler(post(body, signature));
    expect(answer.status).toBe(500);
    expect(await answer.json()).toEqual({
      error: 'unexpected',
      message: 'unexpected error in the authmail webhook handler',
    });
    expect(onError).toHaveBeenCalledWith(bug);
  });

  it('answers 400 to a signed body without an event', async () => {
    const { handler } = setUp();
    const { body, signature } = signed({ hookId: 'hk_1' });
    const answer = await handler(post(body, signature));
    expect(answer.status).toBe(400);
    expect(await answer.json()).toEqual({
      error: 'invalid_event',
      message: 'event: Invalid input: expected string, received undefined',
    });
  });

  it('refuses a signing key it cannot use', () => {
    const { mailer } = setUp();
    expect(() => createWebhookHandler({ mailer, signingKey: '' })).toThrow(
      expect.objectContaining({
        code: 'invalid_config',
        message: expect.stringContaining('signingKey'),
      }),
    );
  });

  it('refuses a misspelt option by name, with the option it probably meant', () => {
    const { mailer } = setUp();
    const options = { mailer, signingKey: 'whsec-0123456789abcdef', onErorr: () => {} };
    expect(() => createWebhookHandler(options as never)).toThrow(
      expect.objectContaining({
        code: 'invalid_config',
        message: expect.stringContaining('onErorr: not an option; did you mean `onError`?'),
      }),
    );
  });
});
