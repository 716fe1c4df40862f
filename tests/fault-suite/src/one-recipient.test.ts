import { createMailer, type Transport } from '@authmail/core';
import { parseAddress } from '@authmail/core/provider';
import type { FakeMailgun, FakeSendGrid } from '@authmail/testkit';
import {
  type NeutralMessage,
  neutralFromMailgun,
  neutralFromSendGrid,
} from '@authmail/testkit/conformance';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mailgunUnderTest, type ProviderUnderTest, sendGridUnderTest } from './providers.js';

/** What address tricks are made of, inserted anywhere into a valid mailbox. */
const trick = fc.constantFrom(
  ...[',', ';', ':', '\r\n', '\n', '\u0000', '\u2028', '<', '>', '"', '\\', '@', ' ', '(', ')'],
  ...['Bcc: evil@attacker.test', ', eve@evil.test', ';eve@evil.test', 'ü', '😀', '\u202e'],
);

const mailbox = fc
  .tuple(fc.constantFrom('', 'Ann ', '"Doe, Ann" ', '"A \\"B\\"" ', 'Zoë '), fc.emailAddress())
  .map(([name, email]) => (name ? `${name}<${email}>` : email));

/** A valid mailbox with up to three tricks inserted at random places. */
const hostileTo = fc
  .tuple(mailbox, fc.array(fc.tuple(trick, fc.nat()), { maxLength: 3 }))
  .map(([text, insertions]) =>
    insertions.reduce((value, [piece, at]) => {
      const place = at % (value.length + 1);
      return value.slice(0, place) + piece + value.slice(place);
    }, text),
  );

/** The address in `Name <addr>` (as the neutral view writes it), or the whole value. */
const emailOf = (address: string) => /<([^<>]*)>$/.exec(address)?.[1] ?? address;

const variables = { code: '482913', application: { id: 'app', name: 'Acme' } };

type Recorded = { messages: readonly unknown[]; requests: readonly unknown[] };

describe.each([
  ['mailgun', mailgunUnderTest, (fake: FakeMailgun) => fake.messages.map(neutralFromMailgun)],
  ['sendgrid', sendGridUnderTest, (fake: FakeSendGrid) => fake.messages.map(neutralFromSendGrid)],
] as [
  string,
  () => Promise<ProviderUnderTest>,
  (fake: FakeMailgun & FakeSendGrid) => NeutralMessage[],
][])('mailer.send through the real %s client: one recipient per send', (_, start, arrived) => {
  let provider: ProviderUnderTest;
  let transportCalls = 0;
  let mailer: ReturnType<typeof createMailer>;

  beforeAll(async () => {
    provider = await start();
    const transport = provider.transport();
    const counting: Transport = {
      name: transport.name,
      send: (message, options) => {
        transportCalls += 1;
        return transport.send(message, options);
      },
    };
    mailer = createMailer({
      transport: counting,
      from: 'Acme <no-reply@acme.test>',
      builtins: true,
    });
  });
  beforeEach(() => provider.fake.clear());
  afterAll(() => provider.fake.close());

  const fake = () => provider.fake as unknown as Recorded & FakeMailgun & FakeSendGrid;

  it.each([
    'victim@example.com, attacker@evil.test',
    'ann@example.org\r\nBcc: evil@attacker.test',
    'ann@',
    '"Doe, Ann" <ann@example.org>',
  ])('refuses %j with invalid_message, and no request reaches the API', async (to) => {
    const callsBefore = transportCalls;
    await expect(mailer.send({ to, usageType: 'SignIn', variables })).rejects.toMatchObject({
      code: 'invalid_message',
      retryable: false,
      details: { field: 'to' },
    });
    expect(transportCalls).toBe(callsBefore);
    expect(fake().requests).toHaveLength(0);
  });

  it('refuses a hostile to before any transport call, or exactly one recipient arrives', async () => {
    await fc.assert(
      fc.asyncProperty(hostileTo, async (to) => {
        const callsBefore = transportCalls;
        const requestsBefore = fake().requests.length;
        const failure = await mailer.send({ to, usageType: 'SignIn', variables }).then(
          () => undefined,
          (error: unknown) => error,
        );
        if (failure !== undefined) {
          expect(failure).toMatchObject({ code: 'invalid_message' });
          expect(transportCalls).toBe(callsBefore);
          expect(fake().requests).toHaveLength(requestsBefore);
          return;
        }
        const recipients = arrived(fake()).at(-1)?.to ?? [];
        expect(recipients).toHaveLength(1);
        expect(emailOf(recipients[0] ?? '')).toBe(parseAddress(to).email);
      }),
      { numRuns: 150 },
    );
  });
});
