import { describe, expect, it } from 'vitest';
import { AuthmailError } from '../errors.js';
import { logtoVectors } from './logto-vectors.js';
import { compileTemplate, renderTemplate } from './render-template.js';

/** Where authmail deliberately renders differently from Logto, and what it gives instead. */
const deliberateDifferences: Record<number, { text: string } | 'template_syntax'> = {
  18: 'template_syntax',
  19: { text: '1' },
  20: 'template_syntax',
  24: { text: '{{constructor}}' },
  25: { text: '{{toString}}' },
  26: { text: '{{__proto__}}' },
  28: { text: 'x' },
};

function syntaxErrorOf(template: string): AuthmailError {
  try {
    compileTemplate(template, { format: 'text', name: 'vector' });
  } catch (error) {
    if (error instanceof AuthmailError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(template)} to be rejected`);
}

describe('Logto vectors in text format', () => {
  for (const vector of logtoVectors) {
    const difference = deliberateDifferences[vector.id];
    if (difference === 'template_syntax') {
      it(`#${vector.id} is rejected when loaded: ${JSON.stringify(vector.template)}`, () => {
        expect(syntaxErrorOf(vector.template).code).toBe('template_syntax');
      });
      continue;
    }
    const expected = difference?.text ?? vector.logto;
    const label = difference ? `differs on purpose: ${JSON.stringify(expected)}` : 'as Logto';
    it(`#${vector.id} ${JSON.stringify(vector.template)} renders ${label}`, () => {
      expect(renderTemplate(vector.template, vector.payload, { format: 'text' })).toBe(expected);
    });
  }
});

/** The vectors' literal text has none of these characters, so escaping the whole output is exact. */
function escapeLikeHandlebars(text: string): string {
  const entities: Record<string, string> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#x27;',
    '`': '&#x60;',
    '=': '&#x3D;',
  };
  return text.replace(/[&<>"'`=]/g, (character) => entities[character] ?? character);
}

describe('Logto vectors in html format', () => {
  it('escapes values that contain markup (#23)', () => {
    const html = renderTemplate(
      '{{a}}',
      { a: '<script>alert(1)</script> & "q"' },
      { format: 'html' },
    );
    expect(html).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;');
  });

  it('renders every vector like the text format, with the values escaped', () => {
    for (const vector of logtoVectors) {
      if (deliberateDifferences[vector.id] === 'template_syntax' || vector.id === 23) continue;
      const text = renderTemplate(vector.template, vector.payload, { format: 'text' });
      const html = renderTemplate(vector.template, vector.payload, { format: 'html' });
      expect(html, `vector ${vector.id}`).toBe(escapeLikeHandlebars(text));
    }
  });

  it('keeps the triple-stash raw', () => {
    expect(renderTemplate('{{{a}}}|{{a}}', { a: '<b>' }, { format: 'html' })).toBe('<b>|&lt;b&gt;');
  });

  it("escapes each of Handlebars' characters", () => {
    expect(renderTemplate('{{v}}', { v: `&<>"'\`=` }, { format: 'html' })).toBe(
      '&amp;&lt;&gt;&quot;&#x27;&#x60;&#x3D;',
    );
  });
});

describe('rendering semantics', () => {
  it('does not escape in text format', () => {
    expect(renderTemplate('{{v}}', { v: '<b>&</b>' }, { format: 'text' })).toBe('<b>&</b>');
  });

  it('leaves an unknown root exactly as written, whitespace included', () => {
    expect(renderTemplate('a {{  missing.path\t}} b', {}, { format: 'html' })).toBe(
      'a {{  missing.path\t}} b',
    );
  });

  it('keeps an unknown root with a numeric segment as written', () => {
    expect(renderTemplate('{{ list.0 }}', {}, { format: 'text' })).toBe('{{ list.0 }}');
  });

  it('walks arrays by index and reads their length', () => {
    const variables = { list: [{ name: 'first' }, { name: 'second' }] };
    expect(renderTemplate('{{list.1.name}}/{{list.length}}', variables, { format: 'text' })).toBe(
      'second/2',
    );
  });

  it('renders own keys named like prototype members', () => {
    const variables = JSON.parse('{"__proto__": "p", "constructor": "c"}');
    expect(renderTemplate('{{__proto__}} {{constructor}}', variables, { format: 'text' })).toBe(
      'p c',
    );
  });

  it('does not step into inherited members', () => {
    expect(renderTemplate('[{{user.toString}}]', { user: {} }, { format: 'text' })).toBe('[]');
  });

  it('never renders a value twice', () => {
    expect(renderTemplate('{{a}}', { a: '{{b}}', b: 'no' }, { format: 'html' })).toBe('{{b}}');
  });

  it('runs #if / else with a missing root as false', () => {
    const template = '{{#if organization}}{{organization.name}}{{else}}none{{/if}}';
    expect(renderTemplate(template, {}, { format: 'text' })).toBe('none');
    expect(renderTemplate(template, { organization: { name: 'Acme' } }, { format: 'text' })).toBe(
      'Acme',
    );
  });

  it('runs #unless, #with and #each with @index, @key, ../ and @root', () => {
    const variables = { code: '1', team: { name: 'T' }, list: ['a', 'b'], map: { x: 1 } };
    const template =
      '{{#unless missing}}u{{/unless}}|{{#with team}}{{name}}{{/with}}|' +
      '{{#each list}}{{@index}}{{this}}{{../code}}{{@root.code}}{{/each}}|' +
      '{{#each map}}{{@key}}={{this}}{{/each}}|{{#each nothing}}x{{else}}empty{{/each}}';
    expect(renderTemplate(template, variables, { format: 'text' })).toBe('u|T|0a111b11|x=1|empty');
  });

  it('escapes inside blocks in html', () => {
    expect(
      renderTemplate('{{#each l}}{{this}}{{/each}}', { l: ['<', '>'] }, { format: 'html' }),
    ).toBe('&lt;&gt;');
  });

  it('renders values whose conversion throws as their tag', () => {
    expect(renderTemplate('{{v}}', { v: Object.create(null) }, { format: 'text' })).toBe(
      '[object Object]',
    );
  });

  it('caches compiled templates by source and format', () => {
    const source = 'cache {{x}}';
    expect(compileTemplate(source, { format: 'html' })).toBe(
      compileTemplate(source, { format: 'html' }),
    );
    expect(compileTemplate(source, { format: 'html' })).not.toBe(
      compileTemplate(source, { format: 'text' }),
    );
  });
});

describe('template_syntax errors', () => {
  it.each([
    ['{{}}', 1, 3],
    ['line one\n  {{ }}', 2, 6],
    ['{{.code}}', 1, 3],
    ['ok {{code.}}', 1, 4],
    ['{{a..b}}', 1, 1],
    ['x\n{{co de}}', 2, 1],
    ['{{#if a}}x', 1, 11],
    ['{{#if a}}x{{/each}}', 1, 4],
    ['{{#lookup a}}x{{/lookup}}', 1, 1],
    ['{{> layout}}', 1, 1],
    ['{{a.1}} {{#each x as |y|}}{{/each}}', 1, 9],
  ])('%j fails at line %i, column %i', (template, line, column) => {
    const error = syntaxErrorOf(template);
    expect(error.code).toBe('template_syntax');
    expect(error.message).toContain('"vector"');
    expect(error.details).toMatchObject({ template: 'vector', line, column });
  });

  it('maps positions back past rewritten numeric segments', () => {
    const error = syntaxErrorOf('{{ a.1.2 }} {{ b.3 }} {{co de}}');
    expect(error.details).toMatchObject({ line: 1, column: 23 });
  });
});

describe('partials', () => {
  const partials = {
    header: '<h1>{{title}}</h1>',
    page: '{{> header}}<p>{{body}}</p>',
    loop: '{{> loop}}',
  };

  it('includes partials with the same context and escaping', () => {
    expect(
      renderTemplate('{{> page}}', { title: '<T>', body: 'b' }, { format: 'html', partials }),
    ).toBe('<h1>&lt;T&gt;</h1><p>b</p>');
  });

  it('keeps unknown roots inside partials as written', () => {
    expect(renderTemplate('{{> header}}', {}, { format: 'text', partials })).toBe(
      '<h1>{{title}}</h1>',
    );
  });

  it('rejects unknown and self-including partials', () => {
    expect(() => compileTemplate('{{> nope}}', { format: 'text', partials })).toThrow(
      /unknown partial "nope"/,
    );
    expect(() => compileTemplate('{{> loop}}', { format: 'text', partials })).toThrow(
      /includes itself/,
    );
  });

  it('caches per partials object', () => {
    const other = { header: 'other {{title}}' };
    expect(
      renderTemplate('{{> header}}', { title: 't' }, { format: 'text', partials: other }),
    ).toBe('other t');
    expect(renderTemplate('{{> header}}', { title: 't' }, { format: 'text', partials })).toBe(
      '<h1>t</h1>',
    );
  });
});

describe('escapeHtml', () => {
  it("matches Handlebars' escapeExpression on any string", async () => {
    const { default: Handlebars } = await import('handlebars');
    const { escapeHtml } = await import('./values.js');
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('&', '<', '>', '"', "'", '`', '=', 'a', ' ', '€') }),
        (text) => {
          expect(escapeHtml(text)).toBe(Handlebars.Utils.escapeExpression(text));
        },
      ),
    );
  });
});
