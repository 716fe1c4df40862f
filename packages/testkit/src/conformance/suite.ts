import { inspect } from 'node:util';
import {
  type BatchRecipient,
  maxVariableDepth,
  type SendReceipt,
  type Transport,
} from '@authmail/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  defaultTemplateName,
  type ExpectedError,
  faultCases,
  plainEmail,
  unicodeEmail,
} from './cases.js';
import { closedPortUrl } from './closed-port.js';
import type { ConformanceFake, ConformanceHarness } from './harness.js';
import { canonicalAddress } from './neutral.js';
import { registerReliabilityChecks } from './reliability-checks.js';

const batchSize = 2500;
const wrongApiKey = 'wrong-key-conformance-0123456789';

/**
 * Registers, with vitest, the behavioural checks every authmail `Transport` must pass against
 * its fake provider API: plain send, reply-to, unicode, provider template, a batch of 2,500
 * split into requests of 1,000, 1,000 and 500 (skipped when the transport has no `sendBatch`),
 * and every failure class mapped to the same `AuthmailError` `code`, `retryable`, `status`
 * and `provider`, with no API key in the error and nothing recorded for a failed send; an
 * untrusted TLS certificate and an unknown host as `network`; an abort rejecting with the
 * signal's reason and closing the connection; at most `maxInFlight` connections open.
 *
 * Call it at the top level of a test file; it starts the fake once (`beforeAll`), clears it
 * after each check and closes it at the end. Import it from `@authmail/testkit/conformance`
 * in a vitest test file (vitest runs test files as ES modules).
 *
 * @param name - names the `describe` block, e.g. `'mailgun'`.
 * @param harness - how to start the fake, build the transport and read what arrived.
 *
 * @example
 * ```ts
 * describeTransportConformance('mailgun', {
 *   start: () => startFakeMailgun({ apiKey: 'key-test', domains: ['mg.example.com'] }),
 *   createTransport: (fake, { apiKey = fake.apiKey, url = fake.url, timeoutMs, maxInFlight }) =>
 *     createMailgunTransport({ apiKey, domain: 'mg.example.com', endpoint: url,
 *       allowCustomEndpoint: true, timeoutMs, maxInFlight }),
 *   neutral: neutralFromMailgun,
 * });
 * ```
 */
export function describeTransportConformance<
  M extends { id: string },
  F extends ConformanceFake<M>,
>(name: string, harness: ConformanceHarness<M, F>): void {
  const templateName = harness.templateName ?? defaultTemplateName;

  describe(`${name} transport conformance`, () => {
    let started: { fake: F; transport: Transport } | undefined;
    const current = () => {
      if (started === undefined) throw new Error(`${name}: the fake API did not start`);
      return started;
    };
    const received = () => current().fake.messages.map((message) => harness.neutral(message));

    /** Awaits `sending`, which must reject with the `expected` AuthmailError. */
    const expectFailure = async (
      sending: Promise<unknown>,
      transport: Transport,
      expected: ExpectedError,
      secrets: string[] = [],
    ) => {
      let error: unknown;
      try {
        await sending;
      } catch (caught) {
        error = caught;
      }
      expect(error, 'the send must reject with an Error').toBeInstanceOf(Error);
      expect(error).toMatchObject({ name: 'AuthmailError', provider: transport.name, ...expected });
      const shown = `${String(error)} ${JSON.stringify(error)} ${inspect(error, { depth: 8 })}`;
      for (const secret of [current().fake.apiKey, ...secrets]) {
        expect(shown, 'the error must not show the API key').not.toContain(secret);
      }
    };

    beforeAll(async () => {
      const fake = await harness.start();
      started = { fake, transport: harness.createTransport(fake, {}) };
    });
    afterEach(() => started?.fake.clear());
    afterAll(() => started?.fake.close());

    it('sends a plain message: from, to, subject, text and html arrive', async () => {
      const { fake, transport } = current();
      const receipt = await transport.send(plainEmail);
      expect(received()).toEqual([
        expect.objectContaining({
          from: canonicalAddress(plainEmail.from),
          to: [canonicalAddress(plainEmail.to)],
          subject: plainEmail.subject,
          text: plainEmail.text,
          html: plainEmail.html,
        }),
      ]);
      expect(receipt.messageId).toMatch(/\S/);
      expect(receipt).toMatchObject({ messageId: fake.messages[0]?.id, provider: transport.name });
    });

    it('sends reply-to', async () => {
      const replyTo = 'Acme Support <support@example.com>';
      await current().transport.send({ ...plainEmail, replyTo });
      expect(received()).toMatchObject([{ replyTo: canonicalAddress(replyTo) }]);
    });

    it('keeps Korean and emoji exact in the subject, bodies and display name', async () => {
      await current().transport.send(unicodeEmail);
      expect(received()).toMatchObject([
        {
          to: [canonicalAddress(unicodeEmail.to)],
          subject: unicodeEmail.subject,
          text: unicodeEmail.text,
          html: unicodeEmail.html,
        },
      ]);
    });

    it('sends a provider template with its variables', async () => {
      const variables = { code: '123456', user: { name: '민지' }, link: 'https://example.com/a' };
      await current().transport.send({
        ...plainEmail,
        text: undefined,
        html: undefined,
        providerTemplate: { name: templateName, variables, locale: 'ko' },
      });
      expect(received()).toMatchObject([{ template: { name: templateName, variables } }]);
    });

    it(`sends template variables ${maxVariableDepth} levels deep and refuses deeper, cyclic or non-JSON ones before any request`, async () => {
      const { fake, transport } = current();
      const template = (variables: Record<string, unknown>) => ({
        ...plainEmail,
        providerTemplate: { name: templateName, variables },
      });
      await transport.send(template(nestedVariables(maxVariableDepth)));
      const cyclic: Record<string, unknown> = { code: '1' };
      cyclic.self = cyclic;
      for (const variables of [nestedVariables(maxVariableDepth + 1), cyclic, { big: 1n }]) {
        await expect(transport.send(template(variables))).rejects.toMatchObject({
          name: 'AuthmailError',
          code: 'invalid_variables',
          retryable: false,
        });
      }
      const sendBatch = transport.sendBatch?.bind(transport);
      if (sendBatch) {
        const batch = { ...plainEmail, providerTemplate: { name: templateName, variables: {} } };
        await expect(
          sendBatch({ ...batch, recipients: [{ to: plainEmail.to, variables: cyclic }] }),
        ).rejects.toMatchObject({
          code: 'invalid_variables',
        });
      }
      expect(fake.messages).toHaveLength(1);
    });

    it(`splits a batch of ${batchSize} into requests of 1,000, 1,000 and 500`, async (context) => {
      const { fake, transport } = current();
      const sendBatch = transport.sendBatch?.bind(transport);
      if (sendBatch === undefined) {
        context.skip(`${name} has no sendBatch`);
        return;
      }
      const recipients: BatchRecipient[] = Array.from({ length: batchSize }, (_, index) => ({
        to: `user${index}@example.org`,
        variables: { code: String(100000 + index), position: index },
      }));
      const receipts: SendReceipt[] = await sendBatch({
        from: plainEmail.from,
        subject: plainEmail.subject,
        providerTemplate: { name: templateName, variables: { product: 'Acme' } },
        recipients,
      });

      const addresses = recipients.map(({ to }) => to);
      expect(receipts.map((receipt) => receipt.recipients)).toEqual([
        addresses.slice(0, 1000),
        addresses.slice(1000, 2000),
        addresses.slice(2000),
      ]);
      for (const receipt of receipts) {
        expect(receipt).toMatchObject({ messageId: expect.stringMatching(/\S/) });
        expect(receipt.provider).toBe(transport.name);
      }
      expect(fake.messages).toHaveLength(3);
      // Requests may arrive in any order: match each receipt to the request it names.
      const byId = new Map(fake.messages.map((message) => [message.id, harness.neutral(message)]));
      const carried = receipts.map((receipt) => byId.get(receipt.messageId));
      expect(carried.map((message) => message?.recipients.length)).toEqual([1000, 1000, 500]);
      expect(carried.map((message) => message?.template?.name)).toEqual(
        Array(3).fill(templateName),
      );
      expect(carried.flatMap((message) => message?.recipients ?? [])).toMatchObject(recipients);
    });

    for (const { title, fault, ...expected } of faultCases) {
      const { code, retryable } = expected;
      it(`maps ${title} to ${code} (retryable: ${retryable}) and records nothing`, async () => {
        const { fake, transport } = current();
        fake.fail(fault);
        await expectFailure(transport.send(plainEmail), transport, expected);
        expect(received()).toEqual([]);
      });
    }

    it('maps a wrong API key to unauthorized (not retryable) and records nothing', async () => {
      const transport = harness.createTransport(current().fake, { apiKey: wrongApiKey });
      const expected = { code: 'unauthorized', retryable: false, status: 401 } as const;
      await expectFailure(transport.send(plainEmail), transport, expected, [wrongApiKey]);
      expect(received()).toEqual([]);
    });

    it('maps an answer slower than timeoutMs to timeout (retryable), in time', async () => {
      const { fake } = current();
      const transport = harness.createTransport(fake, { timeoutMs: 150 });
      fake.fail({ delayMs: 2000 });
      const startedAt = Date.now();
      await expectFailure(transport.send(plainEmail), transport, {
        code: 'timeout',
        retryable: true,
      });
      expect(Date.now() - startedAt).toBeLessThan(1500);
    });

    it('maps a refused connection to network (retryable) and records nothing', async () => {
      const url = await closedPortUrl();
      const transport = harness.createTransport(current().fake, { url });
      await expectFailure(transport.send(plainEmail), transport, {
        code: 'network',
        retryable: true,
      });
      expect(received()).toEqual([]);
    });

    registerReliabilityChecks({ harness, current, expectFailure });
  });
}

/** `{ a: { a: … { a: 'leaf' } } }`, `levels` objects deep. */
function nestedVariables(levels: number): Record<string, unknown> {
  let value: Record<string, unknown> = { a: 'leaf' };
  for (let level = 1; level < levels; level++) value = { a: value };
  return value;
}
