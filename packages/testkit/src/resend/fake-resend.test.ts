process.env.NO_PROXY = '127.0.0.1,localhost';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeResend, startFakeResend } from './fake-resend.js';

const apiKey = 're_fake_test_key';
const email = {
  from: 'Acme <no-reply@acme.test>',
  to: 'ann@example.org',
  subject: 'Hi',
  text: 'Hello',
};
let clock = 0;
let fake: FakeResend;

beforeEach(async () => {
  clock = Date.UTC(2026, 0, 1);
  fake = await startFakeResend({ apiKey, now: () => clock });
});
afterEach(() => fake.close());

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${fake.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const refusal = (status: number, name: string, message = expect.any(String)) => ({
  status,
  body: { statusCode: status, name, message },
});

describe('startFakeResend', () => {
  it('accepts an email with 200 { id } and records it', async () => {
    const answer = await post('/emails', email);
    expect(answer).toEqual({ status: 200, body: { id: expect.stringMatching(/^[0-9a-f-]{36}$/) } });
    expect(fake.messages).toMatchObject([{ id: answer.body.id, kind: 'email', emails: [email] }]);
  });

  it('answers a missing key 401 missing_api_key and a wrong one 403 invalid_api_key', async () => {
    expect(await post('/emails', email, { authorization: '' })).toEqual(
      refusal(401, 'missing_api_key'),
    );
    expect(await post('/emails', email, { authorization: 'Bearer re_other' })).toEqual(
      refusal(403, 'invalid_api_key', 'API key is invalid.'),
    );
    const get = await fetch(`${fake.url}/emails`, {
      headers: { authorization: `Bearer ${apiKey}` },
    });
    expect(get.status).toBe(405);
    expect((await post('/domains', email)).status).toBe(404);
    expect(fake.messages).toEqual([]);
  });

  it.each([
    ['no to', { ...email, to: undefined }, 'missing_required_field', 'Missing `to` field.'],
    ['no from', { ...email, from: undefined }, 'missing_required_field', 'Missing `from` field.'],
    [
      'no subject',
      { ...email, subject: undefined },
      'missing_required_field',
      'Missing `subject` field.',
    ],
    [
      'no body',
      { ...email, text: undefined },
      'missing_required_field',
      expect.stringContaining('html'),
    ],
    [
      'a comma list in to',
      { ...email, to: 'a@x.test, b@x.test' },
      'validation_error',
      expect.stringContaining('`to`'),
    ],
    [
      '51 to',
      { ...email, to: Array.from({ length: 51 }, (_, i) => `u${i}@x.test`) },
      'validation_error',
      expect.stringContaining('at most 50'),
    ],
    [
      'a template with html',
      { ...email, text: undefined, html: 'x', template: { id: 't' } },
      'validation_error',
      expect.stringContaining('`template`'),
    ],
    [
      'nested variables',
      { ...email, text: undefined, template: { id: 't', variables: { a: { b: 1 } } } },
      'validation_error',
      expect.stringContaining('variables'),
    ],
    [
      'a tag with a dot',
      { ...email, tags: [{ name: 'a.b', value: 'x' }] },
      'validation_error',
      expect.stringContaining('tags'),
    ],
  ])('refuses %s with 422', async (_, body, name, message) => {
    expect(await post('/emails', body)).toEqual(refusal(422, name, message));
    expect(fake.messages).toEqual([]);
  });

  it('takes a template without from or subject, 50 recipients, and batches of 1 to 100', async () => {
    const templated = {
      to: 'ann@example.org',
      template: { id: 'tmpl', variables: { code: 1, name: 'A' } },
    };
    expect((await post('/emails', templated)).status).toBe(200);
    const batch = Array.from({ length: 100 }, () => email);
    const answer = await post('/emails/batch', batch);
    expect(answer.body.data).toHaveLength(100);
    expect(fake.messages[1]).toMatchObject({
      kind: 'batch',
      id: (answer.body.data as { id: string }[])[0]?.id,
    });
    expect(await post('/emails/batch', [...batch, email])).toEqual(
      refusal(422, 'validation_error'),
    );
    expect(await post('/emails/batch', [email, { ...email, to: undefined }])).toEqual(
      refusal(422, 'missing_required_field', 'emails[1]: Missing `to` field.'),
    );
  });

  describe('Idempotency-Key', () => {
    const key = { 'idempotency-key': 'order-7/confirmation' };

    it('answers the same key and body with the first answer for 24 hours, recording one message', async () => {
      const first = await post('/emails', email, key);
      clock += 24 * 60 * 60 * 1000 - 1;
      // Key order does not make a body differ.
      expect(
        await post(
          '/emails',
          { text: 'Hello', subject: 'Hi', to: email.to, from: email.from },
          key,
        ),
      ).toEqual(first);
      expect(fake.messages).toHaveLength(1);
      clock += 1;
      expect((await post('/emails', email, key)).body.id).not.toBe(first.body.id);
      expect(fake.messages).toHaveLength(2);
    });

    it('answers the same key with another body 409 invalid_idempotent_request', async () => {
      await post('/emails', email, key);
      expect(await post('/emails', { ...email, subject: 'Other' }, key)).toEqual(
        refusal(
          409,
          'invalid_idempotent_request',
          'Same idempotency key used with a different request payload.',
        ),
      );
      expect(fake.messages).toHaveLength(1);
    });

    it('remembers accepted answers only, per endpoint, until clear()', async () => {
      fake.fail({ status: 500, body: { message: 'down' } });
      expect((await post('/emails', email, key)).status).toBe(500);
      expect((await post('/emails', { ...email, to: 'x' }, key)).status).toBe(422);
      expect((await post('/emails', email, key)).status).toBe(200);
      expect((await post('/emails/batch', [email], key)).status).toBe(200);
      fake.clear();
      expect((await post('/emails', { ...email, subject: 'New' }, key)).status).toBe(200);
    });

    it('refuses a key over 256 characters: 400 invalid_idempotency_key', async () => {
      expect(await post('/emails', email, { 'idempotency-key': 'k'.repeat(257) })).toEqual(
        refusal(400, 'invalid_idempotency_key', 'The key must be between 1-256 chars.'),
      );
    });
  });
});
