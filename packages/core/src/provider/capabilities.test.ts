import { describe, expect, it } from 'vitest';
import { AuthmailError } from '../errors.js';
import { createMailer } from '../mailer/create-mailer.js';
import { createMemoryTransport } from '../memory-transport.js';
import { withFailover } from '../reliability/failover.js';
import { withRetry } from '../reliability/retry.js';
import type { OutgoingBatch, Transport, TransportCapabilities } from '../transport.js';
import { capabilitiesOf, defaultCapabilities } from './capabilities.js';
import { createProviderTransport } from './provider-transport.js';

const from = 'Acme <no-reply@acme.test>';
const addresses = (count: number) =>
  Array.from({ length: count }, (_, index) => `user${index}@example.org`);
const batchOf = (count: number): OutgoingBatch => ({
  from,
  subject: 'Join',
  providerTemplate: { name: 'invite', variables: {} },
  recipients: addresses(count).map((to) => ({ to, variables: {} })),
});

/**
 * A transport that declares `capabilities` and records every batch request
 * it is handed, whole: it splits nothing itself, so the sizes it records are
 * the ones the code around it chose. With `fail`, every batch fails retryably.
 */
function declaring(capabilities: TransportCapabilities, fail = false) {
  const batchSizes: number[] = [];
  const name = `declares-${capabilities.maxBatchRecipients}`;
  const transport: Transport = {
    name,
    capabilities,
    send: async () => ({ messageId: 'id', provider: name }),
    async sendBatch(batch) {
      if (fail) throw new AuthmailError('provider_unavailable', 'down', { provider: name });
      batchSizes.push(batch.recipients.length);
      const to = batch.recipients.map((recipient) => recipient.to);
      return [{ messageId: `${batchSizes.length}`, provider: name, recipients: to }];
    },
  };
  return { transport, batchSizes };
}

const three = { maxBatchRecipients: 3, idempotencyKeys: false };
const five = { maxBatchRecipients: 5, idempotencyKeys: false };

describe('batches are split at the transport’s own maxBatchRecipients', () => {
  it('sendMany sends a provider-template delivery in requests of 3', async () => {
    const { transport, batchSizes } = declaring(three);
    const mailer = createMailer({
      transport,
      from,
      deliveries: { OrganizationInvitation: { template: 'invite' } },
    });
    const results = await mailer.sendMany({
      usageType: 'OrganizationInvitation',
      recipients: addresses(7).map((to) => ({
        to,
        variables: { link: 'https://acme.test/i', organization: { id: 'o', name: 'Org' } },
      })),
    });
    expect(results.map((result) => result.status)).toEqual(Array(7).fill('fulfilled'));
    expect(batchSizes).toEqual([3, 3, 1]);
  });

  it('withRetry sends batches of 3 and reports the capabilities it wraps', async () => {
    const { transport, batchSizes } = declaring(three);
    const retrying = withRetry(transport);
    const receipts = await retrying.sendBatch?.(batchOf(7));
    expect(batchSizes).toEqual([3, 3, 1]);
    expect(receipts?.flatMap((receipt) => receipt.recipients)).toEqual(addresses(7));
    expect(retrying.capabilities).toEqual(three);
  });

  it('withFailover over transports taking 3 and 5 sends batches of 3, through either', async () => {
    const first = declaring(three, true);
    const second = declaring(five);
    const failover = withFailover([first.transport, second.transport]);
    expect(failover.capabilities).toEqual(three);
    await failover.sendBatch?.(batchOf(7));
    expect(second.batchSizes).toEqual([3, 3, 1]);
  });

  it('the memory transport records requests of its own maxBatchRecipients', async () => {
    const memory = createMemoryTransport({ maxBatchRecipients: 2 });
    await memory.sendBatch(batchOf(5));
    expect(memory.batches.map((batch) => batch.recipients.length)).toEqual([2, 2, 1]);
    expect(memory.capabilities).toEqual({ maxBatchRecipients: 2, idempotencyKeys: false });
  });

  it('a provider transport splits at its client’s maxBatchRecipients and reports it', async () => {
    const requested: number[] = [];
    const transport = createProviderTransport({
      name: 'p',
      timeoutMs: 1000,
      maxBatchRecipients: 3,
      idempotencyKeys: true,
      secrets: [],
      secretForms: (secret) => [secret],
      message: () => 0,
      batch: (batch) => batch.recipients.length,
      send: async (size) => {
        requested.push(size);
        return 'id';
      },
      toError: (error) => new AuthmailError('network', String(error)),
    });
    await transport.sendBatch(batchOf(7));
    expect(requested).toEqual([3, 3, 1]);
    expect(transport.capabilities).toEqual({ maxBatchRecipients: 3, idempotencyKeys: true });
  });
});

describe('idempotencyKeys', () => {
  const keyed = { maxBatchRecipients: 1000, idempotencyKeys: true };
  const plain: Transport = {
    name: 'plain',
    send: async () => ({ messageId: 'id', provider: 'p' }),
  };

  it('is false, with 1,000 recipients a batch, for a transport that declares nothing', () => {
    expect(capabilitiesOf(plain)).toEqual({ maxBatchRecipients: 1000, idempotencyKeys: false });
    expect(defaultCapabilities).toEqual(capabilitiesOf(plain));
    expect(withRetry(plain).capabilities).toEqual(defaultCapabilities);
  });

  it('passes through withRetry', () => {
    expect(withRetry(declaring(keyed).transport).capabilities?.idempotencyKeys).toBe(true);
  });

  it('holds for withFailover only when every transport has them', () => {
    const both = withFailover([declaring(keyed).transport, declaring(keyed).transport]);
    const one = withFailover([declaring(keyed).transport, plain]);
    expect(both.capabilities?.idempotencyKeys).toBe(true);
    expect(one.capabilities?.idempotencyKeys).toBe(false);
  });
});
