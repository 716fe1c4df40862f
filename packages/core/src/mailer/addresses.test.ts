import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAddress } from '../address.js';
import { AuthmailError } from '../errors.js';
import { createMemoryTransport } from '../memory-transport.js';
import { createMemoryTemplateStore } from '../template-store.js';
import { hostileAddress } from '../test-support/hostile-addresses.js';
import type { Transport } from '../transport.js';
import { createMailer } from './create-mailer.js';

const from = 'Acme <no-reply@acme.test>';
const code = { code: '482913' };

/** A mailer over a memory transport that counts every call it gets. */
function setup(details?: { sendFrom?: string; replyTo?: string }) {
  const memory = createMemoryTransport();
  let calls = 0;
  const transport: Transport = {
    name: 'counting',
    send: (message, options) => {
      calls += 1;
      return memory.send(message, options);
    },
  };
  const templates = details
    ? createMemoryTemplateStore([
        {
          languageTag: 'en',
          templateType: 'Generic',
          details: { subject: 's', content: 'c', ...details },
        },
      ])
    : undefined;
  const mailer = createMailer({
    transport,
    from,
    deliveries: { Generic: { subject: 'Code {{code}}', html: '<p>{{code}}</p>' } },
    ...(templates ? { templates } : {}),
    validateVariables: false,
  });
  return { mailer, memory, calls: () => calls };
}

async function rejection(promise: Promise<unknown>): Promise<AuthmailError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (error instanceof AuthmailError) return error;
  throw new Error(`expected an AuthmailError, got ${String(error)}`);
}

describe('mailer.send: to', () => {
  it.each([
    ['victim@example.com, attacker@evil.test', /not a list/],
    ['ann@example.org\r\nBcc: evil@attacker.test', /on one line/],
    ['ann@', /domain after "@"/],
    ['"Doe, Ann" <ann@example.org>', /must not hold "," or ";", even in quotes/],
    ['Ann <ann@example.org>; eve@evil.test', /not a list/],
  ])('refuses %j with invalid_message before any transport call', async (to, reason) => {
    const { mailer, calls } = setup();
    const error = await rejection(mailer.send({ to, usageType: 'Generic', variables: code }));
    expect(error).toMatchObject({ code: 'invalid_message', retryable: false });
    expect(error.details).toMatchObject({ field: 'to' });
    expect(error.message).toMatch(/^to /);
    expect(error.message).toMatch(reason);
    expect(calls()).toBe(0);
  });

  it('hands the transport the address written canonically', async () => {
    const { mailer, memory } = setup();
    await mailer.send({ to: '  "Ann" <ann@example.org> ', usageType: 'Generic', variables: code });
    await mailer.send({ to: '<bob@example.org>', usageType: 'Generic', variables: code });
    expect(memory.messages.map((message) => message.to)).toEqual([
      'Ann <ann@example.org>',
      'bob@example.org',
    ]);
  });

  it('either refuses with invalid_message and calls no transport, or sends to one address', async () => {
    const { mailer, memory, calls } = setup();
    await fc.assert(
      fc.asyncProperty(hostileAddress, async (to) => {
        const before = calls();
        const outcome = await mailer.send({ to, usageType: 'Generic', variables: code }).then(
          () => undefined,
          (error: unknown) => error,
        );
        if (outcome !== undefined) {
          expect(outcome).toMatchObject({ code: 'invalid_message' });
          expect(calls()).toBe(before);
          return;
        }
        const sent = memory.last()?.to ?? '';
        expect(calls()).toBe(before + 1);
        expect(sent).not.toMatch(/[\r\n,;]/);
        expect(parseAddress(sent).email).toBe(parseAddress(to).email);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('mailer.send: a rendered reply-to', () => {
  const invitation = (primaryEmail: string) => ({
    code: '1',
    inviter: { primaryEmail },
  });

  it('is exactly one address', async () => {
    const { mailer, memory, calls } = setup({ replyTo: '{{inviter.primaryEmail}}' });
    await mailer.send({
      to: 'ann@example.org',
      usageType: 'Generic',
      variables: invitation('Bob <bob@example.org>'),
    });
    expect(memory.last()?.replyTo).toBe('Bob <bob@example.org>');
    const error = await rejection(
      mailer.send({
        to: 'ann@example.org',
        usageType: 'Generic',
        variables: invitation('bob@example.org, eve@evil.test'),
      }),
    );
    expect(error).toMatchObject({ code: 'invalid_message', details: { field: 'replyTo' } });
    expect(error.message).toMatch(/^replyTo must be one address, not a list/);
    expect(calls()).toBe(1);
  });

  it('is left out when it renders blank', async () => {
    const { mailer, memory } = setup({ replyTo: '{{inviter.primaryEmail}}' });
    await mailer.send({ to: 'ann@example.org', usageType: 'Generic', variables: invitation('') });
    expect(memory.last()).not.toHaveProperty('replyTo');
  });

  it('is checked for provider-template deliveries too', async () => {
    const transport = createMemoryTransport();
    const mailer = createMailer({
      transport,
      from,
      deliveries: { Generic: { template: 't', replyTo: '{{replyTo}}' } },
      validateVariables: false,
    });
    const variables = { code: '1', replyTo: 'a@example.org; b@example.org' };
    const error = await rejection(
      mailer.send({ to: 'ann@example.org', usageType: 'Generic', variables }),
    );
    expect(error).toMatchObject({ code: 'invalid_message', details: { field: 'replyTo' } });
    expect(transport.messages).toHaveLength(0);
  });
});

describe('mailer.send: a rendered sender', () => {
  const send = async (sendFrom: string, variables: Record<string, unknown>) => {
    const { mailer, memory } = setup({ sendFrom });
    await mailer.send({
      to: 'ann@example.org',
      usageType: 'Generic',
      variables: { code: '1', ...variables },
    });
    return memory.last()?.from;
  };

  it('changes the display name only: a value that looks like a sender stays a name', async () => {
    const organization = { name: 'IT Security <security@bank.test>' };
    expect(await send('{{organization.name}}', { organization })).toBe(
      '"IT Security <security@bank.test>" <no-reply@acme.test>',
    );
    expect(parseAddress((await send('{{organization.name}}', { organization })) ?? '')).toEqual({
      email: 'no-reply@acme.test',
      name: 'IT Security <security@bank.test>',
    });
  });

  it('keeps an address the template writes itself, as Logto does', async () => {
    const application = { name: 'Foo' };
    expect(await send('{{application.name}} <foo@example.com>', { application })).toBe(
      'Foo <foo@example.com>',
    );
    expect(await send('"{{application.name}}" <foo@example.com>', { application })).toBe(
      'Foo <foo@example.com>',
    );
    expect(await send('Support <support@acme.test>', {})).toBe('Support <support@acme.test>');
    expect(await send('support@acme.test', {})).toBe('support@acme.test');
  });

  it('never lets a value reach the address the template writes', async () => {
    const application = { name: 'Evil <evil@evil.test>, "x' };
    const sent = await send('{{application.name}} <foo@example.com>', { application });
    expect(parseAddress(sent ?? '')).toEqual({
      email: 'foo@example.com',
      name: 'Evil <evil@evil.test>, "x',
    });
  });

  it('keeps the configured sender when it renders blank', async () => {
    expect(await send('{{application.name}}', { application: { name: '' } })).toBe(from);
  });

  it.each([
    ['{{application.name}} <{{application.email}}>', /write its address in the template/],
    ['Support <support@>', /domain after "@"/],
  ])('refuses %j with invalid_message naming sendFrom', async (sendFrom, reason) => {
    const { mailer, calls } = setup({ sendFrom });
    const variables = { code: '1', application: { name: 'A', email: 'evil@evil.test' } };
    const error = await rejection(
      mailer.send({ to: 'ann@example.org', usageType: 'Generic', variables }),
    );
    expect(error).toMatchObject({ code: 'invalid_message', details: { field: 'sendFrom' } });
    expect(error.message).toMatch(reason);
    expect(calls()).toBe(0);
  });

  it('is one mailbox on the configured address, whatever the name renders', async () => {
    const { mailer, memory } = setup({ sendFrom: '{{application.name}}' });
    await fc.assert(
      fc.asyncProperty(hostileAddress, async (name) => {
        await mailer.send({
          to: 'ann@example.org',
          usageType: 'Generic',
          variables: { code: '1', application: { name } },
        });
        expect(parseAddress(memory.last()?.from ?? '').email).toBe('no-reply@acme.test');
      }),
      { numRuns: 500 },
    );
  });
});

describe('createMailer: from', () => {
  it.each([
    'Acme <no-reply@acme.test>\r\nBcc: evil@evil.test',
    'Acme\n<no-reply@acme.test>',
    'no-reply@acme.test, evil@evil.test',
  ])('refuses %j at creation with invalid_config naming from', (value) => {
    expect(() => createMailer({ transport: createMemoryTransport(), from: value })).toThrow(
      expect.objectContaining({
        code: 'invalid_config',
        message: expect.stringMatching(/^from must be/),
      }),
    );
  });
});
