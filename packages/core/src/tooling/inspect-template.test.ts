import { describe, expect, it } from 'vitest';
import { AuthmailError } from '../errors.js';
import { compileTemplate } from '../render/render-template.js';
import { inspectTemplate } from './index.js';

/** Each placeholder as `line:column path`. */
function where(text: string): string[] {
  return inspectTemplate(text, 'T').placeholders.map((p) => `${p.line}:${p.column} ${p.path}`);
}

/** The error `run` throws (and fails when it throws none). */
function thrown(run: () => unknown): AuthmailError {
  try {
    run();
  } catch (error) {
    if (error instanceof AuthmailError) return error;
    throw error;
  }
  throw new Error('expected an AuthmailError');
}

describe('inspectTemplate', () => {
  it('lists placeholders with their path as written, line and column', () => {
    const text = '<p>Hi {{ application.name }},</p>\n<p>{{code}} {{list.1}}</p>';
    expect(where(text)).toEqual(['1:7 application.name', '2:4 code', '2:13 list.1']);
    const [, , indexed] = inspectTemplate(text, 'T').placeholders;
    expect(indexed?.segments).toEqual(['list', '1']);
  });

  it('tells raw placeholders and block subjects, and the blocks around each', () => {
    const text = '{{#if application}}{{{code}}}{{else}}{{link}}{{/if}}';
    const [subject, raw, other] = inspectTemplate(text, 'T').placeholders;
    expect(subject).toMatchObject({ path: 'application', block: 'if', raw: false, within: [] });
    expect(raw).toMatchObject({ path: 'code', raw: true });
    expect(raw?.within).toEqual([{ helper: 'if', path: 'application' }]);
    expect(other?.within).toEqual([{ helper: 'if', path: 'application' }]);
  });

  it('marks paths inside #each and #with as relative, and @root and ../ as the variables', () => {
    const text =
      '{{#each items}}{{this.name}}{{@index}}{{../code}}{{@root.link}}{{/each}}{{#with user}}{{name}}{{/with}}{{name}}';
    const scopes = inspectTemplate(text, 'T').placeholders.map(
      (p) => `${p.path} ${p.scope} ${p.segments.join('.')}`,
    );
    expect(scopes).toEqual([
      'items variables items',
      'this.name block name',
      '@index data index',
      '../code variables code',
      '@root.link variables link',
      'user variables user',
      'name block name',
      'name variables name',
    ]);
  });

  it('says which tag and attribute a placeholder stands in, and whether it holds a URL', () => {
    const text = '<a href="{{link}}" title="{{application.name}}">{{code}}</a><img src={{logo}}>';
    const html = inspectTemplate(text, 'T').placeholders.map((p) => p.html);
    expect(html).toEqual([
      { element: 'a', part: 'value', attribute: 'href', urlAttribute: true },
      { element: 'a', part: 'value', attribute: 'title', urlAttribute: false },
      undefined,
      { element: 'img', part: 'value', attribute: 'src', urlAttribute: true },
    ]);
  });

  it('lists a placeholder written where an attribute name goes instead of throwing, which compiling does', () => {
    const text = '<p>\n<td {{attribute}}="1">{{code}}</td>';
    expect(() => compileTemplate(text, { format: 'html' })).toThrow(/attribute name/);
    const [named, code] = inspectTemplate(text, 'T').placeholders;
    expect(named).toMatchObject({ line: 2, column: 5, html: { element: 'td', part: 'name' } });
    expect(code?.path).toBe('code');
  });

  it('still throws the errors that follow a placeholder in an attribute name', () => {
    const error = thrown(() => inspectTemplate('<a {{x}}>\n<a onclick="{{y}}">', 'T'));
    expect(error.code).toBe('template_syntax');
    expect(error.details).toMatchObject({ template: 'T', line: 2, column: 13 });
  });

  it('lists static links with their scheme and position, not links a placeholder writes', () => {
    const text =
      '<a href="https://acme.test">a</a>\n  <img src="http://cdn.test/x.png"><a href="{{link}}">b</a><a href="#top">c</a><a href="mailto:a@acme.test">d</a>';
    const links = inspectTemplate(text, 'T').links.map(
      (l) => `${l.line}:${l.column} ${l.element} ${l.attribute} ${l.scheme} ${l.url}`,
    );
    expect(links).toEqual([
      '1:10 a href https https://acme.test',
      '2:13 img src http http://cdn.test/x.png',
      '2:69 a href undefined #top',
      '2:89 a href mailto mailto:a@acme.test',
    ]);
  });

  it('reads text templates without HTML', () => {
    const { placeholders, links } = inspectTemplate('<a href="{{link}}">', 'T', { format: 'text' });
    expect(placeholders[0]?.html).toBeUndefined();
    expect(links).toEqual([]);
  });

  it('throws the renderer’s template_syntax errors with the author’s line and column', () => {
    const unclosed = thrown(() => inspectTemplate('<p>\n{{#if code}}x', 'SignIn'));
    expect(unclosed.code).toBe('template_syntax');
    expect(unclosed.details).toMatchObject({ template: 'SignIn', line: 2 });
    const helper = thrown(() => inspectTemplate('x\n  {{#repeat code}}y{{/repeat}}', 'SignIn'));
    expect(helper.details).toMatchObject({ line: 2, column: 3 });
    expect(helper.message).toContain('unknown block helper');
  });
});
