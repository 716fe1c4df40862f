import { describe, expect, it } from 'vitest';
import { AuthmailError } from '../errors.js';
import { withDeadline } from './deadline.js';
import { checkProviderUrl } from './endpoint.js';
import { errorCodeForStatus, retryAfterMs } from './http-status.js';
import { createProviderTransport } from './provider-transport.js';
import { redactSecrets } from './redact.js';

describe('errorCodeForStatus', () => {
  it.each([
    [400, 'provider_rejected'],
    [401, 'unauthorized'],
    [403, 'unauthorized'],
    [404, 'provider_rejected'],
    [413, 'provider_rejected'],
    [429, 'rate_limited'],
    [500, 'provider_unavailable'],
    [503, 'provider_unavailable'],
  ])('%i → %s', (status, code) => {
    expect(errorCodeForStatus(status)).toBe(code);
  });
});

describe('retryAfterMs', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it('reads seconds, HTTP dates and epoch resets', () => {
    expect(retryAfterMs({ retryAfter: '7' }, now)).toBe(7000);
    expect(retryAfterMs({ retryAfter: ['2'] }, now)).toBe(2000);
    expect(retryAfterMs({ retryAfter: 'Thu, 01 Jan 2026 00:00:05 GMT' }, now)).toBe(5000);
    expect(retryAfterMs({ rateLimitReset: String(now / 1000 + 30) }, now)).toBe(30_000);
    expect(retryAfterMs({}, now)).toBeUndefined();
  });
});

describe('withDeadline', () => {
  it('rejects with a retryable timeout when the answer is late', async () => {
    const late = () => new Promise<string>((resolve) => setTimeout(() => resolve('late'), 200));
    await expect(withDeadline(late, { timeoutMs: 20, provider: 'p' })).rejects.toMatchObject({
      code: 'timeout',
      retryable: true,
      provider: 'p',
    });
  });

  it('passes the answer and the failure through', async () => {
    await expect(withDeadline(async () => 'ok', { timeoutMs: 100, provider: 'p' })).resolves.toBe(
      'ok',
    );
    await expect(
      withDeadline(async () => Promise.reject(new Error('boom')), {
        timeoutMs: 100,
        provider: 'p',
      }),
    ).rejects.toThrow('boom');
  });

  it('rejects with the abort reason', async () => {
    const controller = new AbortController();
    const pending = withDeadline(() => new Promise(() => {}), {
      timeoutMs: 1000,
      provider: 'p',
      signal: controller.signal,
    });
    controller.abort(new Error('stop'));
    await expect(pending).rejects.toThrow('stop');
  });
});

describe('checkProviderUrl', () => {
  const rule = {
    field: 'endpoint',
    allowedHost: (host: string) => host.endsWith('.mailgun.net'),
    allowedHostDescription: '*.mailgun.net',
    allowCustom: false,
    allowFlag: 'allowCustomEndpoint',
  };
  it('accepts the provider hosts over https', () => {
    expect(checkProviderUrl('https://api.eu.mailgun.net/', rule)).toBe(
      'https://api.eu.mailgun.net',
    );
  });
  it.each([
    'http://api.mailgun.net',
    'https://api.mailgun1.net',
    'https://evil.test',
    'not a url',
    'https://u:p@api.mailgun.net',
  ])('rejects %s naming the field', (url) => {
    expect(() => checkProviderUrl(url, rule)).toThrow(/^endpoint /);
  });
  it('allows any http(s) host when custom URLs are allowed', () => {
    expect(checkProviderUrl('http://127.0.0.1:8080', { ...rule, allowCustom: true })).toBe(
      'http://127.0.0.1:8080',
    );
  });
});

describe('redactSecrets', () => {
  const key = 'key-1234567890';
  const base64 = (text: string) => Buffer.from(text).toString('base64');

  it('removes each given form and its Base64', () => {
    const text = `${key} ${base64(key)} Basic ${base64(`api:${key}`)} ${base64(`Bearer ${key}`)}`;
    expect(redactSecrets(text, [key, `api:${key}`, `Bearer ${key}`])).toBe(
      '[redacted] [redacted] Basic [redacted] [redacted]',
    );
  });

  it('assumes no provider: a Basic-auth pair stays unless its form is declared', () => {
    const basic = `Basic ${base64(`api:${key}`)}`;
    expect(redactSecrets(basic, [key])).toBe(basic);
    expect(redactSecrets(basic, [key, `api:${key}`])).toBe('Basic [redacted]');
  });

  it('redacts before it shortens, and leaves forms under 4 characters alone', () => {
    expect(redactSecrets(`xx ${key}`, [key], 8)).toBe('xx [red…');
    expect(redactSecrets('abc abc', ['abc'])).toBe('abc abc');
  });
});

describe('createProviderTransport: secrets in errors', () => {
  const key = 'key-1234567890';
  const basic = Buffer.from(`api:${key}`).toString('base64');

  /** A transport whose client fails with what `toError` makes of a leaking answer. */
  const failingWith = (toError: () => AuthmailError) =>
    createProviderTransport({
      name: 'p',
      timeoutMs: 1000,
      maxBatchRecipients: 1000,
      secrets: [key],
      secretForms: (secret) => [`api:${secret}`],
      message: () => 0,
      batch: () => 0,
      send: async () => Promise.reject(new Error('answer')),
      toError,
    });
  const message = { to: 'a@b.test', from: 'c@d.test', subject: 's', text: 't' };

  it('removes every declared form from the message and details toError returns', async () => {
    const leaking = failingWith(
      () =>
        new AuthmailError('provider_rejected', `refused ${key} (Basic ${basic})`, {
          provider: 'p',
          status: 400,
          details: { echo: [`Authorization: Basic ${basic}`], key, count: 1 },
        }),
    );
    const error = await leaking.send(message).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      code: 'provider_rejected',
      status: 400,
      message: 'refused [redacted] (Basic [redacted])',
      details: { echo: ['Authorization: Basic [redacted]'], key: '[redacted]', count: 1 },
    });
    expect(String((error as Error).stack)).not.toContain(key);
  });

  it('passes an error holding no secret through unchanged', async () => {
    const clean = new AuthmailError('network', 'reset', { provider: 'p', details: { a: ['b'] } });
    await expect(failingWith(() => clean).send(message)).rejects.toBe(clean);
  });
});
