import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from './character-references.js';
import { renderTemplate } from './render-template.js';
import { unsafeUrlReplacement } from './safe-url.js';

const dangerousProtocols = new Set(['javascript:', 'data:', 'vbscript:', 'file:']);
const html = (template: string, variables: object) =>
  renderTemplate(template, variables, { format: 'html' });

/** The protocol a browser gives an attribute's (entity-decoded) value: WHATWG URL as oracle. */
function protocolOf(attributeValue: string): string | undefined {
  const decoded = attributeValue
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) =>
      String.fromCodePoint(Number.parseInt(hex, 16)),
    )
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(
      /&(amp|lt|gt|quot);/g,
      (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[name] ?? '',
    );
  try {
    return new URL(decoded, 'https://base.test/dir/').protocol;
  } catch {
    return undefined;
  }
}

describe('URL attributes in HTML format', () => {
  it.each([
    ['<a href="{{v}}">x</a>'],
    ["<a href='{{v}}'>x</a>"],
    ['<a href={{v}}>x</a>'],
    ['<a HREF = "{{v}}">x</a>'],
    ['<a\nhref\n=\n"{{v}}">x</a>'],
    ['<img alt="a=b" src="{{v}}">'],
    ['<form action="{{v}}"></form>'],
    ['<button formaction="{{v}}"></button>'],
    ['<svg><a xlink:href="{{v}}"></a></svg>'],
    ['<td background="{{v}}"></td>'],
    ['<a href=" {{v}}">x</a>'],
    ['<a href="&#32;{{v}}">x</a>'],
    ['<a href="{{#if v}}{{v}}{{/if}}">x</a>'],
    ['<a href="{{#with o}}{{v}}{{/with}}">x</a>'],
    ['{{#each list}}<a href="{{this}}">x</a>{{/each}}'],
    ['<!-- a " quote --><a href="{{v}}">x</a>'],
    ['<p title="it\'s"></p><a href="{{v}}">x</a>'],
  ])('sanitises a javascript: value in %s', (template) => {
    const variables = {
      v: 'javascript:alert(1)',
      o: { v: 'javascript:alert(1)' },
      list: ['javascript:alert(1)'],
    };
    const rendered = html(template, variables);
    expect(rendered).toContain(unsafeUrlReplacement);
    expect(rendered).not.toContain('javascript');
  });

  it('keeps http(s), mailto, tel and relative links, escaped', () => {
    expect(html('<a href="{{v}}">x</a>', { v: 'https://acme.test/i?t=1&x=2' })).toBe(
      '<a href="https://acme.test/i?t&#x3D;1&amp;x&#x3D;2">x</a>',
    );
    for (const v of ['mailto:ann@acme.test', 'tel:+491234', '/invite/abc', '#top']) {
      expect(html('<a href="{{v}}">x</a>', { v })).toBe(`<a href="${v}">x</a>`);
    }
  });

  it('leaves values outside URL attributes alone, and the raw triple-stash raw', () => {
    const v = 'javascript:alert(1)';
    expect(html('<p title="{{v}}">{{v}}</p>', { v })).toBe(
      '<p title="javascript:alert(1)">javascript:alert(1)</p>',
    );
    expect(html('<a href="{{{v}}}">x</a>', { v })).toBe('<a href="javascript:alert(1)">x</a>');
    expect(html('<a data-href="{{v}}" hreflang="{{v}}">x</a>', { v })).not.toContain(
      unsafeUrlReplacement,
    );
    expect(html('<script>var s = "a href=";</script>{{v}}', { v })).toContain(v);
  });

  it('does not touch a value once the template has fixed the scheme or path', () => {
    const v = 'javascript:alert(1)';
    expect(html('<a href="https://acme.test/{{v}}">x</a>', { v })).toContain(
      '/javascript:alert(1)',
    );
    expect(html('<a href="/x?q={{v}}">x</a>', { v })).toContain('/x?q=javascript:alert(1)');
  });

  it('checks values that complete a scheme the template starts', () => {
    expect(html('<a href="java{{v}}">x</a>', { v: 'script:alert(1)' })).not.toContain(
      'javascript:',
    );
    expect(html('<a href="ht{{v}}">x</a>', { v: 'tps://acme.test' })).toBe(
      '<a href="https://acme.test">x</a>',
    );
  });

  it('checks values the template writes a scheme separator after', () => {
    expect(html('<a href="{{p}}://acme.test">x</a>', { p: 'https' })).toBe(
      '<a href="https://acme.test">x</a>',
    );
    const rendered = html('<a href="{{p}}://acme.test">x</a>', { p: 'javascript' });
    expect(protocolOf(rendered.slice(9, rendered.indexOf('">')))).toBe('about:');
    const split = html('<a href="{{a}}{{b}}">x</a>', { a: 'java', b: 'script:alert(1)' });
    expect(split).not.toContain('javascript:');
  });

  it('sanitises only in HTML format', () => {
    expect(renderTemplate('{{v}}', { v: 'javascript:x' }, { format: 'text' })).toBe('javascript:x');
    expect(renderTemplate('<a href="{{v}}">', { v: 'javascript:x' }, { format: 'text' })).toBe(
      '<a href="javascript:x">',
    );
  });

  it('decodes the character references that can spell a scheme', () => {
    expect(decodeEntities('java&#115;cript&#x3A;&colon;&Tab;&amp;&unknown;')).toBe(
      'javascript::\t&&unknown;',
    );
  });

  it('never yields a javascript:, data:, vbscript: or file: URL, whatever the value', () => {
    const piece = fc.constantFrom(
      'java',
      'script',
      'JaVa',
      'ScRipt',
      'data',
      'vbscript',
      'file',
      ':',
      '&#58;',
      '\t',
      '\n',
      ' ',
      '\u0000',
      '/',
      'text/html,',
      'https',
      'alert(1)',
      '"',
      "'",
    );
    const value = fc.oneof(fc.string(), fc.string({ unit: piece }), fc.string({ unit: 'binary' }));
    const attribute = fc
      .constantFrom('href', 'src', 'action', 'formaction', 'xlink:href')
      .chain((name) => fc.mixedCase(fc.constant(name)));
    const shape = fc.constantFrom(
      '{{v}}',
      ' {{v}}',
      '&#32;{{v}}',
      'java{{v}}',
      '{{#if v}}{{v}}{{/if}}',
      '{{#with o}}{{v}}{{/with}}',
      '{{v}}{{w}}',
      '{{v}}:{{w}}',
      '{{#each list}}{{this}}{{/each}}',
    );
    fc.assert(
      fc.property(
        attribute,
        fc.constantFrom('"', "'", ''),
        fc.constantFrom('', ' ', '\n'),
        shape,
        value,
        value,
        (name, quote, space, inner, v, w) => {
          const before = `<a ${name}${space}=${space}${quote}`;
          const template = `${before}${inner}${quote}>x</a>`;
          if (quote === '' && (inner === '{{v}}{{w}}' || inner.startsWith('{{#each'))) {
            // Unquoted, the first value may be empty and leave the next one outside the attribute.
            expect(() => html(template, {})).toThrow(
              /quote the attribute value|must end where it began/,
            );
            return;
          }
          const rendered = html(template, { v, w, o: { v }, list: [v, w] });
          let attributeValue = rendered.slice(
            before.length,
            rendered.length - `${quote}>x</a>`.length,
          );
          if (quote === '') attributeValue = attributeValue.split(/[\t\n\f\r ]/)[0] ?? '';
          expect(dangerousProtocols.has(protocolOf(attributeValue) ?? '')).toBe(false);
        },
      ),
      { numRuns: 1500 },
    );
  });
});
