import {
  AuthmailError,
  type AuthmailErrorCode,
  createMailer,
  createMemoryTemplateStore,
  createMemoryTransport,
  type MemoryTransportOptions,
} from '@authmail/core';
import createHttpEmailConnector from '@logto/connector-http-email';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeServers, serve } from '../testing/serve.js';
import { createHttpEmailHandler, type HttpEmailHandlerOptions } from './handler.js';

const authorization = 'Bearer 6f1c0e8a52d94b7f9e3a1c2b4d5e6f70';

/** Logto's Experience API payload for a sign-in code. */
const payload = {
  code: '482913',
  locale: 'en',
  application: { id: 'app_1', name: 'Acme Portal' },
  user: { id: 'user_1', name: 'Ann', primaryEmail: 'ann@example.org', avatar: null },
};

const templates = createMemoryTemplateStore([
  {
    languageTag: 'en',
    templateType: 'SignIn',
    details: { subject: 'Your {{application.name}} code: {{code}}', content: '<p>{{code}}</p>' },
  },
  {
    languageTag: 'de',
    templateType: 'SignIn',
    details: { subject: 'Ihr Code für {{application.name}}: {{code}}', content: '<p>{{code}}</p>' },
  },
  {
    languageTag: 'en',
    templateType: 'Generic',
    details: { subject: 'Your code: {{code}}', content: '<p>{{code}}</p>' },
  },
]);

function setUp(
  transportOptions: MemoryTransportOptions = {},
  options: Partial<HttpEmailHandlerOptions> = {},
) {
  const transport = createMemoryTransport(transportOptions);
  const mailer = createMailer({
    transport,
    from: 'Acme <no-reply@acme.test>',
    templates,
    validateVariables: false,
  });
  const onError = vi.fn();
  const handler = createHttpEmailHandler({ mailer, authorization, onError, ...options });
  return { transport, handler, onError };
}

/** Logto's own HTTP email connector, from npm, configured as in the Console. */
async function logtoConnector(endpoint: string, withAuthorization = authorization) {
  return createHttpEmailConnector({
    getConfig: async () => ({ endpoint, authorization: withAuthorization }),
  });
}

/** What the connector rejected with: Logto's `ConnectorError`. */
async function rejection(promise: Promise<unknown>): Promise<{ code: string; data: unknown }> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toMatchObject({ name: 'Error', code: expect.any(String) });
  expect((error as Error).constructor.name).toBe('ConnectorError');
  return error as { code: string; data: unknown };
}

function post(body: unknown, headers: Record<string, string> = { authorization }): Request {
  return new Request('http://handler.test/logto/email', {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  });
}

afterEach(closeServers);

describe("driven by Logto's HTTP email connector", () => {
  it('sends the email and answers { messageId, languageTag }', async () => {
    const { transport, handler } = setUp();
    const connector = await logtoConnector(await serve(handler));
    const response = await connector.sendMessage({
      to: 'ann@example.org',
      type: 'SignIn',
      payload,
      ip: '203.0.113.7',
    });

    expect(response.statusCode).toBe(200);
    expect(transport.messages).toHaveLength(1);
    expect(transport.last()).toMatchObject({
      to: 'ann@example.org',
      from: 'Acme <no-reply@acme.test>',
      subject: 'Your Acme Portal code: 482913',
      html: '<p>482913</p>',
      tags: ['SignIn'],
    });
    expect(JSON.parse(response.body)).toEqual({
      messageId: '<1@memory.authmail>',
      languageTag: 'en',
    });
  });

  it('picks the German template for payload.locale', async () => {
    const { transport, handler } = setUp();
    const connector = await logtoConnector(await serve(handler));
    const response = await connector.sendMessage({
      to: 'ben@example.org',
      type: 'SignIn',
      payload: { ...payload, locale: 'de-DE' },
    });
    expect(transport.last()?.subject).toBe('Ihr Code für Acme Portal: 482913');
    expect(JSON.parse(response.body)).toMatchObject({ languageTag: 'de' });
  });

  it('negotiates payload.uiLocales when there is no locale', async () => {
    const { transport, handler } = setUp();
    const connector = await logtoConnector(await serve(handler));
    const { locale: _none, ...withoutLocale } = payload;
    await connector.sendMessage({
      to: 'ben@example.org',
      type: 'SignIn',
      payload: { ...withoutLocale, uiLocales: 'fr-CA de' },
    });
    expect(transport.last()?.subject).toBe('Ihr Code für Acme Portal: 482913');
  });

  it('sends Generic for a type authmail does not know', async () => {
    const { transport, handler } = setUp();
    const connector = await logtoConnector(await serve(handler));
    await connector.sendMessage({ to: 'cy@example.org', type: 'SomethingNew', payload });
    expect(transport.last()).toMatchObject({ subject: 'Your code: 482913', tags: ['Generic'] });
  });

  it.each([
    ['a wrong Authorization', 'Bearer 6f1c0e8a52d94b7f9e3a1c2b4d5e6f71'],
    ['a prefix of it', 'Bearer 6f1c'],
    ['no Authorization', ''],
  ])('makes the connector throw on %s, sending nothing', async (_case, sent) => {
    const { transport, handler } = setUp();
    const connector = await logtoConnector(await serve(handler), sent);
    const error = await rejection(
      connector.sendMessage({ to: 'ann@example.org', type: 'SignIn', payload }),
    );
    expect(error.code).toBe('general');
    expect(JSON.parse((error.data as { message: string }).message)).toEqual({
      error: 'invalid_authorization',
      message: 'The Authorization header is missing or wrong.',
    });
    expect(transport.messages).toHaveLength(0);
  });

  it('makes the connector throw with the reason when the body is not a send', async () => {
    const { transport, handler } = setUp();
    const connector = await logtoConnector(await serve(handler));
    const error = await rejection(
      connector.sendMessage({
        to: 'Ann <ann@example.org>, bo@example.org',
        type: 'SignIn',
        payload,
      }),
    );
    expect(JSON.parse((error.data as { message: string }).message)).toEqual({
      error: 'invalid_request',
      message: 'to: must be one email address',
    });
    expect(transport.messages).toHaveLength(0);
  });

  it("makes the connector throw with authmail's code when the provider limits the rate", async () => {
    const limited = new AuthmailError('rate_limited', 'Mailgun answered 429', {
      provider: 'mailgun',
      status: 429,
      retryAfterMs: 1500,
    });
    const { handler } = setUp({ failWhen: () => limited });
    const connector = await logtoConnector(await serve(handler));
    const error = await rejection(
      connector.sendMessage({ to: 'ann@example.org', type: 'SignIn', payload }),
    );
    expect(JSON.parse((error.data as { message: string }).message)).toEqual({
      error: 'rate_limited',
      message: 'Mailgun answered 429',
    });
  });
});

describe('the HTTP email handler', () => {
  it.each<[AuthmailErrorCode, number]>([
    ['invalid_variables', 422],
    ['template_not_found', 422],
    ['invalid_config', 500],
    ['template_syntax', 500],
    ['unauthorized', 500],
    ['provider_rejected', 502],
    ['network', 502],
    ['rate_limited', 429],
    ['provider_unavailable', 503],
    ['timeout', 504],
  ])('answers %s with %i', async (code, status) => {
    const failure = new AuthmailError(code, `failed: ${code}`);
    const { handler, onError } = setUp({ failWhen: () => failure });
    const answer = await handler(post({ to: 'ann@example.org', type: 'SignIn', payload }));
    expect(answer.status).toBe(status);
    expect(await answer.json()).toEqual({ error: code, message: `failed: ${code}` });
    expect(onError).toHaveBeenCalledWith(failure);
  });

  it('passes Retry-After on when the provider asked to wait', async () => {
    const failure = new AuthmailError('provider_unavailable', 'down', { retryAfterMs: 2001 });
    const { handler } = setUp({ failWhen: () => failure });
    const answer = await handler(post({ to: 'ann@example.org', type: 'SignIn', payload }));
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('3');
  });

  it('answers 422 invalid_variables when the mailer checks variables and context is missing', async () => {
    const transport = createMemoryTransport();
    const mailer = createMailer({ transport, from: 'Acme <no-reply@acme.test>', templates });
    const handler = createHttpEmailHandler({ mailer, authorization });
    const { application: _omitted, ...withoutApplication } = payload;
    const answer = await handler(
      post({ to: 'ann@example.org', type: 'SignIn', payload: withoutApplication }),
    );
    expect(answer.status).toBe(422);
    expect(await answer.json()).toMatchObject({ error: 'invalid_variables' });
    expect(transport.messages).toHaveLength(0);
  });

  it('says only "unexpected error" about an error that is not an AuthmailError', async () => {
    const leak = new Error(
      "Cannot find module 'html-to-text'\nRequire stack:\n- /srv/app/node_modules/@authmail/core/dist/index.cjs",
    );
    const transport = createMemoryTransport();
    const mailer = createMailer({ transport, from: 'Acme <no-reply@acme.test>', templates });
    vi.spyOn(mailer, 'send').mockRejectedValue(leak);
    const onError = vi.fn();
    const handler = createHttpEmailHandler({ mailer, authorization, onError });
    const answer = await handler(post({ to: 'ann@example.org', type: 'SignIn', payload }));
    const text = await answer.text();
    expect(answer.status).toBe(500);
    expect(JSON.parse(text)).toEqual({
      error: 'unexpected',
      message: 'unexpected error in the authmail HTTP email handler',
    });
    expect(text).not.toMatch(/srv|node_modules|html-to-text|stack/i);
    expect(onError).toHaveBeenCalledWith(leak);
  });

  it.each([
    ['not JSON', '{"to":', 'The body is not JSON.'],
    ['an array', [], '(root): Invalid input: expected object, received array'],
    [
      'without payload',
      { to: 'ann@example.org', type: 'SignIn' },
      'payload: Invalid input: expected object, received undefined',
    ],
    [
      'a number code',
      { to: 'ann@example.org', type: 'SignIn', payload: { code: 7 } },
      'payload.code: Invalid input: expected string, received number',
    ],
  ])('answers 400 to a body that is %s, with the reason', async (_case, body, reason) => {
    const { handler, transport } = setUp();
    const answer = await handler(post(body));
    expect(answer.status).toBe(400);
    expect(await answer.json()).toEqual({ error: 'invalid_request', message: reason });
    expect(transport.messages).toHaveLength(0);
  });

  it('answers 405 to anything but POST', async () => {
    const { handler } = setUp();
    const answer = await handler(
      new Request('http://handler.test/', { headers: { authorization } }),
    );
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('POST');
  });

  it('answers 413 to a body over maxBodyBytes, sending nothing', async () => {
    const { handler, transport } = setUp({}, { maxBodyBytes: 256 });
    const big = {
      to: 'ann@example.org',
      type: 'SignIn',
      payload: { ...payload, pad: 'x'.repeat(300) },
    };
    const answer = await handler(post(big));
    expect(answer.status).toBe(413);
    expect(transport.messages).toHaveLength(0);
  });

  it('refuses options it cannot use with invalid_config, naming them', () => {
    expect(() => createHttpEmailHandler({ mailer: {} as never, authorization: '' })).toThrow(
      expect.objectContaining({
        code: 'invalid_config',
        message: expect.stringMatching(/mailer: must be a mailer.*authorization: must be/),
      }),
    );
  });

  it('refuses a misspelt option by name, with the option it probably meant', () => {
    const options = { mailer: {} as never, authorization, maxBodyByte: 1024 };
    expect(() => createHttpEmailHandler(options as never)).toThrow(
      expect.objectContaining({
        code: 'invalid_config',
        message: expect.stringContaining(
          'maxBodyByte: not an option; did you mean `maxBodyBytes`?',
        ),
      }),
    );
  });
});
