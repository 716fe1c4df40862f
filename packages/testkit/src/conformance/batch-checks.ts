import type { BatchRecipient, SendReceipt } from '@authmail/core';
import { capabilitiesOf } from '@authmail/core/provider';
import { expect, it } from 'vitest';
import { plainEmail } from './cases.js';
import type { SuiteContext } from './context.js';
import type { ConformanceFake } from './harness.js';

/**
 * Registers the batch check: 2.5 times the transport's own limit of recipients go in
 * requests of the limit, the limit and half of it, each recipient with its own variables.
 */
export function registerBatchChecks<M extends { id: string }, F extends ConformanceFake<M>>(
  context: SuiteContext<M, F>,
): void {
  const { harness, current, templateName } = context;

  it('splits a batch of 2.5 times its maxBatchRecipients into requests of the limit, the limit and half', async (test) => {
    const { fake, transport } = current();
    const sendBatch = transport.sendBatch?.bind(transport);
    if (sendBatch === undefined) {
      test.skip(`${transport.name} has no sendBatch`);
      return;
    }
    // Read as core's sendMany reads it: core's default for a transport that declares none.
    const { maxBatchRecipients: limit } = capabilitiesOf(transport);
    const half = Math.max(1, Math.floor(limit / 2));
    const recipients: BatchRecipient[] = Array.from({ length: 2 * limit + half }, (_, index) => ({
      to: index % 2 === 0 ? `User ${index} <user${index}@example.org>` : `user${index}@example.org`,
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
      addresses.slice(0, limit),
      addresses.slice(limit, 2 * limit),
      addresses.slice(2 * limit),
    ]);
    for (const receipt of receipts) {
      expect(receipt).toMatchObject({ messageId: expect.stringMatching(/\S/) });
      expect(receipt.provider).toBe(transport.name);
    }
    expect(fake.messages).toHaveLength(3);
    // Requests may arrive in any order: match each receipt to the request it names.
    const byId = new Map(fake.messages.map((message) => [message.id, harness.neutral(message)]));
    const carried = receipts.map((receipt) => byId.get(receipt.messageId));
    expect(carried.map((message) => message?.recipients.length)).toEqual([limit, limit, half]);
    expect(carried.map((message) => message?.template?.name)).toEqual(Array(3).fill(templateName));
    expect(carried.flatMap((message) => message?.recipients ?? [])).toMatchObject(recipients);
  });
}
