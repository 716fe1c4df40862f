import { describe, expect, it } from 'vitest';
import { AuthmailError } from '../errors.js';
import { createProviderTransport, type ProviderAnswer } from '../provider/provider-transport.js';
import type { OutgoingBatch } from '../transport.js';
import { createMailer } from './create-mailer.js';

const key = 'pm-token-5f1e9c3a7b2d4e6f';
const refusedAddress = 'bob@example.org';

/**
 * A provider that accepts a batch but refuses one address in it (as Postmark
 * answers 406 for a suppressed recipient), echoing its token in the reason.
 */
function refusingTransport(requests: OutgoingBatch[] = []) {
  return createProviderTransport<'refusing', OutgoingBatch | null>({
    name: 'refusing',
    timeoutMs: 1000,
    maxBatchRecipients: 2,
    secrets: [key],
    secretForms: () => [],
    message: () => null,
    batch: (batch) => batch,
    async send(request): Promise<ProviderAnswer> {
      if (request === null) {
        const error = new AuthmailError('provider_rejected', 'refused', { provider: 'refusing' });
        return { messageId: 'single', failed: [{ index: 0, error }] };
      }
      requests.push(request);
      const index = request.recipients.findIndex(({ to }) => to === refusedAddress);
      if (index < 0) return { messageId: `accepted-${requests.length}` };
      const error = new AuthmailError(
        'provider_rejected',
        `${refusedAddress} is suppressed (token ${key})`,
        { provider: 'refusing', status: 200, details: { errorCode: 406 } },
      );
      return { messageId: `accepted-${requests.length}`, failed: [{ index, error }] };
    },
    toError: (error) => error as AuthmailError,
  });
}

const invitation = (to: string) => ({
  to,
  variables: { link: 'https://acme.test/i', organization: { id: 'o', name: 'Org' } },
});

describe('a batch the provider accepts for some recipients and refuses for others', () => {
  it('sendMany gives the refused recipient its own failure and the others success', async () => {
    const requests: OutgoingBatch[] = [];
    const mailer = createMailer({
      transport: refusingTransport(requests),
      from: 'Acme <no-reply@acme.test>',
      deliveries: { OrganizationInvitation: { template: 'invite' } },
    });
    const results = await mailer.sendMany({
      usageType: 'OrganizationInvitation',
      recipients: ['ann@example.org', refusedAddress, 'cat@example.org'].map(invitation),
    });

    expect(requests.map(({ recipients }) => recipients.length)).toEqual([2, 1]);
    expect(results.map(({ to, status }) => [to, status])).toEqual([
      ['ann@example.org', 'fulfilled'],
      [refusedAddress, 'rejected'],
      ['cat@example.org', 'fulfilled'],
    ]);
    const [ann, bob, cat] = results;
    expect(ann).toMatchObject({ value: { messageId: 'accepted-1', provider: 'refusing' } });
    expect(cat).toMatchObject({ value: { messageId: 'accepted-2' } });
    expect(bob).toMatchObject({
      reason: {
        name: 'AuthmailError',
        code: 'provider_rejected',
        retryable: false,
        message: `${refusedAddress} is suppressed (token [redacted])`,
        details: { errorCode: 406 },
      },
    });
  });

  it('sendBatch names the refused recipient in its receipt, without the secret', async () => {
    const receipts = await refusingTransport().sendBatch({
      from: 'no-reply@acme.test',
      subject: 'Join',
      providerTemplate: { name: 'invite', variables: {} },
      recipients: [refusedAddress, 'ann@example.org'].map(invitation),
    });
    expect(receipts).toEqual([
      expect.objectContaining({
        messageId: 'accepted-1',
        recipients: [refusedAddress, 'ann@example.org'],
        failed: [{ to: refusedAddress, error: expect.any(AuthmailError) }],
      }),
    ]);
    expect(receipts[0]?.failed?.[0]?.error.message).not.toContain(key);
  });

  it('send rejects with the refusal when the provider refused its one recipient', async () => {
    const sending = refusingTransport().send({
      to: 'ann@example.org',
      from: 'no-reply@acme.test',
      subject: 'Hi',
      text: 'Hi',
    });
    await expect(sending).rejects.toMatchObject({ code: 'provider_rejected', message: 'refused' });
  });
});
