import { maxVariableDepth, type OutgoingEmail } from '@authmail/core';
import { type FakeSendGrid, startFakeSendGrid } from '@authmail/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSendGridTransport } from './transport.js';

const apiKey = 'SG.test-limits.123456';
const domain = 'acme.test';
let fake: FakeSendGrid;

beforeAll(async () => {
  fake = await startFakeSendGrid({ apiKey });
});
beforeEach(() => fake.clear());
afterAll(() => fake.close());

const transport = () =>
  createSendGridTransport({ apiKey, baseUrl: fake.url, allowCustomBaseUrl: true });

function nested(levels: number): Record<string, unknown> {
  let value: Record<string, unknown> = { a: 'leaf' };
  for (let level = 1; level < levels; level++) value = { a: value };
  return value;
}

const withVariables = (variables: Record<string, unknown>): OutgoingEmail => ({
  to: 'ann@example.org',
  from: `a@${domain}`,
  subject: 's',
  providerTemplate: { name: 'd-auth-code', variables },
});

describe('provider template variables on SendGrid', () => {
  it(`sends ${maxVariableDepth} levels and refuses one more, before any request`, async () => {
    await expect(transport().send(withVariables(nested(maxVariableDepth)))).resolves.toMatchObject({
      provider: 'sendgrid',
    });
    await expect(
      transport().send(withVariables(nested(maxVariableDepth + 1))),
    ).rejects.toMatchObject({ code: 'invalid_variables', retryable: false });
    expect(fake.requests).toHaveLength(1);
  });

  it('refuses cyclic variables with an AuthmailError instead of a TypeError or a stack overflow', async () => {
    const cyclic: Record<string, unknown> = { code: '1' };
    cyclic.self = cyclic;
    await expect(transport().send(withVariables(cyclic))).rejects.toMatchObject({
      name: 'AuthmailError',
      code: 'invalid_variables',
    });
    await expect(
      transport().sendBatch({
        from: `a@${domain}`,
        subject: 's',
        providerTemplate: { name: 'd-invite', variables: {} },
        recipients: [{ to: 'ann@example.org', variables: cyclic }],
      }),
    ).rejects.toMatchObject({ code: 'invalid_variables' });
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses variables JSON cannot write (a BigInt) with a non-retryable AuthmailError', async () => {
    await expect(transport().send(withVariables({ big: 1n }))).rejects.toMatchObject({
      name: 'AuthmailError',
      retryable: false,
    });
  });
});
