import type { OutgoingBatch } from '@authmail/core';
import { expect, it } from 'vitest';
import { cutLengths, type FaultCase, faultCases, plainEmail, refusalReason } from './cases.js';
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
  const { harness, createTransport, current, received, expectFailure, errorBody } = context;
  const batch = faultBatch(context.templateName);
  for (const faultCase of faultCases.filter(({ timeoutMs }) => timeoutMs === undefined)) {
    registerFaultCase(context, batch, faultCase);
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

/**
 * Registers the fault cases whose requests can outlive their check (a deadline that passes
 * before a slow client has even sent its request: the request still reaches the fake a moment
 * later). The suite registers them last, so no later check sees their requests arrive.
 */
export function registerSlowFaultChecks<M extends { id: string }, F extends ConformanceFake<M>>(
  context: SuiteContext<M, F>,
): void {
  const batch = faultBatch(context.templateName);
  for (const faultCase of faultCases.filter(({ timeoutMs }) => timeoutMs !== undefined)) {
    registerFaultCase(context, batch, faultCase);
  }
}

/** The batch each fault case also sends through `sendBatch`. */
function faultBatch(templateName: string): OutgoingBatch {
  return {
    from: plainEmail.from,
    subject: plainEmail.subject,
    providerTemplate: { name: templateName, variables: {} },
    recipients: [{ to: plainEmail.to, variables: { link: 'https://example.com/i' } }],
  };
}

/** One fault case: the same `AuthmailError` through `send` and `sendBatch`, nothing recorded. */
function registerFaultCase<M extends { id: string }, F extends ConformanceFake<M>>(
  context: SuiteContext<M, F>,
  batch: OutgoingBatch,
  { title, fault, timeoutMs, delivers, ...expected }: FaultCase,
): void {
  const { createTransport, current, received, expectFailure, errorBody } = context;
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
    // A slow client may send its timed-out request only now: queue one for it too.
    if (timeoutMs !== undefined) fake.fail(answer);
    await expectFailure(sendBatch(batch), transport, expected);
    if (!delivers) expect(received()).toEqual([]);
  });
}
