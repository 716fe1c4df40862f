import type { OutgoingBatch } from '@authmail/core';
import { expect, it } from 'vitest';
import { cutLengths, faultCases, plainEmail, refusalReason } from './cases.js';
import { type SuiteContext, wrongApiKey } from './context.js';
import type { ConformanceFake } from './harness.js';
import { echoOf } from './secrets.js';

/**
 * Registers the checks of every failure the provider can answer with: each maps to the same
 * `AuthmailError` through `send` and `sendBatch`, records nothing and shows no form of the key,
 * however long the answer and wherever a provider text is cut.
 */
export function registerFaultChecks<M extends { id: string }, F extends ConformanceFake<M>>(
  context: SuiteContext<M, F>,
): void {
  const { harness, createTransport, current, received, expectFailure, templateName, errorBody } =
    context;
  const batch: OutgoingBatch = {
    from: plainEmail.from,
    subject: plainEmail.subject,
    providerTemplate: { name: templateName, variables: {} },
    recipients: [{ to: plainEmail.to, variables: { link: 'https://example.com/i' } }],
  };
  for (const { title, fault, timeoutMs, delivers, ...expected } of faultCases) {
    const { code, retryable } = expected;
    it(`maps ${title} to ${code} (retryable: ${retryable}) through send and sendBatch, showing no key`, async () => {
      const { fake } = current();
      const answer = fault(
        { key: fake.apiKey, echo: echoOf(fake.apiKey, fake.secretForms(fake.apiKey)) },
        errorBody,
      );
      const transport =
        timeoutMs === undefined ? current().transport : createTransport(fake, { timeoutMs });
      fake.fail(answer);
      await expectFailure(transport.send(plainEmail), transport, expected);
      if (!delivers) expect(received()).toEqual([]);
      const sendBatch = transport.sendBatch?.bind(transport);
      if (sendBatch === undefined) return;
      fake.fail(answer);
      await expectFailure(sendBatch(batch), transport, expected);
      if (!delivers) expect(received()).toEqual([]);
    });
  }

  it('maps a wrong API key to unauthorized (not retryable), showing neither key, recording nothing', async () => {
    const transport = createTransport(current().fake, { apiKey: wrongApiKey });
    const status = harness.http?.wrongKeyStatus ?? 401;
    const expected = { code: 'unauthorized', retryable: false, status } as const;
    await expectFailure(transport.send(plainEmail), transport, expected);
    expect(received()).toEqual([]);
  });

  it("keeps the provider's reason for a refusal in the message", async () => {
    const { fake, transport } = current();
    fake.fail({ status: 400, body: errorBody(refusalReason, 'from') });
    const error = await expectFailure(transport.send(plainEmail), transport, {
      code: 'provider_rejected',
      retryable: false,
      status: 400,
    });
    expect((error as Error).message).toContain(refusalReason);
  });

  it(`shows no part of the key in answers of ${cutLengths.join(', ')} characters, plain and non-JSON`, async () => {
    const { fake, transport } = current();
    const echo = echoOf(fake.apiKey, fake.secretForms(fake.apiKey));
    const expected = { code: 'provider_unavailable', retryable: true, status: 500 } as const;
    for (const length of cutLengths) {
      const body = 'x'.repeat(Math.max(0, length - echo.length)) + echo;
      for (const fault of [
        { status: 500, body },
        { nonJson: true, status: 500, body },
      ]) {
        fake.fail(fault);
        await expectFailure(transport.send(plainEmail), transport, expected);
      }
    }
  });
}
