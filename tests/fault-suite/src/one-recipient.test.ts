import { createMailer, type Transport } from '@authmail/core';
import { parseAddress } from '@authmail/core/provider';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { allProviders, isSmtp, type ProviderUnderTest } from './providers.js';

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

describe.each(allProviders)(
  'mailer.send through the real $name client: one recipient per send',
  ({ start }) => {
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
      expect(provider.fake.requests).toHaveLength(0);
    });

    it('refuses a hostile to before any transport call, or exactly one recipient arrives', async () => {
      await fc.assert(
        fc.asyncProperty(hostileTo, async (to) => {
          const callsBefore = transportCalls;
          const requestsBefore = provider.fake.requests.length;
          const failure = await mailer.send({ to, usageType: 'SignIn', variables }).then(
            () => undefined,
            (error: unknown) => error,
          );
          if (failure !== undefined) {
            expect(failure).toMatchObject({ code: 'invalid_message' });
            expect(transportCalls).toBe(callsBefore);
            expect(provider.fake.requests).toHaveLength(requestsBefore);
            return;
          }
          const recipients = provider.delivered().at(-1)?.to ?? [];
          expect(recipients).toHaveLength(1);
          expect(emailOf(recipients[0] ?? '')).toBe(parseAddress(to).email);
          // SMTP delivers to the envelope's RCPT TO, whatever the To header says.
          if (isSmtp(provider)) {
            expect(provider.fake.messages.at(-1)?.envelope.to).toEqual([parseAddress(to).email]);
          }
        }),
        { numRuns: 150 },
      );
    });
  },
);
