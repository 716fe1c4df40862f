import { limits } from '@authmail/core';
import { expect, it } from 'vitest';
import { plainEmail, unicodeEmail } from './cases.js';
import { type SuiteContext, wrongApiKey } from './context.js';
import type { ConformanceFake } from './harness.js';
import { canonicalAddress } from './neutral.js';

/**
 * Registers the checks of what one message puts on the wire: every field arrives as sent,
 * and variables the provider cannot take are refused before any request.
 */
export function registerMessageChecks<M extends { id: string }, F extends ConformanceFake<M>>(
  context: SuiteContext<M, F>,
): void {
  const { harness, createTransport, current, received, templateName } = context;

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

  it('sends tags, extra headers and the correlation id, which the receipt repeats', async () => {
    const sent = {
      ...plainEmail,
      tags: ['SignIn', 'Welcome'],
      headers: { 'X-Request-Id': 'req-1' },
      correlationId: 'corr-7f3a',
    };
    const receipt = await current().transport.send(sent);
    const [arrived] = received();
    const tags = sent.tags.slice(0, harness.maxTags ?? sent.tags.length);
    expect(arrived).toMatchObject({ tags, headers: sent.headers });
    expect(Object.values(arrived?.metadata ?? {})).toContain(sent.correlationId);
    expect(receipt.correlationId).toBe(sent.correlationId);
  });

  it('keeps Korean and emoji exact in the subject, bodies and display name, as UTF-8 bytes', async () => {
    const { fake, transport } = current();
    await transport.send(unicodeEmail);
    expect(received()).toMatchObject([
      {
        to: [canonicalAddress(unicodeEmail.to)],
        subject: unicodeEmail.subject,
        text: unicodeEmail.text,
        html: unicodeEmail.html,
      },
    ]);
    const body = fake.requests?.at(-1)?.body;
    if (body === undefined) return;
    for (const text of [unicodeEmail.subject, unicodeEmail.html ?? '']) {
      expect(Buffer.from(body).includes(Buffer.from(text, 'utf8')), text).toBe(true);
    }
  });

  const noTemplates = harness.providerTemplates === false;
  const withoutTemplates = 'the provider stores no templates';

  it('refuses a provider template as invalid_message before any request, when the provider stores none', async (test) => {
    if (!noTemplates) return test.skip('the provider stores templates');
    const { fake, transport } = current();
    const sending = transport.send({
      ...plainEmail,
      providerTemplate: { name: templateName, variables: { code: '1' } },
    });
    await expect(sending).rejects.toMatchObject({ code: 'invalid_message', retryable: false });
    expect(fake.messages).toEqual([]);
  });

  it('sends a provider template with its variables', async (test) => {
    if (noTemplates) return test.skip(withoutTemplates);
    const variables = { code: '123456', user: { name: '민지' }, link: 'https://example.com/a' };
    await current().transport.send({
      ...plainEmail,
      text: undefined,
      html: undefined,
      providerTemplate: { name: templateName, variables, locale: 'ko' },
    });
    expect(received()).toMatchObject([{ template: { name: templateName, variables } }]);
  });

  it(`sends template variables ${limits.maxVariableDepth} levels deep and refuses deeper, cyclic or non-JSON ones before any request`, async (test) => {
    if (noTemplates) return test.skip(withoutTemplates);
    const { fake, transport } = current();
    const template = (variables: Record<string, unknown>) => ({
      ...plainEmail,
      providerTemplate: { name: templateName, variables },
    });
    await transport.send(template(nestedVariables(limits.maxVariableDepth)));
    const cyclic: Record<string, unknown> = { code: '1' };
    cyclic.self = cyclic;
    const refused = { name: 'AuthmailError', code: 'invalid_variables', retryable: false };
    for (const variables of [nestedVariables(limits.maxVariableDepth + 1), cyclic, { big: 1n }]) {
      await expect(transport.send(template(variables))).rejects.toMatchObject(refused);
    }
    const sendBatch = transport.sendBatch?.bind(transport);
    if (sendBatch) {
      const batch = { ...plainEmail, providerTemplate: { name: templateName, variables: {} } };
      const recipients = [{ to: plainEmail.to, variables: cyclic }];
      await expect(sendBatch({ ...batch, recipients })).rejects.toMatchObject(refused);
    }
    expect(fake.messages).toHaveLength(1);
  });

  it('keeps transports with different fakes and keys apart when they send at once', async () => {
    const other = await harness.start();
    try {
      const sends = [
        current().transport,
        createTransport(other),
        createTransport(other, { apiKey: wrongApiKey }),
      ].map((transport) => transport.send(plainEmail));
      const [first, second, wrong] = await Promise.allSettled(sends);
      expect([first?.status, second?.status]).toEqual(['fulfilled', 'fulfilled']);
      expect(wrong).toMatchObject({ status: 'rejected', reason: { code: 'unauthorized' } });
      expect([current().fake.messages.length, other.messages.length]).toEqual([1, 1]);
    } finally {
      await other.close();
    }
  });
}

/** `{ a: { a: … { a: 'leaf' } } }`, `levels` objects deep. */
function nestedVariables(levels: number): Record<string, unknown> {
  let value: Record<string, unknown> = { a: 'leaf' };
  for (let level = 1; level < levels; level++) value = { a: value };
  return value;
}
