import { describe, expect, it } from 'vitest';
import { maxHtmlNesting, maxRenderedLength, maxTemplateNesting } from '../limits.js';
import { createMailer } from '../mailer/create-mailer.js';
import { createMemoryTransport } from '../memory-transport.js';
import { prepareEmail, renderEmail } from './render-email.js';
import { clearTemplateCache, compileTemplate, renderTemplate } from './render-template.js';
import { errorOf } from './test-helpers.js';
import { compileWork } from './work-meter.js';

/** `depth` nested `{{#each @root.l}}` around `body`: each level loops over the same list. */
const nestedEach = (depth: number, body = 'x') =>
  `${'{{#each @root.l}}'.repeat(depth)}${body}${'{{/each}}'.repeat(depth)}`;

describe('a render’s output is bounded', () => {
  it('stops 22 nested {{#each}} over two items (4 MB of output) with invalid_variables', () => {
    const template = nestedEach(22);
    expect(template).toHaveLength(573);
    const error = errorOf(() =>
      renderTemplate(template, { l: [1, 2] }, { format: 'html', name: 'SignIn.content' }),
    );
    expect(error.code).toBe('invalid_variables');
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('"SignIn.content"');
    expect(error.message).toContain(`more than ${maxRenderedLength}`);
    expect(error.details).toEqual({ template: 'SignIn.content', limit: maxRenderedLength });
  });

  it('stops a render whose output passes the limit', () => {
    const template = nestedEach(10, 'x'.repeat(2000));
    const error = errorOf(() => renderTemplate(template, { l: [1, 2] }, { format: 'text' }));
    expect(error.message).toContain(
      `more than ${maxRenderedLength} characters (maxRenderedLength)`,
    );
  });

  it(`stops ${maxTemplateNesting} nested {{#each}} that render nothing, by counting iterations`, () => {
    const template = nestedEach(maxTemplateNesting, '');
    const error = errorOf(() => renderTemplate(template, { l: [1, 2] }, { format: 'text' }));
    expect(error.code).toBe('invalid_variables');
    expect(error.message).toContain(`more than ${maxRenderedLength} times (maxRenderedLength)`);
  });

  it('renders an array as Logto does, and stops one that shares its items into billions', () => {
    const cyclic: unknown[] = [1];
    cyclic.push(cyclic);
    const text = (v: unknown) => renderTemplate('{{v}}', { v }, { format: 'text' });
    expect(text([1, [2, [3]], null, undefined, { a: 1 }])).toBe('1,2,3,,,[object Object]');
    expect(text(cyclic)).toBe('1,');
    let shared: unknown = ['x', 'y'];
    for (let level = 0; level < 30; level++) shared = [shared, shared];
    for (const v of [shared, new Array(2 ** 32 - 1)]) {
      const error = errorOf(() => text(v));
      expect(error.code).toBe('invalid_variables');
      expect(error.message).toContain(
        `more than ${maxRenderedLength} characters (maxRenderedLength)`,
      );
    }
  });

  it('renders exactly the limit, and refuses one character more', () => {
    const template = '{{#each l}}{{this}}{{/each}}';
    const limit = 1000;
    const options = { format: 'text' as const, maxRenderedLength: limit };
    expect(renderTemplate(template, { l: ['x'.repeat(limit)] }, options)).toHaveLength(limit);
    expect(
      errorOf(() => renderTemplate(template, { l: ['x'.repeat(limit + 1)] }, options)).code,
    ).toBe('invalid_variables');
    expect(errorOf(() => renderTemplate('{{v}}', { v: 'x'.repeat(limit + 1) }, options)).code).toBe(
      'invalid_variables',
    );
  });

  it('takes the limit as an option of renderEmail and prepareEmail too', () => {
    const template = {
      subject: 'Code',
      content: '<p>{{#each l}}{{this}}{{/each}}</p>',
      text: 'Your code',
    };
    const variables = { l: Array.from({ length: 50 }, () => 'abcd') };
    expect(renderEmail(template, variables).html).toHaveLength(207);
    const error = errorOf(() => renderEmail(template, variables, { maxRenderedLength: 100 }));
    expect(error.message).toContain('"email.content"');
    expect(errorOf(() => prepareEmail(template, { maxRenderedLength: 100 })(variables)).code).toBe(
      'invalid_variables',
    );
  });
});

describe('failed compilations are cached like successful ones', () => {
  const bad = `<p>${'{{'.repeat(5000)}</p>`;

  it('compiles a bad template once: the second attempt reads nothing and fails the same way', () => {
    clearTemplateCache();
    const first = errorOf(() =>
      compileTemplate(bad, { format: 'html', name: 'store:de/SignIn.content' }),
    );
    const before = compileWork.characters;
    const second = errorOf(() =>
      compileTemplate(bad, { format: 'html', name: 'store:de/SignIn.content' }),
    );
    expect(compileWork.characters - before).toBe(0);
    expect(second).not.toBe(first);
    expect(second.toJSON()).toEqual(first.toJSON());
    expect(second.code).toBe('template_syntax');
  });

  it('names the template it is asked for, even when the same source failed under another name', () => {
    clearTemplateCache();
    errorOf(() => compileTemplate(bad, { format: 'html', name: 'one' }));
    expect(errorOf(() => compileTemplate(bad, { format: 'html', name: 'two' })).message).toContain(
      '"two"',
    );
  });

  it('caches a plain-text part that cannot be derived (HTML nested too deep)', () => {
    const content = `${'<div>'.repeat(maxHtmlNesting + 1)}{{code}}`;
    const first = errorOf(() => renderEmail({ subject: 's', content }, { code: '1' }));
    expect(first.code).toBe('invalid_config');
    expect(first.message).toContain(`more than ${maxHtmlNesting} deep (maxHtmlNesting)`);
    const before = compileWork.characters;
    errorOf(() => renderEmail({ subject: 's', content }, { code: '1' }));
    expect(compileWork.characters - before).toBe(0);
  });

  it('a database-backed store that hands out a fresh bad template per send pays for it once', async () => {
    clearTemplateCache();
    const mailer = createMailer({
      transport: createMemoryTransport(),
      from: 'Acme <no-reply@acme.test>',
      templates: {
        find: async () => ({ subject: '{{code}}', content: bad }),
        languages: async () => ['en'],
      },
      validateVariables: false,
    });
    const send = () =>
      mailer.send({ to: 'ann@example.com', usageType: 'Generic', variables: { code: '1' } });
    await expect(send()).rejects.toMatchObject({ code: 'template_syntax' });
    const before = compileWork.characters;
    for (let attempt = 0; attempt < 3; attempt++) {
      await expect(send()).rejects.toMatchObject({ code: 'template_syntax' });
    }
    expect(compileWork.characters - before).toBe(0);
  });
});

describe('HTML nesting, for the derived plain-text part', () => {
  it(`derives text from ${maxHtmlNesting} nested elements; 40,000 are refused, not a stack overflow`, () => {
    const nested = (depth: number) => `${'<div>'.repeat(depth)}{{code}}${'</div>'.repeat(depth)}`;
    expect(renderEmail({ subject: 's', content: nested(maxHtmlNesting) }, { code: '7' }).text).toBe(
      '7',
    );
    const error = errorOf(() => renderEmail({ subject: 's', content: '<div>'.repeat(40_000) }, {}));
    expect(error.code).toBe('invalid_config');
  });

  it('counts elements as HTML closes them: void elements, <p> and <li> without end tags, SVG />', () => {
    const many = (unit: string) => unit.repeat(maxHtmlNesting * 2);
    for (const content of [
      many('<br><img src="x">'),
      many('<p>x'),
      `<ul>${many('<li>x')}</ul>`,
      `<svg>${many('<path d="M0"/>')}</svg>`,
      many('<div></div>'),
    ]) {
      expect(() => renderEmail({ subject: 's', content }, {})).not.toThrow();
    }
  });

  it('does not check a template that has its own text part', () => {
    const content = '<div>'.repeat(maxHtmlNesting + 1);
    expect(renderEmail({ subject: 's', content, text: 'plain' }, {}).text).toBe('plain');
  });
});
