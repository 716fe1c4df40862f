import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { unsafeCssReplacement } from './css-value.js';
import { compileTemplate, renderTemplate } from './render-template.js';
import { unsafeUrlReplacement } from './safe-url.js';
import { errorOf } from './test-helpers.js';

const html = (template: string, variables: object) =>
  renderTemplate(template, variables, { format: 'html' });

const refusal = (template: string) =>
  errorOf(() => compileTemplate(template, { format: 'html', name: 'page' }));

/** Every href parse5 finds in the rendered HTML. */
function hrefs(rendered: string): string[] {
  const found: string[] = [];
  const visit = (node: { attrs?: { name: string; value: string }[]; childNodes?: unknown[] }) => {
    for (const attribute of node.attrs ?? [])
      if (attribute.name === 'href') found.push(attribute.value);
    for (const child of node.childNodes ?? []) visit(child as typeof node);
  };
  visit(parse(rendered) as unknown as Parameters<typeof visit>[0]);
  return found;
}

const link = { link: 'javascript:alert(1)' };

describe('the HTML scanner reads comments and tags as browsers do', () => {
  it.each([
    ['an abrupt empty comment', '<!--><a href="{{link}}">x</a>'],
    ['an abrupt comment with one dash', '<!---><a href="{{link}}">x</a>'],
    ['a comment closed by --!>', '<!-- note --!><a href="{{link}}">x</a>'],
    ['a second < before a tag', '<<a href="{{link}}">x</a>'],
    ['a bogus comment', '<? x ><a href="{{link}}">x</a>'],
    ['a doctype with a quoted >', '<!DOCTYPE html "x>"><a href="{{link}}">x</a>'],
    ['an end tag with attributes', '</p title=">"><a href="{{link}}">x</a>'],
    ['a slash between attributes', '<a/href="{{link}}">x</a>'],
  ])('finds the href after %s', (_, template) => {
    const rendered = html(template, link);
    expect(hrefs(rendered)).toEqual([unsafeUrlReplacement]);
  });

  it('keeps a comment that only looks closed as a comment', () => {
    expect(hrefs(html('<!-- -- > <a href="{{link}}"> --><p>', link))).toEqual([]);
  });
});

describe('placeholders where a browser could read the HTML two ways are refused at load', () => {
  it.each([
    ['in an attribute name', '<a {{attr}}="{{link}}">x</a>', 1, 4],
    ['in a tag name', '<h{{level}}>x</h1>', 1, 3],
    ['right after <', '<{{tag}}>', 1, 2],
    ['after a quoted value', '<a href="/x"{{attr}}>x</a>', 1, 13],
    ['in <script>', '<script>var a = "{{v}}";</script>', 1, 18],
    ['in an event handler', '<a onclick="go(\'{{v}}\')">x</a>', 1, 17],
    ['in srcdoc', '<iframe srcdoc="<p>{{v}}</p>"></iframe>', 1, 20],
    ['in srcset', '<img srcset="{{v}} 2x">', 1, 14],
    ['in ping', '<a href="/" ping="{{v}}">x</a>', 1, 19],
    ['in <meta content>', '<meta http-equiv="refresh" content="0;url={{v}}">', 1, 43],
    ['in an SVG animation value', '<svg><set attributeName="href" to="{{v}}"/></svg>', 1, 36],
    ['at the second line', '<p>\n  <a {{attr}}>x</a>', 2, 6],
    ['markup inside <style> (not raw text in SVG)', '<svg><style><a href="{{link}}">', 1, 13],
    ['markup inside <noscript>', '<noscript><a href="{{link}}">x</a></noscript>', 1, 11],
    ['markup inside <title>', '<title><b>x</b></title>', 1, 8],
    ['a CDATA section', '<svg><![CDATA[ x ]]></svg>', 1, 6],
  ])('%s', (_, template, line, column) => {
    const error = refusal(template);
    expect(error.code).toBe('template_syntax');
    expect(error.retryable).toBe(false);
    expect(error.details).toMatchObject({ template: 'page', line, column });
  });

  it('refuses a placeholder when an empty value before it would move the attribute boundaries', () => {
    expect(refusal('<a href={{a}}{{b}}>x</a>').message).toContain('quote the attribute value');
    expect(refusal('<div class={{#if c}}a{{/if}} title="{{t}}">').message).toContain(
      'reads differently',
    );
  });

  it('refuses an {{#each}} body that does not end where it began', () => {
    expect(refusal('{{#each l}}<a href="{{this}}{{/each}}">').message).toContain(
      'must end where it began',
    );
  });

  it('accepts blocks around whole attributes and elements', () => {
    const template =
      '<a {{#if c}}href="{{link}}"{{/if}} title="t">x</a>{{#each l}}<img src="{{this}}">{{/each}}';
    expect(html(template, { c: true, link: 'javascript:x', l: ['javascript:y'] })).toBe(
      `<a href="${unsafeUrlReplacement}" title="t">x</a><img src="${unsafeUrlReplacement}">`,
    );
  });
});

describe('escaping keeps every value where it stands', () => {
  it('escapes whitespace in unquoted attribute values', () => {
    const rendered = html('<a title={{t}} href="/">x</a>', { t: 'a href=javascript:alert(1)' });
    expect(rendered).toBe('<a title=a&#x20;href&#x3D;javascript:alert(1) href="/">x</a>');
    expect(hrefs(rendered)).toEqual(['/']);
  });

  it('renders an empty value at the start of an unquoted attribute as ""', () => {
    expect(html('<a title={{t}} href="/">x</a>', { t: '' })).toBe('<a title="" href="/">x</a>');
    expect(html('<a href={{base}}/path>x</a>', { base: '' })).toBe('<a href=/path>x</a>');
    expect(html('<a href={{v}}>x</a>', { v: '' })).toBe('<a href=>x</a>');
  });

  it('escapes - and ! inside comments, so no value can close one', () => {
    const rendered = html('<!-- {{v}}->{{v}}--><a href="{{link}}">x</a>', {
      v: '--!',
      ...link,
    });
    expect(rendered).toContain('<!-- &#x2D;&#x2D;&#x21;->');
    expect(hrefs(rendered)).toEqual([unsafeUrlReplacement]);
  });

  it('sanitises values in style attributes and <style> as plain CSS values', () => {
    const template = '<p style="color: {{c}}">x</p><style>.a { color: {{c}} }</style>';
    expect(html(template, { c: '#4f46e5' })).toBe(
      '<p style="color: #4f46e5">x</p><style>.a { color: #4f46e5 }</style>',
    );
    expect(html('<p style="color: {{c}}">', { c: 'rgb(79, 70, 229)' })).toContain(
      'rgb(79, 70, 229)',
    );
    for (const c of [
      'red;background:url(javascript:alert(1))',
      'x}body{display:none',
      'expression(alert(1))',
    ]) {
      expect(html(template, { c })).toBe(
        `<p style="color: ${unsafeCssReplacement}">x</p><style>.a { color: ${unsafeCssReplacement} }</style>`,
      );
    }
  });

  it('leaves an unknown root as written, escaped for where it stands', () => {
    expect(html('<a title={{ missing }}>x</a>', {})).toBe('<a title={{&#x20;missing&#x20;}}>x</a>');
    expect(html('<p>{{ missing }}</p>', {})).toBe('<p>{{ missing }}</p>');
  });
});
