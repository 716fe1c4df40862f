import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AuthmailError } from '../errors.js';
import { maxHtmlNesting, maxRenderedLength } from '../limits.js';
import { createMailer } from '../mailer/create-mailer.js';
import { createMemoryTransport } from '../memory-transport.js';
import { createMemoryTemplateStore } from '../template-store.js';
import { renderEmail } from './render-email.js';
import { compileTemplate, renderTemplate } from './render-template.js';

/** Runs `task`; anything it throws or rejects with must be an AuthmailError with a code. */
async function onlyAuthmailErrors(task: () => unknown): Promise<void> {
  try {
    await task();
  } catch (error) {
    expect(error).toBeInstanceOf(AuthmailError);
    expect(typeof (error as AuthmailError).code).toBe('string');
    expect(typeof (error as AuthmailError).retryable).toBe('boolean');
  }
}

const boom = () => {
  throw new Error('boom');
};

/** Objects that fight back when read. */
const hostileObjects: Record<string, () => unknown> = {
  'a throwing getter': () => Object.defineProperty({}, 'code', { get: boom, enumerable: true }),
  'a throwing getter deeper down': () => ({
    application: Object.defineProperty({}, 'name', { get: boom, enumerable: true }),
  }),
  'a Proxy whose every trap throws': () =>
    new Proxy({}, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom }),
  'a revoked Proxy': () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  },
  'a Proxy of an array with a huge length': () =>
    new Proxy([1], {
      get: (target, key) => (key === 'length' ? 2 ** 40 : Reflect.get(target, key)),
    }),
  'a Proxy that throws a Proxy': () =>
    new Proxy(
      {},
      {
        get: () => {
          throw new Proxy({}, { get: boom, getPrototypeOf: boom });
        },
      },
    ),
  'a value whose toString throws': () => ({ code: { toString: boom } }),
  'a value whose Symbol.toPrimitive throws': () => ({ code: { [Symbol.toPrimitive]: boom } }),
  'a cyclic object': () => {
    const a: Record<string, unknown> = { code: '1' };
    a.self = a;
    a.l = [a, a];
    return a;
  },
  'a sparse array of length 2^32 - 1': () => ({ l: new Array(2 ** 32 - 1) }),
  'a sparse array of length 2^32 - 1 as the value': () => ({ code: new Array(2 ** 32 - 1) }),
  'a huge string': () => ({ code: 'x'.repeat(maxRenderedLength + 1) }),
  'two-item arrays nested 30 deep, shared (a billion items)': () => {
    let l: unknown = [1, 2];
    for (let level = 0; level < 30; level++) l = [l, l];
    return { l, code: l };
  },
};

/** Variables to render with: built inside the property, since fast-check inspects what it generates. */
const variables = fc.oneof(
  fc.constantFrom(...Object.values(hostileObjects)),
  fc
    .anything({ withNullPrototype: true, withMap: true, withSet: true, withBigInt: true })
    .map((value) => () => value),
  fc.constant(() => null),
);

const nestedEach = (depth: number) =>
  `${'{{#each l}}'.repeat(depth)}{{this}}{{.}}x${'{{/each}}'.repeat(depth)}`;

const templates = fc.oneof(
  fc.constantFrom(
    '<p>{{code}}</p>',
    '{{application.name}} {{self.self.code}}',
    '<a href="{{code}}">x</a>',
    nestedEach(22),
    nestedEach(64),
    nestedEach(65),
    '{{#each l}}{{#each this}}{{#each this}}{{this}}{{/each}}{{/each}}{{/each}}',
    '<div>'.repeat(40_000),
    `${'<div>'.repeat(maxHtmlNesting + 1)}{{code}}`,
    '{{'.repeat(10_000),
    '<a {{attr}}="{{code}}">',
  ),
  fc.string({
    unit: fc.constantFrom('{{', '}}', '#each l', '/each', 'code', '<div>', '<a href="', '"', '>'),
  }),
);

describe('no input makes rendering throw anything but an AuthmailError', () => {
  it.each(Object.entries(hostileObjects))(
    'renderTemplate and renderEmail with %s',
    async (_, make) => {
      for (const template of ['<p>{{code}}{{application.name}}</p>', nestedEach(3)]) {
        await onlyAuthmailErrors(() =>
          renderTemplate(template, make() as object, { format: 'html' }),
        );
        await onlyAuthmailErrors(() =>
          renderEmail({ subject: '{{code}}', content: template }, make() as object),
        );
      }
    },
  );

  it('renderTemplate, renderEmail and createMemoryTemplateStore, with any template and variables', async () => {
    await fc.assert(
      fc.asyncProperty(templates, variables, async (template, make) => {
        const vars = make() as object;
        await onlyAuthmailErrors(() => renderTemplate(template, vars, { format: 'html' }));
        await onlyAuthmailErrors(() => renderTemplate(template, vars, { format: 'text' }));
        await onlyAuthmailErrors(() => renderEmail({ subject: template, content: template }, vars));
        await onlyAuthmailErrors(() =>
          createMemoryTemplateStore([
            {
              languageTag: 'en',
              templateType: 'SignIn',
              details: { subject: 's', content: template },
            },
          ]),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('mailer.send, with any template from a store and any variables', async () => {
    const transport = createMemoryTransport();
    await fc.assert(
      fc.asyncProperty(templates, variables, fc.boolean(), async (template, make, validate) => {
        const mailer = createMailer({
          transport,
          from: 'Acme <no-reply@acme.test>',
          templates: {
            find: async () => ({ subject: '{{code}}', content: template }),
            languages: async () => ['en'],
          },
          validateVariables: validate,
        });
        await onlyAuthmailErrors(() =>
          mailer.send({ to: 'ann@example.com', usageType: 'Generic', variables: make() as never }),
        );
      }),
      { numRuns: 150 },
    );
  });

  it.each(Object.entries(hostileObjects))(
    'mailer.send and sendMany with %s as the request',
    async (_, make) => {
      const mailer = createMailer({
        transport: createMemoryTransport(),
        from: 'Acme <no-reply@acme.test>',
        builtins: true,
      });
      await onlyAuthmailErrors(() => mailer.send(make() as never));
      await onlyAuthmailErrors(() => mailer.sendMany(make() as never));
    },
  );

  it('createMemoryTemplateStore and renderEmail with template objects that fight back', async () => {
    const details = [
      Object.defineProperty({ subject: 's' }, 'content', { get: boom, enumerable: true }),
      new Proxy({ subject: 's', content: 'c' }, { get: boom }),
      { subject: 's', content: 42 },
      { subject: 's', content: 'c', partials: 'not an object' },
      {
        subject: 's',
        content: '{{> a}}',
        partials: new Proxy({}, { getOwnPropertyDescriptor: boom }),
      },
      { subject: 's', content: 'c', render: () => 'functions do not clone' },
      null,
    ];
    for (const detail of details) {
      await onlyAuthmailErrors(() =>
        createMemoryTemplateStore([
          { languageTag: 'en', templateType: 'SignIn', details: detail as never },
        ]),
      );
      await onlyAuthmailErrors(() => renderEmail(detail as never, {}));
    }
    await onlyAuthmailErrors(() => createMemoryTemplateStore(null as never));
    await onlyAuthmailErrors(() => compileTemplate(undefined as never, { format: 'html' }));
    await onlyAuthmailErrors(() => compileTemplate('x', new Proxy({}, { get: boom }) as never));
  });
});
