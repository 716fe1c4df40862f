import { describe, expect, it } from 'vitest';
import {
  assertVariableDepth,
  maxSendManyRecipients,
  maxTemplateBytes,
  maxTemplateNesting,
  maxVariableDepth,
} from './limits.js';
import { createMailer } from './mailer/create-mailer.js';
import { createMemoryTransport } from './memory-transport.js';
import { renderEmail } from './render/render-email.js';
import { clearTemplateCache, compileTemplate, renderTemplate } from './render/render-template.js';
import { errorOf } from './render/test-helpers.js';

/** `{ a: { a: … { a: 'leaf' } } }` with `levels` objects. */
function nested(levels: number): Record<string, unknown> {
  let value: Record<string, unknown> = { a: 'leaf' };
  for (let level = 1; level < levels; level++) value = { a: value };
  return value;
}

function cyclic(): Record<string, unknown> {
  const a: Record<string, unknown> = { name: 'a' };
  const b: Record<string, unknown> = { a };
  a.b = b;
  return { code: '123456', a, application: { id: 'app', name: 'Acme' } };
}

describe('template size', () => {
  const sized = (bytes: number, fill = 'x') => `<p>${fill.repeat(bytes - 7)}</p>`;

  it('compiles a template of exactly maxTemplateBytes', () => {
    expect(maxTemplateBytes).toBe(262_144);
    expect(renderTemplate(sized(maxTemplateBytes), {}, { format: 'html' })).toHaveLength(
      maxTemplateBytes,
    );
  });

  it('rejects one byte more with invalid_config naming the template and the limit', () => {
    const error = errorOf(() =>
      compileTemplate(sized(maxTemplateBytes + 1), { format: 'html', name: 'SignIn.content' }),
    );
    expect(error.code).toBe('invalid_config');
    expect(error.message).toContain('"SignIn.content"');
    expect(error.message).toContain(`${maxTemplateBytes} bytes (maxTemplateBytes)`);
    expect(error.details).toEqual({
      template: 'SignIn.content',
      bytes: maxTemplateBytes + 1,
      limit: maxTemplateBytes,
    });
  });

  it('counts UTF-8 bytes, not characters', () => {
    const threeBytes = '한';
    const atLimit = `${threeBytes.repeat((maxTemplateBytes - 1) / 3)}x`;
    expect(Buffer.byteLength(atLimit)).toBe(maxTemplateBytes);
    expect(() => compileTemplate(atLimit, { format: 'text' })).not.toThrow();
    expect(errorOf(() => compileTemplate(`${atLimit}y`, { format: 'text' })).code).toBe(
      'invalid_config',
    );
  });

  it('counts partials, each time they are included', () => {
    const half = 'y'.repeat(maxTemplateBytes / 2);
    const partials = { half };
    expect(() => compileTemplate('{{> half}}', { format: 'html', partials })).not.toThrow();
    const error = errorOf(() =>
      compileTemplate('{{> half}}{{> half}}', { format: 'html', name: 'layout', partials }),
    );
    expect(error).toMatchObject({ code: 'invalid_config' });
    expect(error.message).toMatch(/"layout" is too large: \d+ bytes with its partials/);
  });

  it('is checked through renderEmail too', () => {
    const content = sized(maxTemplateBytes + 1);
    expect(errorOf(() => renderEmail({ subject: 's', content }, {})).message).toContain(
      '"email.content"',
    );
  });
});

describe('template nesting', () => {
  const blocks = (depth: number) => `${'{{#if a}}'.repeat(depth)}deep${'{{/if}}'.repeat(depth)}`;

  it(`compiles ${maxTemplateNesting} nested blocks`, () => {
    expect(renderTemplate(blocks(maxTemplateNesting), { a: 1 }, { format: 'html' })).toBe('deep');
  });

  it('rejects one more with invalid_config naming the limit', () => {
    const error = errorOf(() =>
      compileTemplate(blocks(maxTemplateNesting + 1), { format: 'html', name: 'deep' }),
    );
    expect(error.code).toBe('invalid_config');
    expect(error.message).toContain('"deep"');
    expect(error.message).toContain(`${maxTemplateNesting} levels deep (maxTemplateNesting)`);
  });

  it('counts blocks inside partials', () => {
    const partials = { inner: blocks(2) };
    const template = `${'{{#each a}}'.repeat(maxTemplateNesting - 1)}{{> inner}}${'{{/each}}'.repeat(maxTemplateNesting - 1)}`;
    expect(errorOf(() => compileTemplate(template, { format: 'text', partials })).code).toBe(
      'invalid_config',
    );
  });

  it('refuses deep nesting before Handlebars parses it (its parser is quadratic, then overflows)', () => {
    clearTemplateCache();
    const error = errorOf(() => compileTemplate(blocks(12_000), { format: 'text', name: 'huge' }));
    expect(error.code).toBe('invalid_config');
    expect(error.message).toContain('maxTemplateNesting');
  });

  it('counts {{else if}} chains as Handlebars nests them', () => {
    const chain = (links: number) => `{{#if a}}1${'{{else if b}}2'.repeat(links)}{{/if}}`;
    expect(renderTemplate(chain(maxTemplateNesting - 1), { b: 1 }, { format: 'text' })).toBe('2');
    expect(errorOf(() => compileTemplate(chain(maxTemplateNesting), { format: 'text' })).code).toBe(
      'invalid_config',
    );
    const sequential = '{{#if a}}{{else if b}}{{/if}}'.repeat(maxTemplateNesting * 2);
    expect(() => compileTemplate(sequential, { format: 'text' })).not.toThrow();
  });

  it('compiles thousands of numeric path segments without quadratic work', () => {
    const template = '{{list.1}}'.repeat(20_000);
    expect(renderTemplate(template, { list: [0, 7] }, { format: 'text' })).toBe('7'.repeat(20_000));
  });
});

describe('variable depth', () => {
  it(`accepts ${maxVariableDepth} levels and rejects ${maxVariableDepth + 1}`, () => {
    expect(maxVariableDepth).toBe(32);
    expect(() => assertVariableDepth(nested(maxVariableDepth))).not.toThrow();
    const error = errorOf(() => assertVariableDepth(nested(maxVariableDepth + 1)));
    expect(error.code).toBe('invalid_variables');
    expect(error.message).toContain('(maxVariableDepth)');
    expect(error.details).toMatchObject({ limit: maxVariableDepth });
  });

  it('counts arrays as levels', () => {
    let value: unknown = 'leaf';
    for (let level = 0; level < maxVariableDepth; level++) value = [value];
    expect(() => assertVariableDepth(value)).not.toThrow();
    expect(errorOf(() => assertVariableDepth([value])).code).toBe('invalid_variables');
  });

  it('finds a cycle at once and names where', () => {
    const error = errorOf(() => assertVariableDepth(cyclic(), 'variables for SignIn'));
    expect(error.code).toBe('invalid_variables');
    expect(error.message).toBe(
      'The variables for SignIn contain a cycle at a.b.a: variables must be plain data nested at most 32 levels deep (maxVariableDepth), without cycles.',
    );
  });

  it('visits shared sub-objects once (no exponential walk)', () => {
    let shared: Record<string, unknown> = { leaf: true };
    for (let level = 1; level < maxVariableDepth; level++) {
      shared = { x: shared, y: shared, z: shared, w: shared };
    }
    expect(() => assertVariableDepth(shared)).not.toThrow();
    expect(errorOf(() => assertVariableDepth({ deeper: shared })).code).toBe('invalid_variables');
  });

  it('renderTemplate follows only the written path through a cyclic object', () => {
    const variables = cyclic();
    const path = `a${'.b.a'.repeat(200)}.name`;
    expect(renderTemplate(`{{${path}}}`, variables, { format: 'html' })).toBe('a');
    expect(
      renderTemplate('{{#each a}}{{@key}};{{/each}}{{#with a}}{{b.a.name}}{{/with}}', variables, {
        format: 'text',
      }),
    ).toBe('name;b;a');
  });
});

describe('the mailer checks variable depth, with validation on and off', () => {
  const deliveries = {
    Generic: { subject: '{{code}}', html: '<p>{{code}} {{a.b.a.name}}</p>' },
    OrganizationInvitation: { template: 'invite' },
  };

  for (const validateVariables of [true, false]) {
    it(`validateVariables: ${validateVariables}`, async () => {
      const transport = createMemoryTransport();
      const mailer = createMailer({
        transport,
        from: 'Acme <no-reply@acme.test>',
        deliveries,
        validateVariables,
      });
      const send = (variables: unknown) =>
        mailer.send({ to: 'ann@example.com', usageType: 'Generic', variables: variables as never });
      await expect(send(cyclic())).rejects.toMatchObject({ code: 'invalid_variables' });
      await expect(send({ code: '1', deep: nested(maxVariableDepth) })).rejects.toMatchObject({
        code: 'invalid_variables',
      });
      await expect(send({ code: '1', deep: nested(maxVariableDepth - 1) })).resolves.toMatchObject({
        provider: 'memory',
      });
      expect(transport.messages).toHaveLength(1);

      const results = await mailer.sendMany({
        usageType: 'OrganizationInvitation',
        recipients: [
          { to: 'a@example.com', variables: cyclic() as never },
          {
            to: 'b@example.com',
            variables: { link: 'https://x.test', organization: { id: 'o', name: 'O' } },
          },
        ],
      });
      expect(results[0]).toMatchObject({
        status: 'rejected',
        reason: { code: 'invalid_variables' },
      });
      expect(results[1]).toMatchObject({ status: 'fulfilled' });
    });
  }
});

describe('sendMany recipients', () => {
  const invitation = { link: 'https://acme.test/i', organization: { id: 'o', name: 'Acme' } };
  const recipients = (count: number) =>
    Array.from({ length: count }, (_, index) => ({
      to: `user${index}@example.com`,
      variables: invitation,
    }));
  const mailerWith = (transport = createMemoryTransport()) => ({
    transport,
    mailer: createMailer({
      transport,
      from: 'Acme <no-reply@acme.test>',
      deliveries: { OrganizationInvitation: { template: 'invite' } },
      validateVariables: false,
    }),
  });

  it(`sends ${maxSendManyRecipients} recipients`, async () => {
    expect(maxSendManyRecipients).toBe(100_000);
    const { transport, mailer } = mailerWith();
    const results = await mailer.sendMany({
      usageType: 'OrganizationInvitation',
      recipients: recipients(maxSendManyRecipients),
    });
    expect(results.every((result) => result.status === 'fulfilled')).toBe(true);
    expect(transport.batches).toHaveLength(maxSendManyRecipients / 1000);
  }, 60_000);

  it('settles every recipient of one more as rejected, sending nothing', async () => {
    const { transport, mailer } = mailerWith();
    const results = await mailer.sendMany({
      usageType: 'OrganizationInvitation',
      recipients: recipients(maxSendManyRecipients + 1),
    });
    expect(results).toHaveLength(maxSendManyRecipients + 1);
    expect(results.every((result) => result.status === 'rejected')).toBe(true);
    const [first] = results;
    expect(first).toMatchObject({
      to: 'user0@example.com',
      status: 'rejected',
      reason: { code: 'invalid_variables', retryable: false },
    });
    if (first?.status === 'rejected') {
      expect(first.reason.message).toContain(
        `${maxSendManyRecipients + 1} recipients, over the limit of ${maxSendManyRecipients} (maxSendManyRecipients)`,
      );
    }
    expect(transport.batches).toHaveLength(0);
    expect(transport.messages).toHaveLength(0);
  });
});
