import { maxVariableDepth, type OutgoingEmail } from '@authmail/core';
import { type FakeMailgun, startFakeMailgun } from '@authmail/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMailgunTransport } from './transport.js';

const apiKey = 'key-test-limits-123456';
const domain = 'mg.example.com';
let fake: FakeMailgun;

beforeAll(async () => {
  fake = await startFakeMailgun({ apiKey, domains: [domain] });
});
beforeEach(() => fake.clear());
afterAll(() => fake.close());

const transport = () =>
  createMailgunTransport({ apiKey, domain, endpoint: fake.url, allowCustomEndpoint: true });

function nested(levels: number): Record<string, unknown> {
  let value: Record<string, unknown> = { a: 'leaf' };
  for (let level = 1; level < levels; level++) value = { a: value };
  return value;
}

const withVariables = (variables: Record<string, unknown>): OutgoingEmail => ({
  to: 'ann@example.org',
  from: `a@${domain}`,
  subject: 's',
  providerTemplate: { name: 'auth-code', variables },
});

describe('provider template variables on Mailgun', () => {
  it(`sends ${maxVariableDepth} levels and refuses one more, before any request`, async () => {
    await expect(transport().send(withVariables(nested(maxVariableDepth)))).resolves.toMatchObject({
      provider: 'mailgun',
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
        providerTemplate: { name: 'invite', variables: {} },
        recipients: [{ to: 'ann@example.org', variables: cyclic }],
      }),
    ).rejects.toMatchObject({ code: 'invalid_variables' });
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses variables JSON cannot write (a BigInt) as invalid_variables', async () => {
    await expect(transport().send(withVariables({ big: 1n }))).rejects.toMatchObject({
      name: 'AuthmailError',
      code: 'invalid_variables',
    });
  });
});
