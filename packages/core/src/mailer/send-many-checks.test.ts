import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Delivery } from '../deliveries.js';
import type { AuthmailError } from '../errors.js';
import { createMemoryTransport } from '../memory-transport.js';
import { mapConcurrent } from '../util/map-concurrent.js';
import { createMailer } from './create-mailer.js';

const from = 'Acme <no-reply@acme.test>';
const organization = { id: 'o', name: 'Org' };
const invitation = (to: string, index: number) => ({
  to,
  variables: { link: `https://acme.test/i/${index}`, organization },
});

const contentDelivery = { subject: 'Join', html: '<a href="{{link}}">Join</a>' };
const templateDelivery = { template: 'invite' };

function setup(delivery: Delivery) {
  const transport = createMemoryTransport();
  const mailer = createMailer({
    transport,
    from,
    deliveries: { OrganizationInvitation: delivery },
  });
  return { transport, mailer };
}

const recipients = [
  'ann@example.org',
  'ann@',
  'ANN@Example.ORG',
  'bob@example.org, eve@evil.test',
  'Bob <bob@example.org>',
  'cat@example.org\r\nBcc: evil@attacker.test',
].map(invitation);

const outcomes = (results: { to: string; status: string; reason?: AuthmailError }[]) =>
  results.map((result) => [result.to, result.status, result.reason?.code]);

describe.each([
  ['one by one', contentDelivery],
  ['in batches', templateDelivery],
])('sendMany %s: recipients are checked and de-duplicated first', (_, delivery) => {
  it('rejects a bad or repeated recipient alone and sends the others once each', async () => {
    const { transport, mailer } = setup(delivery);
    const results = await mailer.sendMany({ usageType: 'OrganizationInvitation', recipients });
    expect(outcomes(results)).toEqual([
      ['ann@example.org', 'fulfilled', undefined],
      ['ann@', 'rejected', 'invalid_message'],
      ['ANN@Example.ORG', 'rejected', 'invalid_message'],
      ['bob@example.org, eve@evil.test', 'rejected', 'invalid_message'],
      ['Bob <bob@example.org>', 'fulfilled', undefined],
      ['cat@example.org\r\nBcc: evil@attacker.test', 'rejected', 'invalid_message'],
    ]);
    const duplicate = results[2]?.status === 'rejected' ? results[2].reason : undefined;
    expect(duplicate?.message).toMatch(/^to ANN@Example\.ORG appears earlier in this sendMany/);
    expect(duplicate?.details).toEqual({ field: 'to', duplicate: 'ANN@Example.ORG' });
    const sentTo = [
      ...transport.messages.map((message) => message.to),
      ...transport.batches.flatMap((batch) => batch.recipients.map((recipient) => recipient.to)),
    ];
    expect(sentTo).toEqual(['ann@example.org', 'Bob <bob@example.org>']);
  });

  it.each([Number.NaN, 0, -1, 1.5, Number.POSITIVE_INFINITY, 10_001, '4'])(
    'with concurrency %s, rejects every recipient with invalid_config and sends nothing',
    async (concurrency) => {
      const { transport, mailer } = setup(delivery);
      const results = await mailer.sendMany(
        { usageType: 'OrganizationInvitation', recipients: recipients.slice(0, 2) },
        { concurrency: concurrency as number },
      );
      expect(results).toHaveLength(2);
      for (const result of results) {
        expect(result).toMatchObject({ status: 'rejected', reason: { code: 'invalid_config' } });
        expect(result.status === 'rejected' && result.reason.message).toMatch(
          /^concurrency must be/,
        );
      }
      expect(transport.messages).toHaveLength(0);
      expect(transport.batches).toHaveLength(0);
    },
  );
});

describe('sendMany concurrency', () => {
  it('sends to everyone exactly when it is a whole number from 1 to 10,000', async () => {
    const { mailer } = setup(contentDelivery);
    const two = [invitation('ann@example.org', 0), invitation('bob@example.org', 1)];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.double(),
          fc.integer({ min: -3, max: 3 }),
          fc.integer({ min: 9_998, max: 10_002 }),
        ),
        async (concurrency) => {
          const results = await mailer.sendMany(
            { usageType: 'OrganizationInvitation', recipients: two },
            { concurrency },
          );
          const valid = Number.isInteger(concurrency) && concurrency >= 1 && concurrency <= 10_000;
          expect(results.map((result) => result.status)).toEqual(
            valid ? ['fulfilled', 'fulfilled'] : ['rejected', 'rejected'],
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is checked by mapConcurrent too, which never returns holes', async () => {
    await expect(mapConcurrent([1, 2], Number.NaN, async (item) => item)).rejects.toMatchObject({
      code: 'invalid_config',
      message: expect.stringMatching(/^concurrency must be a whole number from 1 to 10000/),
    });
  });
});

describe('sendMany in batches: the delivery reply-to', () => {
  it('rejects every recipient with invalid_message when it is not one address', async () => {
    const { transport, mailer } = setup({
      template: 'invite',
      replyTo: 'a@acme.test, b@acme.test',
    });
    const results = await mailer.sendMany({
      usageType: 'OrganizationInvitation',
      recipients: recipients.slice(0, 1),
    });
    expect(results[0]).toMatchObject({
      status: 'rejected',
      reason: { code: 'invalid_message', details: { field: 'replyTo' } },
    });
    expect(transport.batches).toHaveLength(0);
  });
});
